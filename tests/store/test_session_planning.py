"""Starting a session and planning the next one, on a real SQLite file.

Starting a session must bring last time's unfinished business onto the agenda, and planning ahead must
leave exactly one follow-up session behind, never a trail of empty ones.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

import pytest

from leadapp.domain.enums import (
    ActionStatus,
    PersonKind,
    PlanStatus,
    RelationshipKind,
    SessionMode,
    SessionStatus,
)
from leadapp.domain.leaps import LeapPlan
from leadapp.domain.people import Person, Relationship
from leadapp.domain.reference import Reference
from leadapp.domain.sessions import Action, Session
from leadapp.store.session_planning import due_reviews, plan_next, start_session
from leadapp.store.store import Store

TODAY = date(2026, 3, 15)
CARRIED = "Carried over from last time:"


@dataclass
class Caseload:
    owner: Person
    asha: Person
    tom: Person
    with_asha: Relationship


@pytest.fixture
def caseload(store: Store) -> Caseload:
    owner = store.people.add(Person(full_name="Morgan Hale", kind=PersonKind.MENTOR, is_owner=True))
    asha = store.people.add(Person(full_name="Asha Patel", kind=PersonKind.MENTEE))
    tom = store.people.add(Person(full_name="Tom Reilly", kind=PersonKind.MENTEE))
    with_asha = store.relationships.add(
        Relationship(mentor_id=owner.id, mentee_id=asha.id, start_date=date(2025, 1, 1))
    )
    store.relationships.add(Relationship(mentor_id=owner.id, mentee_id=tom.id, start_date=date(2025, 1, 1)))
    return Caseload(owner, asha, tom, with_asha)


def _action(store: Store, mentee: Person, text: str, **fields: Any) -> Action:
    return store.actions.add(Action(mentee_id=mentee.id, text=text, **fields))


def _plan(store: Store, mentee: Person, title: str, status: PlanStatus, review: date | None) -> LeapPlan:
    return store.leap_plans.add(LeapPlan(mentee_id=mentee.id, title=title, status=status, review_date=review))


def _live_sessions(store: Store, mentee: Person) -> list[Session]:
    return store.sessions.for_mentee(mentee.id)


# start_session: the agenda -----------------------------------------------------------------------------


def test_a_templated_session_carries_over_open_actions_and_due_reviews(
    store: Store, ref: Reference, caseload: Caseload
) -> None:
    """The template's agenda, then one line per open action, then each active plan whose review is due."""
    asha, tom = caseload.asha, caseload.tom
    _action(store, asha, "Draft the business case", due_date=date(2026, 3, 9))
    _action(store, asha, "Read the influencing chapter")
    _action(store, asha, "Already done", status=ActionStatus.DONE, done_on=date(2026, 3, 1))
    _action(store, asha, "Dropped", status=ActionStatus.DROPPED)
    store.actions.delete(_action(store, asha, "Deleted").id)
    _action(store, tom, "Tom's own action")

    _plan(store, asha, "Committed, review passed", PlanStatus.COMMITTED, TODAY - timedelta(days=1))
    _plan(store, asha, "In progress, review today", PlanStatus.IN_PROGRESS, TODAY)
    _plan(store, asha, "Committed, review next week", PlanStatus.COMMITTED, TODAY + timedelta(days=7))
    _plan(store, asha, "In progress, no review date", PlanStatus.IN_PROGRESS, None)
    _plan(store, asha, "Completed", PlanStatus.COMPLETED, TODAY - timedelta(days=30))
    _plan(store, asha, "Withdrawn", PlanStatus.WITHDRAWN, TODAY - timedelta(days=30))
    _plan(store, asha, "Only considering", PlanStatus.CONSIDERING, TODAY - timedelta(days=30))
    _plan(store, tom, "Tom's plan", PlanStatus.COMMITTED, TODAY - timedelta(days=1))

    session = start_session(store, ref, asha.id, TODAY, TODAY, template="open")

    lines = session.agenda.split("\n")
    assert lines[:-2] == [
        *ref.template("open").agenda,
        "",
        CARRIED,
        "Follow up: Draft the business case (due 09/03/2026)",
        "Follow up: Read the influencing chapter",
    ]
    assert sorted(lines[-2:]) == [
        "Leap-of-faith review due: Committed, review passed",
        "Leap-of-faith review due: In progress, review today",
    ]
    assert session.template == "open"
    assert store.sessions.get(session.id).agenda == session.agenda


