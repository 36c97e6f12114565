"""Development activities, their evidence, and the objectives they serve."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from leadapp.domain.enums import (
    ActivityStatus,
    EvidenceKind,
    LearningType,
    ObjectiveStatus,
    Reach,
    Setting,
)
from leadapp.domain.records import Record
from leadapp.domain.reference import Example
from leadapp.domain.sessions import Session


@dataclass(kw_only=True)
class Activity(Record):
    person_id: str
    title: str
    description: str = ""
    start_date: date | None = None
    end_date: date | None = None
    status: ActivityStatus = ActivityStatus.IDEA
    categories: list[str] = field(default_factory=list)
    primary_category: str = ""
    stage: str = ""
    setting: Setting = Setting.NHS
    reach: Reach | None = None
    development_value: list[str] = field(default_factory=list)
    development_value_other: str = ""
    organisational_benefit: str = ""
    behaviours: list[str] = field(default_factory=list)
    outputs: str = ""
    outcomes: str = ""
    impact: str = ""
    learning_type: LearningType | None = None
    provider: str = ""
    programme: str = ""
    level: str = ""
    funding: str = ""
    related_person_id: str | None = None
    relationship_id: str | None = None
    session_id: str | None = None
    example_code: str = ""
    readiness: list[str] = field(default_factory=list)
    finish_later: bool = False


@dataclass(kw_only=True)
class Evidence(Record):
    activity_id: str
    kind: EvidenceKind = EvidenceKind.NOTE
    title: str = ""
    body: str = ""
    url: str = ""
    filename: str = ""
    mime_type: str = ""
    size: int = 0
    content: bytes | None = None


@dataclass(kw_only=True)
class Objective(Record):
    """A development objective: what a person takes to appraisal in their personal development plan."""

    person_id: str
    objective: str
    why: str = ""
    categories: list[str] = field(default_factory=list)
    target_date: date | None = None
    status: ObjectiveStatus = ObjectiveStatus.OPEN
    activity_ids: list[str] = field(default_factory=list)
    assessment_items: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ActivityListing:
    """One row of the activity list: the activity and the name of the person whose it is."""

    activity: Activity
    person_name: str


def primary_category(categories: list[str], wanted: str) -> str:
    """An activity's primary category is always one of its categories: the one wanted while it is ticked,
    else the first ticked; none without categories."""
    if wanted in categories:
        return wanted
    return categories[0] if categories else ""


TITLE_LIMIT = 120
STAGES = ("early_mid", "later_mid")
"""The mid-career stages an activity is placed in (the guide's examples are split this way)."""


def activity_from_example(person_id: str, example: Example, on: date) -> Activity:
    """A planned activity started from one of the guide's examples, for the mentee to make their own."""
    return Activity(
        person_id=person_id,
        title=example.title,
        categories=[example.category],
        primary_category=example.category,
        stage=example.stage if example.stage in STAGES else "",
        setting=Setting.OUTSIDE_NHS if example.setting == "outside_nhs" else Setting.NHS,
        status=ActivityStatus.PLANNED,
        start_date=on,
        example_code=example.code,
    )


def activity_from_notes(session: Session, text: str) -> Activity:
    """An activity for the session's mentee, linked back to the session it came from.

    The first line of the chosen words becomes the title; the session's categories carry over.
    """
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    title = (
        lines[0][:TITLE_LIMIT] if lines else f"Activity from the session of {session.session_date:%d/%m/%Y}"
    )
    return Activity(
        person_id=session.mentee_id,
        title=title,
        description=text.strip(),
        categories=list(session.categories),
        primary_category=primary_category(session.categories, ""),
        start_date=session.session_date,
        session_id=session.id,
    )
