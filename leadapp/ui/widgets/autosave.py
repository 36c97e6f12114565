"""Debounced saving: a write shortly after typing pauses, and at once on leaving a field or closing.

Typing that never pauses is still written at least every MAX_WAIT_MS, so a crash in the middle of a long
stream of words loses at most the last two seconds of it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

SAVE_DELAY_MS = 600
MAX_WAIT_MS = 2000
RETRY_DELAY_MS = 3000


class Autosaver(QObject):
    """`save` returns False when the write failed; the edit then stays pending and is tried again."""

    def __init__(self, save: Callable[[], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self._pending = False
        self._waiting = QElapsedTimer()

    @property
    def pending(self) -> bool:
        return self._pending

    def touch(self) -> None:
        """An edit: save after a pause in typing, yet within MAX_WAIT_MS of the first unsaved edit."""
        self._pending = True
        if not self._waiting.isValid():
            self._waiting.start()
        left = MAX_WAIT_MS - self._waiting.elapsed()
        self._timer.start(max(0, min(SAVE_DELAY_MS, left)))

    def flush(self) -> None:
        self._timer.stop()
        self._waiting.invalidate()
        if self._pending:
            self._pending = False
            if not self._save():
                self._pending = True
                self._timer.start(RETRY_DELAY_MS)

    @staticmethod
    def unsaved_within(window: QWidget) -> bool:
        """True while an edit in one of this window's editors has not reached the database.

        Autosavers are children of their editors, so Qt's own object tree finds the live ones.
        """
        return any(saver.pending for saver in window.findChildren(Autosaver))

    def cancel(self) -> None:
        self._timer.stop()
        self._waiting.invalidate()
        self._pending = False

    def flush_when_focus_leaves(self, container: QWidget) -> None:
        """Save at once when the keyboard focus moves out of a field inside `container`."""

        def changed(old: QWidget | None, _new: QWidget | None) -> None:
            """Focus also moves while a window is being deleted, from fields already half taken apart:
            then there is nothing left to read, and the container may be gone."""
            if old is None or not self._pending or not isValid(container) or not isValid(old):
                return
            if container.isAncestorOf(old):
                self.flush()

        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(changed)
            self.destroyed.connect(lambda *_args: app.focusChanged.disconnect(changed))
