"""A full disk is named as such, with what to do, whichever SQLite error it surfaces as.

On a full disk SQLite reports SQLITE_FULL for a write, but opening an existing WAL database fails earlier,
growing its shared-memory index, as "disk I/O error". Both must read as "the disk is full".
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from leadapp.domain.people import Person
from leadapp.store.errors import DiskFullError, StoreError, translate
from leadapp.store.store import Store


def saved_database(folder: Path) -> tuple[Path, Person]:
    path = folder / "leadapp.sqlite3"
    store = Store.open(path)
    person = store.people.add(Person(full_name="Ama Owusu"))
    store.close()
    return path, person


def test_opening_an_existing_database_on_a_full_disk_says_the_disk_is_full(tiny_disk) -> None:
    path, _person = saved_database(tiny_disk.path)
    tiny_disk.fill()
    with pytest.raises(DiskFullError) as caught:
        Store.open(path)
    message = str(caught.value)
    assert "full" in message and "Free some space" in message and "I/O" not in message
    tiny_disk.free()
    Store.open(path).close()


def test_a_save_on_a_full_disk_says_so_and_succeeds_once_space_is_back(tiny_disk) -> None:
    path, person = saved_database(tiny_disk.path)
    store = Store.open(path)
    try:
        tiny_disk.fill()
        edited = replace(person, notes="Talked about the band 7 interview. " * 4000)
        with pytest.raises(DiskFullError):
            store.people.update(edited)
        tiny_disk.free()
        store.people.update(edited)
        assert store.people.get(person.id).notes == edited.notes
    finally:
        store.close()


def io_error(name: str, code: int) -> sqlite3.OperationalError:
    error = sqlite3.OperationalError("disk I/O error")
    error.sqlite_errorcode = code  # type: ignore[attr-defined]
    error.sqlite_errorname = name  # type: ignore[attr-defined]
    return error


def test_a_disk_io_error_with_space_left_is_a_plain_sentence_not_sqlites_words(tmp_path: Path) -> None:
    translated = translate(io_error("SQLITE_IOERR_READ", 266), tmp_path / "leadapp.sqlite3")
    assert not isinstance(translated, DiskFullError)
    assert isinstance(translated, StoreError)
    assert "disk I/O error" not in str(translated) and "drive" in str(translated)


def test_sqlite_full_is_a_full_disk(tmp_path: Path) -> None:
    error = sqlite3.OperationalError("database or disk is full")
    error.sqlite_errorcode = 13  # type: ignore[attr-defined]
    assert isinstance(translate(error, tmp_path / "leadapp.sqlite3"), DiskFullError)
