"""Commits return before their fsync, and the syncer makes every one of them durable (wal_sync.py).

Real database files; the syncer's `fsync` is the only seam, to see which file was synced and when, to hold a
sync back, or to make one fail.
"""

from __future__ import annotations

import contextlib
import errno
import gc
import os
import sqlite3
import struct
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

import pytest

from leadapp.domain.notes import Note
from leadapp.domain.people import Person
from leadapp.store import cycle_collector, wal_sync
from leadapp.store.errors import StoreError
from leadapp.store.store import Store
from leadapp.store.wal_sync import DiskSyncError, WalSyncer


@dataclass
class Syncs:
    """Every fsync the syncer makes: which file (by inode) and when it finished."""

    store: Store
    calls: list[tuple[str, float]] = field(default_factory=list)
    hold: threading.Event | None = None
    fail: bool = False

    def __call__(self, fd: int) -> None:
        if self.hold is not None:
            self.hold.wait(10)
        if self.fail:
            raise OSError(errno.EIO, "Input/output error")
        os.fsync(fd)
        inode = os.fstat(fd).st_ino
        self.calls.append((self._name(inode), time.monotonic()))

    def _name(self, inode: int) -> str:
        for name, path in (("wal", f"{self.store.path}-wal"), ("db", str(self.store.path))):
            try:
                if os.stat(path).st_ino == inode:
                    return name
            except OSError:
                continue
        return "other"

    def of(self, name: str, after: float = 0.0) -> list[float]:
        return [when for kind, when in self.calls if kind == name and when > after]


@pytest.fixture
def syncs(store: Store) -> Syncs:
    assert store.syncer is not None
    seen = Syncs(store)
    store.syncer.fsync = seen
    return seen


def _syncer(store: Store) -> WalSyncer:
    assert store.syncer is not None
    return store.syncer


def _person(store: Store) -> None:
    store.people.add(Person(full_name="Asha Patel"))


def _transaction(store: Store) -> None:
    with store.transaction():
        store.people.add(Person(full_name="Asha Patel"))
        store.people.add(Person(full_name="Ben Okafor"))


def _sqlite_utils(store: Store) -> None:
    store.db["scratch"].insert({"word": "agreed"})


def _schema(store: Store) -> None:
    store.db.execute("create table scratch_two (word text)")


def _script(store: Store) -> None:
    store.db.conn.executescript(
        "create table scratch_three (word text); insert into scratch_three values ('x');"
    )


def _setting(store: Store) -> None:
    store.settings.set("owner_role", "mentor")


WRITES: dict[str, Callable[[Store], None]] = {
    "repository": _person,
    "transaction": _transaction,
    "sqlite-utils": _sqlite_utils,
    "schema": _schema,
    "script": _script,
    "setting": _setting,
}


@pytest.mark.parametrize("write", WRITES.values(), ids=WRITES.keys())
def test_every_kind_of_write_is_followed_by_an_fsync_of_the_wal(
    store: Store, syncs: Syncs, write: Callable[[Store], None]
) -> None:
    assert _syncer(store).wait(timeout=10) == ""
    write(store)
    committed = time.monotonic()
    assert _syncer(store).wait(timeout=10) == ""
    assert syncs.of("wal", after=committed)


def test_reads_ask_for_no_sync(store: Store, syncs: Syncs) -> None:
    _person(store)
    assert _syncer(store).wait(timeout=10) == ""
    before = len(syncs.calls)
    store.people.mentees()
    store.db.execute("PRAGMA data_version").fetchone()
    store.db.execute("with x as (select 1) select * from x").fetchall()
    time.sleep(0.2)
    assert len(syncs.calls) == before


def test_the_commit_returns_before_its_fsync(store: Store, syncs: Syncs) -> None:
    """With synchronous=FULL the commit waited for the fsync; now a held-back sync holds nothing up."""
    syncs.hold = threading.Event()
    try:
        _person(store)  # returns although every fsync is held back
        assert not syncs.calls
    finally:
        syncs.hold.set()
    assert _syncer(store).wait(timeout=10) == ""
    assert syncs.of("wal")


