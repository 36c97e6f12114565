"""Undo for removals: a slip with Remove costs one Ctrl+Z, never a record.

The store tells this object of every removal a person makes; Undo restores the latest one still in the
bin. The status bar shows what went with an Undo button beside it, so the way back is visible as well
as typed.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from leadapp.domain.bin import BinEntry
from leadapp.store.errors import StoreError
from leadapp.store.store import Store

OFFER_MS = 20_000
"""How long the status bar offers Undo; Ctrl+Z and Edit ▸ Undo remove keep working after it goes."""


class RemovalUndo(QObject):
    """The removals made in this window, newest last, each restorable while it is still in the bin."""

    removed = Signal(str)
    restored = Signal(str)
    available = Signal(bool)
    problem = Signal(str)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._done: list[BinEntry] = []
        store.bin.on_removal(self._on_removal)

    def _on_removal(self, entry: BinEntry) -> None:
        self._done.append(entry)
        self.removed.emit(self.tr("{0} “{1}” moved to the bin.").format(entry.kind.capitalize(), entry.title))
        self.available.emit(True)

    def can_undo(self) -> bool:
        return bool(self._done)

    def undo(self) -> BinEntry | None:
        """Restore the latest removal still in the bin; those restored or emptied since are skipped."""
        while self._done:
            entry = self._done.pop()
            try:
                back = self.store.bin.restore(entry.table, entry.id)
            except StoreError as error:
                self._done.append(entry)
                self.problem.emit(str(error))
                return None
            if back:
                self.restored.emit(self.tr("{0} “{1}” is back.").format(entry.kind.capitalize(), entry.title))
                self.available.emit(self.can_undo())
                return entry
        self.available.emit(False)
        return None

    def detach(self) -> None:
        self.store.bin.forget(self._on_removal)


class UndoMessage(QWidget):
    """The status bar's message after a removal, with the Undo button next to it."""

    def __init__(self, undo: RemovalUndo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.undo = undo
        self.setAccessibleName(self.tr("Last removal, with undo"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.text = QLabel()
        self.text.setAccessibleName(self.tr("Last removal"))
        self.button = QPushButton(self.tr("Undo (Ctrl+Z)"))
        self.button.setAccessibleName(self.tr("Undo the removal"))
        self.button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        layout.addWidget(self.text)
        layout.addWidget(self.button)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.hide)
        self.button.clicked.connect(undo.undo)
        undo.removed.connect(self._offer)
        undo.restored.connect(self._said)
        self.hide()

    def _offer(self, message: str) -> None:
        self.text.setText(message)
        self.button.show()
        self.show()
        self.timer.start(OFFER_MS)

    def _said(self, message: str) -> None:
        self.text.setText(message)
        self.button.setVisible(self.undo.can_undo())
        self.show()
        self.timer.start(OFFER_MS // 2)