def test_due_reviews_only_for_active_plans_on_or_before_the_day(store: Store, caseload: Caseload) -> None:
    asha = caseload.asha
    _plan(store, asha, "Due", PlanStatus.IN_PROGRESS, TODAY)
    _plan(store, asha, "Later", PlanStatus.IN_PROGRESS, TODAY + timedelta(days=1))
    deleted = _plan(store, asha, "Deleted", PlanStatus.COMMITTED, TODAY)
    store.leap_plans.delete(deleted.id)
    assert due_reviews(store, asha.id, TODAY) == ["Due"]
    assert sorted(due_reviews(store, asha.id, TODAY + timedelta(days=1))) == ["Due", "Later"]
    assert due_reviews(store, caseload.tom.id, TODAY) == []


def test_a_templated_session_with_nothing_to_carry_is_just_the_template(
    store: Store, ref: Reference, caseload: Caseload
) -> None:
    session = start_session(store, ref, caseload.asha.id, TODAY, TODAY, template="first_meeting")
    assert session.agenda == "\n".join(ref.template("first_meeting").agenda)
    assert CARRIED not in session.agenda


def test_no_template_and_nothing_to_carry_is_an_empty_agenda(
    store: Store, ref: Reference, caseload: Caseload
) -> None:
    assert start_session(store, ref, caseload.asha.id, TODAY, TODAY).agenda == ""


def test_without_a_template_the_agenda_starts_with_what_is_carried_over(
    store: Store, ref: Reference, caseload: Caseload
) -> None:
    _action(store, caseload.asha, "Send the audit slides")
    session = start_session(store, ref, caseload.asha.id, TODAY, TODAY)
    assert session.agenda == f"{CARRIED}\nFollow up: Send the audit slides"


def test_without_a_template_the_carried_over_lines_are_all_there(
    store: Store, ref: Reference, caseload: Caseload
) -> None:
    _action(store, caseload.asha, "Send the audit slides")
    session = start_session(store, ref, caseload.asha.id, TODAY, TODAY)
    assert session.agenda.strip().split("\n") == [CARRIED, "Follow up: Send the audit slides"]


# start_session: status, links and reuse ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("days_from_today", "status"),
    [(-30, SessionStatus.HELD), (0, SessionStatus.PLANNED), (1, SessionStatus.PLANNED)],
)
def test_held_before_today_planned_from_today_until_started(
    store: Store, ref: Reference, caseload: Caseload, days_from_today: int, status: SessionStatus
) -> None:
    on = TODAY + timedelta(days=days_from_today)
    session = start_session(store, ref, caseload.asha.id, on, TODAY, start_time="10:30", duration_min=45)
    stored = store.sessions.get(session.id)
    assert stored == session
    assert (stored.status, stored.session_date) == (status, on)
    assert (stored.start_time, stored.duration_min) == ("10:30", 45)


def test_a_new_session_links_the_owner_and_the_active_relationship(
    store: Store, ref: Reference, caseload: Caseload
) -> None:
    session = start_session(store, ref, caseload.asha.id, TODAY, TODAY)
    assert session.mentee_id == caseload.asha.id
    assert session.mentor_id == caseload.owner.id
    assert session.relationship_id == caseload.with_asha.id


def test_an_ended_or_future_relationship_is_not_linked(
    store: Store, ref: Reference, caseload: Caseload
) -> None:
    store.relationships.update(replace(caseload.with_asha, end_date=date(2026, 1, 31)))
    assert start_session(store, ref, caseload.asha.id, TODAY, TODAY).relationship_id is None
    later = start_session(store, ref, caseload.asha.id, date(2025, 6, 1), TODAY)
    assert later.relationship_id == caseload.with_asha.id, "the relationship was active on that date"


def test_the_linked_relationship_is_the_one_with_the_owner(
    store: Store, ref: Reference, caseload: Caseload
) -> None:
    """A champion relationship started more recently must not displace the mentoring one with the owner."""
    champion = store.people.add(Person(full_name="Priya Nair", kind=PersonKind.CHAMPION))
    store.relationships.add(
        Relationship(
            mentor_id=champion.id,
            mentee_id=caseload.asha.id,
            kind=RelationshipKind.CHAMPION,
            start_date=date(2026, 1, 1),
        )
    )
    session = start_session(store, ref, caseload.asha.id, TODAY, TODAY)
    assert session.mentor_id == caseload.owner.id
    assert session.relationship_id == caseload.with_asha.id


def test_without_an_owner_there_is_no_mentor(store: Store, ref: Reference) -> None:
    mentee = store.people.add(Person(full_name="Solo Mentee"))
    session = start_session(store, ref, mentee.id, TODAY, TODAY)
    assert (session.mentor_id, session.relationship_id) == (None, None)


