"""What the app says about a person's self-assessments: the latest, its change since the one before, its gaps.

Shared by the Self-assessment screen, a "Self-assessment review" session's agenda and the printed summary.
"""

from __future__ import annotations

from dataclasses import dataclass

from leadapp.domain.assessments import (
    Change,
    change_sentences,
    changes_since,
    differences,
    low_items,
    review_lines,
    unrated,
)
from leadapp.domain.enums import Rater
from leadapp.domain.reference import Reference
from leadapp.store.assessments import Rated, history, rated
from leadapp.store.store import Store


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


def review(store: Store, ref: Reference, person_id: str) -> Review:
    order = item_order(ref)
    past = history(store.assessments, store.ratings, person_id, Rater.MENTEE)
    latest = past[-1] if past else None
    previous = past[-2] if len(past) > 1 else None
    mentor_record = store.assessments.mentor_view(latest.assessment) if latest else None
    mentor = rated(store.ratings, mentor_record) if mentor_record else None
    now = latest.ratings if latest else {}
    before = previous.ratings if previous else {}
    changes = changes_since(before, now, order)
    done = {item for item, value in now.items() if value is not None}
    unfinished = unrated(now, [d.code for d in ref.hlm_dimensions]) + [
        g.code
        for g in ref.behaviour_groups
        if g.code not in done and not any(i.code in done for i in g.items)
    ]
    return Review(
        history=past,
        latest=latest,
        previous=previous,
        mentor=mentor,
        changes=changes,
        sentences=change_sentences(changes, item_names(ref), scale_names(ref)),
        low=low_items(now, before, order),
        differences=differences(now, mentor.ratings) if mentor else {},
        unfinished=unfinished if latest else [],
    )
