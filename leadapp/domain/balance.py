"""How a portfolio spreads across the five categories, and the gaps named in plain words.

Only activities under way or done count: ideas and plans are hopes, and a board looks for experience.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from leadapp.domain.activities import STAGES, Activity, primary_category
from leadapp.domain.enums import ActivityStatus, Reach, Setting
from leadapp.domain.reference import CATEGORY_CODES, Example, Reference

COUNTED = (ActivityStatus.IN_PROGRESS, ActivityStatus.DONE)
EXPERIENCE = ("widening", "leaps", "track_record")
FROM_OTHERS = ("mentors",)
FORMAL = ("learning",)
FORMAL_WARNING_SHARE = 0.4


def counted(activities: list[Activity]) -> list[Activity]:
    return [a for a in activities if a.status in COUNTED and a.deleted_at is None]


def category_by_stage(activities: list[Activity]) -> dict[str, dict[str, int]]:
    """Activities per category and stage; an activity with two categories counts in both."""
    table = {code: {stage: 0 for stage in (*STAGES, "")} for code in CATEGORY_CODES}
    for activity in counted(activities):
        stage = activity.stage if activity.stage in STAGES else ""
        for code in set(activity.categories):
            if code in table:
                table[code][stage] += 1
    return table


def category_totals(activities: list[Activity]) -> dict[str, int]:
    return {code: sum(stages.values()) for code, stages in category_by_stage(activities).items()}


def over_time(activities: list[Activity]) -> list[tuple[int, dict[str, int]]]:
    """Per year of starting (undated activities left out), counts per category, oldest year first."""
    years: dict[int, Counter[str]] = {}
    for activity in counted(activities):
        if activity.start_date is None:
            continue
        tally = years.setdefault(activity.start_date.year, Counter())
        for code in set(activity.categories):
            tally[code] += 1
    return [(year, {code: years[year][code] for code in CATEGORY_CODES}) for year in sorted(years)]


@dataclass(frozen=True)
class Split:
    """The 70/20/10 view: experience, learning from others, formal learning, as shares of the total."""

    experience: float
    from_others: float
    formal: float
    total: int


def seventy_twenty_ten(activities: list[Activity]) -> Split:
    counts = Counter[str]()
    for activity in counted(activities):
        primary = primary_category(activity.categories, activity.primary_category)
        if primary in EXPERIENCE:
            counts["experience"] += 1
        elif primary in FROM_OTHERS:
            counts["from_others"] += 1
        elif primary in FORMAL:
            counts["formal"] += 1
    total = sum(counts.values())
    if not total:
        return Split(0.0, 0.0, 0.0, 0)
    return Split(counts["experience"] / total, counts["from_others"] / total, counts["formal"] / total, total)


@dataclass(frozen=True)
class Gap:
    code: str
    sentence: str
    category: str
    suggestion: Example | None


def _suggest(ref: Reference, category: str, stage: str, avoid: set[str]) -> Example | None:
    choices = [e for e in ref.examples(category, stage or None) if e.code not in avoid]
    return choices[0] if choices else None


def balance_gaps(activities: list[Activity], ref: Reference, stage: str = "later_mid") -> list[Gap]:
    """The gaps a board would notice, most telling first, each with an example that would help."""
    done = counted(activities)
    used = {a.example_code for a in activities if a.example_code}
    totals = category_totals(activities)
    gaps: list[Gap] = []
    missing_words = {
        "widening": "No widening-perspectives activity yet",
        "learning": "No formal learning yet",
        "mentors": "No mentor or champion recorded yet",
        "leaps": "No leap of faith yet",
        "track_record": "No track record of delivery recorded yet",
    }
    for code in CATEGORY_CODES:
        if totals[code] == 0:
            gaps.append(Gap(f"no_{code}", missing_words[code], code, _suggest(ref, code, stage, used)))

    learning = [a for a in done if "learning" in a.categories]
    if learning and all(a.stage == "early_mid" for a in learning):
        gaps.append(
            Gap(
                "learning_only_early",
                "Formal learning only in early mid-career",
                "learning",
                _suggest(ref, "learning", "later_mid", used),
            )
        )
    widening = [a for a in done if "widening" in a.categories]
    if widening and all(a.reach in (None, Reach.OWN_PROFESSION) for a in widening):
        gaps.append(
            Gap(
                "widening_own_profession",
                "All widening-perspectives activity is within your own profession",
                "widening",
                _suggest(ref, "widening", "later_mid", used),
            )
        )
    if widening and all(a.setting is Setting.NHS for a in widening):
        outside = [e for e in ref.examples("widening") if e.setting == "outside_nhs" and e.code not in used]
        gaps.append(
            Gap(
                "widening_nhs_only",
                "No experience outside the NHS yet",
                "widening",
                outside[0] if outside else None,
            )
        )
    track = [a for a in done if "track_record" in a.categories]
    if track and not any(a.outcomes.strip() or a.impact.strip() for a in track):
        gaps.append(
            Gap(
                "track_record_outputs_only",
                "Track record shows outputs but no outcomes or impact",
                "track_record",
                None,
            )
        )
    split = seventy_twenty_ten(activities)
    if split.total >= 5 and split.formal > FORMAL_WARNING_SHARE:
        gaps.append(
            Gap(
                "formal_heavy",
                "Formal learning outweighs experience; most development comes from doing the job",
                "widening",
                _suggest(ref, "widening", stage, used),
            )
        )
    return gaps


@dataclass(frozen=True)
class ReadinessRow:
    code: str
    label: str
    description: str
    evidence: tuple[Activity, ...]


def readiness_map(activities: list[Activity], ref: Reference) -> list[ReadinessRow]:
    """Each board expectation with the activities marked as evidence for it (any status but idea)."""
    usable = [a for a in activities if a.status is not ActivityStatus.IDEA and a.deleted_at is None]
    return [
        ReadinessRow(
            expectation.code,
            expectation.label,
            expectation.description,
            tuple(a for a in usable if expectation.code in a.readiness),
        )
        for expectation in ref.board_expectations
    ]
