"""What the app says about a person's self-assessments: the latest, its change since the one before, its gaps.

Shared by the Self-assessment screen, a "Self-assessment review" session's agenda and the printed summary.
"""

from __future__ import annotations

from leadapp.domain.assessments import (
    Review,
    change_sentences,
    changes_since,
    differences,
    item_names,
    item_order,
    low_items,
    scale_names,
    unrated,
)
from leadapp.domain.enums import Rater
from leadapp.domain.objectives import AppraisalSummary
from leadapp.domain.reference import Reference
from leadapp.store.assessments import history, rated
from leadapp.store.store import Store


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


def appraisal_summary(store: Store, ref: Reference, person_id: str) -> AppraisalSummary:
    person = store.people.get(person_id)
    activities = store.activities.for_person(person_id)
    titles = store.evidence.titles_for([a.id for a in activities])
    return AppraisalSummary(
        person=person,
        objectives=tuple(store.objectives.for_person(person_id)),
        activities=tuple(activities),
        evidence_titles={key: tuple(value) for key, value in titles.items()},
        review=review(store, ref, person_id),
    )
