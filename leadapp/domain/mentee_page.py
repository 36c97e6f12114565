"""Rules behind the mentee page: which session "today's session" is, what was agreed last time, which plan.

They live here, not in the page, so the page, Ctrl+N and any later Timeline agree on the same answers.
"""

from __future__ import annotations

from datetime import date, timedelta

from leadapp.domain.enums import PlanStatus, SessionStatus
from leadapp.domain.leaps import LeapPlan, is_active
from leadapp.domain.sessions import Action, Session

REUSE_WINDOW = timedelta(days=14)
"""A planned session this close to today is the one being held now: monthly sessions are rarely closer."""


def _live(sessions: list[Session]) -> list[Session]:
    return [s for s in sessions if s.deleted_at is None]


def todays_session(sessions: list[Session], on: date) -> Session | None:
    """The session "Start today's session" opens instead of adding another.

    One already under way today comes first; then a planned one today; then the planned one nearest today,
    within REUSE_WINDOW either side (a missed date or one brought forward). None means start a new one.
    """
    live = _live(sessions)
    under_way = [
        s
        for s in live
        if s.session_date == on and s.status not in (SessionStatus.PLANNED, SessionStatus.CANCELLED)
    ]
    if under_way:
        return max(under_way, key=lambda s: (s.start_time, s.created_at))
    planned = [
        s for s in live if s.status is SessionStatus.PLANNED and abs(s.session_date - on) <= REUSE_WINDOW
    ]
    if not planned:
        return None
    return min(planned, key=lambda s: (abs((s.session_date - on).days), s.session_date < on, s.start_time))


def last_held_session(sessions: list[Session], on: date) -> Session | None:
    held = [s for s in _live(sessions) if s.status is SessionStatus.HELD and s.session_date <= on]
    return max(held, key=lambda s: (s.session_date, s.start_time, s.created_at), default=None)


def last_agreements(
    sessions: list[Session], actions: list[Action], on: date
) -> tuple[Session | None, list[Action]]:
    """The last held session and the actions agreed in it, done or not, in the order they were added."""
    last = last_held_session(sessions, on)
    if last is None:
        return None, []
    agreed = [a for a in actions if a.session_id == last.id and a.deleted_at is None]
    return last, sorted(agreed, key=lambda a: a.created_at)


def current_plan(plans: list[LeapPlan]) -> LeapPlan | None:
    """The plan worth showing: an active one, else one still being considered, else the latest."""
    live = sorted((p for p in plans if p.deleted_at is None), key=lambda p: p.updated_at, reverse=True)
    for chosen in (
        [p for p in live if is_active(p)],
        [p for p in live if p.status is PlanStatus.CONSIDERING],
        live,
    ):
        if chosen:
            return chosen[0]
    return None
