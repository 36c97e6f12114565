"""Saving an editor's edits: only changed fields are written; a change made underneath is never overwritten.

Two Store objects on one file stand for two windows (or an import arriving while an editor is open).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from leadapp.domain.enums import ActionStatus
from leadapp.domain.people import Person
from leadapp.domain.sessions import Action, Session
from leadapp.store.store import Store


@pytest.fixture
def other(db_path: Path, store: Store) -> Iterator[Store]:
    second = Store.open(db_path)
    yield second
    second.close()


def _session(store: Store) -> Session:
    mentee = store.people.add(Person(full_name="Asha Patel"))
    return store.sessions.add(Session(mentee_id=mentee.id, session_date=date(2026, 3, 2)))


def test_a_stale_copy_writes_only_what_its_editor_changed(store: Store, other: Store) -> None:
    loaded = _session(store)
    seen_by_b = other.sessions.get(loaded.id)
    a = store.sessions.save_edits(
        loaded, replace(loaded, shared_notes="A's notes", mentor_private="A's private")
    )
    assert a.written == ("shared_notes", "mentor_private")
    b = other.sessions.save_edits(seen_by_b, replace(seen_by_b, reflection="B's reflection"))
    assert b.conflicts == ()
    held = store.sessions.get(loaded.id)
    assert (held.shared_notes, held.mentor_private, held.reflection) == (
        "A's notes",
        "A's private",
        "B's reflection",
    )
    assert b.record == held


def test_the_same_field_changed_underneath_is_reported_and_left_alone(store: Store, other: Store) -> None:
    loaded = _session(store)
    seen_by_b = other.sessions.get(loaded.id)
    store.sessions.save_edits(loaded, replace(loaded, shared_notes="A wrote this"))
    b = other.sessions.save_edits(seen_by_b, replace(seen_by_b, shared_notes="B wrote this", duration_min=45))
    assert [(c.field, c.mine, c.theirs) for c in b.conflicts] == [
        ("shared_notes", "B wrote this", "A wrote this")
    ]
    assert b.written == ("duration_min",)
    held = store.sessions.get(loaded.id)
    assert held.shared_notes == "A wrote this"
    assert held.duration_min == 45


def test_nothing_changed_writes_nothing_and_tells_no_one(store: Store) -> None:
    loaded = _session(store)
    heard: list[str] = []
    store.changes.subscribe(lambda change: heard.append(change.table))
    saved = store.sessions.save_edits(loaded, replace(loaded))
    assert saved.written == ()
    assert heard == []
    assert store.sessions.get(loaded.id).updated_at == loaded.updated_at


def test_saving_edits_stamps_updated_at(store: Store) -> None:
    loaded = _session(store)
    saved = store.sessions.save_edits(loaded, replace(loaded, agenda="Agenda"))
    assert saved.record.updated_at > loaded.updated_at
    assert store.sessions.get(loaded.id).updated_at == saved.record.updated_at


def test_a_record_not_yet_stored_is_inserted_whole(store: Store) -> None:
    mentee = store.people.add(Person(full_name="Asha Patel"))
    action = Action(mentee_id=mentee.id, text="Shadow the COO")
    saved = store.actions.save_edits(action, action)
    assert store.actions.get(action.id).text == "Shadow the COO"
    assert saved.written == ("*",)


def test_set_fields_leaves_other_fields_as_the_database_has_them(store: Store, other: Store) -> None:
    mentee = store.people.add(Person(full_name="Asha Patel"))
    action = store.actions.add(Action(mentee_id=mentee.id, text="Old"))
    other.actions.save_edits(action, replace(action, text="Typed in another window"))
    done = store.actions.mark_done(action.id, date(2026, 3, 3))
    assert done.text == "Typed in another window"
    assert done.status is ActionStatus.DONE


def test_keep_both_writes_both_texts_in_the_same_transaction(store: Store, other: Store) -> None:
    from leadapp.domain.merge import BOTH_DIVIDER

    loaded = _session(store)
    seen_by_b = other.sessions.get(loaded.id)
    store.sessions.save_edits(loaded, replace(loaded, shared_notes="A wrote this"))
    b = other.sessions.save_edits(seen_by_b, replace(seen_by_b, shared_notes="B wrote this"), keep_both=True)
    assert [c.field for c in b.conflicts] == ["shared_notes"]
    assert store.sessions.get(loaded.id).shared_notes == "A wrote this" + BOTH_DIVIDER + "B wrote this"
    assert b.record == store.sessions.get(loaded.id)
