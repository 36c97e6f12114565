"""Gathering what each printed document needs, so the UI and the command line print the same thing."""

from __future__ import annotations

from datetime import date

from leadapp.domain.caseload import caseload_order
from leadapp.domain.enums import PersonKind
from leadapp.domain.leaps import active_plan
from leadapp.domain.sessions import own_private_text
from leadapp.domain.summaries import CaseloadSummary, LeapSummary, PortfolioSummary, SessionSummary
from leadapp.store.caseload import caseload
from leadapp.store.errors import NotFoundError
from leadapp.store.store import Store


def session_summary(store: Store, session_id: str, include_private: bool = False) -> SessionSummary:
    """Private notes are read only when asked for, and only the owner's own side."""
    session = store.sessions.get(session_id)
    mentee = store.people.get(session.mentee_id)
    mentor = store.people.find(session.mentor_id) if session.mentor_id else None
    private = own_private_text(session, store.settings.owner_role()) if include_private else ""
    return SessionSummary(
        session=session,
        mentee=mentee,
        mentor=mentor,
        actions=tuple(store.actions.for_session(session_id)),
        private_text=private,
    )


def portfolio_summary(
    store: Store, person_id: str, period_from: date | None = None, period_to: date | None = None
) -> PortfolioSummary:
    person = store.people.get(person_id)
    activities = [
        a
        for a in store.activities.for_person(person_id)
        if (period_from is None or (a.end_date or a.start_date or period_from) >= period_from)
        and (period_to is None or (a.start_date or period_to) <= period_to)
    ]
    supporters = []
    for relationship in store.relationships.for_person(person_id):
        if relationship.mentee_id == person_id:
            supporter = store.people.find(relationship.mentor_id)
            if supporter is not None:
                supporters.append((supporter, relationship))
    plan = active_plan(store.leap_plans.for_mentee(person_id))
    names = {p.id: p.full_name for p in store.people.listing(include_archived=True)}
    titles = store.evidence.titles_for([a.id for a in activities])
    return PortfolioSummary(
        person=person,
        period_from=period_from,
        period_to=period_to,
        activities=tuple(activities),
        evidence_titles={key: tuple(value) for key, value in titles.items()},
        supporters=tuple(supporters),
        active_plan=plan,
        plan_reviews=tuple(store.leap_reviews.for_plan(plan.id)) if plan else (),
        people_names=names,
    )


def leap_summary(store: Store, plan_id: str) -> LeapSummary:
    plan = store.leap_plans.get(plan_id)
    return LeapSummary(
        plan=plan,
        mentee=store.people.get(plan.mentee_id),
        champion=store.people.find(plan.champion_id) if plan.champion_id else None,
        concerns=tuple(store.leap_concerns.for_plan(plan_id)),
        supports=tuple(store.leap_supports.for_plan(plan_id)),
        milestones=tuple(store.leap_milestones.for_plan(plan_id)),
        reviews=tuple(store.leap_reviews.for_plan(plan_id)),
    )


def caseload_summary(store: Store, on: date) -> CaseloadSummary:
    return CaseloadSummary(
        owner=store.people.owner(), entries=tuple(caseload_order(caseload(store, on), on)), on=on
    )


def latest_plan(store: Store, mentee_id: str) -> str:
    plans = store.leap_plans.for_mentee(mentee_id)
    if not plans:
        raise NotFoundError("leap-of-faith plan for that mentee", mentee_id)
    return plans[0].id


def mentee_ids(store: Store) -> list[str]:
    return [p.id for p in store.people.listing([PersonKind.MENTEE])]
