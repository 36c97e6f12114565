"""What each printed document shows, gathered into one object so the reports floor needs no database."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from leadapp.domain.activities import Activity
from leadapp.domain.caseload import CaseloadEntry
from leadapp.domain.leaps import LeapConcern, LeapMilestone, LeapPlan, LeapReview, LeapSupport
from leadapp.domain.people import Person, Relationship
from leadapp.domain.sessions import Action, Session


@dataclass(frozen=True)
class SessionSummary:
    session: Session
    mentee: Person
    mentor: Person | None
    actions: tuple[Action, ...]
    private_text: str = ""
    """Filled only when the author chose to include their private notes in this print."""


@dataclass(frozen=True)
class PortfolioSummary:
    person: Person
    period_from: date | None
    period_to: date | None
    activities: tuple[Activity, ...]
    evidence_titles: dict[str, tuple[str, ...]] = field(default_factory=dict)
    supporters: tuple[tuple[Person, Relationship], ...] = ()
    active_plan: LeapPlan | None = None
    plan_reviews: tuple[LeapReview, ...] = ()
    people_names: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class LeapSummary:
    plan: LeapPlan
    mentee: Person
    champion: Person | None
    concerns: tuple[LeapConcern, ...]
    supports: tuple[LeapSupport, ...]
    milestones: tuple[LeapMilestone, ...]
    reviews: tuple[LeapReview, ...]


@dataclass(frozen=True)
class CaseloadSummary:
    owner: Person | None
    entries: tuple[CaseloadEntry, ...]
    on: date
