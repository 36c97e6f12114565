"""Development objectives: when one belongs on the next agenda, and what the plan as a whole covers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from leadapp.domain.activities import Activity, Objective
from leadapp.domain.agenda import OBJECTIVE
from leadapp.domain.assessments import Review
from leadapp.domain.enums import ObjectiveStatus
from leadapp.domain.people import Person

NEAR_DAYS = 28
"""A target date within four weeks (or passed) is near enough to talk about at the next session."""

LIVE = (ObjectiveStatus.OPEN, ObjectiveStatus.ON_TRACK, ObjectiveStatus.AT_RISK)
"""Objectives still being worked on; met and dropped ones are history."""


def to_carry(objectives: list[Objective], on: date, near_days: int = NEAR_DAYS) -> list[Objective]:
    """Live objectives for the agenda of a session on `on`: at risk, or with the target date near or past."""
    horizon = on + timedelta(days=near_days)
    return [
        o
        for o in objectives
        if o.deleted_at is None
        and o.status in LIVE
        and (o.status is ObjectiveStatus.AT_RISK or (o.target_date is not None and o.target_date <= horizon))
    ]


def carry_lines(objectives: list[Objective]) -> list[str]:
    """Agenda lines for carried objectives, saying why each is there."""
    lines = []
    for o in objectives:
        reasons = []
        if o.status is ObjectiveStatus.AT_RISK:
            reasons.append("at risk")
        if o.target_date is not None:
            reasons.append(f"target {o.target_date:%d/%m/%Y}")
        lines.append(f"{OBJECTIVE}{o.objective}" + (f" ({', '.join(reasons)})" if reasons else ""))
    return lines


def coverage(objectives: list[Objective], categories: list[str]) -> dict[str, int]:
    """How many live objectives name each category, in the order given."""
    counts = dict.fromkeys(categories, 0)
    for o in objectives:
        if o.status in LIVE and o.deleted_at is None:
            for code in set(o.categories):
                if code in counts:
                    counts[code] += 1
    return counts


def coverage_sentence(counts: dict[str, int], names: dict[str, str]) -> str:
    """ "Your objectives cover Widening (2) and Learning (1); none yet for Leaps, Mentors." """
    covered = [f"{names.get(c, c)} ({n})" for c, n in counts.items() if n]
    missing = [names.get(c, c) for c, n in counts.items() if not n]
    if not covered:
        return "No open development objectives yet."
    text = "Your objectives cover " + _join(covered)
    if missing:
        text += "; none yet for " + _join(missing)
    return text + "."


def _join(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def objective_for_item(person_id: str, item_label: str, item: str, categories: tuple[str, ...]) -> Objective:
    """A new objective aimed at a low-rated item, for the person to put in their own words."""
    return Objective(
        person_id=person_id,
        objective=f"Develop: {item_label}",
        why="Rated low in my self-assessment.",
        categories=list(categories),
        assessment_items=[item],
    )


@dataclass(frozen=True)
class AppraisalSummary:
    """What an appraisal pack prints: the plan with its evidence, the portfolio's balance and the change."""

    person: Person
    objectives: tuple[Objective, ...]
    activities: tuple[Activity, ...]
    evidence_titles: dict[str, tuple[str, ...]]
    review: Review
