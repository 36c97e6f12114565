"""Use cases that write more than once commit or fail as one, and screens hear only of what was committed.

Each failure is made part-way through, after the first write has gone in: by a value the store refuses, or
by the next write failing as a full disk would make it fail.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from leadapp.domain.enums import PlanStatus, SessionStatus
from leadapp.domain.leaps import LeapPlan
from leadapp.domain.people import Person
from leadapp.domain.reference import Reference
from leadapp.domain.sessions import Session
from leadapp.store.errors import StoreError
from leadapp.store.leap_planning import new_plan, record_as_activity
from leadapp.store.mentee_overview import start_todays_session
from leadapp.store.session_planning import plan_next, save_session
from leadapp.store.store import Store
from leadapp.store.validation import InvalidValueError

TODAY = date(2026, 3, 2)
FULL_DISK = "The disk is full. Nothing was saved."


def _refuse(*_args: object, **_kwargs: object) -> object:
    raise StoreError(FULL_DISK)


@pytest.fixture
def heard(store: Store) -> list[tuple[str, tuple[str, ...], bool]]:
    """(table, ids, whether a transaction was still open) for every change notice."""
    notices: list[tuple[str, tuple[str, ...], bool]] = []
    store.changes.subscribe(
        lambda change: notices.append((change.table, change.ids, store.db.conn.in_transaction))
    )
    return notices


@pytest.fixture
def asha(store: Store) -> Person:
    return store.people.add(Person(full_name="Asha Patel"))


def test_writes_in_a_transaction_are_told_once_committed(store: Store, heard: list) -> None:
    with store.transaction():
        first = store.people.add(Person(full_name="Asha Patel"))
        second = store.people.add(Person(full_name="Tom Reilly"))
        assert heard == [], "nothing is told before the commit"
    assert heard == [("people", (first.id,), False), ("people", (second.id,), False)]
    assert store.people.count() == 2


def test_a_refused_second_write_undoes_the_first_and_tells_nothing(store: Store, heard: list) -> None:
    with pytest.raises(InvalidValueError), store.transaction():
        store.people.add(Person(full_name="Asha Patel"))
        store.people.add(Person(full_name="Tom\x00Reilly"))
    assert store.people.count() == 0
    assert heard == []
    assert not store.db.conn.in_transaction


def test_a_nested_transaction_joins_the_outer_one(store: Store, heard: list) -> None:
    with pytest.raises(StoreError), store.transaction():
        with store.transaction():
            store.people.add(Person(full_name="Asha Patel"))
        assert store.people.count() == 1 and heard == []
        _refuse()
    assert store.people.count() == 0 and heard == []


def test_an_inner_failure_caught_inside_keeps_the_outer_writes(store: Store, heard: list) -> None:
    with store.transaction():
        kept = store.people.add(Person(full_name="Asha Patel"))
        with pytest.raises(InvalidValueError), store.transaction():
            store.people.add(Person(full_name="Tom Reilly"))
            store.people.add(Person(full_name="Sam\x00Li"))
    assert [p.full_name for p in store.people.listing()] == ["Asha Patel"]
    assert heard == [("people", (kept.id,), False)], "the undone write is not told"


def test_a_new_plan_comes_with_its_concerns_or_not_at_all(
    store: Store, ref: Reference, asha: Person, heard: list
) -> None:
    plan = new_plan(store, ref, asha.id, "Interim lead", TODAY)
    assert len(store.leap_concerns.for_plan(plan.id)) == len(ref.leap.concerns)
    heard.clear()

    broken = ref._replace(
        leap=ref.leap._replace(concerns=(ref.leap.concerns[0]._replace(code="bad\x00code"),))
    )
    with pytest.raises(InvalidValueError):
        new_plan(store, broken, asha.id, "Second leap", TODAY)
    assert [p.title for p in store.leap_plans.for_mentee(asha.id)] == ["Interim lead"]
    assert heard == []


def test_a_leap_is_recorded_with_both_links_or_not_at_all(
    store: Store, ref: Reference, asha: Person, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = store.leap_plans.add(
        LeapPlan(mentee_id=asha.id, title="Interim lead", status=PlanStatus.COMPLETED)
    )
    monkeypatch.setattr(store.leap_plans, "set_fields", _refuse)
    with pytest.raises(StoreError):
        record_as_activity(store, ref, plan, TODAY)
    assert store.activities.for_person(asha.id) == []
    monkeypatch.undo()

    activity = record_as_activity(store, ref, plan, TODAY)
    assert store.leap_plans.get(plan.id).activity_id == activity.id


def _held(store: Store, asha: Person, **fields: object) -> Session:
    return store.sessions.add(
        Session(mentee_id=asha.id, session_date=TODAY, status=SessionStatus.HELD, **fields)  # type: ignore[arg-type]
    )


def _planned(store: Store, asha: Person) -> list[date]:
    return [s.session_date for s in store.sessions.for_mentee(asha.id) if s.status is SessionStatus.PLANNED]


def test_moving_the_next_session_removes_the_old_one_only_if_the_new_one_is_added(
    store: Store, asha: Person
) -> None:
    held = _held(store, asha, duration_min=60)
    first, second = TODAY + timedelta(days=14), TODAY + timedelta(days=28)
    plan_next(store, held, first)
    assert _planned(store, asha) == [first]
    with pytest.raises(InvalidValueError):
        plan_next(store, replace(held, duration_min=10_000), second, previous=first)
    assert _planned(store, asha) == [first], "the old follow-up is still there"


def test_a_session_save_and_its_next_session_are_one_write(
    store: Store, asha: Person, monkeypatch: pytest.MonkeyPatch, heard: list
) -> None:
    held = _held(store, asha)
    heard.clear()
    edited = replace(
        held, shared_notes="Agreed to chair the falls meeting.", next_session_date=TODAY + timedelta(7)
    )
    monkeypatch.setattr(store.sessions, "add", _refuse)
    with pytest.raises(StoreError):
        save_session(store, held, edited)
    assert store.sessions.get(held.id) == held, "the notes wait for the retry with the next session"
    assert _planned(store, asha) == [] and heard == []
    monkeypatch.undo()

    saved = save_session(store, held, edited)
    assert saved.record.shared_notes == "Agreed to chair the falls meeting."
    assert _planned(store, asha) == [TODAY + timedelta(days=7)]
    assert {table for table, _ids, _open in heard} == {"sessions"}


def test_a_session_save_without_a_new_date_plans_nothing(store: Store, asha: Person) -> None:
    held = _held(store, asha)
    saved = save_session(store, held, replace(held, reflection="Felt ready."))
    assert saved.written == ("reflection",) and _planned(store, asha) == []


def test_starting_todays_session_moves_and_starts_it_or_leaves_it(
    store: Store, ref: Reference, asha: Person, monkeypatch: pytest.MonkeyPatch
) -> None:
    planned = store.sessions.add(Session(mentee_id=asha.id, session_date=TODAY + timedelta(days=2)))
    monkeypatch.setattr(store.sessions, "save_edits", _refuse)
    with pytest.raises(StoreError):
        start_todays_session(store, ref, asha.id, TODAY, "10:00")
    assert store.sessions.get(planned.id).session_date == TODAY + timedelta(days=2), "not moved"
    monkeypatch.undo()

    started = start_todays_session(store, ref, asha.id, TODAY, "10:00")
    assert (started.id, started.session_date, started.status) == (
        planned.id,
        TODAY,
        SessionStatus.IN_PROGRESS,
    )
