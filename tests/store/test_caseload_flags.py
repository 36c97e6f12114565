"""The caseload carries each mentee's leap-of-faith flags, and puts flagged mentees first."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from leadapp.domain.caseload import caseload_order, needs_attention
from leadapp.domain.enums import PersonKind, PlanStatus
from leadapp.domain.leaps import ACTIVE_STATUSES, LeapReview
from leadapp.domain.people import Person
from leadapp.store.caseload import UNDER_WAY, caseload, leap_flags
from leadapp.store.leap_planning import new_plan

ON = date(2026, 11, 24)


def test_flags_reach_the_caseload_and_order_it(store, ref) -> None:
    store.people.add(Person(full_name="Owner", kind=PersonKind.MENTOR, is_owner=True))
    calm = store.people.add(Person(full_name="Aaron Calm"))
    leaping = store.people.add(Person(full_name="Zoe Leaping"))
    plan = new_plan(store, ref, leaping.id, "Interim lead", ON - timedelta(days=60))
    store.leap_plans.update(replace(plan, status=PlanStatus.IN_PROGRESS, review_date=ON - timedelta(days=1)))
    store.leap_reviews.add(LeapReview(plan_id=plan.id, review_date=ON - timedelta(days=30), wellbeing=1))
    entries = {e.mentee_name: e for e in caseload(store, ON)}
    assert entries["Aaron Calm"].leap_flags == ()
    assert entries["Zoe Leaping"].leap_flags == ("leap-of-faith review due", "low wellbeing at last review")
    assert "leap-of-faith review due" in needs_attention(entries["Zoe Leaping"], ON)
    assert caseload_order(list(entries.values()), ON)[0].mentee_name == "Zoe Leaping"
    store.leap_reviews.add(LeapReview(plan_id=plan.id, review_date=ON, wellbeing=4))
    assert {e.mentee_name: e for e in caseload(store, ON)}["Zoe Leaping"].leap_flags == ()
    assert calm.id != leaping.id


def test_the_caseloads_own_check_for_plans_under_way_asks_for_the_active_statuses() -> None:
    """The caseload looks for a plan under way without importing the leap rules; its statuses are theirs."""
    assert tuple(status.value for status in ACTIVE_STATUSES) == UNDER_WAY


def test_a_plan_still_being_considered_raises_no_flag(store, ref) -> None:
    store.people.add(Person(full_name="Owner", kind=PersonKind.MENTOR, is_owner=True))
    thinking = store.people.add(Person(full_name="Tom Thinking"))
    plan = new_plan(store, ref, thinking.id, "Clinical lead", ON - timedelta(days=60))
    store.leap_plans.update(replace(plan, status=PlanStatus.CONSIDERING, review_date=ON - timedelta(days=1)))
    assert leap_flags(store, ON) == {}
    store.leap_plans.update(replace(plan, status=PlanStatus.COMMITTED, review_date=ON - timedelta(days=1)))
    assert leap_flags(store, ON) == {thinking.id: ("leap-of-faith review due",)}
