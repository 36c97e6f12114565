"""Dated self-assessments against the guide's behaviours and the Healthcare Leadership Model.

One assessment is one person's view on one date: the mentee's own, or the mentor's view of the mentee.
Every item (a behaviour, a whole behaviour group, or an HLM dimension) is rated on the same four points,
1 essential to 4 exemplary; an item left unrated is simply not finished yet.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from leadapp.domain.enums import Framework, Rater
from leadapp.domain.records import Record
from leadapp.domain.reference import Reference

SCALE = (1, 2, 3, 4)
"""essential, proficient, strong, exemplary: the positions of the reference scale, lowest first."""

LOW = 1
"""A rating at the first point of the scale is a gap worth talking about."""


@dataclass(kw_only=True)
class Assessment(Record):
    person_id: str
    assessed_on: date
    framework: Framework = Framework.BEHAVIOURS
    rater: Rater = Rater.MENTEE
    notes: str = ""
    finish_later: bool = False


@dataclass(kw_only=True)
class AssessmentRating(Record):
    assessment_id: str
    item: str
    rating: int | None = None
    note: str = ""
    evidence: list[str] = field(default_factory=list)
    """Links to what shows the rating: "activity:<id>" or "session:<id>"."""


Ratings = Mapping[str, int | None]


@dataclass(frozen=True)
class Change:
    item: str
    before: int
    after: int

    @property
    def up(self) -> bool:
        return self.after > self.before


def evidence_link(kind: str, record_id: str) -> str:
    return f"{kind}:{record_id}"


def parse_evidence(link: str) -> tuple[str, str]:
    kind, _, record_id = link.partition(":")
    return kind, record_id


def rated(ratings: Ratings) -> dict[str, int]:
    """Only the items that carry a rating on the scale; anything else is unfinished."""
    return {item: value for item, value in ratings.items() if value in SCALE}


def changes_since(previous: Ratings, latest: Ratings, order: list[str] | None = None) -> list[Change]:
    """Items rated both times whose rating moved, in `order` (the reference order) when given."""
    before, after = rated(previous), rated(latest)
    items = order if order is not None else sorted(after)
    return [
        Change(i, before[i], after[i]) for i in items if i in before and i in after and before[i] != after[i]
    ]


def change_sentences(changes: list[Change], names: Mapping[str, str], scale: Mapping[int, str]) -> list[str]:
    """ "Engaging the team: proficient → strong", one line per change."""
    return [
        f"{names.get(c.item, c.item)}: {scale.get(c.before, str(c.before)).lower()} → "
        f"{scale.get(c.after, str(c.after)).lower()}"
        for c in changes
    ]


def low_items(latest: Ratings, previous: Ratings | None = None, order: list[str] | None = None) -> list[str]:
    """Items worth turning into action: rated at the lowest point, or lower than last time."""
    now = rated(latest)
    before = rated(previous or {})
    items = order if order is not None else sorted(now)
    return [i for i in items if i in now and (now[i] <= LOW or (i in before and now[i] < before[i]))]


def differences(mine: Ratings, theirs: Ratings) -> dict[str, int]:
    """Items both people rated differently: the mentor's rating minus the mentee's."""
    a, b = rated(mine), rated(theirs)
    return {item: b[item] - a[item] for item in a if item in b and a[item] != b[item]}


def unrated(ratings: Ratings, items: list[str]) -> list[str]:
    done = rated(ratings)
    return [item for item in items if item not in done]


SERVES: dict[str, tuple[str, ...]] = {
    # Behaviour groups: which of the five categories give most practice in them (our judgement).
    "communicator": ("widening", "mentors"),
    "strategic": ("widening", "track_record", "learning"),
    "person_centred": ("track_record", "mentors"),
    "personal_qualities": ("leaps", "mentors"),
    # HLM dimensions.
    "inspiring_shared_purpose": ("leaps", "widening"),
    "leading_with_care": ("mentors", "track_record"),
    "evaluating_information": ("track_record", "learning"),
    "connecting_our_service": ("widening", "leaps"),
    "sharing_the_vision": ("widening", "track_record"),
    "engaging_the_team": ("track_record", "mentors"),
    "holding_to_account": ("track_record", "leaps"),
    "developing_capability": ("learning", "mentors"),
    "influencing_for_results": ("widening", "track_record"),
}
"""The mid-career categories whose activities most build each group or dimension.

A behaviour inside a group is served by what serves its group.
"""


def serving_categories(item: str, group_of: Mapping[str, str]) -> tuple[str, ...]:
    """Categories whose example activities build this item (a behaviour borrows its group's)."""
    return SERVES.get(item) or SERVES.get(group_of.get(item, ""), ())


def review_lines(
    assessed_on: date | None, sentences: list[str], low: list[str], unfinished: int
) -> list[str]:
    """What a self-assessment review session opens with: the latest assessment, its change and its gaps."""
    if assessed_on is None:
        return ["No self-assessment yet: rate one together (Self-assessment, Ctrl+9)."]
    lines = [
        f"Latest self-assessment: {assessed_on:%d/%m/%Y}"
        + (f", {unfinished} items not rated yet" if unfinished else "")
    ]
    lines += [f"Since last time: {s}" for s in sentences] or ["Since last time: no rating has changed."]
    lines += [f"Worth developing: {name}" for name in low]
    return lines


@dataclass(frozen=True)
class Rated:
    """One assessment with its ratings, notes and evidence by item."""

    assessment: Assessment
    ratings: dict[str, int | None] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)
    evidence: dict[str, list[str]] = field(default_factory=dict)


def item_names(ref: Reference) -> dict[str, str]:
    """Every ratable item's label: behaviour groups, their behaviours, and the HLM dimensions."""
    names: dict[str, str] = {}
    for group in ref.behaviour_groups:
        names[group.code] = group.name
        names.update({i.code: i.label for i in group.items})
    names.update({d.code: d.label for d in ref.hlm_dimensions})
    return names


def item_order(ref: Reference) -> list[str]:
    return list(item_names(ref))


def group_of(ref: Reference) -> dict[str, str]:
    return {i.code: g.code for g in ref.behaviour_groups for i in g.items}


def scale_names(ref: Reference) -> dict[int, str]:
    return {position + 1: item.label for position, item in enumerate(ref.hlm_scale)}


@dataclass(frozen=True)
class Review:
    """A person's self-assessments and what changed; `latest` is None before the first one."""

    history: list[Rated]
    latest: Rated | None
    previous: Rated | None
    mentor: Rated | None
    changes: list[Change]
    sentences: list[str]
    low: list[str]
    differences: dict[str, int]
    unfinished: list[str]

    def agenda_lines(self, names: dict[str, str]) -> list[str]:
        on = self.latest.assessment.assessed_on if self.latest else None
        return review_lines(on, self.sentences, [names.get(i, i) for i in self.low], len(self.unfinished))
