"""Start, end and the wrap-up's choices, and which agenda lines count as carried over: no database."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from leadapp.domain.agenda import CARRIED_HEADING, agenda_lines, split_agenda
from leadapp.domain.enums import ActionStatus, SessionStatus
from leadapp.domain.session_flow import (
    SessionFlowError,
    action_checks,
    can_end,
    can_start,
    ended,
    follow_up_to_reuse,
    new_session_status,
    started,
)
from leadapp.domain.sessions import Action, Session

TODAY = date(2026, 12, 1)


def _session(on: date = TODAY, status: SessionStatus = SessionStatus.PLANNED, **extra: object) -> Session:
    return Session(mentee_id="asha", session_date=on, status=status, **extra)  # type: ignore[arg-type]


# new sessions and the two steps -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("days", "status"),
    [(-1, SessionStatus.HELD), (0, SessionStatus.PLANNED), (7, SessionStatus.PLANNED)],
)
def test_a_new_session_is_held_only_when_written_up_afterwards(days: int, status: SessionStatus) -> None:
    """Today's session is not held before it has begun: it waits for Start."""
    assert new_session_status(TODAY + timedelta(days=days), TODAY) is status


def test_start_turns_planned_into_in_progress() -> None:
    session = _session()
    assert can_start(session)
    assert started(session).status is SessionStatus.IN_PROGRESS
    assert session.status is SessionStatus.PLANNED, "the rule returns a new record"


@pytest.mark.parametrize("status", [SessionStatus.IN_PROGRESS, SessionStatus.HELD, SessionStatus.CANCELLED])
def test_only_a_planned_session_can_be_started(status: SessionStatus) -> None:
    assert not can_start(_session(status=status))
    with pytest.raises(SessionFlowError, match="planned"):
        started(_session(status=status))


@pytest.mark.parametrize("status", [SessionStatus.PLANNED, SessionStatus.IN_PROGRESS])
def test_end_marks_held_and_records_the_next_date(status: SessionStatus) -> None:
    done = ended(_session(status=status), TODAY + timedelta(days=28))
    assert done.status is SessionStatus.HELD
    assert done.next_session_date == TODAY + timedelta(days=28)


def test_end_without_a_next_date_is_allowed() -> None:
    assert ended(_session(status=SessionStatus.IN_PROGRESS), None).next_session_date is None


@pytest.mark.parametrize("status", [SessionStatus.HELD, SessionStatus.CANCELLED])
def test_a_held_or_cancelled_session_cannot_end_again(status: SessionStatus) -> None:
    assert not can_end(_session(status=status))
    with pytest.raises(SessionFlowError):
        ended(_session(status=status), None)


@pytest.mark.parametrize("days", [0, -3])
def test_the_next_session_must_come_after_this_one(days: int) -> None:
    with pytest.raises(SessionFlowError, match="after this one"):
        ended(_session(status=SessionStatus.IN_PROGRESS), TODAY + timedelta(days=days))


# which planned session is reused ----------------------------------------------------------------------


def _planned(days: int, **extra: object) -> Session:
    return _session(TODAY + timedelta(days=days), SessionStatus.PLANNED, **extra)


def test_a_session_already_on_the_date_is_reused_first() -> None:
    current = _session(status=SessionStatus.IN_PROGRESS)
    early, exact = _planned(14), _planned(28)
    assert follow_up_to_reuse(current, [early, exact], TODAY + timedelta(days=28)) is exact


def test_then_the_follow_up_this_session_planned_before() -> None:
    mine = _planned(21)
    current = _session(status=SessionStatus.IN_PROGRESS, next_session_date=mine.session_date)
    assert follow_up_to_reuse(current, [_planned(14), mine], TODAY + timedelta(days=35)) is mine


def test_then_the_earliest_session_planned_after_this_one() -> None:
    current = _session(status=SessionStatus.IN_PROGRESS)
    later, sooner = _planned(42), _planned(14)
    assert follow_up_to_reuse(current, [later, sooner], TODAY + timedelta(days=28)) is sooner


def test_nothing_to_reuse_means_a_new_session() -> None:
    current = _session(status=SessionStatus.IN_PROGRESS)
    others = [
        _planned(-7),
        _session(TODAY + timedelta(days=14), SessionStatus.HELD),
        _session(TODAY + timedelta(days=14), SessionStatus.CANCELLED),
        Session(mentee_id="tom", session_date=TODAY + timedelta(days=14)),
        _planned(14, deleted_at="2026-12-01T10:00:00Z"),
        current,
    ]
    assert follow_up_to_reuse(current, others, TODAY + timedelta(days=28)) is None


# wrap-up checks -------------------------------------------------------------------------------------------


def test_wrap_up_names_each_action_that_needs_settling() -> None:
    actions = [
        Action(mentee_id="asha", text="Draft the business case", due_date=TODAY + timedelta(days=7)),
        Action(mentee_id="asha", text="", due_date=TODAY),
        Action(mentee_id="asha", text="Ask Priya to be a referee"),
        Action(mentee_id="asha", text="Send the audit", due_date=TODAY - timedelta(days=1)),
        Action(mentee_id="asha", text="Book the course", status=ActionStatus.DONE),
    ]
    assert [c.text for c in action_checks(actions, TODAY)] == [
        "Action 2 has no words yet.",
        "Action 3 has no due date.",
        "Action 4 is due before today.",
    ]


# the carried-over block ------------------------------------------------------------------------------------


def test_a_line_typed_after_the_carried_block_is_the_mentors_own() -> None:
    text = "\n".join(
        [
            "Where are you now?",
            "",
            CARRIED_HEADING,
            "Follow up: Send the audit slides (due 03/12/2026)",
            "Leap-of-faith review due: Interim service lead",
            "Ask about the rota",
        ]
    )
    own, carried = split_agenda(text)
    assert own == ["Where are you now?", "Ask about the rota"]
    assert carried == [
        "Follow up: Send the audit slides (due 03/12/2026)",
        "Leap-of-faith review due: Interim service lead",
    ]


def test_a_blank_line_ends_the_block() -> None:
    text = f"{CARRIED_HEADING}\nFollow up: One\n\nFollow up: typed later, after a gap"
    assert split_agenda(text) == (["Follow up: typed later, after a gap"], ["Follow up: One"])


def test_follow_up_words_outside_the_block_are_not_carried() -> None:
    assert split_agenda("Follow up: my own idea") == (["Follow up: my own idea"], [])


def test_every_line_is_kept_and_marked() -> None:
    text = f"Intro\n{CARRIED_HEADING}\nFollow up: One"
    lines = agenda_lines(text)
    assert [line.text for line in lines] == text.split("\n")
    assert [(line.heading, line.carried) for line in lines] == [(False, False), (True, False), (False, True)]


def test_start_records_when_the_session_really_began() -> None:
    """A session planned for 09:00 that starts at 09:20 counts its minutes from 09:20."""
    from datetime import datetime

    began = started(_session(start_time="09:00"), datetime(2026, 12, 1, 9, 20))
    assert began.start_time == "09:20"
    assert started(_session(start_time="09:00")).start_time == "09:00"
