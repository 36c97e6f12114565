"""Python's full garbage collection moved to the UI thread's quiet moments.

Scrolling a long list to its end keeps every row read: about 240,000 objects for the large demo database's
three lists. Python's automatic full collection walks all of them, and it came due while a page was being
read, 100-500 ms at a time on this machine: the visible stall at the end of a long scroll. The young
generations are still collected automatically (a millisecond or so, often); the full collection is taken
off the automatic schedule and run from a timer instead, on a tick when nothing has been allocated since
the last one (nobody is scrolling or typing), or once it has waited long enough whatever is happening.
The thresholds are read and set through leadapp/start_collector.py, which holds all automatic collection
until the first event-loop turn after the window is shown.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

from leadapp import start_collector

TICK_MS = 500
NEVER = 1 << 30
"""A full-collection threshold Python's own schedule never reaches."""
OVERDUE = 200
"""Collections of the middle generation since the last full one after which it runs even mid-scroll."""


class QuietCollector(QObject):
    def __init__(self, parent: QObject, tick_ms: int = TICK_MS) -> None:
        super().__init__(parent)
        self.thresholds = start_collector.thresholds()
        self.old_limit = self.thresholds[2]
        self.full_collections = 0
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
        if old > self.old_limit and (quiet or old > OVERDUE):
            gc.collect()
            self.full_collections += 1
            self._seen = gc.get_count()[1:]

    def stop(self) -> None:
        """Python's own schedule again (the window has closed)."""
        self.timer.stop()
        start_collector.set_thresholds(*self.thresholds)
