"""The screen-sharing switch: while on, no private note is anywhere on screen."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Privacy(QObject):
    changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hidden = False

    @property
    def hidden(self) -> bool:
        return self._hidden

    def set_hidden(self, hidden: bool) -> None:
        if hidden != self._hidden:
            self._hidden = hidden
            self.changed.emit(hidden)