def test_closing_waits_for_the_sync_and_then_syncs_the_files(store: Store, syncs: Syncs) -> None:
    syncs.hold = threading.Event()
    for number in range(5):
        store.people.add(Person(full_name=f"Mentee {number}"))
    committed = time.monotonic()
    threading.Timer(0.3, syncs.hold.set).start()
    store.close()
    closed = time.monotonic()
    assert closed - committed >= 0.25  # it waited for the held-back sync
    wal = syncs.of("wal", after=committed)
    assert wal and wal[0] <= closed
    assert syncs.of("db", after=wal[0])  # the database file last, after SQLite's closing checkpoint
    assert not Path(f"{store.path}-wal").exists()  # the last connection's close emptied and removed it


def test_a_burst_of_commits_is_covered_by_one_or_two_fsyncs(store: Store, syncs: Syncs) -> None:
    _person(store)
    assert _syncer(store).wait(timeout=10) == ""
    syncs.calls.clear()
    syncs.hold = threading.Event()
    for number in range(50):
        store.people.add(Person(full_name=f"Mentee {number}"))
    syncs.hold.set()
    assert _syncer(store).wait(timeout=10) == ""
    assert 1 <= len(syncs.of("wal")) <= 2  # the one under way when the burst began, and one for the rest


def test_a_failed_fsync_is_told_kept_and_tried_again(store: Store, syncs: Syncs) -> None:
    heard: list[str] = []
    store.listen_for_disk_problems(heard.append)
    _syncer(store).retry_s = 0.05
    syncs.fail = True
    _person(store)
    assert "could not make sure" in (_syncer(store).wait(timeout=10) or "")
    assert heard and "Input/output error" in heard[0]
    assert "Input/output error" in store.disk_problem
    syncs.fail = False
    deadline = time.monotonic() + 10
    while store.disk_problem and time.monotonic() < deadline:
        time.sleep(0.02)
    assert store.disk_problem == ""
    assert heard[-1] == ""  # told that the changes are on the disk after all
    assert syncs.of("wal")


def _wait_for_no_problem(store: Store, seconds: float = 10) -> None:
    deadline = time.monotonic() + seconds
    while store.disk_problem and time.monotonic() < deadline:
        time.sleep(0.02)


def test_after_a_failed_fsync_the_log_is_copied_into_the_database_file_before_the_problem_clears(
    store: Store, syncs: Syncs
) -> None:
    """A log fsync that works after one failed proves nothing for the pages that failed: the checkpoint
    writes them again, into the database file, and that file's fsync is what clears the problem."""
    _syncer(store).retry_s = 0.05
    syncs.fail = True
    _person(store)
    assert _syncer(store).wait(timeout=10)
    recovered_from = time.monotonic()
    syncs.fail = False
    _wait_for_no_problem(store)
    assert store.disk_problem == ""
    assert syncs.of("db", after=recovered_from), "the database file was fsync-ed after the copy"
    assert _syncer(store).frames() == 0 or _log_copied(store)


def _log_copied(store: Store) -> bool:
    """Whether a checkpoint has copied the whole log, read without running one (a checkpoint run here
    would copy it itself, and the check would pass whatever the syncer did): the log's valid frames, as the
    syncer reads them (`WalSyncer.frames`, mxFrame), against nBackfill, the frames a checkpoint has copied
    into the database file, at byte 96 of the -shm file (https://sqlite.org/walformat.html)."""
    header = Path(f"{store.path}-shm").read_bytes()[:100]
    (copied,) = struct.unpack_from("=I", header, 96)
    return _syncer(store).frames() == copied


