"""Automatic cycle collection held while the window starts, and everything as before once it is released."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from PySide6.QtCore import QObject

from leadapp import start_collector
from leadapp.app import EXIT_STORE, main
from leadapp.ui.quiet_collector import NEVER, QuietCollector


class _Cycle:
    def __init__(self) -> None:
        self.me = self


@pytest.fixture
def normal_thresholds():
    before = gc.get_threshold()
    yield before
    start_collector.release()
    gc.unfreeze()  # the test process's objects back where they were
    gc.set_threshold(*before)


def test_nothing_is_collected_while_held_and_collection_resumes_at_release(normal_thresholds) -> None:
    gc.collect()
    start_collector.hold()
    start_collector.hold()  # a second hold changes nothing
    assert start_collector.held() and gc.isenabled()
    assert gc.get_threshold() == (0, *normal_thresholds[1:])
    for _ in range(5_000):
        _Cycle()
    assert sum(1 for o in gc.get_objects() if isinstance(o, _Cycle)) == 5_000
    start_collector.release()
    assert not start_collector.held()
    assert gc.get_threshold() == normal_thresholds
    assert gc.get_freeze_count() > 0
    assert not any(isinstance(o, _Cycle) for o in gc.get_objects())  # frozen: out of every collection
    for _ in range(5_000):
        _Cycle()
    assert sum(1 for o in gc.get_objects() if isinstance(o, _Cycle)) < 5_000  # collected as made again


def test_the_quiet_collector_made_during_the_hold_takes_over_at_release(qtbot, normal_thresholds) -> None:
    start_collector.hold()
    owner = QObject()
    collector = QuietCollector(owner, tick_ms=60_000)
    try:
        assert collector.thresholds == normal_thresholds
        assert gc.get_threshold()[0] == 0
        start_collector.release()
        assert gc.get_threshold() == (normal_thresholds[0], normal_thresholds[1], NEVER)
    finally:
        collector.stop()
    assert gc.get_threshold() == normal_thresholds


def test_a_command_runs_with_pythons_own_collection(tmp_path: Path, normal_thresholds, capsys) -> None:
    seen: list[tuple[int, int, int]] = []
    gc.callbacks.append(lambda phase, info: seen.append(gc.get_threshold()) if phase == "start" else None)
    try:
        code = main(
            ["calendar", "some-id", "--db", str(tmp_path / "none.sqlite3"), "--out", str(tmp_path / "a.ics")]
        )
        gc.collect()
    finally:
        gc.callbacks.pop()
    assert code == EXIT_STORE
    assert not start_collector.held()
    assert gc.get_threshold() == normal_thresholds
    assert seen and seen[-1] == normal_thresholds
