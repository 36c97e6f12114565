"""Starting and planning sessions: where a template's agenda meets what is carried over from last time."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from leadapp.domain.agenda import CARRIED_HEADING
from leadapp.domain.assessments import item_names
from leadapp.domain.enums import SessionStatus
from leadapp.domain.leaps import review_due
from leadapp.domain.objectives import carry_lines, to_carry
from leadapp.domain.reference import Reference
from leadapp.domain.session_flow import new_session_status
from leadapp.domain.sessions import Session, carried_agenda
from leadapp.store.assessment_review import review
from leadapp.store.repository import Saved
from leadapp.store.store import Store

SELF_ASSESSMENT_REVIEW = "self_assessment_review"


def due_plans(store: Store, mentee_id: str, on: date) -> list[tuple[str, str]]:
    """(id, title) of the mentee's active leap-of-faith plans whose review date has come and not been met."""
    plans = [
        plan
        for plan in store.leap_plans.active_for(mentee_id)
        if plan.review_date is not None and plan.review_date <= on
    ]
    return [
        (plan.id, plan.title) for plan in plans if review_due(plan, store.leap_reviews.for_plan(plan.id), on)
    ]


def due_reviews(store: Store, mentee_id: str, on: date) -> list[str]:
    return [title for _, title in due_plans(store, mentee_id, on)]


def agenda_for(store: Store, ref: Reference, mentee_id: str, template: str, on: date) -> str:
    lines = list(ref.template(template).agenda) if template else []
    carried = carried_agenda(store.actions.open_for_mentee(mentee_id), due_reviews(store, mentee_id, on))
    carried += carry_lines(to_carry(store.objectives.for_person(mentee_id), on))
    if template == SELF_ASSESSMENT_REVIEW:
        lines += ["", *review(store, ref, mentee_id).agenda_lines(item_names(ref))]
    if carried:
        lines += [*([""] if lines else []), CARRIED_HEADING, *carried]
    return "\n".join(lines)


def start_session(
    store: Store,
    ref: Reference,
    mentee_id: str,
    on: date,
    today: date,
    template: str = "",
    start_time: str = "",
    duration_min: int = 60,
) -> Session:
    """A new session for the mentee: held if it is earlier than today, else planned until it is started.

    A planned session already on that date is reused, so planning ahead then starting never duplicates.
    """
    existing = store.sessions.planned_on(mentee_id, on)
    owner = store.people.owner()
    status = new_session_status(on, today)
    if existing is not None:
        agenda = existing.agenda or agenda_for(store, ref, mentee_id, template, on)
        return store.sessions.update(
            replace(
                existing,
                status=status,
                template=template or existing.template,
                start_time=start_time or existing.start_time,
                agenda=agenda,
            )
        )
    mentor_id = owner.id if owner and owner.id != mentee_id else None
    active = [
        r for r in store.relationships.for_person(mentee_id) if r.mentee_id == mentee_id and r.is_active(on)
    ]
    with_owner = [r for r in active if r.mentor_id == mentor_id]
    session = Session(
        mentee_id=mentee_id,
        mentor_id=mentor_id,
        relationship_id=with_owner[0].id if with_owner else None,
        session_date=on,
        status=status,
        start_time=start_time,
        duration_min=duration_min,
        template=template,
        agenda=agenda_for(store, ref, mentee_id, template, on),
    )
    return store.sessions.add(session)


def _untouched(store: Store, session: Session) -> bool:
    written = session.agenda or session.shared_notes or session.reflection
    private = session.mentor_private or session.mentee_private
    return not written and not private and not store.actions.for_session(session.id)


def plan_next(
    store: Store, session: Session, on: date | None, previous: date | None = None
) -> Session | None:
    """Keep one planned follow-up session for the date chosen in a session's 'Next session' field.

    Changing the date moves the follow-up rather than leaving an empty planned session behind: the old one
    goes and the new one comes in one transaction.
    """
    with store.transaction():
        if previous is not None and previous != on:
            stale = store.sessions.planned_on(session.mentee_id, previous)
            if stale is not None and stale.id != session.id and _untouched(store, stale):
                store.sessions.delete(stale.id)
        if on is None or on <= session.session_date:
            return None
        existing = store.sessions.planned_on(session.mentee_id, on)
        if existing is not None:
            return existing
        return store.sessions.add(
            Session(
                mentee_id=session.mentee_id,
                mentor_id=session.mentor_id,
                relationship_id=session.relationship_id,
                session_date=on,
                status=SessionStatus.PLANNED,
                start_time=session.start_time,
                duration_min=session.duration_min,
                mode=session.mode,
                location=session.location,
            )
        )


def save_session(
    store: Store, base: Session, mine: Session, initiator: object | None = None
) -> Saved[Session]:
    """An editor's session edits and the follow-up its 'Next session' date asks for, saved as one.

    The edits are merged as `save_edits` does (keeping both versions of a field changed elsewhere too);
    when the next-session date was written, the planned follow-up is moved or added in the same
    transaction, so the session never says one date while the diary holds another. The session's own
    notice names `initiator`; the follow-up's names nobody, so every list showing it hears of it.
    """
    with store.transaction():
        saved = store.sessions.save_edits(base, mine, keep_both=True, initiator=initiator)
        if "next_session_date" in saved.written:
            plan_next(store, saved.record, saved.record.next_session_date, base.next_session_date)
    return saved