def test_after_a_failed_fsync_the_problem_stays_while_a_reader_keeps_the_log_from_being_copied(
    store: Store, syncs: Syncs
) -> None:
    _syncer(store).retry_s = 0.05
    syncs.fail = True
    _person(store)
    assert _syncer(store).wait(timeout=10)
    reader = sqlite3.connect(store.path)
    try:
        reader.execute("BEGIN")
        reader.execute("select count(*) from people").fetchone()  # holds this snapshot
        store.people.add(Person(full_name="Ben Okafor"))  # a commit the reader's snapshot does not have
        syncs.fail = False
        time.sleep(0.5)
        assert "could not make sure" in store.disk_problem
    finally:
        reader.rollback()
        reader.close()
    _wait_for_no_problem(store)
    assert store.disk_problem == ""


def test_a_failed_last_sync_at_closing_is_raised_to_whoever_closed_the_store(
    store: Store, syncs: Syncs
) -> None:
    _person(store)
    syncs.fail = True
    with pytest.raises(DiskSyncError, match="could not make sure"):
        store.close()
    assert "could not make sure" in store.disk_problem


def test_a_last_sync_that_works_at_closing_clears_an_earlier_failure(store: Store, syncs: Syncs) -> None:
    syncs.fail = True
    _person(store)
    assert _syncer(store).wait(timeout=10)
    syncs.fail = False
    store.close()
    assert store.disk_problem == ""


