"""Development objectives: which are carried into the next agenda, and what the plan covers."""

from __future__ import annotations

from datetime import date

from leadapp.domain.activities import Objective
from leadapp.domain.enums import ObjectiveStatus
from leadapp.domain.objectives import carry_lines, coverage, coverage_sentence, objective_for_item, to_carry

ON = date(2026, 12, 1)


def _objective(
    text: str, status: ObjectiveStatus, target: date | None, categories: list[str] | None = None
) -> Objective:
    return Objective(
        person_id="p", objective=text, status=status, target_date=target, categories=categories or []
    )


def test_carried_when_at_risk_or_the_target_date_is_near_or_past() -> None:
    at_risk = _objective("At risk", ObjectiveStatus.AT_RISK, None)
    near = _objective("Near", ObjectiveStatus.ON_TRACK, date(2026, 12, 20))
    past = _objective("Past", ObjectiveStatus.OPEN, date(2026, 10, 1))
    far = _objective("Far", ObjectiveStatus.OPEN, date(2027, 6, 1))
    undated = _objective("Undated", ObjectiveStatus.OPEN, None)
    met = _objective("Met", ObjectiveStatus.MET, date(2026, 12, 2))
    dropped = _objective("Dropped", ObjectiveStatus.DROPPED, None)
    assert to_carry([at_risk, near, past, far, undated, met, dropped], ON) == [at_risk, near, past]


def test_the_edge_of_near_is_included() -> None:
    edge = _objective("Edge", ObjectiveStatus.OPEN, date(2026, 12, 29))
    beyond = _objective("Beyond", ObjectiveStatus.OPEN, date(2026, 12, 30))
    assert to_carry([edge, beyond], ON) == [edge]


def test_a_removed_objective_is_not_carried() -> None:
    gone = _objective("Gone", ObjectiveStatus.AT_RISK, None)
    gone.deleted_at = "2026-11-01T00:00:00Z"
    assert to_carry([gone], ON) == []


def test_carry_lines_say_why() -> None:
    lines = carry_lines([_objective("Lead a QI project", ObjectiveStatus.AT_RISK, date(2026, 12, 20))])
    assert lines == ["Objective: Lead a QI project (at risk, target 20/12/2026)"]


def test_coverage_counts_live_objectives_per_category() -> None:
    objectives = [
        _objective("A", ObjectiveStatus.OPEN, None, ["widening", "learning"]),
        _objective("B", ObjectiveStatus.AT_RISK, None, ["widening"]),
        _objective("C", ObjectiveStatus.MET, None, ["leaps"]),
    ]
    counts = coverage(objectives, ["widening", "learning", "leaps"])
    assert counts == {"widening": 2, "learning": 1, "leaps": 0}
    names = {"widening": "Widening", "learning": "Learning", "leaps": "Leaps"}
    assert (
        coverage_sentence(counts, names)
        == "Your objectives cover Widening (2) and Learning (1); none yet for Leaps."
    )
    assert coverage_sentence(coverage([], ["widening"]), names) == "No open development objectives yet."


def test_an_objective_from_a_low_item_names_it_and_its_categories() -> None:
    made = objective_for_item("p", "Engaging the team", "engaging_the_team", ("track_record", "mentors"))
    assert made.assessment_items == ["engaging_the_team"]
    assert made.categories == ["track_record", "mentors"]
    assert "Engaging the team" in made.objective