def test_the_owner_as_mentee_is_not_their_own_mentor(store: Store, ref: Reference) -> None:
    """In a mentee's own database the owner is the mentee; the session has no mentor id to invent."""
    me = store.people.add(Person(full_name="Asha Patel", is_owner=True))
    session = start_session(store, ref, me.id, TODAY, TODAY)
    assert session.mentor_id is None


def test_starting_on_a_planned_date_reuses_the_planned_session(
    store: Store, ref: Reference, caseload: Caseload
) -> None:
    """Plan ahead, then open it on the day: one session, still planned until Start, its agenda kept."""
    asha = caseload.asha
    next_week = TODAY + timedelta(days=7)
    planned = start_session(store, ref, asha.id, next_week, TODAY, template="open")
    assert planned.status is SessionStatus.PLANNED
    store.sessions.update(replace(planned, agenda="Our own agenda"))

    started = start_session(store, ref, asha.id, next_week, next_week, template="career_conversation")

    assert started.id == planned.id
    assert started.status is SessionStatus.PLANNED
    assert started.agenda == "Our own agenda"
    assert started.template == "career_conversation"
    assert [s.id for s in _live_sessions(store, asha)] == [planned.id]


def test_a_reused_planned_session_without_an_agenda_gets_one(
    store: Store, ref: Reference, caseload: Caseload
) -> None:
    asha = caseload.asha
    bare = store.sessions.add(
        Session(mentee_id=asha.id, session_date=TODAY, status=SessionStatus.PLANNED, start_time="09:00")
    )
    _action(store, asha, "Book a shadowing day")
    started = start_session(store, ref, asha.id, TODAY, TODAY, template="open")
    assert started.id == bare.id
    assert started.start_time == "09:00", "an existing start time is kept when none is given"
    assert started.agenda.startswith(ref.template("open").agenda[0])
    assert started.agenda.endswith("Follow up: Book a shadowing day")
    assert len(_live_sessions(store, asha)) == 1


def test_a_held_session_on_the_date_is_not_reused(store: Store, ref: Reference, caseload: Caseload) -> None:
    """Two meetings on one day are possible; only a planned session is taken over."""
    held = store.sessions.add(
        Session(mentee_id=caseload.asha.id, session_date=TODAY, status=SessionStatus.HELD)
    )
    started = start_session(store, ref, caseload.asha.id, TODAY, TODAY)
    assert started.id != held.id
    assert len(_live_sessions(store, caseload.asha)) == 2


def test_another_mentees_planned_session_is_not_reused(
    store: Store, ref: Reference, caseload: Caseload
) -> None:
    toms = start_session(store, ref, caseload.tom.id, TODAY + timedelta(days=3), TODAY)
    ashas = start_session(store, ref, caseload.asha.id, TODAY + timedelta(days=3), TODAY)
    assert toms.id != ashas.id


# plan_next ---------------------------------------------------------------------------------------------


@pytest.fixture
def held(store: Store, caseload: Caseload) -> Session:
    return store.sessions.add(
        Session(
            mentee_id=caseload.asha.id,
            mentor_id=caseload.owner.id,
            relationship_id=caseload.with_asha.id,
            session_date=TODAY,
            status=SessionStatus.HELD,
            start_time="14:00",
            duration_min=90,
            mode=SessionMode.VIDEO,
            location="Teams",
            shared_notes="Talked about the falls project.",
        )
    )


def _planned(store: Store, mentee_id: str) -> list[Session]:
    return store.sessions._where("mentee_id = ? and status = 'planned'", [mentee_id], order_by="session_date")


def test_plan_next_creates_one_planned_session_like_this_one(store: Store, held: Session) -> None:
    """Same mode, place, length and time; nothing written in it yet."""
    on = TODAY + timedelta(days=28)
    follow_up = plan_next(store, held, on)
    assert follow_up is not None
    assert store.sessions.get(follow_up.id) == follow_up
    assert (follow_up.session_date, follow_up.status) == (on, SessionStatus.PLANNED)
    assert (follow_up.mode, follow_up.location, follow_up.duration_min) == (SessionMode.VIDEO, "Teams", 90)
    assert follow_up.start_time == "14:00"
    assert (follow_up.mentee_id, follow_up.mentor_id, follow_up.relationship_id) == (
        held.mentee_id,
        held.mentor_id,
        held.relationship_id,
    )
    assert (follow_up.agenda, follow_up.shared_notes, follow_up.mentor_private) == ("", "", "")
    assert [s.id for s in _planned(store, held.mentee_id)] == [follow_up.id]


