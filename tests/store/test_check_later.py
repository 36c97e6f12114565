"""The integrity check left to a background thread at the app's start: writes wait for it, and a file that
fails it is never written to. Real files damaged on disk, as in tests/test_failing_files.py."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest

from leadapp.domain.enums import PersonKind
from leadapp.domain.people import Person
from leadapp.store.errors import CorruptDatabaseError, StoreError
from leadapp.store.integrity import IntegrityCheck
from leadapp.store.store import Store
from tests.test_failing_files import _leadapp_database

UNREAD_AT_START = "idx_activities_updated_at"
"""An index only the exchange reads: damage there is found by the full check, not by opening the file."""


leadapp_database = _leadapp_database


def damage_index(path: Path, name: str = UNREAD_AT_START) -> bytes:
    """Overwrite the start of one index's root page with noise (a failing disk's bad sector); return the
    damaged bytes. The WAL is checkpointed first, so the damage is in the file itself."""
    conn = sqlite3.connect(path)
    conn.execute("pragma wal_checkpoint(TRUNCATE)")
    page_size = conn.execute("pragma page_size").fetchone()[0]
    root = conn.execute("select rootpage from sqlite_master where name = ?", [name]).fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    data[start : start + 64] = b"\xa5" * 64
    path.write_bytes(bytes(data))
    for side in (Path(f"{path}-wal"), Path(f"{path}-shm")):
        side.unlink(missing_ok=True)
    return bytes(data)


def test_a_sound_file_opens_before_its_check_and_writes_once_it_passes(tmp_path: Path) -> None:
    store = Store.open(leadapp_database(tmp_path / "leadapp.sqlite3"), check_later=True)
    try:
        assert store.integrity.wait(timeout=30) == ""
        store.people.add(Person(full_name="Ben Ode", kind=PersonKind.MENTEE))
        assert [p.full_name for p in store.people.mentees()] == ["Asha Patel", "Ben Ode"]
    finally:
        store.close()


def test_damage_found_after_opening_refuses_every_write_and_leaves_the_file_as_it_was(tmp_path: Path) -> None:
    path = leadapp_database(tmp_path / "leadapp.sqlite3")
    damaged = damage_index(path)
    store = Store.open(path, check_later=True)
    try:
        assert store.people.owner() is not None, "reading what the first screen needs goes ahead"
        problem = store.integrity.wait(timeout=30)
        assert problem
        error = store.integrity.error()
        assert isinstance(error, CorruptDatabaseError) and "failed its integrity check" in str(error)
        with pytest.raises(CorruptDatabaseError, match="failed its integrity check"):
            store.people.add(Person(full_name="Ben Ode", kind=PersonKind.MENTEE))
        with pytest.raises(CorruptDatabaseError):
            store.settings.set("theme", "dark")
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            store.db.execute("update people set full_name = 'Changed' where kind = 'mentee'")
    finally:
        store.close()
    assert path.read_bytes() == damaged


def test_a_write_made_while_the_check_runs_waits_for_its_answer(tmp_path: Path) -> None:
    path = leadapp_database(tmp_path / "leadapp.sqlite3")
    store = Store.open(path, check_later=True)
    assert store.integrity.wait(timeout=30) == ""
    answer = threading.Event()

    def slow_check() -> str:
        answer.wait(30)
        return ""

    store.db.hold_writes(IntegrityCheck(path, check=slow_check).start())  # type: ignore[attr-defined]
    failures: list[BaseException] = []

    def write() -> None:
        try:
            store.people.add(Person(full_name="Ben Ode", kind=PersonKind.MENTEE))
        except BaseException as error:
            failures.append(error)

    writer = threading.Thread(target=write)
    writer.start()
    time.sleep(0.3)
    try:
        assert writer.is_alive(), "the write went ahead before the check answered"
        reader = sqlite3.connect(path)
        assert reader.execute("select count(*) from people where full_name = 'Ben Ode'").fetchone()[0] == 0
        reader.close()
    finally:
        answer.set()
        writer.join(30)
    try:
        assert not failures
        assert "Ben Ode" in [p.full_name for p in store.people.mentees()]
    finally:
        store.close()


def test_a_file_that_opening_would_write_to_is_checked_first(tmp_path: Path) -> None:
    """A file out of WAL mode (as a restored backup is) is switched to WAL at open: that is a write, so
    the check comes first and the damaged file is refused before it, unchanged."""
    path = leadapp_database(tmp_path / "leadapp.sqlite3")
    conn = sqlite3.connect(path)
    conn.execute("pragma journal_mode = delete")
    conn.close()
    damaged = damage_index(path)
    with pytest.raises(StoreError, match="failed its integrity check"):
        Store.open(path, check_later=True)
    assert path.read_bytes() == damaged


def test_without_check_later_the_damage_is_refused_at_open(tmp_path: Path) -> None:
    path = leadapp_database(tmp_path / "leadapp.sqlite3")
    damaged = damage_index(path)
    with pytest.raises(CorruptDatabaseError, match="failed its integrity check"):
        Store.open(path)
    assert path.read_bytes() == damaged


def test_the_checks_thread_ends_holding_the_collector_until_its_answer_is_seen(tmp_path: Path) -> None:
    """Setting the answer and ending the thread run Python there; a collection due then must not run on it."""
    from leadapp.store import cycle_collector

    answer = threading.Event()
    check = IntegrityCheck(tmp_path / "any.sqlite3", check=lambda: answer.wait(30) and "")
    holds = cycle_collector.holds()
    check.start()
    assert cycle_collector.holds() == holds + 1
    answer.set()
    assert check._done.wait(30)
    time.sleep(0.05)
    assert cycle_collector.holds() == holds + 1, "the thread has ended, and nobody has seen the answer yet"
    assert check.wait(0) == ""
    assert cycle_collector.holds() == holds
    assert check.finished() and cycle_collector.holds() == holds, "let go once only"


def test_a_check_abandoned_while_running_lets_go_as_its_thread_ends(tmp_path: Path) -> None:
    from leadapp.store import cycle_collector

    answer = threading.Event()
    check = IntegrityCheck(tmp_path / "any.sqlite3", check=lambda: answer.wait(30) and "")
    holds = cycle_collector.holds()
    check.start()
    check.abandon()
    assert cycle_collector.holds() == holds + 1
    answer.set()
    deadline = time.monotonic() + 30
    while cycle_collector.holds() != holds and time.monotonic() < deadline:
        time.sleep(0.01)
    assert cycle_collector.holds() == holds
    assert check.wait(0) == "" and cycle_collector.holds() == holds
