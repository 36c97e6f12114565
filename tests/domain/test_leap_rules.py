"""When a leap of faith needs a mentor's attention: a review that has come due, or wellbeing that is low."""

from __future__ import annotations

from datetime import date

import pytest

from leadapp.domain.enums import PlanStatus
from leadapp.domain.leaps import LeapPlan, LeapReview, low_wellbeing, plan_flags, review_due, trend

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