def test_plan_next_is_idempotent(store: Store, held: Session) -> None:
    """Autosave calls it on every edit; the follow-up must not multiply."""
    on = TODAY + timedelta(days=28)
    first = plan_next(store, held, on)
    again = plan_next(store, held, on, previous=on)
    assert first is not None and again is not None
    assert again.id == first.id
    assert len(_planned(store, held.mentee_id)) == 1


@pytest.mark.parametrize("days", [0, -1, -30])
def test_plan_next_ignores_a_date_not_after_the_session(store: Store, held: Session, days: int) -> None:
    assert plan_next(store, held, TODAY + timedelta(days=days)) is None
    assert _planned(store, held.mentee_id) == []


def test_plan_next_without_a_date_plans_nothing(store: Store, held: Session) -> None:
    assert plan_next(store, held, None) is None
    assert _planned(store, held.mentee_id) == []


def test_moving_the_date_moves_an_untouched_follow_up(store: Store, held: Session) -> None:
    first, second = TODAY + timedelta(days=28), TODAY + timedelta(days=35)
    old = plan_next(store, held, first)
    assert old is not None
    new = plan_next(store, held, second, previous=first)
    assert new is not None
    assert [s.session_date for s in _planned(store, held.mentee_id)] == [second]
    assert store.sessions.find(old.id) is None, "the untouched follow-up is deleted (a tombstone)"
    assert store.sessions.planned_on(held.mentee_id, first) is None


def test_clearing_the_date_removes_an_untouched_follow_up(store: Store, held: Session) -> None:
    first = TODAY + timedelta(days=28)
    plan_next(store, held, first)
    assert plan_next(store, held, None, previous=first) is None
    assert _planned(store, held.mentee_id) == []


@pytest.mark.parametrize(
    "written",
    [
        {"agenda": "Prepare the board paper"},
        {"shared_notes": "Asha sent some thoughts ahead"},
        {"reflection": "Written early"},
        {"mentor_private": "Remember to ask about the rota"},
    ],
)
def test_moving_the_date_keeps_a_follow_up_with_notes(
    store: Store, held: Session, written: dict[str, str]
) -> None:
    """Something written in the planned session is someone's work; moving the date must not lose it."""
    first, second = TODAY + timedelta(days=28), TODAY + timedelta(days=35)
    old = plan_next(store, held, first)
    assert old is not None
    store.sessions.update(replace(old, **written))
    plan_next(store, held, second, previous=first)
    assert [s.session_date for s in _planned(store, held.mentee_id)] == [first, second]
    assert store.sessions.get(old.id) is not None


def test_moving_the_date_keeps_a_follow_up_with_mentee_private_notes(store: Store, held: Session) -> None:
    first, second = TODAY + timedelta(days=28), TODAY + timedelta(days=35)
    old = plan_next(store, held, first)
    assert old is not None
    store.sessions.update(replace(old, mentee_private="What I want to raise next time"))
    plan_next(store, held, second, previous=first)
    assert store.sessions.find(old.id) is not None


def test_moving_the_date_keeps_a_follow_up_with_actions(store: Store, held: Session) -> None:
    first, second = TODAY + timedelta(days=28), TODAY + timedelta(days=35)
    old = plan_next(store, held, first)
    assert old is not None
    store.actions.add(Action(mentee_id=held.mentee_id, session_id=old.id, text="Bring the audit data"))
    plan_next(store, held, second, previous=first)
    assert [s.session_date for s in _planned(store, held.mentee_id)] == [first, second]


def test_moving_the_date_never_deletes_the_session_being_edited(store: Store, caseload: Caseload) -> None:
    """A planned session whose own 'next session' field is changed is not its own stale follow-up."""
    planned = store.sessions.add(
        Session(mentee_id=caseload.asha.id, session_date=TODAY, status=SessionStatus.PLANNED)
    )
    plan_next(store, planned, TODAY + timedelta(days=28), previous=TODAY)
    assert store.sessions.find(planned.id) is not None


def test_a_follow_up_then_started_on_the_day_is_the_same_session(
    store: Store, ref: Reference, held: Session
) -> None:
    """Planning from one session and starting the next on its day meet in a single record."""
    on = TODAY + timedelta(days=28)
    follow_up = plan_next(store, held, on)
    assert follow_up is not None
    started = start_session(store, ref, held.mentee_id, on, on, template="open")
    assert started.id == follow_up.id
    assert started.status is SessionStatus.PLANNED, "it waits for Start"
    assert started.mode is SessionMode.VIDEO, "what plan_next copied survives the start"
