"""The balance rules behind the Balance screen, on hand-built portfolios with no database.

A board reads a portfolio for experience, so only activities under way or done count; ideas and plans are
hopes. Every rule is checked on the empty portfolio too, because that is what a new mentee sees first.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from leadapp.domain.activities import Activity
from leadapp.domain.balance import (
    Gap,
    Split,
    balance_gaps,
    category_by_stage,
    category_totals,
    counted,
    over_time,
    readiness_map,
    seventy_twenty_ten,
)
from leadapp.domain.enums import ActivityStatus, Reach, Setting
from leadapp.domain.reference import CATEGORY_CODES, Example, Reference

IDEA, PLANNED = ActivityStatus.IDEA, ActivityStatus.PLANNED
IN_PROGRESS, DONE = ActivityStatus.IN_PROGRESS, ActivityStatus.DONE
GONE = "2026-01-01T00:00:00.000000Z"

NO_GAPS = {
    "widening": "No widening-perspectives activity yet",
    "learning": "No formal learning yet",
    "mentors": "No mentor or champion recorded yet",
    "leaps": "No leap of faith yet",
    "track_record": "No track record of delivery recorded yet",
}


def _activity(
    *categories: str, status: ActivityStatus = DONE, stage: str = "later_mid", **fields: Any
) -> Activity:
    title = fields.pop("title", f"{' and '.join(categories) or 'uncategorised'} ({status.value}, {stage})")
    return Activity(
        person_id="p", title=title, categories=list(categories), status=status, stage=stage, **fields
    )


def _balanced() -> list[Activity]:
    """What a board would like to see: all five categories, later learning, reach beyond the NHS and the
    profession, and a track record with outcomes."""
    return [
        _activity("widening", reach=Reach.TRUST, example_code="lead_trustwide_improvement"),
        _activity(
            "widening", reach=Reach.SYSTEM, setting=Setting.OUTSIDE_NHS, example_code="charity_trustee"
        ),
        _activity("learning", status=IN_PROGRESS, example_code="nye_bevan"),
        _activity("mentors", example_code="executive_mentor"),
        _activity("leaps", status=IN_PROGRESS, example_code="interim_unfamiliar_service"),
        _activity(
            "track_record",
            outputs="A new pathway",
            outcomes="Waits fell from twelve weeks to six",
            example_code="service_change_multi",
        ),
    ]


def _codes(gaps: list[Gap]) -> list[str]:
    return [gap.code for gap in gaps]


def _sentences(gaps: list[Gap]) -> list[str]:
    return [gap.sentence for gap in gaps]


def _gap(gaps: list[Gap], code: str) -> Gap:
    [found] = [gap for gap in gaps if gap.code == code]
    return found


# counted -----------------------------------------------------------------------------------------------


def test_counted_keeps_only_live_activities_under_way_or_done() -> None:
    """Ideas and plans are hopes, and a deleted activity is gone; neither belongs in the balance."""
    in_progress = _activity("leaps", status=IN_PROGRESS)
    done = _activity("leaps", status=DONE)
    portfolio = [
        _activity("leaps", status=IDEA),
        in_progress,
        _activity("leaps", status=PLANNED),
        done,
        _activity("leaps", status=DONE, deleted_at=GONE),
        _activity("leaps", status=IN_PROGRESS, deleted_at=GONE),
    ]
    assert counted(portfolio) == [in_progress, done]


def test_counted_of_an_empty_portfolio_is_empty() -> None:
    assert counted([]) == []


# category_by_stage and category_totals -----------------------------------------------------------------


def test_category_by_stage_of_an_empty_portfolio_has_every_category_and_stage_at_zero() -> None:
    """The charts draw all five categories even before anything is recorded."""
    table = category_by_stage([])
    assert list(table) == list(CATEGORY_CODES)
    assert all(stages == {"early_mid": 0, "later_mid": 0, "": 0} for stages in table.values())


def test_an_activity_in_two_categories_counts_in_both() -> None:
    table = category_by_stage([_activity("widening", "track_record", stage="early_mid")])
    assert table["widening"] == {"early_mid": 1, "later_mid": 0, "": 0}
    assert table["track_record"] == {"early_mid": 1, "later_mid": 0, "": 0}
    assert sum(sum(stages.values()) for stages in table.values()) == 2


def test_a_category_listed_twice_on_one_activity_counts_once() -> None:
    assert category_by_stage([_activity("leaps", "leaps")])["leaps"]["later_mid"] == 1


@pytest.mark.parametrize("stage", ["", "senior", "early", "EARLY_MID"])
def test_a_stage_other_than_early_or_later_mid_career_goes_under_blank(stage: str) -> None:
    table = category_by_stage([_activity("mentors", stage=stage)])
    assert table["mentors"] == {"early_mid": 0, "later_mid": 0, "": 1}


def test_category_by_stage_ignores_ideas_plans_deleted_and_unknown_categories() -> None:
    portfolio = [
        _activity("learning", status=IDEA),
        _activity("learning", status=PLANNED),
        _activity("learning", deleted_at=GONE),
        _activity("astrology"),
        _activity("learning", status=IN_PROGRESS, stage="early_mid"),
        _activity("learning", stage="later_mid"),
    ]
    table = category_by_stage(portfolio)
    assert list(table) == list(CATEGORY_CODES), "an unknown category adds no row"
    assert table["learning"] == {"early_mid": 1, "later_mid": 1, "": 0}
    assert all(sum(table[code].values()) == 0 for code in CATEGORY_CODES if code != "learning")


def test_category_totals_add_up_the_stages() -> None:
    portfolio = [
        _activity("widening", stage="early_mid"),
        _activity("widening", "leaps", stage="later_mid"),
        _activity("widening", stage=""),
        _activity("mentors", status=PLANNED),
    ]
    assert category_totals(portfolio) == {
        "widening": 3,
        "learning": 0,
        "mentors": 0,
        "leaps": 1,
        "track_record": 0,
    }


def test_category_totals_of_an_empty_portfolio_are_all_zero() -> None:
    assert category_totals([]) == dict.fromkeys(CATEGORY_CODES, 0)


# over_time ---------------------------------------------------------------------------------------------


def test_over_time_counts_each_category_per_starting_year_oldest_first() -> None:
    """Undated activities have no place on a timeline; ideas and plans are not counted."""
    portfolio = [
        _activity("leaps", start_date=date(2025, 3, 1)),
        _activity("widening", "learning", start_date=date(2023, 12, 31)),
        _activity("widening", status=IN_PROGRESS, start_date=date(2025, 1, 1), end_date=date(2026, 6, 1)),
        _activity("mentors"),
        _activity("mentors", status=PLANNED, start_date=date(2024, 5, 5)),
        _activity("mentors", status=IDEA, start_date=date(2022, 5, 5)),
        _activity("track_record", start_date=date(2021, 5, 5), deleted_at=GONE),
        _activity("widening", start_date=date(2023, 1, 1)),
    ]
    zero = dict.fromkeys(CATEGORY_CODES, 0)
    assert over_time(portfolio) == [
        (2023, {**zero, "widening": 2, "learning": 1}),
        (2025, {**zero, "widening": 1, "leaps": 1}),
    ]


def test_over_time_keys_every_year_by_all_five_categories_in_order() -> None:
    [(year, counts)] = over_time([_activity("mentors", start_date=date(2024, 2, 2))])
    assert year == 2024
    assert list(counts) == list(CATEGORY_CODES)


def test_over_time_of_an_empty_or_undated_portfolio_is_empty() -> None:
    assert over_time([]) == []
    assert over_time([_activity("leaps"), _activity("learning")]) == []


# seventy_twenty_ten ------------------------------------------------------------------------------------


def test_seventy_twenty_ten_of_an_empty_portfolio_is_all_zero() -> None:
    assert seventy_twenty_ten([]) == Split(0.0, 0.0, 0.0, 0)


def test_seventy_twenty_ten_with_only_ideas_and_plans_is_all_zero() -> None:
    portfolio = [_activity("leaps", status=IDEA), _activity("learning", status=PLANNED)]
    assert seventy_twenty_ten(portfolio) == Split(0.0, 0.0, 0.0, 0)


def test_seventy_twenty_ten_groups_experience_others_and_formal_learning() -> None:
    """Widening, leaps and track record are experience; mentors are learning from others."""
    portfolio = [
        _activity("widening"),
        _activity("leaps"),
        _activity("track_record"),
        _activity("track_record", status=IN_PROGRESS),
        _activity("widening"),
        _activity("widening"),
        _activity("leaps"),
        _activity("mentors"),
        _activity("mentors"),
        _activity("learning"),
        _activity("learning", status=PLANNED),
    ]
    split = seventy_twenty_ten(portfolio)
    assert split.total == 10
    assert (split.experience, split.from_others, split.formal) == pytest.approx((0.7, 0.2, 0.1))


def test_seventy_twenty_ten_uses_the_primary_category() -> None:
    """An activity that is both learning and a leap counts once, under the category the person chose."""
    split = seventy_twenty_ten([_activity("learning", "leaps", primary_category="leaps")])
    assert split == Split(1.0, 0.0, 0.0, 1)
    split = seventy_twenty_ten([_activity("leaps", "learning", primary_category="learning")])
    assert split == Split(0.0, 0.0, 1.0, 1)


def test_seventy_twenty_ten_falls_back_to_the_first_category() -> None:
    assert seventy_twenty_ten([_activity("mentors", "widening")]) == Split(0.0, 1.0, 0.0, 1)
    assert seventy_twenty_ten([_activity("widening", "mentors")]) == Split(1.0, 0.0, 0.0, 1)


def test_seventy_twenty_ten_leaves_out_activities_without_a_category() -> None:
    split = seventy_twenty_ten([_activity(), _activity("learning")])
    assert split == Split(0.0, 0.0, 1.0, 1)


@pytest.mark.parametrize(
    "portfolio",
    [
        [_activity("widening")],
        [_activity("learning"), _activity("mentors"), _activity("leaps")],
        [_activity("mentors", "learning")] * 3 + [_activity("track_record")] * 4,
        _balanced(),
    ],
    ids=["one", "three", "seven", "balanced"],
)
def test_seventy_twenty_ten_shares_add_up_to_one(portfolio: list[Activity]) -> None:
    split = seventy_twenty_ten(portfolio)
    assert split.total > 0
    assert split.experience + split.from_others + split.formal == pytest.approx(1.0)


# balance_gaps: missing categories ----------------------------------------------------------------------


def test_an_empty_portfolio_has_the_five_missing_category_gaps_in_category_order(ref: Reference) -> None:
    gaps = balance_gaps([], ref)
    assert _codes(gaps) == [f"no_{code}" for code in CATEGORY_CODES]
    assert _sentences(gaps) == [NO_GAPS[code] for code in CATEGORY_CODES]
    assert "No leap of faith yet" in _sentences(gaps)
    assert [gap.category for gap in gaps] == list(CATEGORY_CODES)


def test_each_missing_category_suggests_an_example_from_that_category(ref: Reference) -> None:
    """The default stage is later mid-career, so the example fits it (or any stage)."""
    for gap in balance_gaps([], ref):
        assert isinstance(gap.suggestion, Example), gap.code
        assert gap.suggestion.category == gap.category
        assert gap.suggestion in ref.category(gap.category).examples
        assert gap.suggestion.stage in ("later_mid", "any")


def test_suggestions_follow_the_stage_asked_for(ref: Reference) -> None:
    for gap in balance_gaps([], ref, stage="early_mid"):
        assert gap.suggestion is not None
        assert gap.suggestion.stage in ("early_mid", "any"), gap.code


@pytest.mark.parametrize("code", CATEGORY_CODES)
def test_a_category_present_removes_only_its_gap(ref: Reference, code: str) -> None:
    gaps = balance_gaps(
        [_activity(code, reach=Reach.TRUST, setting=Setting.OUTSIDE_NHS, outcomes="Better")], ref
    )
    assert f"no_{code}" not in _codes(gaps)
    assert [g for g in _codes(gaps) if g.startswith("no_")] == [
        f"no_{c}" for c in CATEGORY_CODES if c != code
    ]


@pytest.mark.parametrize("status", [IDEA, PLANNED])
def test_an_idea_or_a_plan_does_not_fill_a_gap(ref: Reference, status: ActivityStatus) -> None:
    assert "no_leaps" in _codes(balance_gaps([_activity("leaps", status=status)], ref))


def test_a_deleted_activity_does_not_fill_a_gap(ref: Reference) -> None:
    assert "no_leaps" in _codes(balance_gaps([_activity("leaps", deleted_at=GONE)], ref))


def test_an_activity_under_way_fills_a_gap(ref: Reference) -> None:
    assert "no_leaps" not in _codes(balance_gaps([_activity("leaps", status=IN_PROGRESS)], ref))


def test_a_full_balanced_portfolio_has_no_gaps(ref: Reference) -> None:
    assert balance_gaps(_balanced(), ref) == []
    assert balance_gaps(_balanced(), ref, stage="early_mid") == []


# balance_gaps: suggestions skip what is already there --------------------------------------------------


def test_a_suggestion_skips_an_example_already_in_the_portfolio(ref: Reference) -> None:
    """An idea does not fill the gap, but suggesting the very example it came from would be silly."""
    first = _gap(balance_gaps([], ref), "no_leaps").suggestion
    assert first is not None
    gap = _gap(balance_gaps([_activity("leaps", status=IDEA, example_code=first.code)], ref), "no_leaps")
    assert gap.suggestion is not None
    assert gap.suggestion.code != first.code
    assert gap.suggestion.category == "leaps"


def test_examples_used_in_another_category_are_skipped_too(ref: Reference) -> None:
    first = _gap(balance_gaps([], ref), "no_mentors").suggestion
    assert first is not None
    used = _activity("widening", example_code=first.code)
    assert _gap(balance_gaps([used], ref), "no_mentors").suggestion != first


def test_when_every_fitting_example_is_used_there_is_no_suggestion(ref: Reference) -> None:
    fitting = ref.examples("leaps", "early_mid")
    ideas = [_activity("leaps", status=IDEA, example_code=e.code) for e in fitting]
    gap = _gap(balance_gaps(ideas, ref, stage="early_mid"), "no_leaps")
    assert gap.sentence == "No leap of faith yet"
    assert gap.suggestion is None


# balance_gaps: learning only early ---------------------------------------------------------------------

LEARNING_ONLY_EARLY = "Formal learning only in early mid-career"


def test_formal_learning_only_in_early_mid_career_is_a_gap(ref: Reference) -> None:
    portfolio = [_activity("learning", stage="early_mid"), _activity("learning", stage="early_mid")]
    gap = _gap(balance_gaps(portfolio, ref), "learning_only_early")
    assert (gap.sentence, gap.category) == (LEARNING_ONLY_EARLY, "learning")
    assert gap.suggestion is not None
    assert gap.suggestion.category == "learning"
    assert gap.suggestion.stage in ("later_mid", "any"), "the next step is later mid-career learning"


@pytest.mark.parametrize("stage", ["later_mid", ""])
def test_any_counted_learning_outside_early_mid_career_removes_that_gap(ref: Reference, stage: str) -> None:
    portfolio = [_activity("learning", stage="early_mid"), _activity("learning", stage=stage)]
    assert LEARNING_ONLY_EARLY not in _sentences(balance_gaps(portfolio, ref))


def test_planned_later_learning_does_not_remove_that_gap(ref: Reference) -> None:
    portfolio = [
        _activity("learning", stage="early_mid"),
        _activity("learning", stage="later_mid", status=PLANNED),
        _activity("learning", stage="later_mid", deleted_at=GONE),
    ]
    assert LEARNING_ONLY_EARLY in _sentences(balance_gaps(portfolio, ref))


def test_no_learning_at_all_is_not_learning_only_early(ref: Reference) -> None:
    assert LEARNING_ONLY_EARLY not in _sentences(balance_gaps([], ref))


# balance_gaps: widening within the profession and within the NHS ---------------------------------------

OWN_PROFESSION_ONLY = "All widening-perspectives activity is within your own profession"
NHS_ONLY = "No experience outside the NHS yet"


@pytest.mark.parametrize("reach", [None, Reach.OWN_PROFESSION])
def test_widening_only_within_the_profession_is_a_gap(ref: Reference, reach: Reach | None) -> None:
    portfolio = [_activity("widening", reach=reach), _activity("widening", reach=Reach.OWN_PROFESSION)]
    gap = _gap(balance_gaps(portfolio, ref), "widening_own_profession")
    assert (gap.sentence, gap.category) == (OWN_PROFESSION_ONLY, "widening")
    assert gap.suggestion is not None
    assert gap.suggestion.category == "widening"


@pytest.mark.parametrize("reach", [r for r in Reach if r is not Reach.OWN_PROFESSION])
def test_one_widening_activity_beyond_the_profession_removes_that_gap(ref: Reference, reach: Reach) -> None:
    portfolio = [_activity("widening", reach=Reach.OWN_PROFESSION), _activity("widening", reach=reach)]
    assert OWN_PROFESSION_ONLY not in _sentences(balance_gaps(portfolio, ref))


def test_a_planned_multi_professional_activity_does_not_remove_that_gap(ref: Reference) -> None:
    portfolio = [
        _activity("widening", reach=Reach.OWN_PROFESSION),
        _activity("widening", reach=Reach.NATIONAL, status=PLANNED),
    ]
    assert OWN_PROFESSION_ONLY in _sentences(balance_gaps(portfolio, ref))


def test_no_widening_at_all_is_reported_once_not_three_times(ref: Reference) -> None:
    sentences = _sentences(balance_gaps([], ref))
    assert OWN_PROFESSION_ONLY not in sentences
    assert NHS_ONLY not in sentences
    assert NO_GAPS["widening"] in sentences


def test_widening_only_in_the_nhs_suggests_an_example_outside_it(ref: Reference) -> None:
    portfolio = [_activity("widening", reach=Reach.TRUST), _activity("widening", reach=Reach.NATIONAL)]
    gap = _gap(balance_gaps(portfolio, ref), "widening_nhs_only")
    assert (gap.sentence, gap.category) == (NHS_ONLY, "widening")
    assert gap.suggestion is not None
    assert gap.suggestion.setting == "outside_nhs"
    assert gap.suggestion.category == "widening"


def test_the_outside_nhs_suggestion_skips_one_already_used(ref: Reference) -> None:
    first = _gap(balance_gaps([_activity("widening")], ref), "widening_nhs_only").suggestion
    assert first is not None
    portfolio = [_activity("widening"), _activity("widening", status=IDEA, example_code=first.code)]
    suggestion = _gap(balance_gaps(portfolio, ref), "widening_nhs_only").suggestion
    assert suggestion is not None
    assert suggestion.code != first.code
    assert suggestion.setting == "outside_nhs"


def test_one_widening_activity_outside_the_nhs_removes_that_gap(ref: Reference) -> None:
    portfolio = [_activity("widening"), _activity("widening", setting=Setting.OUTSIDE_NHS)]
    assert NHS_ONLY not in _sentences(balance_gaps(portfolio, ref))


def test_outside_nhs_activity_in_another_category_does_not_remove_that_gap(ref: Reference) -> None:
    portfolio = [_activity("widening"), _activity("leaps", setting=Setting.OUTSIDE_NHS)]
    assert NHS_ONLY in _sentences(balance_gaps(portfolio, ref))


# balance_gaps: track record without outcomes -----------------------------------------------------------

OUTPUTS_ONLY = "Track record shows outputs but no outcomes or impact"


@pytest.mark.parametrize("outcomes", ["", "   \n\t"])
def test_a_track_record_of_outputs_alone_is_a_gap(ref: Reference, outcomes: str) -> None:
    portfolio = [_activity("track_record", outputs="A report", outcomes=outcomes, impact=" ")]
    gap = _gap(balance_gaps(portfolio, ref), "track_record_outputs_only")
    assert (gap.sentence, gap.category, gap.suggestion) == (OUTPUTS_ONLY, "track_record", None)


@pytest.mark.parametrize("field", ["outcomes", "impact"])
def test_one_outcome_or_impact_removes_that_gap(ref: Reference, field: str) -> None:
    portfolio = [
        _activity("track_record", outputs="A report"),
        _activity("track_record", **{field: "Fewer falls"}),
    ]
    assert OUTPUTS_ONLY not in _sentences(balance_gaps(portfolio, ref))


def test_outcomes_on_a_planned_track_record_do_not_count(ref: Reference) -> None:
    portfolio = [
        _activity("track_record", outputs="A report"),
        _activity("track_record", status=PLANNED, outcomes="Fewer falls"),
        _activity("track_record", outcomes="Fewer falls", deleted_at=GONE),
    ]
    assert OUTPUTS_ONLY in _sentences(balance_gaps(portfolio, ref))


# balance_gaps: formal learning outweighing experience --------------------------------------------------


def _formal_heavy(formal: int, other: int) -> list[Activity]:
    return [_activity("learning") for _ in range(formal)] + [_activity("leaps") for _ in range(other)]


def test_formal_learning_outweighing_experience_is_a_gap(ref: Reference) -> None:
    gap = _gap(balance_gaps(_formal_heavy(3, 2), ref), "formal_heavy")
    assert gap.category == "widening"
    assert gap.sentence.startswith("Formal learning outweighs experience")
    assert gap.suggestion is not None
    assert gap.suggestion.category == "widening"


@pytest.mark.parametrize(
    ("formal", "other"),
    [(2, 3), (4, 6), (4, 0), (1, 3), (0, 5)],
    ids=["two-fifths", "four-tenths", "four-of-four", "one-of-four", "none"],
)
def test_formal_heavy_needs_five_counted_and_more_than_two_fifths(
    ref: Reference, formal: int, other: int
) -> None:
    """Exactly 40% is not too much, and with fewer than five activities the share says little."""
    assert "formal_heavy" not in _codes(balance_gaps(_formal_heavy(formal, other), ref))


def test_formal_heavy_counts_only_activities_under_way_or_done(ref: Reference) -> None:
    portfolio = [*_formal_heavy(3, 1), _activity("leaps", status=PLANNED)]
    assert "formal_heavy" not in _codes(balance_gaps(portfolio, ref))
    assert "formal_heavy" in _codes(balance_gaps([*portfolio, _activity("mentors")], ref))


def test_formal_heavy_goes_by_the_primary_category(ref: Reference) -> None:
    """Learning that is mainly a leap (primary category) is experience, not formal learning."""
    leaps_first = [_activity("learning", "leaps", primary_category="leaps") for _ in range(3)]
    assert "formal_heavy" not in _codes(balance_gaps([*leaps_first, *_formal_heavy(2, 0)], ref))


# readiness_map -----------------------------------------------------------------------------------------


def test_readiness_map_of_an_empty_portfolio_lists_every_expectation_with_no_evidence(ref: Reference) -> None:
    rows = readiness_map([], ref)
    assert [(r.code, r.label, r.description) for r in rows] == [
        (e.code, e.label, e.description) for e in ref.board_expectations
    ]
    assert all(row.evidence == () for row in rows)


def test_readiness_map_gathers_the_activities_marked_for_each_expectation(ref: Reference) -> None:
    """Plans count as evidence in the making; an idea does not, and a deleted activity is gone."""
    first, second = ref.board_expectations[0].code, ref.board_expectations[1].code
    planned = _activity("widening", status=PLANNED, readiness=[first])
    both = _activity("leaps", status=IN_PROGRESS, readiness=[first, second])
    done = _activity("track_record", status=DONE, readiness=[second])
    portfolio = [
        planned,
        _activity("widening", status=IDEA, readiness=[first, second]),
        both,
        _activity("leaps", readiness=[first], deleted_at=GONE),
        done,
        _activity("learning", readiness=["not_an_expectation"]),
    ]
    rows = readiness_map(portfolio, ref)
    assert [row.code for row in rows] == [e.code for e in ref.board_expectations]
    evidence = {row.code: row.evidence for row in rows}
    assert evidence[first] == (planned, both)
    assert evidence[second] == (both, done)
    assert all(evidence[e.code] == () for e in ref.board_expectations[2:])
