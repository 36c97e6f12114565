"""A background query keeps the connection of a request that ended well for the next one, sees every change
committed since, and lets it go when a request fails, when its owner goes and when the event loop ends."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from leadapp.store.errors import StoreError
from leadapp.store.store import Store
from leadapp.ui.widgets.background_query import BackgroundQuery


def _ask(qtbot, runner: BackgroundQuery, work) -> list[object]:  # type: ignore[no-untyped-def]
    answers: list[object] = []
    problems: list[Exception] = []
    runner.run(work, answers.append, problems.append)
    qtbot.waitUntil(lambda: not runner.busy(), timeout=5000)
    return answers or problems  # type: ignore[return-value]


def _closed(reader: Store) -> bool:
    try:
        reader.settings.get("anything")
    except (sqlite3.ProgrammingError, StoreError):
        return True
    return False


def test_the_next_request_reads_through_the_same_connection_and_sees_new_writes(
    qtbot, db_path: Path, store: Store
) -> None:
    runner = BackgroundQuery(db_path)
    [first] = _ask(qtbot, runner, lambda reader: reader)
    store.settings.set("kept_reader", "written since")
    [second] = _ask(qtbot, runner, lambda reader: (reader, reader.settings.get("kept_reader")))
    assert second == (first, "written since")
    runner.close_reader()
    assert isinstance(first, Store) and _closed(first)


def test_a_failed_request_closes_its_connection(qtbot, db_path: Path, store: Store) -> None:
    runner = BackgroundQuery(db_path)
    used: list[Store] = []

    def fail(reader: Store) -> object:
        used.append(reader)
        raise sqlite3.OperationalError("interrupted")

    [problem] = _ask(qtbot, runner, fail)
    assert isinstance(problem, sqlite3.OperationalError)
    [after] = _ask(qtbot, runner, lambda reader: reader)
    assert _closed(used[0]) and after is not used[0]
    runner.close_reader()


@pytest.mark.parametrize("ending", ["owner deleted", "event loop ended"])
def test_the_kept_connection_is_closed_when_its_owner_goes_or_the_loop_ends(
    qtbot, qapp, db_path: Path, store: Store, ending: str
) -> None:
    runner = BackgroundQuery(db_path)
    [reader] = _ask(qtbot, runner, lambda reader: reader)
    assert isinstance(reader, Store) and not _closed(reader)
    if ending == "owner deleted":
        with qtbot.waitSignal(runner.destroyed):
            runner.deleteLater()
    else:
        qapp.aboutToQuit.emit()
    assert _closed(reader)
