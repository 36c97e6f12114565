"""Background work outlives a window closed meanwhile: its result is dropped, nothing is emitted on a
deleted object, and the carrier is let go on the UI thread."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject, QThreadPool

from leadapp.ui import jobs
from leadapp.ui.jobs import run_in_background


def test_a_result_for_a_window_closed_meanwhile_is_dropped_quietly(qtbot) -> None:
    owner = QObject()
    started, go_on = threading.Event(), threading.Event()
    delivered: list[object] = []

    def work() -> int:
        started.set()
        go_on.wait(5)
        return 42

    run_in_background(owner, work, delivered.append, delivered.append)
    assert started.wait(5)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(owner))
    go_on.set()
    assert QThreadPool.globalInstance().waitForDone(5000)
    qtbot.waitUntil(lambda: not jobs._in_flight, timeout=3000)
    assert delivered == []


def test_a_result_reaches_a_window_still_open(qtbot) -> None:
    owner = QObject()
    delivered: list[object] = []
    run_in_background(owner, lambda: 7, delivered.append, delivered.append)
    qtbot.waitUntil(lambda: delivered == [7])
    qtbot.waitUntil(lambda: not jobs._in_flight, timeout=3000)


def _alive(obj: QObject) -> bool:
    from shiboken6 import isValid

    return isValid(obj)


class _Cycle:
    """Garbage only the cycle collector frees; it notes the thread that freed it."""

    freed_on: list[threading.Thread] = []  # noqa: RUF012

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        _Cycle.freed_on.append(threading.current_thread())


def test_garbage_left_by_the_ui_thread_is_never_collected_on_a_worker(qtbot) -> None:
    """A worker that allocates (a PDF, an export) used to run the collector, freeing the UI thread's garbage
    there: for a widget in a reference cycle, that is a crash."""
    _Cycle.freed_on.clear()
    _Cycle()
    delivered: list[object] = []

    def work() -> int:
        return len([[n] for n in range(50_000)])

    run_in_background(QObject(), work, delivered.append, delivered.append)
    assert QThreadPool.globalInstance().waitForDone(5000)
    qtbot.waitUntil(lambda: not jobs._in_flight, timeout=3000)
    assert gc.isenabled()
    gc.collect()
    assert _Cycle.freed_on == [threading.main_thread()]


def test_finished_jobs_keep_the_collector_held_while_another_runs_then_let_go_together(qtbot) -> None:
    from leadapp.store import cycle_collector

    owner = QObject()
    holds = cycle_collector.holds()
    go_on = threading.Event()
    delivered: list[object] = []
    run_in_background(owner, lambda: go_on.wait(5), delivered.append, delivered.append)
    for n in range(5):
        run_in_background(owner, lambda n=n: n, delivered.append, delivered.append)
    qtbot.waitUntil(lambda: sorted(d for d in delivered if isinstance(d, int)) == [0, 1, 2, 3, 4])
    qtbot.wait(50)
    assert cycle_collector.holds() > holds, "a worker still runs Python: no collection may start"
    assert not gc.isenabled()
    go_on.set()
    assert QThreadPool.globalInstance().waitForDone(5000)
    qtbot.waitUntil(lambda: cycle_collector.holds() == holds, timeout=3000)
    assert gc.isenabled()
    qtbot.waitUntil(lambda: not jobs._in_flight, timeout=3000)
