"""Backups made with SQLite's backup API beside the database: verified, listed, rotated and restored."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from leadapp.domain.enums import PersonKind
from leadapp.domain.people import Person
from leadapp.store import backups
from leadapp.store.backups import (
    BackupError,
    backup_folder,
    changed_since_last_backup,
    list_backups,
    make_backup,
    newest_good,
    restore_backup,
    rotate,
)
from leadapp.store.store import Store
from tests.test_failing_files import overwrite_pages


def _names(store: Store) -> list[str]:
    return sorted(p.full_name for p in store.people.mentees())


def test_a_backup_of_a_live_wal_database_holds_every_committed_edit(store: Store) -> None:
    store.people.add(Person(full_name="Asha Patel", kind=PersonKind.MENTEE))
    assert Path(f"{store.path}-wal").exists()  # the edit is still only in the WAL
    made = make_backup(store, "manual")
    assert made.parent == backup_folder(store.path) == store.path.parent / "backups"
    copy = Store.open_existing(made)
    try:
        assert _names(copy) == ["Asha Patel"]
    finally:
        copy.close()
    [info] = list_backups(store.path)
    assert info.good and info.mentees == 1 and info.sessions == 0 and info.reason == "manual"


def test_a_backup_that_fails_its_check_is_deleted_and_reported(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backups, "integrity_problem", lambda path: "*** in database main *** page 3")
    with pytest.raises(BackupError, match="failed its check"):
        make_backup(store, "manual")
    assert not backup_folder(store.path).exists(), "a failed first backup leaves no folder behind"


def test_change_since_last_backup_follows_the_files(store: Store) -> None:
    assert changed_since_last_backup(store.path)
    make_backup(store, "start")
    assert not changed_since_last_backup(store.path)
    later = datetime.now().timestamp() + 5
    store.people.add(Person(full_name="Ben Ode", kind=PersonKind.MENTEE))
    os.utime(f"{store.path}-wal", (later, later))
    assert changed_since_last_backup(store.path)


def test_opening_the_database_without_writing_is_not_a_change(store: Store) -> None:
    make_backup(store, "start")
    store.close()
    later = datetime.now().timestamp() + 5
    reopened = Store.open(store.path)
    try:
        wal = Path(f"{store.path}-wal")
        assert wal.exists() and wal.stat().st_size == 0
        os.utime(wal, (later, later))
        assert not changed_since_last_backup(store.path)
        reopened.people.add(Person(full_name="Ben Ode", kind=PersonKind.MENTEE))
        os.utime(wal, (later, later))
        assert changed_since_last_backup(store.path)
    finally:
        reopened.close()


def test_rotation_deletes_only_what_the_rule_drops(store: Store) -> None:
    folder = backup_folder(store.path)
    first = make_backup(store, "manual")
    now = datetime.now(UTC)
    for hours in range(1, 30):
        when = now - timedelta(hours=hours * 5)
        copy = folder / f"{store.path.stem}-{when.strftime(backups.STAMP_FORMAT)}-hourly.sqlite3"
        copy.write_bytes(first.read_bytes())
    removed = rotate(store.path, now)
    left = backups.backup_files(store.path)
    assert len(left) + len(removed) == 30
    assert 10 <= len(left) <= 25
    assert left[0][0] == first


def test_unfinished_and_foreign_files_are_never_listed(store: Store) -> None:
    make_backup(store, "manual")
    folder = backup_folder(store.path)
    (folder / f".{store.path.stem}-20260101T000000000000Z-manual.sqlite3.abc.part").write_bytes(b"half")
    (folder / "notes.sqlite3").write_bytes(b"x")
    assert len(list_backups(store.path)) == 1


def test_restore_puts_the_backup_back_and_keeps_the_current_file_as_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "leadapp.sqlite3"
    store = Store.open(path)
    store.people.add(Person(full_name="Asha Patel", kind=PersonKind.MENTEE))
    good = make_backup(store, "manual")
    store.people.add(Person(full_name="Ben Ode", kind=PersonKind.MENTEE))
    store.close()
    kept = restore_backup(good, path)
    assert kept is not None and "before-restore" in kept.name
    reopened = Store.open(path)
    try:
        assert _names(reopened) == ["Asha Patel"]
    finally:
        reopened.close()
    earlier = Store.open_existing(kept)
    try:
        assert _names(earlier) == ["Asha Patel", "Ben Ode"]
    finally:
        earlier.close()


def test_restoring_over_a_damaged_file_sets_it_aside_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "leadapp.sqlite3"
    store = Store.open(path)
    store.people.add(Person(full_name="Asha Patel", kind=PersonKind.MENTEE))
    good = make_backup(store, "manual")
    store.close()
    damaged = overwrite_pages(path)
    kept = restore_backup(good, path)
    assert kept is not None and ".damaged-" in kept.name
    assert kept.read_bytes() == damaged
    assert newest_good(list_backups(path)) is not None


def test_a_damaged_backup_is_listed_as_not_good_and_cannot_be_restored(tmp_path: Path) -> None:
    path = tmp_path / "leadapp.sqlite3"
    store = Store.open(path)
    store.people.add(Person(full_name="Asha Patel", kind=PersonKind.MENTEE))
    made = make_backup(store, "manual")
    store.close()
    before = path.read_bytes()
    overwrite_pages(made)
    [info] = list_backups(path)
    assert not info.good
    with pytest.raises(BackupError, match="cannot be restored"):
        restore_backup(made, path)
    assert path.read_bytes() == before
