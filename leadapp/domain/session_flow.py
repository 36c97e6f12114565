"""A session's life in the room: planned, started, ended with a short wrap-up.

Start turns a planned session into one in progress; End session marks it held and settles the next date. The
next date reuses a session already planned for the mentee rather than piling up a second one.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from leadapp.domain.enums import ActionStatus, SessionStatus
from leadapp.domain.sessions import Action, Session


class SessionFlowError(ValueError):
    """A step that does not fit the session's state; the message says why in plain words."""


ENDABLE = (SessionStatus.PLANNED, SessionStatus.IN_PROGRESS)


def new_session_status(on: date, today: date) -> SessionStatus:
    """Dated before today: written up afterwards, so held. Otherwise it waits for Start."""
    return SessionStatus.HELD if on < today else SessionStatus.PLANNED


def can_start(session: Session) -> bool:
    return session.status is SessionStatus.PLANNED


def can_end(session: Session) -> bool:
    return session.status in ENDABLE


def started(session: Session, now: datetime | None = None) -> Session:
    """In progress from now: the start time becomes the real one, so the in-session clock counts from it."""
    if not can_start(session):
        raise SessionFlowError("Only a planned session can be started.")
    start_time = now.strftime("%H:%M") if now is not None else session.start_time
    return replace(session, status=SessionStatus.IN_PROGRESS, start_time=start_time)


def ended(session: Session, next_date: date | None) -> Session:
    if not can_end(session):
        raise SessionFlowError("This session has already ended or was cancelled.")
    if next_date is not None and next_date <= session.session_date:
        raise SessionFlowError("The next session must come after this one.")
    return replace(session, status=SessionStatus.HELD, next_session_date=next_date)


def follow_up_to_reuse(session: Session, planned: list[Session], on: date) -> Session | None:
    """Which of the mentee's planned sessions becomes the next one, so the caseload never shows two.

    One already on that date wins; then the follow-up this session planned before; then the earliest one
    planned after this session. None means a new planned session is needed.
    """
    later = sorted(
        (
            s
            for s in planned
            if s.id != session.id
            and s.mentee_id == session.mentee_id
            and s.status is SessionStatus.PLANNED
            and s.deleted_at is None
            and s.session_date > session.session_date
        ),
        key=lambda s: (s.session_date, s.start_time, s.created_at),
    )
    for wanted in (on, session.next_session_date):
        match = next((s for s in later if s.session_date == wanted), None)
        if match is not None:
            return match
    return later[0] if later else None


@dataclass(frozen=True)
class ActionCheck:
    number: int
    text: str


def action_checks(actions: list[Action], today: date) -> list[ActionCheck]:
    """What to settle before ending: open actions without words, or without a due date, or already late."""
    checks = []
    for number, action in enumerate(actions, start=1):
        if action.status is not ActionStatus.OPEN or action.deleted_at is not None:
            continue
        if not action.text.strip():
            checks.append(ActionCheck(number, f"Action {number} has no words yet."))
        elif action.due_date is None:
            checks.append(ActionCheck(number, f"Action {number} has no due date."))
        elif action.due_date < today:
            checks.append(ActionCheck(number, f"Action {number} is due before today."))
    return checks
