"""The self-assessment summary and the appraisal pack, made through the document path and read back."""

from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader

from leadapp.documents import DocumentKind, DocumentRequest, make_document
from leadapp.domain.activities import Activity, Objective
from leadapp.domain.assessments import Assessment
from leadapp.domain.enums import ObjectiveStatus, PersonKind, Rater
from leadapp.domain.people import Person
from leadapp.domain.reference import Reference
from leadapp.store.store import Store


def _text(pdf: bytes) -> str:
    """Words joined by single spaces: table cells wrap wherever the column ends."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).split())


def _rate(
    store: Store, person: Person, on: date, ratings: dict[str, int], rater: Rater = Rater.MENTEE
) -> None:
    assessment = store.assessments.add(Assessment(person_id=person.id, assessed_on=on, rater=rater))
    for item, value in ratings.items():
        row = store.ratings.for_item(assessment.id, item)
        store.ratings.set_fields(
            row.id, rating=value, note="Led two huddles" if item == "engaging_the_team" else ""
        )


def _asha(store: Store) -> Person:
    asha = store.people.add(Person(full_name="Asha Patel", kind=PersonKind.MENTEE))
    _rate(store, asha, date(2026, 5, 1), {"engaging_the_team": 2, "holding_to_account": 3})
    _rate(store, asha, date(2026, 11, 1), {"engaging_the_team": 3, "holding_to_account": 1})
    _rate(store, asha, date(2026, 11, 1), {"engaging_the_team": 4}, Rater.MENTOR)
    return asha


def test_the_summary_prints_ratings_the_mentors_view_and_the_change(store: Store, ref: Reference) -> None:
    asha = _asha(store)
    document = make_document(store, ref, DocumentRequest(DocumentKind.ASSESSMENT, asha.id))
    text = _text(document.pdf)
    assert document.suggested_name == "self-assessment-asha-patel.pdf"
    assert "Self-assessment summary" in text
    assert "Engaging the team: proficient → strong" in text
    assert "Exemplary (differs)" in text
    assert "Led two huddles" in text
    assert "Holding to account" in text.split("Worth developing")[1]
    assert "Healthcare Leadership Model (2013)" in text


def test_the_appraisal_pack_prints_objectives_with_their_evidence_and_the_change(
    store: Store, ref: Reference
) -> None:
    asha = _asha(store)
    activity = store.activities.add(
        Activity(person_id=asha.id, title="Chair the falls group", categories=["track_record"])
    )
    store.objectives.add(
        Objective(
            person_id=asha.id,
            objective="Lead a cross-team improvement",
            why="Boards want a track record",
            categories=["track_record"],
            status=ObjectiveStatus.AT_RISK,
            target_date=date(2027, 1, 31),
            activity_ids=[activity.id],
            assessment_items=["engaging_the_team"],
        )
    )
    text = _text(make_document(store, ref, DocumentRequest(DocumentKind.APPRAISAL, asha.id)).pdf)
    assert "Lead a cross-team improvement" in text
    assert "Chair the falls group" in text
    assert "At risk" in text
    assert "Self-assessment: Engaging the team" in text
    assert "Activities per category" in text
    assert "Engaging the team: proficient → strong" in text


def test_a_person_without_an_assessment_still_gets_a_summary(store: Store, ref: Reference) -> None:
    tom = store.people.add(Person(full_name="Tom Reilly", kind=PersonKind.MENTEE))
    text = _text(make_document(store, ref, DocumentRequest(DocumentKind.ASSESSMENT, tom.id)).pdf)
    assert "No self-assessment yet." in text
