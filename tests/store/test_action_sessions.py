"""action_sessions (migration m014) always holds exactly each undeleted action's session, so a session search
that goes through it finds what joining every matching action to its session found."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from leadapp.demo import write_large
from leadapp.domain.enums import PersonKind
from leadapp.domain.people import Person
from leadapp.domain.sessions import Action, Session
from leadapp.store.search import fts_match
from leadapp.store.sessions import SessionQuery, searched_columns
from leadapp.store.store import Store

JOINED = (
    "select a.rowid, s.rowid from actions a join sessions s on s.id = a.session_id where a.deleted_at is null"
)


def _kept(store: Store) -> set[tuple[int, int]]:
    return {(a, s) for a, s in store.db.execute("select action, session from action_sessions")}


def _joined(store: Store) -> set[tuple[int, int]]:
    return {(a, s) for a, s in store.db.execute(JOINED)}


OLD_SEARCH = (
    "select s.id from sessions s join people p on p.id = s.mentee_id"
    " where s.deleted_at is null and s.rowid in (select rowid from sessions_fts where sessions_fts match ?"
    " union select m.rowid from actions a join sessions m on m.id = a.session_id"
    " where a.deleted_at is null and a.rowid in"
    " (select rowid from actions_fts where actions_fts match ?))"
)
"""The session search's matching before m014: every matching action joined to its session."""


@pytest.fixture
def large(store: Store) -> Store:
    write_large(store, seed=5, mentees=2)
    return store


def test_written_records_are_mapped(large: Store) -> None:
    assert _kept(large) == _joined(large)
    assert len(_kept(large)) > 10


def test_every_change_to_an_action_or_session_keeps_the_map(large: Store) -> None:
    first, second = large.sessions._where(limit=2)
    action = large.actions.add(
        Action(mentee_id=first.mentee_id, session_id=first.id, text="Ask the wombat trust")
    )
    assert _kept(large) == _joined(large)
    large.actions.update(replace(action, session_id=second.id))
    assert _kept(large) == _joined(large)
    large.actions.delete(action.id)
    assert _kept(large) == _joined(large)
    large.bin.restore("actions", action.id)
    assert _kept(large) == _joined(large)
    large.actions.update(replace(large.actions.get(action.id), session_id=None))
    assert _kept(large) == _joined(large)
    large.actions.update(replace(large.actions.get(action.id), session_id=first.id))
    large.bin.remove("sessions", first.id)
    assert _kept(large) == _joined(large)
    large.bin.restore("sessions", first.id)
    assert _kept(large) == _joined(large)
    large.bin.purge("sessions", second.id)
    large.bin.purge("actions", action.id)
    assert _kept(large) == _joined(large)


def test_a_session_written_after_its_actions_is_mapped(store: Store, db_path: Path) -> None:
    """An import may write an action before its session; the session's arrival maps it."""
    mentee = store.people.add(Person(full_name="Asha Patel", kind=PersonKind.MENTEE))
    conn = sqlite3.connect(db_path)
    try:
        conn.execute("pragma foreign_keys = off")
        conn.execute(
            "insert into actions (id, created_at, updated_at, mentee_id, session_id, text)"
            " values ('a1', '2026-01-01', '2026-01-01', ?, 's1', 'Wombat trust')",
            [mentee.id],
        )
        conn.commit()
    finally:
        conn.close()
    assert _kept(store) == set()
    store.sessions.add(Session(id="s1", mentee_id=mentee.id, session_date=date(2026, 1, 2)))
    assert _kept(store) == _joined(store) != set()


def test_the_search_finds_the_sessions_it_found_before(large: Store) -> None:
    session = large.sessions._where(limit=1)[0]
    large.actions.add(Action(mentee_id=session.mentee_id, session_id=session.id, text="Wombat trust"))
    large.actions.delete(large.actions._where("session_id != ?", [session.id], limit=1)[0].id)
    for words in ("wombat", "business case", "draft", "a"):
        for private in (False, True):
            query = SessionQuery(text=words, include_private=private)
            params = [fts_match(words, searched_columns(query)), fts_match(words)]
            before = {row[0] for row in large.db.execute(OLD_SEARCH, params)}
            assert set(large.sessions.listing_ids(query)) == before
            assert large.sessions.count_listing(query) == len(before)
