"""The HCPC CPD profile: what a registrant hands over if selected for audit, built from their activities.

Source: HCPC, "Standards of continuing professional development" and its guidance on CPD profiles. At each
renewal a sample of each profession (2.5 %) is asked for a profile: a summary of practice (about 500 words),
a dated list of CPD over the last two years with any gap of three months or more explained, a statement
(about 1,500 words) on four to six representative activities showing how the five standards are met, and
evidence. The summaries of the standards below are ours; the standards themselves are HCPC's.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from leadapp.domain.activities import Activity
from leadapp.domain.enums import ActivityStatus, LearningType
from leadapp.domain.people import Person
from leadapp.domain.records import Record
from leadapp.domain.wording import LEARNING_TYPES

SOURCE = "HCPC standards of continuing professional development (Health and Care Professions Council)"
SUMMARY_GUIDE_WORDS = 500
STATEMENT_GUIDE_WORDS = 1500
GAP_MONTHS = 3
PERIOD_YEARS = 2
MIN_CHOSEN = 4
MAX_CHOSEN = 6


@dataclass(frozen=True)
class Standard:
    number: int
    summary: str
    prompt: str


STANDARDS: tuple[Standard, ...] = (
    Standard(
        1,
        "Keep a record of your CPD that is continuous, up to date and accurate.",
        "How you keep your record, and how the dated list shows learning throughout the period.",
    ),
    Standard(
        2,
        "Show that your CPD mixes different kinds of learning, relevant to your work now or to come.",
        "Which kinds of learning you used (work-based, professional, formal, self-directed, other) and why "
        "each mattered to your practice.",
    ),
    Standard(
        3,
        "Aim for your CPD to have improved the quality of your practice and of the service you give.",
        "For each chosen activity: what you did, what you learnt, and how your practice changed.",
    ),
    Standard(
        4,
        "Aim for your CPD to benefit the people who use your service.",
        "For each chosen activity: how service users, carers or colleagues gained from the change.",
    ),
    Standard(
        5,
        "When asked, send a profile that is your own work, backed by evidence, showing how you met the "
        "standards.",
        "Confirm the profile is your own work and list the evidence that supports it.",
    ),
)

_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")


@dataclass(kw_only=True)
class CpdProfile(Record):
    """One person's draft profile; the text is theirs, the dated list is rebuilt from their activities."""

    person_id: str
    renewal_date: date | None = None
    period_from: date | None = None
    period_to: date | None = None
    practice_summary: str = ""
    chosen_activity_ids: list[str] = field(default_factory=list)
    gap_notes: list[str] = field(default_factory=list)
    """One entry per explained gap: the gap's first day (ISO), a tab, then the explanation."""
    standard_1: str = ""
    standard_2: str = ""
    standard_3: str = ""
    standard_4: str = ""
    standard_5: str = ""

    def standard_text(self, number: int) -> str:
        return str(getattr(self, f"standard_{number}"))

    def statement(self) -> str:
        return "\n\n".join(self.standard_text(s.number) for s in STANDARDS)


@dataclass(frozen=True)
class Gap:
    start: date
    end: date

    @property
    def months(self) -> int:
        """Whole calendar months in the gap, the way a person would count them on a wall calendar."""
        months = 0
        while add_months(self.start, months + 1) <= self.end:
            months += 1
        return months


@dataclass(frozen=True)
class LearningMix:
    counts: dict[LearningType, int]
    untyped: int
    mixed: bool
    message: str


@dataclass(frozen=True)
class WordCount:
    words: int
    guide: int

    @property
    def message(self) -> str:
        if self.words > self.guide * 1.1:
            return f"{self.words} words: over the guide of about {self.guide:,}"
        return f"{self.words} of about {self.guide:,} words"


@dataclass(frozen=True)
class CpdSummary:
    person: Person
    profile: CpdProfile
    period_from: date
    period_to: date
    listed: tuple[Activity, ...]
    gaps: tuple[Gap, ...]
    chosen: tuple[Activity, ...]
    evidence_titles: dict[str, tuple[str, ...]] = field(default_factory=dict)


def add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def default_period(renewal: date) -> tuple[date, date]:
    """The two years up to the renewal date."""
    start = add_months(renewal, -12 * PERIOD_YEARS)
    return start, renewal


def profile_period(profile: CpdProfile, today: date) -> tuple[date, date]:
    """The period the person set, else the two years up to their renewal date, else up to today."""
    start, end = default_period(profile.renewal_date or today)
    return profile.period_from or start, profile.period_to or end


def counts_as_cpd(activity: Activity) -> bool:
    """Ideas and plans are not learning done; only started or finished activities go on the list."""
    return (
        activity.start_date is not None
        and activity.deleted_at is None
        and activity.status in (ActivityStatus.DONE, ActivityStatus.IN_PROGRESS)
    )


def activity_span(activity: Activity, today: date) -> tuple[date, date]:
    assert activity.start_date is not None
    if activity.end_date is not None:
        return activity.start_date, max(activity.start_date, activity.end_date)
    if activity.status is ActivityStatus.IN_PROGRESS:
        return activity.start_date, max(activity.start_date, today)
    return activity.start_date, activity.start_date


def dated_list(activities: list[Activity], start: date, end: date, today: date) -> list[Activity]:
    """The CPD activities that overlap the period, oldest first."""
    chosen = []
    for activity in activities:
        if not counts_as_cpd(activity):
            continue
        first, last = activity_span(activity, today)
        if first <= end and last >= start:
            chosen.append(activity)
    return sorted(chosen, key=lambda a: (a.start_date or start, a.title))


