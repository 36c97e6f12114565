"""Self-assessments and objectives on a real file: the review, the mentor's view, what reaches an agenda."""

from __future__ import annotations

from datetime import date

from leadapp.domain.activities import Objective
from leadapp.domain.assessments import Assessment
from leadapp.domain.enums import ObjectiveStatus, PersonKind, Rater
from leadapp.domain.people import Person
from leadapp.domain.reference import Reference
from leadapp.store.assessment_review import review
from leadapp.store.session_planning import start_session
from leadapp.store.store import Store

TODAY = date(2026, 12, 1)


def _rate(
    store: Store, person: Person, on: date, ratings: dict[str, int], rater: Rater = Rater.MENTEE
) -> None:
    assessment = store.assessments.add(Assessment(person_id=person.id, assessed_on=on, rater=rater))
    for item, value in ratings.items():
        row = store.ratings.for_item(assessment.id, item)
        store.ratings.set_fields(row.id, rating=value)


def _mentee(store: Store) -> Person:
    return store.people.add(Person(full_name="Asha Patel", kind=PersonKind.MENTEE))


def test_review_names_the_change_the_gaps_and_the_mentors_differences(store: Store, ref: Reference) -> None:
    asha = _mentee(store)
    _rate(store, asha, date(2026, 5, 1), {"engaging_the_team": 2, "holding_to_account": 3})
    _rate(store, asha, date(2026, 11, 1), {"engaging_the_team": 3, "holding_to_account": 2, "networks": 1})
    _rate(store, asha, date(2026, 11, 1), {"engaging_the_team": 4}, Rater.MENTOR)

    found = review(store, ref, asha.id)

    assert found.latest is not None and found.latest.assessment.assessed_on == date(2026, 11, 1)
    assert found.sentences == [
        "Engaging the team: proficient → strong",
        "Holding to account: strong → proficient",
    ]
    assert found.low == ["networks", "holding_to_account"]
    assert found.differences == {"engaging_the_team": 1}
    assert "inspiring_shared_purpose" in found.unfinished
    assert "communicator" not in found.unfinished


def test_for_item_adds_the_row_once(store: Store) -> None:
    asha = _mentee(store)
    assessment = store.assessments.add(Assessment(person_id=asha.id, assessed_on=TODAY))
    first = store.ratings.for_item(assessment.id, "networks")
    assert store.ratings.for_item(assessment.id, "networks").id == first.id
    assert store.ratings._count("assessment_id = ?", [assessment.id]) == 1


def test_objectives_at_risk_or_near_their_date_reach_the_next_agenda(store: Store, ref: Reference) -> None:
    asha = _mentee(store)
    store.objectives.add(
        Objective(person_id=asha.id, objective="Present to the board", status=ObjectiveStatus.AT_RISK)
    )
    store.objectives.add(
        Objective(person_id=asha.id, objective="Finish the MSc module", target_date=date(2026, 12, 10))
    )
    store.objectives.add(Objective(person_id=asha.id, objective="Far away", target_date=date(2027, 9, 1)))
    store.objectives.add(
        Objective(person_id=asha.id, objective="Done already", status=ObjectiveStatus.MET, target_date=TODAY)
    )

    agenda = start_session(store, ref, asha.id, TODAY, TODAY, template="open").agenda

    assert "Objective: Present to the board (at risk)" in agenda
    assert "Objective: Finish the MSc module (target 10/12/2026)" in agenda
    assert "Far away" not in agenda and "Done already" not in agenda


def test_a_self_assessment_review_session_shows_the_latest_and_the_change(
    store: Store, ref: Reference
) -> None:
    asha = _mentee(store)
    _rate(store, asha, date(2026, 5, 1), {"engaging_the_team": 2})
    _rate(store, asha, date(2026, 11, 1), {"engaging_the_team": 3})

    agenda = start_session(store, ref, asha.id, TODAY, TODAY, template="self_assessment_review").agenda

    assert "Latest self-assessment: 01/11/2026" in agenda
    assert "Since last time: Engaging the team: proficient → strong" in agenda
    assert agenda.startswith(ref.template("self_assessment_review").agenda[0])
