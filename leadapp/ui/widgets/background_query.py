"""Read-only queries on a worker thread, where a newer request stops an older one at once.

A search runs while the person is still typing: the window must keep taking keystrokes, and the answer to
an earlier keystroke must neither arrive late over a newer one nor keep the disk busy. Each request opens its
own read-only connection (a connection belongs to one thread). SQLite calls a progress handler every few
thousand steps of a statement; it stops the statement as soon as a newer request has been made, whenever
that statement began (sqlite3_interrupt alone misses a statement that starts just after it).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QThreadPool

from leadapp.store.store import Store
from leadapp.ui.jobs import run_in_background

T = TypeVar("T")
PROGRESS_STEPS = 2000


class BackgroundQuery(QObject):
    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = db_path
        self._lock = threading.Lock()
        self._generation = 0
        self._running = 0

    def busy(self) -> bool:
        return self._running > 0

    def run(
        self,
        work: Callable[[Store], T],
        on_done: Callable[[T], None],
        on_failed: Callable[[Exception], None],
    ) -> None:
        """Only the newest request's outcome is delivered; older ones are stopped and forgotten."""
        self.cancel()
        generation = self._generation

        def overtaken() -> int:
            return 1 if generation != self._generation else 0

        def job() -> T:
            if overtaken():
                raise _Stale
            reader = Store.open_reader(self._path)
            reader.stop_when(overtaken, PROGRESS_STEPS)
            try:
                return work(reader)
            finally:
                reader.close()

        def done(result: Any) -> None:
            self._running -= 1
            if generation == self._generation:
                on_done(result)

        def failed(error: Exception) -> None:
            self._running -= 1
            if generation == self._generation and not isinstance(error, _Stale):
                on_failed(error)

        self._running += 1
        run_in_background(self, job, done, failed)

    def cancel(self) -> None:
        with self._lock:
            self._generation += 1

    def wait(self, msecs: int = 5000) -> bool:
        """For closing and for tests: let work already started finish (cancelled work ends at once)."""
        return QThreadPool.globalInstance().waitForDone(msecs)


class _Stale(Exception):
    """A request overtaken before its query began."""
