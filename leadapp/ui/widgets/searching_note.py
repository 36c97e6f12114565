""" "Searching…" in a search's summary line, only once a search has taken long enough to be noticed.

Most searches answer within a frame or two of the pause in typing. Setting the line at the start of each one
made the label lay itself out and paint while the worker ran, which took the window's thread (and the
interpreter lock the worker needs) for about half a millisecond of a search of a few; and the word flashed
for searches too quick to read it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

SEARCHING_NOTE_MS = 150


class SearchingNote(QObject):
    def __init__(self, show: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCHING_NOTE_MS)
        self._timer.timeout.connect(show)

    def search_started(self) -> None:
        self._timer.start()

    def search_ended(self) -> None:
        """The results (or nothing to search for) are shown: the summary line says what they are."""
        self._timer.stop()

    def pending(self) -> bool:
        return self._timer.isActive()
