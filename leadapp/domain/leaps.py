"""The leap-of-faith support plan: the step, its uncertainties, supports, milestones and reviews."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from leadapp.domain.enums import PlanStatus
from leadapp.domain.records import Record


@dataclass(kw_only=True)
class LeapPlan(Record):
    mentee_id: str
    title: str
    status: PlanStatus = PlanStatus.CONSIDERING
    opportunity_type: str = ""
    opportunity_other: str = ""
    direction: str = ""
    origin: str = ""
    champion_id: str | None = None
    start_date: date | None = None
    review_date: date | None = None
    hopes: str = ""
    outcome: str = ""
    benefits: list[str] = field(default_factory=list)
    lessons: str = ""
    activity_id: str | None = None


@dataclass(kw_only=True)
class LeapConcern(Record):
    plan_id: str
    concern: str = ""
    custom_text: str = ""
    rating: str = "none"
    mitigation: str = ""


@dataclass(kw_only=True)
class LeapSupport(Record):
    plan_id: str
    mechanism: str
    other_text: str = ""
    who: str = ""
    frequency: str = ""
    agreed: bool = False
    if_less_well: bool = False
    notes: str = ""


@dataclass(kw_only=True)
class LeapMilestone(Record):
    plan_id: str
    title: str
    due_date: date | None = None
    done_on: date | None = None


@dataclass(kw_only=True)
class LeapReview(Record):
    plan_id: str
    review_date: date
    session_id: str | None = None
    confidence: int | None = None
    wellbeing: int | None = None
    went_well: str = ""
    less_well: str = ""
    next_steps: str = ""