@pytest.fixture
def short_log(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(wal_sync, "CHECKPOINT_FRAMES", 50)
    monkeypatch.setattr(wal_sync, "LONGEST_FRAMES", 200)
    yield


def test_checkpoints_run_on_the_syncer_and_keep_the_log_bounded(short_log: None, db_path: Path) -> None:
    store = Store.open(db_path)
    try:
        syncer = _syncer(store)
        wal = Path(f"{db_path}-wal")
        page = int(store.db.execute("PRAGMA page_size").fetchone()[0])
        longest = 0
        for number in range(3000):
            store.people.add(Person(full_name=f"Mentee {number}", notes="word " * 500))
            longest = max(longest, wal.stat().st_size)
        assert syncer.wait(timeout=10) == ""
        # Unchecked, 3,000 commits of several pages each would leave a log of over 20,000 frames.
        assert longest < 1000 * (page + 24)
        assert syncer.checkpoints > 0
        assert syncer.checkpoint_threads == {"leadapp-wal-sync"}
        deadline = time.monotonic() + 20
        while syncer.frames() >= 200 and time.monotonic() < deadline:  # saves with pauses, as typing makes
            store.people.add(Person(full_name="After a pause"))
            assert syncer.wait(timeout=10) == ""
            time.sleep(0.3)
        assert syncer.frames() < 200
    finally:
        store.close()
    assert not Path(f"{db_path}-wal").exists()
    reopened = Store.open(db_path)
    try:
        assert (
            reopened.db.execute("select count(*) from people where full_name like 'Mentee %'").fetchone()[0]
            == 3000
        )
        assert reopened.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        reopened.close()


def test_with_pauses_between_saves_only_the_syncer_checkpoints(short_log: None, db_path: Path) -> None:
    """As typing saves: the log never reaches the committing connection's own autocheckpoint."""
    store = Store.open(db_path)
    try:
        syncer = _syncer(store)
        most = 0
        for number in range(100):
            store.people.add(Person(full_name=f"Mentee {number}", notes="word " * 500))
            most = max(most, syncer.frames())
            assert syncer.wait(timeout=10) == ""
            time.sleep(0.05)  # a pause in typing is 600 ms; the checkpoint of 50 frames takes a moment
        assert syncer.checkpoints > 0
        assert most < 200  # below the autocheckpoint, which would run on this thread
    finally:
        store.close()


def test_no_checkpoint_before_a_row_is_written(short_log: None, db_path: Path) -> None:
    """A file opened while its integrity check runs must stay as it was: only written rows let the log go."""
    store = Store.open(db_path)
    try:
        other = sqlite3.connect(db_path, isolation_level=None)
        other.execute("PRAGMA wal_autocheckpoint = 0")
        other.execute("create table scratch (word text)")
        for _number in range(100):
            other.execute("insert into scratch values (?)", ["word " * 1000])
        other.close()
        syncer = _syncer(store)
        assert syncer.frames() >= 50
        syncer.request(rows=False)  # a setting, say: nothing the app wrote
        assert syncer.wait(timeout=10) == ""
        time.sleep(0.1)
        assert syncer.checkpoints == 0
        syncer.request(rows=True)
        assert syncer.wait(timeout=10) == ""
        deadline = time.monotonic() + 10
        while not syncer.checkpoints and time.monotonic() < deadline:
            time.sleep(0.02)
        assert syncer.checkpoints == 1
    finally:
        store.close()


def test_full_text_indexes_are_merged_by_the_syncer_not_the_saving_commit(store: Store) -> None:
    """automerge = 0 keeps FTS5's segment merges out of the commit; the syncer's merges keep the index
    from piling up segments, and searches find what was saved."""
    for table in ("sessions_fts", "activities_fts", "actions_fts", "notes_fts"):
        assert ("automerge", 0) in store.db.execute(f"select k, v from [{table}_config]").fetchall()
    syncer = _syncer(store)
    asha = store.people.add(Person(full_name="Asha Patel"))
    notes = [
        store.notes.add(Note(person_id=asha.id, noted_on=date(2026, 1, 1), body="draft")) for _n in range(20)
    ]
    for number in range(200):
        note = notes[number % 20]
        store.notes.update(replace(note, body=f"{note.body} shadowing{number}"))
        notes[number % 20] = store.notes.get(note.id)
        assert syncer.wait(timeout=10) == ""
    deadline = time.monotonic() + 10
    while not syncer.merges and time.monotonic() < deadline:
        time.sleep(0.02)
    assert syncer.merges > 0 and syncer.merge_threads == {"leadapp-wal-sync"}
    found = store.db.execute(
        "select n.id from notes_fts join notes n on n.rowid = notes_fts.rowid"
        " where notes_fts match 'shadowing123'"
    ).fetchall()
    assert found == [(notes[123 % 20].id,)]
    store.db.execute("insert into notes_fts(notes_fts) values ('integrity-check')")  # raises if damaged


def test_the_cycle_collector_never_runs_on_the_syncer_thread(db_path: Path) -> None:
    """Run there, it could free the UI thread's Qt objects from the wrong thread (see cycle_collector.py)."""
    collected_on: list[str] = []

    def noted(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            collected_on.append(threading.current_thread().name)

    enabled = gc.isenabled()
    gc.enable()
    gc.callbacks.append(noted)

    def allocating_fsync(fd: int) -> None:
        junk = [[n] for n in range(2000)]  # Python work on the syncer's thread, as merges and listeners do
        junk.append(junk)
        os.fsync(fd)

    store = Store.open(db_path)
    try:
        _syncer(store).fsync = allocating_fsync
        for number in range(1000):
            store.people.add(Person(full_name=f"Mentee {number}", notes="word " * 200))
            garbage = [[n] for n in range(50)]
            garbage.append(garbage)  # young cycles, for the collector to find
        assert _syncer(store).wait(timeout=10) == ""
    finally:
        store.close()
        gc.callbacks.remove(noted)
        if not enabled:
            gc.disable()
    assert collected_on and set(collected_on) == {threading.main_thread().name}
    assert cycle_collector.holds() == 0


def test_the_syncer_never_makes_a_moved_database_anew(db_path: Path) -> None:
    """Its own connection (opened on first use, here by the merge after the pause) opens the file read-write
    only: a database deleted meanwhile stays deleted."""
    store = Store.open(db_path)
    try:
        _person(store)
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
        _person_or_missing(store)
        time.sleep(0.5)  # past the pause after which the syncer merges
        assert not db_path.exists()
    finally:
        with contextlib.suppress(StoreError):
            store.close()


def _person_or_missing(store: Store) -> None:
    with contextlib.suppress(StoreError):
        _person(store)
