"""Slow work off the UI thread: one small helper with a done and a failed callback.

The job never touches widgets; its result comes back to the UI thread through a queued signal. Work on
the database opens its own read-only connection (Store.open_reader), because a connection belongs to one
thread at a time.

The object that carries the result back has no parent and is kept alive here until its result has been
delivered: when it was a child of the screen or dialog that asked, closing that window while the job ran
deleted it under the worker, which then emitted on a deleted object ("Signal source has been deleted", or
a crash). A result for a window that has gone since is dropped.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal
from shiboken6 import isValid

from leadapp.store import cycle_collector


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


_in_flight: dict[object, _Relay] = {}


class _CollectorPause:
    """Python's cycle collector runs on whichever thread happens to allocate. Run on a worker, it can destroy
    Qt objects that the UI thread left in reference cycles, from the wrong thread: a segfault (the test suite
    met it while a PDF was being built). So automatic collection waits while any job runs and resumes when
    the last one is done (the count is shared with the store's WAL syncer: see cycle_collector.py)."""

    hold = staticmethod(cycle_collector.hold)

    def __init__(self) -> None:
        self._owed = 0
        """Holds of finished jobs, let go together once no worker runs."""
        self._timer: QTimer | None = None

    def release(self) -> None:
        """Resumed only once every worker is out of Python: a job says it is finished a moment before its
        thread lets go of it, and a collection started on that thread in between was the same crash.

        While a worker runs, one timer looks again every 10 ms for every hold owed. A one-shot timer for each
        hold, made again at each look, was about 40 timers made on the window's thread for each list opened
        (its count and its ids on the worker), a few milliseconds of the opening."""
        self._owed += 1
        self._settle()

    def _settle(self) -> None:
        if QThreadPool.globalInstance().activeThreadCount():
            self._look_again()
            return
        if self._timer is not None and isValid(self._timer):
            self._timer.stop()
        owed, self._owed = self._owed, 0
        for _ in range(owed):
            cycle_collector.release()

    def _look_again(self) -> None:
        if self._timer is None or not isValid(self._timer):
            self._timer = QTimer(QCoreApplication.instance())  # the application's: it goes when the app does
            self._timer.setInterval(10)
            self._timer.timeout.connect(self._settle)
        if not self._timer.isActive():
            self._timer.start()


_collector = _CollectorPause()


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay, released: threading.Event) -> None:
        super().__init__()
        self.work = work
        self.relay: _Relay | None = relay
        self.released = released

    def run(self) -> None:
        relay, self.relay = self.relay, None
        assert relay is not None
        try:
            result = self.work()
        except Exception as error:
            relay.failed.emit(error)
        else:
            relay.done.emit(result)
        finally:
            del relay
            self.released.set()


def run_in_background(
    owner: QObject,
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[Exception], None],
) -> None:
    """`on_done`/`on_failed` run on the UI thread, and only while `owner` still exists."""
    token = object()
    released = threading.Event()
    relay = _Relay()
    _in_flight[token] = relay

    def forget() -> None:
        """Let the relay go on the UI thread, once the worker holds no reference to it any more."""
        if released.is_set():
            _in_flight.pop(token, None)
            _collector.release()
        else:
            QTimer.singleShot(10, forget)

    def deliver(callback: Callable[[Any], None]) -> Callable[[Any], None]:
        def slot(value: Any) -> None:
            QTimer.singleShot(0, forget)
            if isValid(owner):
                callback(value)

        return slot

    relay.done.connect(deliver(on_done))
    relay.failed.connect(deliver(on_failed))
    _collector.hold()
    QThreadPool.globalInstance().start(_Job(work, relay, released))


def wait_for_jobs(msecs: int = 60_000) -> bool:
    """For quitting: let every job already started finish before the app tears down.

    A job still running when the process ended found its relay gone ("Signal source has been deleted" on
    standard error), and a backup made at start could be cut off half-written. Searches and counts
    overtaken by a newer request end at once; a backup or a PDF takes a second or so.
    """
    return QThreadPool.globalInstance().waitForDone(msecs)
