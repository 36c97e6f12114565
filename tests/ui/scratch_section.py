"""A throw-away section for the registry tests: everything it has is in this file, and the window learns
of it from one registry entry."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from leadapp.store.store import Store
from leadapp.ui.screen import Screen


class ScratchScreen(Screen, QWidget):
    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.followed: list[str | None] = []
        self.setAccessibleName("Scratch")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Scratch"))
        self.people_button = QPushButton("Go to People")
        self.people_button.clicked.connect(lambda: self.open_requested.emit("people", "", ""))
        layout.addWidget(self.people_button)

    def set_mentee(self, mentee_id: str | None) -> None:
        self.followed.append(mentee_id)
