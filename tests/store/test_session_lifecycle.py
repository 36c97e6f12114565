"""Start and End session, and a leap review with its next date, each written as one transaction."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from leadapp.domain.enums import ActionOwner, PlanStatus, SessionStatus
from leadapp.domain.leaps import LeapPlan, LeapReview
from leadapp.domain.people import Person
from leadapp.domain.session_flow import SessionFlowError
from leadapp.domain.sessions import Action, Session
from leadapp.store.caseload import caseload_entries
from leadapp.store.errors import StoreError
from leadapp.store.leap_planning import record_review
from leadapp.store.session_lifecycle import begin, end, follow_up_for
from leadapp.store.store import Store

TODAY = date(2026, 12, 1)


@pytest.fixture
def asha(store: Store) -> Person:
    return store.people.add(Person(full_name="Asha Patel"))


def _session(store: Store, asha: Person, days: int = 0, **fields: object) -> Session:
    return store.sessions.add(
        Session(mentee_id=asha.id, session_date=TODAY + timedelta(days=days), **fields)  # type: ignore[arg-type]
    )


def _planned(store: Store, asha: Person) -> list[tuple[str, date]]:
    rows = store.sessions._where("mentee_id = ? and status = 'planned'", [asha.id], order_by="session_date")
    return [(s.id, s.session_date) for s in rows]


def test_begin_writes_in_progress(store: Store, asha: Person) -> None:
    session = _session(store, asha)
    begin(store, session)
    assert store.sessions.get(session.id).status is SessionStatus.IN_PROGRESS


def test_begin_refuses_a_held_session_and_writes_nothing(store: Store, asha: Person) -> None:
    session = _session(store, asha, status=SessionStatus.HELD)
    with pytest.raises(SessionFlowError):
        begin(store, session)
    assert store.sessions.get(session.id).updated_at == session.updated_at


def test_end_moves_the_planned_session_instead_of_adding_one(store: Store, asha: Person) -> None:
    now = begin(store, _session(store, asha))
    booked = _session(store, asha, days=14, agenda="Board paper")
    _session(store, asha, days=70)
    action = store.actions.add(Action(mentee_id=asha.id, session_id=now.id, text="Draft the statement"))
    checked = replace(action, owner=ActionOwner.MENTOR, due_date=TODAY + timedelta(days=7))

    ending = end(store, now, TODAY + timedelta(days=28), [checked])

    assert ending.session.status is SessionStatus.HELD
    assert store.sessions.get(now.id).next_session_date == TODAY + timedelta(days=28)
    assert ending.follow_up is not None and ending.follow_up.id == booked.id
    assert store.sessions.get(booked.id).agenda == "Board paper", "what was written there moves with it"
    assert [d for _, d in _planned(store, asha)] == [TODAY + timedelta(days=28), TODAY + timedelta(days=70)]
    saved = store.actions.get(action.id)
    assert (saved.owner, saved.due_date) == (ActionOwner.MENTOR, TODAY + timedelta(days=7))


def test_end_adds_a_planned_session_when_none_is_booked(store: Store, asha: Person) -> None:
    now = begin(store, _session(store, asha))
    ending = end(store, now, TODAY + timedelta(days=21), [])
    assert ending.follow_up is not None
    assert _planned(store, asha) == [(ending.follow_up.id, TODAY + timedelta(days=21))]


def test_end_keeps_a_session_already_on_the_date(store: Store, asha: Person) -> None:
    now = begin(store, _session(store, asha))
    booked = _session(store, asha, days=21)
    assert follow_up_for(store, now, TODAY + timedelta(days=21)) == booked
    end(store, now, TODAY + timedelta(days=21), [])
    assert _planned(store, asha) == [(booked.id, TODAY + timedelta(days=21))]


def test_a_failed_write_in_the_wrap_up_changes_nothing(
    store: Store, asha: Person, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ending is all or nothing: a follow-up that cannot be written leaves the session in progress."""
    now = begin(store, _session(store, asha))
    action = store.actions.add(Action(mentee_id=asha.id, session_id=now.id, text="Draft the statement"))

    def refuse(_record: Session) -> Session:
        raise StoreError("The disk is full. Nothing was saved.")

    monkeypatch.setattr(store.sessions, "add", refuse)
    with pytest.raises(StoreError):
        end(store, now, TODAY + timedelta(days=21), [replace(action, owner=ActionOwner.BOTH)])
    assert store.sessions.get(now.id).status is SessionStatus.IN_PROGRESS
    assert store.sessions.get(now.id).next_session_date is None
    assert store.actions.get(action.id).owner is ActionOwner.MENTEE
    assert not store.db.conn.in_transaction


def test_record_review_moves_the_next_review_in_the_same_write(store: Store, asha: Person) -> None:
    plan = store.leap_plans.add(
        LeapPlan(
            mentee_id=asha.id,
            title="Interim lead",
            status=PlanStatus.IN_PROGRESS,
            start_date=TODAY - timedelta(days=60),
            review_date=TODAY - timedelta(days=2),
        )
    )
    store.leap_reviews.add(LeapReview(plan_id=plan.id, review_date=TODAY - timedelta(days=30)))
    moved = record_review(store, LeapReview(plan_id=plan.id, review_date=TODAY, wellbeing=4))
    assert moved.review_date == TODAY + timedelta(days=28)
    assert store.leap_plans.get(plan.id).review_date == TODAY + timedelta(days=28)
    assert len(store.leap_reviews.for_plan(plan.id)) == 2


def test_a_session_in_progress_counts_as_met_on_home(store: Store, asha: Person) -> None:
    """Home's 'last met' must not wait for End session: the mentee is in the room."""
    begin(store, _session(store, asha, days=-1))
    entry = next(e for e in caseload_entries(store, TODAY) if e.mentee_id == asha.id)
    assert entry.last_held == TODAY - timedelta(days=1)
