"""Writes wait for another writer instead of failing, roll back whole, and search only one's own notes."""

from __future__ import annotations

import sqlite3
import threading
import time
from datetime import date

import pytest

from leadapp.domain.people import Person
from leadapp.domain.sessions import Session
from leadapp.store.errors import StoreError
from leadapp.store.repository import write_transaction
from leadapp.store.rows import to_row
from leadapp.store.sessions import SessionQuery
from leadapp.store.store import Store


def test_a_write_waits_while_another_connection_writes(store: Store, db_path) -> None:
    other = sqlite3.connect(db_path, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    other.execute(
        "insert into settings (id, key, value, created_at, updated_at) values ('x', 'k', 'v', 't', 't')"
    )
    threading.Timer(0.8, other.commit).start()
    started = time.perf_counter()
    store.people.add(Person(full_name="Saved after the wait"))
    assert time.perf_counter() - started >= 0.5
    assert [p.full_name for p in store.people.listing()] == ["Saved after the wait"]
    other.close()


def test_a_failed_write_leaves_nothing_behind(store: Store) -> None:
    def half_done() -> None:
        store.people.table.insert(to_row(Person(full_name="Half")))
        raise RuntimeError("stopped midway")

    with pytest.raises(RuntimeError):
        write_transaction(store.db, store.path, half_done)
    assert store.people.count() == 0 and not store.db.conn.in_transaction


def test_settings_errors_are_plain(store: Store, db_path) -> None:
    store.db.execute("PRAGMA query_only = ON")
    with pytest.raises(StoreError):
        store.settings.set("theme", "dark")
    store.db.execute("PRAGMA query_only = OFF")


def test_only_the_owners_private_column_is_searched(store: Store) -> None:
    mentee = store.people.add(Person(full_name="Asha"))
    store.sessions.add(
        Session(
            mentee_id=mentee.id,
            session_date=date(2026, 1, 5),
            mentor_private="mentorword",
            mentee_private="menteeword",
        )
    )
    mentor_view = SessionQuery(include_private=True, private_column="mentor_private")
    mentee_view = SessionQuery(include_private=True, private_column="mentee_private")
    assert store.sessions.count_listing(SessionQuery(text="mentorword", include_private=True)) == 1
    assert store.sessions.count_listing(SessionQuery(text="menteeword", include_private=True)) == 0
    assert store.sessions.count_listing(replace_text(mentee_view, "menteeword")) == 1
    assert store.sessions.count_listing(replace_text(mentee_view, "mentorword")) == 0
    assert store.sessions.count_listing(replace_text(mentor_view, "menteeword")) == 0


def replace_text(query: SessionQuery, text: str) -> SessionQuery:
    from dataclasses import replace

    return replace(query, text=text)


def test_a_deleted_database_is_not_reported_as_saved(store: Store, db_path) -> None:
    from leadapp.store.errors import DatabaseMissingError

    store.people.add(Person(full_name="Before"))
    for suffix in ("", "-wal", "-shm"):
        target = db_path.with_name(db_path.name + suffix)
        if target.exists():
            target.unlink()
    with pytest.raises(DatabaseMissingError) as raised:
        store.people.add(Person(full_name="After"))
    assert "moved or deleted" in str(raised.value)
