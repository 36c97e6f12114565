"""What the mentee page shows, gathered in one place, and starting today's session without a duplicate."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from leadapp.domain.activities import Activity
from leadapp.domain.caseload import needs_attention
from leadapp.domain.enums import PersonKind, SessionStatus
from leadapp.domain.leaps import LeapPlan, review_due
from leadapp.domain.mentee_page import current_plan, last_agreements, todays_session
from leadapp.domain.people import Person
from leadapp.domain.reference import Reference
from leadapp.domain.session_flow import can_start, started
from leadapp.domain.sessions import Action, Session
from leadapp.store.caseload import caseload
from leadapp.store.session_planning import start_session
from leadapp.store.store import Store

LATEST_ACTIVITIES = 5


@dataclass(frozen=True)
class MenteeOverview:
    person: Person
    flags: list[str]
    last_session: Session | None
    agreements: list[Action]
    open_actions: list[Action]
    plan: LeapPlan | None
    plan_review_due: bool
    next_session: Session | None
    todays_session: Session | None
    supporters: list[Person]
    latest_activities: list[Activity]


def mentee_overview(store: Store, mentee_id: str, on: date) -> MenteeOverview | None:
    """Everything the page needs for one mentee; None if they are not (or no longer) in the database."""
    person = store.people.find(mentee_id)
    if person is None or person.deleted_at is not None:
        return None
    entry = next(iter(caseload(store, on, only=[mentee_id])), None)
    sessions = store.sessions.for_mentee(mentee_id)
    last, agreed = last_agreements(sessions, store.actions.for_mentee(mentee_id), on)
    plan = current_plan(store.leap_plans.for_mentee(mentee_id))
    supporter_ids = [
        r.mentor_id for r in store.relationships.for_person(mentee_id) if r.mentee_id == mentee_id
    ]
    supporters = [p for p in (store.people.find(i) for i in dict.fromkeys(supporter_ids)) if p is not None]
    return MenteeOverview(
        person=person,
        flags=needs_attention(entry, on) if entry else [],
        last_session=last,
        agreements=agreed,
        open_actions=store.actions.open_for_mentee(mentee_id),
        plan=plan,
        plan_review_due=plan is not None and review_due(plan, store.leap_reviews.for_plan(plan.id), on),
        next_session=store.sessions.next_for(mentee_id, on),
        todays_session=todays_session(sessions, on),
        supporters=[p for p in supporters if p.kind is not PersonKind.MENTEE and p.deleted_at is None],
        latest_activities=store.activities.latest_for(mentee_id, LATEST_ACTIVITIES),
    )


def start_todays_session(
    store: Store, ref: Reference, mentee_id: str, on: date, start_time: str = ""
) -> Session:
    """Start today's session: the one under way, or the nearest planned one moved to today, else a new one.

    A planned session is started (in progress from `start_time`), as the button says, so the in-session
    clock counts from now and End session can wrap it up. Moving, starting and opening it are one write.
    """
    found = todays_session(store.sessions.for_mentee(mentee_id), on)
    if found is not None and found.session_date == on and found.status is not SessionStatus.PLANNED:
        return found
    with store.transaction():
        if found is not None and found.session_date != on:
            store.sessions.set_fields(found.id, session_date=on)
        template = "" if found is not None else "open"
        session = start_session(store, ref, mentee_id, on, on, template=template, start_time=start_time)
        if not can_start(session):
            return session
        now = datetime.combine(on, datetime.strptime(start_time, "%H:%M").time()) if start_time else None
        return store.sessions.save_edits(session, started(session, now)).record
