"""A titled section that opens when needed, so a long form shows what matters first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton, QVBoxLayout, QWidget

from leadapp.ui.theme import FOCUS


class Section(QWidget):
    def __init__(
        self, title: str, content: QWidget, opened: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.content = content
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.toggle = QToolButton()
        self.toggle.setText(title)
        self.toggle.setAccessibleName(title)
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setStyleSheet(
            "QToolButton { border: none; font-weight: 600; }"
            f"QToolButton:focus {{ border: 3px solid {FOCUS}; border-radius: 0.25em; }}"
        )
        self.toggle.toggled.connect(self.set_open)
        layout.addWidget(self.toggle)
        layout.addWidget(content)
        self.set_open(opened)

    def set_open(self, opened: bool) -> None:
        self.toggle.blockSignals(True)
        self.toggle.setChecked(opened)
        self.toggle.blockSignals(False)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if opened else Qt.ArrowType.RightArrow)
        self.content.setVisible(opened)

    def is_open(self) -> bool:
        return self.toggle.isChecked()
