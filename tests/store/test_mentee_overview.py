"""The mentee page's query and "Start today's session" against a real database file."""

from __future__ import annotations

from datetime import date, timedelta

from leadapp.demo import write_demo
from leadapp.domain.enums import PersonKind, PlanStatus, SessionStatus
from leadapp.domain.leaps import LeapPlan
from leadapp.domain.people import Person
from leadapp.domain.sessions import Action, Session
from leadapp.store.mentee_overview import mentee_overview, start_todays_session
from leadapp.store.store import Store

TODAY = date(2026, 12, 1)


def mentee(store: Store, name: str = "Tom Reilly") -> Person:
    return store.people.add(Person(full_name=name, kind=PersonKind.MENTEE, profession="paramedic"))


def test_overview_names_flags_agreements_open_actions_and_plan(store: Store) -> None:
    tom = mentee(store)
    held = store.sessions.add(
        Session(mentee_id=tom.id, session_date=TODAY - timedelta(days=20), status=SessionStatus.HELD)
    )
    store.actions.add(Action(mentee_id=tom.id, session_id=held.id, text="Shadow the clinical director"))
    store.actions.add(Action(mentee_id=tom.id, text="Old overdue action", due_date=TODAY - timedelta(days=3)))
    store.leap_plans.add(
        LeapPlan(
            mentee_id=tom.id,
            title="Act up as service lead",
            status=PlanStatus.IN_PROGRESS,
            review_date=TODAY - timedelta(days=1),
        )
    )
    overview = mentee_overview(store, tom.id, TODAY)
    assert overview is not None
    assert overview.person.full_name == "Tom Reilly"
    assert overview.last_session == held
    assert [a.text for a in overview.agreements] == ["Shadow the clinical director"]
    assert {a.text for a in overview.open_actions} == {"Shadow the clinical director", "Old overdue action"}
    assert overview.plan is not None and overview.plan.title == "Act up as service lead"
    assert overview.plan_review_due
    assert overview.flags == ["leap-of-faith review due", "1 overdue action", "no session planned"]
    assert overview.todays_session is None


def test_overview_of_a_missing_person_is_none(store: Store) -> None:
    assert mentee_overview(store, "no-such-id", TODAY) is None


def test_start_todays_session_reuses_the_planned_one_and_never_adds_a_second(store: Store, ref) -> None:
    tom = mentee(store)
    planned = store.sessions.add(
        Session(mentee_id=tom.id, session_date=TODAY + timedelta(days=2), status=SessionStatus.PLANNED)
    )
    started = start_todays_session(store, ref, tom.id, TODAY)
    assert started.id == planned.id
    assert started.session_date == TODAY
    assert started.status is SessionStatus.IN_PROGRESS
    again = start_todays_session(store, ref, tom.id, TODAY)
    assert again.id == planned.id
    assert len(store.sessions.for_mentee(tom.id)) == 1


def test_start_todays_session_starts_a_new_one_when_nothing_is_near(store: Store, ref) -> None:
    tom = mentee(store)
    far = store.sessions.add(
        Session(mentee_id=tom.id, session_date=TODAY + timedelta(days=40), status=SessionStatus.PLANNED)
    )
    started = start_todays_session(store, ref, tom.id, TODAY)
    assert started.id != far.id
    assert started.session_date == TODAY and started.status is SessionStatus.IN_PROGRESS
    assert store.sessions.get(far.id).session_date == TODAY + timedelta(days=40)
    assert len(store.sessions.for_mentee(tom.id)) == 2


def test_overview_of_the_demo_mentee_lists_supporters_and_activities(store: Store) -> None:
    write_demo(store, now=TODAY)
    tom = next(p for p in store.people.listing([PersonKind.MENTEE]) if p.full_name == "Tom Reilly")
    overview = mentee_overview(store, tom.id, TODAY)
    assert overview is not None
    assert {p.full_name for p in overview.supporters} == {"Morgan Hale", "Dr Priya Nair"}
    assert 0 < len(overview.latest_activities) <= 5
    assert overview.last_session is not None and overview.agreements
