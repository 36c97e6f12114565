"""Change notices on a real SQLite file: each write is told once, by its table from the enum, with the ids
written and whoever the caller named as initiator, so a screen can tell its own writes from others'."""

from __future__ import annotations

from dataclasses import FrozenInstanceError, replace
from datetime import date

import pytest

from leadapp.domain.bin import KIND_NAMES
from leadapp.domain.enums import PersonKind
from leadapp.domain.exchange import SHARED
from leadapp.domain.people import Person
from leadapp.domain.sessions import Action, Session
from leadapp.store.changes import ChangeSet, Table
from leadapp.store.record_sets import KINDS
from leadapp.store.repository import Repository
from leadapp.store.store import Store


class Editor:
    """Stands for an open editor: any object can be an initiator, the store never looks inside it."""


@pytest.fixture
def heard(store: Store) -> list[ChangeSet]:
    changes: list[ChangeSet] = []
    store.changes.subscribe(changes.append)
    return changes


def _mentee(store: Store) -> Person:
    return store.people.add(Person(full_name="Tom Reid", kind=PersonKind.MENTEE))


def test_each_repository_write_names_its_table_ids_and_initiator(
    store: Store, heard: list[ChangeSet]
) -> None:
    editor = Editor()
    person = store.people.add(Person(full_name="Lewis Chen"), initiator=editor)
    person = store.people.update(replace(person, band="band_6"), initiator=editor)
    store.people.set_fields(person.id, job_title="Lead", initiator=editor)
    saved = store.people.save_edits(person, replace(person, organisation="Trust"), initiator=editor)
    store.people.save(replace(saved.record, email="l@example.org"), initiator=editor)
    store.people.delete(person.id, initiator=editor)

    assert heard == [ChangeSet(Table.PEOPLE, (person.id,), editor)] * 6
    assert all(type(change.table) is Table and isinstance(change.ids, tuple) for change in heard)


def test_a_write_nobody_claims_has_no_initiator(store: Store, heard: list[ChangeSet]) -> None:
    person = store.people.add(Person(full_name="Lewis Chen"))
    store.settings.set("theme", "dark")
    assert heard == [ChangeSet(Table.PEOPLE, (person.id,), None), ChangeSet(Table.SETTINGS, ("theme",), None)]


def test_an_edit_that_changes_nothing_is_not_told_even_with_an_initiator(
    store: Store, heard: list[ChangeSet]
) -> None:
    person = _mentee(store)
    heard.clear()
    store.people.save_edits(person, replace(person), initiator=Editor())
    assert heard == []


def test_a_bulk_insert_names_its_table_without_ids(store: Store, heard: list[ChangeSet]) -> None:
    mentee = _mentee(store)
    heard.clear()
    store.actions.add_many([Action(mentee_id=mentee.id, text=f"Action {n}") for n in range(3)])
    assert heard == [ChangeSet(Table.ACTIONS)]


def test_a_removal_tells_the_record_and_what_went_with_it_by_the_same_initiator(
    store: Store, heard: list[ChangeSet]
) -> None:
    mentee = _mentee(store)
    session = store.sessions.add(Session(mentee_id=mentee.id, session_date=date(2026, 3, 1)))
    heard.clear()
    editor = Editor()

    store.sessions.remove(session.id, initiator=editor)

    assert heard == [
        ChangeSet(Table.SESSIONS, (session.id,), editor),
        ChangeSet(Table.ACTIONS, (), editor),
        ChangeSet(Table.NOTES, (), editor),
    ]
    heard.clear()
    store.bin.restore("sessions", session.id)
    assert [(c.table, c.ids, c.initiator) for c in heard] == [
        (Table.SESSIONS, (session.id,), None),
        (Table.ACTIONS, (), None),
        (Table.NOTES, (), None),
    ]


def test_a_change_set_is_a_value_that_cannot_be_altered_by_a_listener() -> None:
    change = ChangeSet(Table.SESSIONS, ("a",))
    with pytest.raises(FrozenInstanceError):
        change.ids = ("b",)  # type: ignore[misc]
    assert change == ChangeSet(Table("sessions"), ("a",), None)


def test_every_table_a_write_can_touch_has_a_member(store: Store) -> None:
    """Bin, import, erasure and exchange name tables by their database names; each must be in the enum."""
    made_on_first_use = (  # then kept with the others
        store.sessions,
        store.actions,
        store.leap_plans,
        store.leap_concerns,
        store.leap_supports,
        store.leap_milestones,
        store.leap_reviews,
        store.cpd_profiles,
        store.assessments,
        store.ratings,
        store.activities,
        store.evidence,
        store.objectives,
        store.notes,
    )
    assert all(isinstance(repository, Repository) for repository in made_on_first_use)
    repositories = [value for value in vars(store).values() if isinstance(value, Repository)]
    assert len(repositories) >= 16
    assert all(type(repository.table_name) is Table for repository in repositories)
    names = {table for table, _ in KINDS} | set(KIND_NAMES) | set(SHARED)
    assert {Table(name) for name in names} <= set(Table)