def cpd_gaps(activities: list[Activity], start: date, end: date, today: date) -> list[Gap]:
    """Every stretch of the period of GAP_MONTHS months or more in which no CPD activity was under way.

    The stretch before the first activity and after the last count too: HCPC asks for the whole period.
    """
    spans = sorted(activity_span(a, today) for a in activities if counts_as_cpd(a))
    gaps: list[Gap] = []
    cursor = start
    for first, last in spans:
        if last < start or first > end:
            continue
        _keep_if_long(gaps, cursor, first)
        cursor = max(cursor, last)
    _keep_if_long(gaps, cursor, end)
    return gaps


def _keep_if_long(gaps: list[Gap], start: date, end: date) -> None:
    if end > start and add_months(start, GAP_MONTHS) <= end:
        gaps.append(Gap(start, end))


def learning_mix(activities: list[Activity]) -> LearningMix:
    """Standard 2 asks for a mixture: at least two kinds of learning among the listed activities."""
    counts = Counter(a.learning_type for a in activities if a.learning_type is not None)
    untyped = sum(1 for a in activities if a.learning_type is None)
    kinds = len(counts)
    if not activities:
        message = "No CPD activities in this period yet."
    elif kinds >= 3:
        message = f"A good mixture: {kinds} kinds of learning."
    elif kinds == 2:
        message = "Two kinds of learning. A third kind would show the mixture more clearly."
    elif kinds == 1:
        only = LEARNING_TYPES[next(iter(counts))].lower()
        message = f"Only one kind of learning ({only}). Standard 2 asks for a mixture."
    else:
        message = "No learning types recorded yet. Standard 2 asks for a mixture."
    if untyped:
        message += f" {untyped} activit{'y has' if untyped == 1 else 'ies have'} no learning type yet."
    return LearningMix(dict(counts), untyped, kinds >= 2, message)


def count_words(text: str) -> int:
    return len(_WORD.findall(text))


def summary_words(profile: CpdProfile) -> WordCount:
    return WordCount(count_words(profile.practice_summary), SUMMARY_GUIDE_WORDS)


def statement_words(profile: CpdProfile) -> WordCount:
    return WordCount(count_words(profile.statement()), STATEMENT_GUIDE_WORDS)


def choice_message(chosen: int) -> str:
    if chosen < MIN_CHOSEN:
        return f"{chosen} chosen: choose {MIN_CHOSEN} to {MAX_CHOSEN} activities for the statement."
    if chosen > MAX_CHOSEN:
        return f"{chosen} chosen: HCPC asks for {MIN_CHOSEN} to {MAX_CHOSEN}; keep the most telling."
    return f"{chosen} chosen, within the {MIN_CHOSEN} to {MAX_CHOSEN} HCPC asks for."


def gap_note(profile: CpdProfile, gap: Gap) -> str:
    key = gap.start.isoformat()
    found = ""
    for entry in profile.gap_notes:
        start, _tab, text = entry.partition("\t")
        if start == key:
            found = text
    return found


def with_gap_note(notes: list[str], gap: Gap, text: str) -> list[str]:
    key = gap.start.isoformat()
    kept = [entry for entry in notes if entry.partition("\t")[0] != key]
    return [*kept, f"{key}\t{text}"] if text.strip() else kept


def _clean(text: str) -> str:
    return " ".join(text.split()).rstrip(".")


def scaffold(number: int, chosen: list[Activity], listed: list[Activity], value_names: dict[str, str]) -> str:
    """A first draft of one standard's part of the statement, from what the records already say.

    The person rewrites it in their own voice; each line names where a sentence is still needed.
    """
    if number == 1:
        if not listed:
            return "My CPD record is kept in LeadApp. [Say how and when you update it.]"
        first, last = listed[0].start_date, listed[-1].start_date
        return (
            f"I keep my CPD record in LeadApp as I go. It holds {len(listed)} dated activities from "
            f"{first:%B %Y} to {last:%B %Y}, listed in this profile. [Say how you keep it up to date and "
            "explain any gap.]"
        )
    if number == 2:
        mix = learning_mix(listed)
        kinds = ", ".join(
            f"{LEARNING_TYPES[kind].lower()} ({count})" for kind, count in sorted(mix.counts.items())
        )
        return (
            f"My learning mixed {kinds or 'several kinds of learning'}. [Say why each kind suited what you "
            "needed to learn, and how it relates to your work now or to come.]"
        )
    lines = []
    for activity in chosen:
        if number == 3:
            learnt = ", ".join(value_names.get(code, code) for code in activity.development_value)
            changed = activity.outcomes or activity.organisational_benefit
            lines.append(
                f"{activity.title}: I {_clean(activity.description) or 'took part'}. "
                f"What I learnt: {_clean(learnt) or '[what you learnt]'}. "
                f"How my practice changed: {_clean(changed) or '[how your practice changed]'}."
            )
        elif number == 4:
            lines.append(f"{activity.title}: {_clean(activity.impact) or '[how service users benefit]'}.")
        else:
            lines.append(f"{activity.title}: [the evidence you can send, such as a certificate or feedback]")
    if number == 5:
        lines.insert(0, "This profile is my own work. The evidence for each activity is listed below.")
    if not lines:
        return "[Choose four to six activities first.]"
    return "\n\n".join(lines)


def practice_scaffold(person: Person, profession: str, band: str) -> str:
    """A first line for the summary of practice from the person's own record; the rest is theirs to write."""
    role = person.job_title or profession or "[your role]"
    grade = f" ({band})" if band else ""
    where = f" at {person.organisation}" if person.organisation else ""
    return (
        f"I work as {role}{grade}{where}. [Describe who you work with, the people who use your service, "
        "your main responsibilities and how your role has changed over the period.]"
    )
