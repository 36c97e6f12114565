"""Leap-of-faith plans as a whole: starting one with the guide's concerns, closing it, recording it."""

from __future__ import annotations

from datetime import date

from leadapp.domain.activities import Activity
from leadapp.domain.enums import ActivityStatus, PlanStatus
from leadapp.domain.leaps import LeapConcern, LeapPlan, LeapReview, next_review_date
from leadapp.domain.reference import Reference
from leadapp.store.store import Store


def new_plan(store: Store, ref: Reference, mentee_id: str, title: str, on: date) -> LeapPlan:
    """A plan with every concern from the guide listed, unrated, ready to talk through."""
    with store.transaction():
        plan = store.leap_plans.add(LeapPlan(mentee_id=mentee_id, title=title, start_date=on))
        store.leap_concerns.add_many(
            LeapConcern(plan_id=plan.id, concern=concern.code, rating="none") for concern in ref.leap.concerns
        )
    return plan


def close_plan(store: Store, plan: LeapPlan, status: PlanStatus) -> LeapPlan:
    return store.leap_plans.set_fields(plan.id, status=status)


def record_as_activity(store: Store, ref: Reference, plan: LeapPlan, on: date) -> Activity:
    """The leap, entered in the portfolio under Leaps of faith, linked both ways (both links or neither)."""
    benefits = {b.code: b.label for b in ref.leap.benefits}
    gained = [benefits[code] for code in plan.benefits if code in benefits]
    description = "\n".join(
        part
        for part in (
            plan.hopes,
            ("Benefits realised: " + "; ".join(gained)) if gained else "",
            ("Lessons: " + plan.lessons) if plan.lessons else "",
        )
        if part
    )
    with store.transaction():
        activity = store.activities.add(
            Activity(
                person_id=plan.mentee_id,
                title=plan.title,
                description=description,
                categories=["leaps"],
                primary_category="leaps",
                stage="later_mid",
                status=ActivityStatus.DONE,
                start_date=plan.start_date,
                end_date=on,
                related_person_id=plan.champion_id,
            )
        )
        store.leap_plans.set_fields(plan.id, activity_id=activity.id)
    return activity


def record_review(store: Store, review: LeapReview) -> LeapPlan:
    """Add a review and move the plan's next review date on from it, in one write."""
    with store.transaction():
        plan = store.leap_plans.get(review.plan_id)
        earlier = store.leap_reviews.for_plan(plan.id)
        store.leap_reviews.add(review)
        moved = next_review_date(plan, earlier, review)
        return store.leap_plans.set_fields(plan.id, review_date=moved) if moved != plan.review_date else plan
