"""The full garbage collection off Python's schedule while the window is open, run when allocation is calm."""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject

from leadapp.ui.quiet_collector import NEVER, OVERDUE_S, QuietCollector


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_python_schedules_no_full_collection_while_it_runs_and_its_own_after(qtbot) -> None:
    before = gc.get_threshold()
    owner = QObject()
    collector = QuietCollector(owner, tick_ms=60_000)
    try:
        assert gc.isenabled()
        assert gc.get_threshold() == (before[0], before[1], NEVER)
    finally:
        collector.stop()
    assert gc.get_threshold() == before
    assert not collector.timer.isActive()


def test_young_cyclic_garbage_is_still_collected_as_it_is_made(qtbot) -> None:
    gc.collect()
    owner = QObject()
    collector = QuietCollector(owner, tick_ms=60_000)
    try:
        for _ in range(5_000):
            _Cycle()
        assert sum(1 for o in gc.get_objects() if isinstance(o, _Cycle)) < 5_000
    finally:
        collector.stop()


def test_the_full_collection_waits_for_a_quiet_tick_or_until_overdue(qtbot) -> None:
    owner = QObject()
    collector = QuietCollector(owner, tick_ms=60_000)
    try:
        collector.old_limit = -1
        collector._seen = (-1, -1)
        collector.tick()  # as if collections had happened since the last tick: someone is busy
        assert collector.full_collections == 0
        collector.tick()  # nothing collected since: the full collection runs now
        assert collector.full_collections == 1
        collector._seen = (-1, -1)
        collector.tick()  # busy again: due from now
        assert collector.full_collections == 1 and collector.due_since is not None
        collector.due_since -= OVERDUE_S
        collector._seen = (-1, -1)
        collector.tick()  # still busy, but due for OVERDUE_S
        assert collector.full_collections == 2
    finally:
        collector.stop()


def test_many_middle_collections_while_busy_do_not_run_it_before_its_time(qtbot) -> None:
    """Lists opened one after another, then a long scroll: the collection waited for by count landed on
    one page of the scroll."""
    owner = QObject()
    collector = QuietCollector(owner, tick_ms=60_000)
    kept: list[object] = []
    try:
        collector.old_limit = -1
        collector._seen = (-1, -1)
        collector.tick()
        middle_collections = gc.get_count()[2]
        while gc.get_count()[2] <= middle_collections + 250:
            kept.extend([] for _ in range(1_000))
        collector.tick()  # busy: collections of the middle generation since the last tick
        assert collector.full_collections == 0
    finally:
        collector.stop()
