"""Which records belong to which people: the one answer shared by export and erasure.

A person's records are the person, the relationships they are in, their sessions with those sessions'
actions and notes, their activities with evidence, objectives, notes, leap plans with every part, and
self-assessments with ratings. Export and erasure must agree on this, or an erasure could leave behind
something an export would have shown.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from leadapp.domain.activities import Activity, Evidence, Objective
from leadapp.domain.assessments import Assessment, AssessmentRating
from leadapp.domain.leaps import LeapConcern, LeapMilestone, LeapPlan, LeapReview, LeapSupport
from leadapp.domain.notes import Note
from leadapp.domain.people import Person, Relationship
from leadapp.domain.records import Record
from leadapp.domain.sessions import Action, Session
from leadapp.store.store_database import StoreDatabase

KINDS: tuple[tuple[str, type[Record]], ...] = (
    ("people", Person),
    ("relationships", Relationship),
    ("sessions", Session),
    ("actions", Action),
    ("activities", Activity),
    ("evidence", Evidence),
    ("objectives", Objective),
    ("notes", Note),
    ("leap_plans", LeapPlan),
    ("leap_concerns", LeapConcern),
    ("leap_supports", LeapSupport),
    ("leap_milestones", LeapMilestone),
    ("leap_reviews", LeapReview),
    ("assessments", Assessment),
    ("assessment_ratings", AssessmentRating),
)
"""Every kind of record, parents before the records that point at them (the order an import inserts in)."""

RECORD_TYPES: dict[str, type[Record]] = dict(KINDS)

# (table, SQL condition over the ids chosen so far), in an order where each condition's inputs are known.
_OWNED: tuple[tuple[str, str], ...] = (
    ("people", "id in {people}"),
    ("relationships", "mentor_id in {people} or mentee_id in {people}"),
    ("sessions", "mentee_id in {people}"),
    ("actions", "mentee_id in {people} or session_id in {sessions}"),
    ("activities", "person_id in {people}"),
    ("evidence", "activity_id in {activities}"),
    ("objectives", "person_id in {people}"),
    ("notes", "person_id in {people} or session_id in {sessions}"),
    ("leap_plans", "mentee_id in {people}"),
    ("leap_concerns", "plan_id in {leap_plans}"),
    ("leap_supports", "plan_id in {leap_plans}"),
    ("leap_milestones", "plan_id in {leap_plans}"),
    ("leap_reviews", "plan_id in {leap_plans}"),
    ("assessments", "person_id in {people}"),
    ("assessment_ratings", "assessment_id in {assessments}"),
)


def owned_ids(
    db: StoreDatabase, person_ids: Sequence[str] | None, include_removed: bool
) -> dict[str, list[str]]:
    """The ids of every record of `person_ids` (everyone when None), per table, in KINDS order.

    With `include_removed`, records in the bin count too (erasure must reach them); without, only
    records a person can see.
    """
    alive = "" if include_removed else " and deleted_at is null"
    chosen: dict[str, list[str]] = {}
    if person_ids is None:
        for table, _cls in KINDS:
            where = "1 = 1" + alive
            chosen[table] = [
                str(r[0]) for r in db.execute(f"select id from [{table}] where {where} order by id")
            ]
        return chosen
    params: dict[str, str] = {"people": json.dumps(list(person_ids))}
    for table, condition in _OWNED:
        sets = {name: f"(select value from json_each(:{name}))" for name in params}
        sets.setdefault(table, "(select null where 0)")
        where = f"({condition.format(**{**{t: '(select null where 0)' for t, _ in KINDS}, **sets})}){alive}"
        ids = [str(r[0]) for r in db.execute(f"select id from [{table}] where {where} order by id", params)]
        chosen[table] = ids
        params[table] = json.dumps(ids)
    return chosen
