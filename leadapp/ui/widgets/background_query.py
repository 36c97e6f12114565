"""Read-only queries on a worker thread, where a newer request stops an older one at once.

A search runs while the person is still typing: the window must keep taking keystrokes, and the answer to
an earlier keystroke must neither arrive late over a newer one nor keep the disk busy. Each request opens its
own read-only connection (a connection belongs to one thread). SQLite calls a progress handler every few
thousand steps of a statement; it stops the statement as soon as a newer request has been made, whenever
that statement began (sqlite3_interrupt alone misses a statement that starts just after it).

The connection of a request that ended well is kept for the next one. Opening a reader, reading the schema
and filling an empty page cache cost about 2 ms a search (a third of the bare query for "chairing"), and
typing makes one request per pause. It holds no read snapshot while it waits (each request ends its reads),
and it is closed with its owner and when the application's event loop ends, before a backup is restored
over the file.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject

from leadapp.store.store import Store
from leadapp.ui.jobs import run_in_background, wait_for_jobs

T = TypeVar("T")
PROGRESS_STEPS = 2000


class _KeptReader:
    """At most one idle reader, handed to the next request; requests running at once each get their own."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._lock = threading.Lock()
        self._idle: Store | None = None
        self._open = True

    def take(self) -> Store:
        with self._lock:
            reader, self._idle = self._idle, None
        return reader if reader is not None else Store.open_reader(self._path)

    def keep(self, reader: Store) -> None:
        kept: Store | None = reader
        with self._lock:
            if self._open and self._idle is None and not reader.in_transaction():
                self._idle, kept = reader, None
        if kept is not None:
            kept.close()

    def close(self) -> None:
        with self._lock:
            self._open = False
            reader, self._idle = self._idle, None
        if reader is not None:
            reader.close()


class _Generation:
    """The newest request's number, apart from the Qt object so that its destruction can still move it on."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.value = 0

    def move_on(self, *_destroyed: object) -> None:
        with self._lock:
            self.value += 1


class BackgroundQuery(QObject):
    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = db_path
        self._generation = _Generation()
        self._running = 0
        self._kept = _KeptReader(db_path)
        self.destroyed.connect(self._kept.close)
        # A closed screen's count or sort stops at once rather than running to its end on a worker, beside
        # the work of the screen in front (five lists opened and closed left their workers counting and
        # sorting, and the next list's slowest page while scrolling took 15 ms instead of 8).
        self.destroyed.connect(self._generation.move_on)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close_reader)

    def close_reader(self) -> None:
        """No connection left open: the event loop has ended (a restore may replace the file next)."""
        self._kept.close()

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
        newest = self._generation
        generation = newest.value

        def overtaken() -> int:
            return 1 if generation != newest.value else 0

        kept = self._kept

        def job() -> T:
            if overtaken():
                raise _Stale
            reader = kept.take()
            try:
                reader.stop_when(overtaken, PROGRESS_STEPS)
                result = work(reader)
            except BaseException:
                reader.close()  # a stopped or failed request's connection is not trusted again
                raise
            kept.keep(reader)
            return result

        def done(result: Any) -> None:
            self._running -= 1
            if not overtaken():
                on_done(result)

        def failed(error: Exception) -> None:
            self._running -= 1
            if not overtaken() and not isinstance(error, _Stale):
                on_failed(error)

        self._running += 1
        run_in_background(self, job, done, failed)

    def cancel(self) -> None:
        self._generation.move_on()

    def wait(self, msecs: int = 5000) -> bool:
        """For closing and for tests: let work already started finish (cancelled work ends at once)."""
        return wait_for_jobs(msecs)


class _Stale(Exception):
    """A request overtaken before its query began."""
