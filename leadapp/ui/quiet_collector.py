"""Python's full garbage collection moved to the UI thread's quiet moments.

Scrolling a long list to its end keeps every row read: about 240,000 objects for the large demo database's
three lists. Python's automatic full collection walks all of them, and it came due while a page was being
read, 100-500 ms at a time on this machine: the visible stall at the end of a long scroll. The young
generations are still collected automatically (a millisecond or so, often); the full collection is taken
off the automatic schedule and run from a timer instead, on a tick when nothing has been allocated since
the last one (nobody is scrolling or typing), or once it has waited long enough whatever is happening:
OVERDUE_S of being due. (Counted in middle-generation collections instead, the wait ran out after a few list
openings in a row and the collection landed in the middle of the long scroll that followed, 150-200 ms on
one page.)
The thresholds are read and set through leadapp/start_collector.py, which holds all automatic collection
until the first event-loop turn after the window is shown.
"""

from __future__ import annotations

import gc
import time

from PySide6.QtCore import QObject, QTimer

from leadapp import start_collector

TICK_MS = 500
NEVER = 1 << 30
"""A full-collection threshold Python's own schedule never reaches."""
OVERDUE_S = 20.0
"""Seconds a due full collection waits for a quiet tick before it runs whatever is happening: a person
pauses long before this, and a stream of allocation this long (a scroll through a 16x list) runs it."""


class QuietCollector(QObject):
    def __init__(self, parent: QObject, tick_ms: int = TICK_MS) -> None:
        super().__init__(parent)
        self.thresholds = start_collector.thresholds()
        self.old_limit = self.thresholds[2]
        self.full_collections = 0
        self.due_since: float | None = None
        """When the full collection came due (time.monotonic), while it waits for a quiet tick."""
        start_collector.set_thresholds(self.thresholds[0], self.thresholds[1], NEVER)
        self._seen = gc.get_count()[1:]
        self.timer = QTimer(self)
        self.timer.setInterval(tick_ms)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self) -> None:
        _young, middle, old = gc.get_count()
        quiet = (middle, old) == self._seen  # not one young collection since the last tick
        self._seen = (middle, old)
        if old <= self.old_limit:
            self.due_since = None
            return
        now = time.monotonic()
        if self.due_since is None:
            self.due_since = now
        if quiet or now - self.due_since >= OVERDUE_S:
            gc.collect()
            self.full_collections += 1
            self.due_since = None
            self._seen = gc.get_count()[1:]

    def stop(self) -> None:
        """Python's own schedule again (the window has closed)."""
        self.timer.stop()
        start_collector.set_thresholds(*self.thresholds)
