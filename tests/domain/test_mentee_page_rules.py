"""Rules behind the mentee page: which session is today's, what was agreed last time, which plan to show."""

from __future__ import annotations

from datetime import date, timedelta

from leadapp.domain.enums import ActionStatus, PlanStatus, SessionStatus
from leadapp.domain.leaps import LeapPlan
from leadapp.domain.mentee_page import (
    REUSE_WINDOW,
    current_plan,
    last_agreements,
    last_held_session,
    todays_session,
)
from leadapp.domain.people import greeting_name
from leadapp.domain.sessions import Action, Session

TODAY = date(2026, 12, 1)


def session(days: int, status: SessionStatus = SessionStatus.PLANNED, **fields: object) -> Session:
    return Session(mentee_id="m", session_date=TODAY + timedelta(days=days), status=status, **fields)


def test_todays_session_prefers_one_already_under_way_today() -> None:
    held = session(0, SessionStatus.HELD)
    planned = session(0)
    assert todays_session([planned, held], TODAY) is held


def test_todays_session_reuses_a_planned_session_today_before_a_nearer_day() -> None:
    today_planned = session(0)
    assert todays_session([session(1), today_planned, session(-1)], TODAY) is today_planned


def test_todays_session_reuses_the_nearest_planned_one_within_the_window() -> None:
    soon = session(3)
    assert todays_session([session(10), soon, session(-5)], TODAY) is soon
    missed = session(-2)
    assert todays_session([session(10), missed], TODAY) is missed


def test_todays_session_leaves_far_sessions_cancelled_ones_and_old_held_ones_alone() -> None:
    far = session(REUSE_WINDOW.days + 1)
    cancelled = session(0, SessionStatus.CANCELLED)
    yesterday = session(-1, SessionStatus.HELD)
    assert todays_session([far, cancelled, yesterday], TODAY) is None


def test_last_held_session_is_the_latest_held_on_or_before_today() -> None:
    older, latest = session(-30, SessionStatus.HELD), session(-2, SessionStatus.HELD)
    later_plan = session(5)
    assert (
        last_held_session([older, later_plan, latest, session(-1, SessionStatus.CANCELLED)], TODAY) is latest
    )
    assert last_held_session([later_plan], TODAY) is None


def test_last_agreements_are_the_actions_agreed_in_the_last_held_session_done_or_not() -> None:
    older, latest = session(-30, SessionStatus.HELD), session(-2, SessionStatus.HELD)
    agreed = [
        Action(mentee_id="m", session_id=latest.id, text="Book the course"),
        Action(mentee_id="m", session_id=latest.id, text="Ask Priya", status=ActionStatus.DONE),
    ]
    earlier = Action(mentee_id="m", session_id=older.id, text="Old")
    loose = Action(mentee_id="m", text="Not from a session")
    found, actions = last_agreements([older, latest], [earlier, *agreed, loose], TODAY)
    assert found is latest
    assert [a.text for a in actions] == ["Book the course", "Ask Priya"]
    assert last_agreements([], [loose], TODAY) == (None, [])


def test_current_plan_is_the_active_one_then_one_being_considered_then_the_latest() -> None:
    done = LeapPlan(mentee_id="m", title="Done", status=PlanStatus.COMPLETED)
    thinking = LeapPlan(mentee_id="m", title="Thinking", status=PlanStatus.CONSIDERING)
    active = LeapPlan(mentee_id="m", title="Active", status=PlanStatus.IN_PROGRESS)
    assert current_plan([done, thinking, active]) is active
    assert current_plan([done, thinking]) is thinking
    assert current_plan([done]) is done
    assert current_plan([]) is None


def test_greeting_name_skips_titles_and_keeps_a_lone_surname_with_its_title() -> None:
    assert greeting_name("Dr Sam Okafor") == "Sam"
    assert greeting_name("prof. Dame Ann Lee") == "Ann"
    assert greeting_name("Morgan Hale") == "Morgan"
    assert greeting_name("Dr Okafor") == "Dr Okafor"
    assert greeting_name("  ") == ""
