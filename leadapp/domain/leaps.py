"""The leap-of-faith support plan: the step, its uncertainties, supports, milestones and reviews."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from leadapp.domain.enums import ACTIVE_STATUSES, OPEN_STATUSES, PlanStatus
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


LOW_WELLBEING = 2
RATING_SCALE = (1, 2, 3, 4, 5)


def is_active(plan: LeapPlan) -> bool:
    return plan.status in ACTIVE_STATUSES and plan.deleted_at is None


def is_open(plan: LeapPlan) -> bool:
    return plan.status in OPEN_STATUSES and plan.deleted_at is None


def active_plan(plans: list[LeapPlan]) -> LeapPlan | None:
    """The plan a portfolio shows as the current leap: the first active one in the order given."""
    return next((plan for plan in plans if is_active(plan)), None)


def review_due(plan: LeapPlan, reviews: list[LeapReview], on: date) -> bool:
    """An active plan whose planned review date has come, with no review held since that date."""
    if not is_active(plan) or plan.review_date is None or plan.review_date > on:
        return False
    return not any(r.review_date >= plan.review_date and r.deleted_at is None for r in reviews)


def low_wellbeing(reviews: list[LeapReview]) -> bool:
    """The latest wellbeing rating is low, or it fell at two reviews running to the middle or below."""
    rated = sorted(
        (r for r in reviews if r.wellbeing is not None), key=lambda r: (r.review_date, r.created_at)
    )
    if not rated:
        return False
    last = rated[-1].wellbeing or 0
    if last <= LOW_WELLBEING:
        return True
    if len(rated) >= 3:
        a, b, c = (r.wellbeing or 0 for r in rated[-3:])
        return a > b > c and c <= 3
    return False


def plan_flags(plan: LeapPlan, reviews: list[LeapReview], on: date) -> list[str]:
    """Plain words for the caseload: what a mentor should check in on."""
    if not is_active(plan):
        return []
    flags = []
    if review_due(plan, reviews, on):
        flags.append("leap-of-faith review due")
    if low_wellbeing(reviews):
        flags.append("low wellbeing at last review")
    return flags


def trend(reviews: list[LeapReview]) -> list[tuple[date, int | None, int | None]]:
    """Confidence and wellbeing in date order, for the chart."""
    return [(r.review_date, r.confidence, r.wellbeing) for r in sorted(reviews, key=lambda r: r.review_date)]


def days_apart(dates: list[date]) -> list[int]:
    """Where each review sits on a chart's time line: days since the first, so gaps show as gaps."""
    return [(when - dates[0]).days for when in dates] if dates else []


def labelled_days(days: list[int], fraction: float = 0.12) -> list[int]:
    """The review days that get a date label: the first and the latest always, the others when at least
    `fraction` of the span from their neighbours, so dates close together are not printed over each other."""
    if not days:
        return []
    gap = max((days[-1] - days[0]) * fraction, 1)
    shown = [days[0]]
    for day in days[1:-1]:
        if day - shown[-1] >= gap and days[-1] - day >= gap:
            shown.append(day)
    if days[-1] != shown[-1]:
        if len(shown) > 1 and days[-1] - shown[-1] < gap:
            shown.pop()
        shown.append(days[-1])
    return shown


REVIEW_INTERVAL = timedelta(days=42)
SHORTEST_INTERVAL = timedelta(days=14)
LONGEST_INTERVAL = timedelta(days=91)


def next_review_date(plan: LeapPlan, earlier: list[LeapReview], review: LeapReview) -> date | None:
    """The plan's next review after this one: the same rhythm as before, from the day of this review.

    The rhythm is the gap between the previous review (or the plan's start) and the review date that was
    planned, kept between two and thirteen weeks, six when unknown. A review entered for a past date, older
    than one already recorded, leaves the planned date alone.
    """
    others = [r for r in earlier if r.id != review.id and r.deleted_at is None]
    if any(r.review_date > review.review_date for r in others):
        return plan.review_date
    previous = max((r.review_date for r in others), default=plan.start_date)
    interval = REVIEW_INTERVAL
    if plan.review_date is not None and previous is not None and plan.review_date > previous:
        interval = min(max(plan.review_date - previous, SHORTEST_INTERVAL), LONGEST_INTERVAL)
    return review.review_date + interval
