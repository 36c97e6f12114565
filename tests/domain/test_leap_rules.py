"""When a leap of faith needs a mentor's attention: a review that has come due, or wellbeing that is low."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from leadapp.domain.enums import PlanStatus
from leadapp.domain.leaps import (
    LeapPlan,
    LeapReview,
    low_wellbeing,
    next_review_date,
    plan_flags,
    review_due,
    trend,
)

ON = date(2026, 11, 24)


def plan(status: PlanStatus = PlanStatus.IN_PROGRESS, review: date | None = ON) -> LeapPlan:
    return LeapPlan(mentee_id="m", title="Interim lead", status=status, review_date=review)


def reviewed(on: date, wellbeing: int | None = 4, confidence: int | None = 3) -> LeapReview:
    return LeapReview(plan_id="p", review_date=on, wellbeing=wellbeing, confidence=confidence)


@pytest.mark.parametrize(
    ("review", "due"),
    [(date(2026, 11, 23), True), (ON, True), (date(2026, 11, 25), False), (None, False)],
)
def test_review_is_due_from_its_date(review: date | None, due: bool) -> None:
    assert review_due(plan(review=review), [], ON) is due


def test_a_review_held_on_or_after_the_date_meets_it() -> None:
    assert not review_due(plan(review=date(2026, 11, 20)), [reviewed(date(2026, 11, 20))], ON)
    assert not review_due(plan(review=date(2026, 11, 20)), [reviewed(date(2026, 11, 22))], ON)
    assert review_due(plan(review=date(2026, 11, 20)), [reviewed(date(2026, 11, 19))], ON)


@pytest.mark.parametrize("status", [PlanStatus.CONSIDERING, PlanStatus.COMPLETED, PlanStatus.WITHDRAWN])
def test_only_active_plans_are_flagged(status: PlanStatus) -> None:
    assert plan_flags(plan(status=status), [reviewed(ON, wellbeing=1)], ON) == []


@pytest.mark.parametrize(
    ("wellbeing", "low"),
    [([4], False), ([2], True), ([1], True), ([3], False), ([5, 2], True), ([2, 4], False), ([], False)],
)
def test_low_wellbeing_at_the_latest_review(wellbeing: list[int], low: bool) -> None:
    reviews = [reviewed(date(2026, 1, day + 1), wellbeing=w) for day, w in enumerate(wellbeing)]
    assert low_wellbeing(reviews) is low


def test_a_steady_fall_to_the_middle_counts_as_low() -> None:
    falling = [reviewed(date(2026, 1, d), wellbeing=w) for d, w in ((1, 5), (2, 4), (3, 3))]
    assert low_wellbeing(falling)
    level = [reviewed(date(2026, 1, d), wellbeing=w) for d, w in ((1, 4), (2, 4), (3, 3))]
    assert not low_wellbeing(level)


def test_review_order_is_by_date_not_by_entry() -> None:
    entered_late = [reviewed(date(2026, 3, 1), wellbeing=4), reviewed(date(2026, 1, 1), wellbeing=1)]
    assert not low_wellbeing(entered_late)
    assert [when for when, _c, _w in trend(entered_late)] == [date(2026, 1, 1), date(2026, 3, 1)]


def test_unrated_reviews_are_ignored() -> None:
    assert not low_wellbeing([reviewed(ON, wellbeing=None)])


def test_flags_in_plain_words() -> None:
    flags = plan_flags(plan(review=date(2026, 11, 1)), [reviewed(date(2026, 10, 1), wellbeing=2)], ON)
    assert flags == ["leap-of-faith review due", "low wellbeing at last review"]
    assert plan_flags(plan(review=None), [reviewed(ON, wellbeing=5)], ON) == []


def test_reviews_sit_on_the_time_line_by_their_dates() -> None:
    from leadapp.domain.leaps import days_apart, labelled_days

    dates = [date(2026, 1, 1), date(2026, 1, 8), date(2026, 6, 1)]
    assert days_apart(dates) == [0, 7, 151]
    assert labelled_days([0, 7, 151]) == [0, 151]
    assert labelled_days([0, 30, 60, 90]) == [0, 30, 60, 90]
    assert labelled_days([0, 7, 147, 161]) == [0, 161]
    assert labelled_days([0, 50, 100, 105]) == [0, 50, 105]
    assert labelled_days([3]) == [3]
    assert days_apart([]) == [] and labelled_days([]) == []


# next_review_date -----------------------------------------------------------------------------------------


def _dated_plan(start: date | None, review: date | None) -> LeapPlan:
    return LeapPlan(
        mentee_id="asha",
        title="Interim lead",
        status=PlanStatus.IN_PROGRESS,
        start_date=start,
        review_date=review,
    )


def _review_on(on: date, **extra: object) -> LeapReview:
    return LeapReview(plan_id="p", review_date=on, **extra)  # type: ignore[arg-type]


def test_a_review_moves_the_next_review_on_by_the_same_rhythm() -> None:
    """Reviews every four weeks: one held today puts the next four weeks from today."""
    day = date(2026, 12, 1)
    plan = _dated_plan(date(2026, 9, 1), day + timedelta(days=3))
    earlier = [_review_on(day + timedelta(days=3 - 28))]
    assert next_review_date(plan, earlier, _review_on(day)) == day + timedelta(days=28)


def test_without_a_rhythm_the_next_review_is_six_weeks_on() -> None:
    day = date(2026, 12, 1)
    assert next_review_date(_dated_plan(None, None), [], _review_on(day)) == day + timedelta(days=42)


def test_the_rhythm_counts_from_the_start_when_there_is_no_earlier_review() -> None:
    day = date(2026, 12, 1)
    plan = _dated_plan(day - timedelta(days=30), day)
    assert next_review_date(plan, [], _review_on(day)) == day + timedelta(days=30)


@pytest.mark.parametrize(("gap", "kept"), [(3, 14), (200, 91)])
def test_the_rhythm_stays_between_two_and_thirteen_weeks(gap: int, kept: int) -> None:
    day = date(2026, 12, 1)
    plan = _dated_plan(day - timedelta(days=gap), day)
    assert next_review_date(plan, [], _review_on(day)) == day + timedelta(days=kept)


def test_a_review_entered_for_an_earlier_date_leaves_the_plan_alone() -> None:
    day = date(2026, 12, 1)
    plan = _dated_plan(date(2026, 9, 1), day + timedelta(days=20))
    later = [_review_on(day)]
    assert next_review_date(plan, later, _review_on(day - timedelta(days=10))) == plan.review_date


def test_the_latest_review_on_a_day_decides_the_wellbeing_flag() -> None:
    """Two reviews on one day: the one recorded last is the latest, whatever order they are listed in."""
    day = date(2026, 12, 1)
    low = _review_on(day, wellbeing=1, created_at="2026-12-01T09:00:00Z")
    better = _review_on(day, wellbeing=4, created_at="2026-12-01T10:00:00Z")
    assert not low_wellbeing([better, low])
