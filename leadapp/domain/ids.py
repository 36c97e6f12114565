"""Typed identities and UTC clocks.

Identities are UUIDs so that two databases (mentor's and mentee's) can merge records without collisions;
the NewTypes stop a session id being passed where a person id is meant.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import NewType

PersonId = NewType("PersonId", str)
RelationshipId = NewType("RelationshipId", str)
SessionId = NewType("SessionId", str)
ActionId = NewType("ActionId", str)
ActivityId = NewType("ActivityId", str)
EvidenceId = NewType("EvidenceId", str)
ObjectiveId = NewType("ObjectiveId", str)
NoteId = NewType("NoteId", str)
PlanId = NewType("PlanId", str)
AssessmentId = NewType("AssessmentId", str)


def new_id() -> str:
    import uuid  # here: the start makes no ids, and uuid imports platform (about 2 ms)

    return str(uuid.uuid4())


def utc_now() -> str:
    """ISO 8601 in UTC with microseconds, so that string order is time order (isoformat rather than
    strftime, which passes through PySide6's import hook on every call: see format_date)."""
    return datetime.now(UTC).replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


def today() -> date:
    return datetime.now(UTC).date()
