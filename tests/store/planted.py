"""Records of every kind with every field filled and text carrying a marker, for export and erasure tests."""

from __future__ import annotations

import types
import typing
from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Any

from leadapp.domain.enums import PersonKind, Visibility
from leadapp.domain.people import Person
from leadapp.domain.records import Record
from leadapp.store.record_sets import RECORD_TYPES
from leadapp.store.store import Store

LINK_FIELDS = {
    "mentor_id",
    "mentee_id",
    "person_id",
    "session_id",
    "relationship_id",
    "activity_id",
    "plan_id",
    "assessment_id",
    "related_person_id",
    "champion_id",
}
RANGED = {"duration_min": 45, "rating": 4, "confidence": 2, "wellbeing": 3, "size": 0}


def filled(cls: type[Record], marker: str, **given: Any) -> Any:
    """A record with every field set: text holds `marker`, enums a non-default member, links as given."""
    values: dict[str, Any] = {}
    for name, hint in typing.get_type_hints(cls).items():
        if name in {"id", "created_at", "updated_at", "deleted_at", "archived_at"} or name in LINK_FIELDS:
            continue
        if isinstance(hint, types.UnionType):
            hint = next(a for a in typing.get_args(hint) if a is not type(None))
        if hint is str:
            values[name] = f"{marker} {name}"
        elif hint is bool:
            values[name] = True
        elif hint is int:
            values[name] = RANGED.get(name, 7)
        elif hint is date:
            values[name] = date(2025, 3, 4)
        elif typing.get_origin(hint) is list:
            values[name] = [f"{marker}-{name}-1", f"=cmd {marker}"]
        elif hint is bytes:
            values[name] = f"file {marker} bytes".encode()
        elif isinstance(hint, type) and issubclass(hint, Enum):
            values[name] = list(hint)[-1]
    values.update(given)
    if "size" in values and "content" in values:
        values["size"] = len(values["content"])
    return cls(**values)


@dataclass
class Planted:
    owner: Person
    mentee: Person
    other: Person
    ids: dict[str, list[str]]


def plant(store: Store, marker: str, other_marker: str = "KEEPME") -> Planted:
    """An owner (mentor), a mentee whose every record carries `marker`, and another mentee linked to them."""
    owner = store.people.add(Person(full_name="Olive Owner", kind=PersonKind.MENTOR, is_owner=True))
    mentee = store.people.add(
        filled(Person, marker, full_name=f"Mena {marker}", kind=PersonKind.MENTEE, is_owner=False)
    )
    other = store.people.add(
        filled(Person, other_marker, full_name="Otto Other", kind=PersonKind.MENTEE, is_owner=False)
    )
    ids: dict[str, list[str]] = {}

    def add(table: str, record: Any) -> Any:
        repo = {
            "assessment_ratings": store.ratings,
        }.get(table) or getattr(store, table)
        saved = repo.add(record)
        ids.setdefault(table, []).append(saved.id)
        return saved

    def everything(person: Person, mark: str, removed: bool) -> None:
        rel = add(
            "relationships",
            filled(RECORD_TYPES["relationships"], mark, mentor_id=owner.id, mentee_id=person.id),
        )
        session = add(
            "sessions",
            filled(
                RECORD_TYPES["sessions"],
                mark,
                mentee_id=person.id,
                mentor_id=owner.id,
                relationship_id=rel.id,
            ),
        )
        add("actions", filled(RECORD_TYPES["actions"], mark, mentee_id=person.id, session_id=session.id))
        activity = add(
            "activities",
            filled(
                RECORD_TYPES["activities"],
                mark,
                person_id=person.id,
                session_id=session.id,
                relationship_id=rel.id,
            ),
        )
        add("evidence", filled(RECORD_TYPES["evidence"], mark, activity_id=activity.id))
        add("objectives", filled(RECORD_TYPES["objectives"], mark, person_id=person.id))
        for visibility in Visibility:
            add(
                "notes",
                filled(
                    RECORD_TYPES["notes"],
                    mark,
                    person_id=person.id,
                    session_id=session.id,
                    visibility=visibility,
                ),
            )
        plan = add(
            "leap_plans",
            filled(
                RECORD_TYPES["leap_plans"],
                mark,
                mentee_id=person.id,
                champion_id=owner.id,
                activity_id=activity.id,
            ),
        )
        for table in ("leap_concerns", "leap_supports", "leap_milestones"):
            add(table, filled(RECORD_TYPES[table], mark, plan_id=plan.id))
        add(
            "leap_reviews", filled(RECORD_TYPES["leap_reviews"], mark, plan_id=plan.id, session_id=session.id)
        )
        assessment = add("assessments", filled(RECORD_TYPES["assessments"], mark, person_id=person.id))
        add(
            "assessment_ratings",
            filled(RECORD_TYPES["assessment_ratings"], mark, assessment_id=assessment.id),
        )
        if removed:
            store.sessions.remove(session.id)
            store.activities.remove(activity.id)
            store.leap_plans.remove(plan.id)

    everything(mentee, marker, removed=False)
    everything(mentee, marker, removed=True)
    everything(other, other_marker, removed=False)
    # The other mentee's records point at the first one: these links must be cleared, not erased.
    store.activities.add(
        filled(RECORD_TYPES["activities"], other_marker, person_id=other.id, related_person_id=mentee.id)
    )
    # ...and one of theirs lists the first mentee's activity among its evidence.
    listed = [ids["activities"][0], ids["activities"][-1]]
    store.objectives.add(
        filled(RECORD_TYPES["objectives"], other_marker, person_id=other.id, activity_ids=listed)
    )
    return Planted(owner, mentee, other, ids)
