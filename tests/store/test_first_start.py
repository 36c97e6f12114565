"""Which files LeadApp may initialise, and a first start that is killed part-way.

Only a new path (or an empty, zero-byte file) becomes a LeadApp database, in one step; another program's
SQLite file is never given our schema; a file left half-created by a killed first start is finished.
"""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlite_utils import Database

from leadapp.store import migrations
from leadapp.store.database import open_database
from leadapp.store.errors import HalfCreatedError, NotADatabaseError, StoreError
from leadapp.store.store import Store


def schema(path: Path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("select type, name from sqlite_master order by name").fetchall()
    finally:
        conn.close()


def another_programs_empty_database(path: Path) -> None:
    """What a tool leaves after creating a table and dropping it: a valid SQLite file holding nothing."""
    conn = sqlite3.connect(path)
    conn.execute("pragma user_version = 7")
    conn.execute("create table scratch (x)")
    conn.execute("drop table scratch")
    conn.commit()
    conn.close()


def test_another_programs_empty_sqlite_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "their.sqlite3"
    another_programs_empty_database(path)
    before = path.read_bytes()
    with pytest.raises(NotADatabaseError):
        Store.open(path)
    assert path.read_bytes() == before
    assert schema(path) == []


def test_a_file_holding_only_a_view_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "view.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("create view answer as select 42 as value")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NotADatabaseError):
        Store.open(path)
    assert path.read_bytes() == before
    assert schema(path) == [("view", "answer")]


def test_another_programs_migrations_table_with_its_own_rows_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "theirs.sqlite3"
    db = Database(path)
    db["_sqlite_migrations"].insert(
        {"id": 1, "migration_set": "their_app", "name": "m001", "applied_at": "2025-01-01"}, pk="id"
    )
    db.close()
    with pytest.raises(NotADatabaseError):
        Store.open(path)
    assert [name for _kind, name in schema(path)] == ["_sqlite_migrations"]


def half_created(path: Path, with_index: bool) -> None:
    """What a first start killed by an older LeadApp left: only an empty migrations table, in WAL mode."""
    db = Database(path)
    db.execute("pragma journal_mode = wal")
    db["_sqlite_migrations"].create(
        {"id": int, "migration_set": str, "name": str, "applied_at": str}, pk="id"
    )
    if with_index:
        db["_sqlite_migrations"].create_index(["migration_set", "name"], unique=True)
    db.close()


@pytest.mark.parametrize("with_index", [False, True])
def test_a_half_created_leadapp_database_is_finished_not_refused(tmp_path: Path, with_index: bool) -> None:
    path = tmp_path / "leadapp.sqlite3"
    half_created(path, with_index)
    store = Store.open(path)
    try:
        assert set(migrations.TABLES) <= set(store.db.table_names())
        assert migrations.migrations.pending(store.db) == []
        assert store.people.owner() is None
    finally:
        store.close()


def test_read_commands_never_finish_a_half_created_database(tmp_path: Path) -> None:
    path = tmp_path / "leadapp.sqlite3"
    half_created(path, with_index=True)
    before = schema(path)
    with pytest.raises(HalfCreatedError, match="Open it in LeadApp"):
        Store.open_existing(path)
    assert schema(path) == before


def test_a_new_database_appears_complete_or_not_at_all(tmp_path: Path, monkeypatch) -> None:
    """A failure part-way through creating the schema leaves no file at the path (nor any litter)."""
    path = tmp_path / "leadapp.sqlite3"

    def fail(_db: Database) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(migrations.migrations._migrations[-1], "fn", fail)
    with pytest.raises(StoreError):
        open_database(path)
    assert list(tmp_path.iterdir()) == []


CHILD = """
import sys, time
from leadapp.store.store import Store
print("ready", flush=True)
Store.open(sys.argv[1]).close()
print("done", flush=True)
time.sleep(30)
"""


def first_start_seconds(folder: Path) -> float:
    """How long one uninterrupted first start takes on this machine now, from "ready" to "done"."""
    path = folder / "calibrate" / "leadapp.sqlite3"
    path.parent.mkdir()
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(path)], stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    started = time.perf_counter()
    assert child.stdout.readline().strip() == "done"
    took = time.perf_counter() - started
    child.kill()
    child.wait()
    return took


def first_start_kills(folder: Path, runs: int, seed: int) -> tuple[int, int]:
    """Kill a real first start at random moments; return (kills that landed before it finished, refusals).

    The moments are spread over a little more than one first start takes here, measured first, so the
    kills land inside it however loaded the machine is.
    """
    chooser = random.Random(seed)
    window = first_start_seconds(folder) * 1.2
    landed = refused = 0
    for run in range(runs):
        path = folder / f"run{run}" / "leadapp.sqlite3"
        path.parent.mkdir()
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(path)], stdout=subprocess.PIPE, text=True)
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        time.sleep(chooser.uniform(0.0, window))
        child.send_signal(signal.SIGKILL)
        finished = child.stdout.read().strip() == "done"
        child.wait()
        landed += not finished
        try:
            Store.open(path).close()
        except NotADatabaseError:
            refused += 1
    return landed, refused


def test_a_first_start_killed_at_random_moments_is_never_refused_afterwards(tmp_path: Path) -> None:
    landed, refused = first_start_kills(tmp_path, runs=40, seed=11)
    assert landed >= 10, "the kills must land inside the first start often enough to mean something"
    assert refused == 0
