"""Leap-of-faith plans and their parts."""

from __future__ import annotations

from leadapp.domain.leaps import LeapConcern, LeapMilestone, LeapPlan, LeapReview, LeapSupport
from leadapp.store.changes import Table
from leadapp.store.repository import R, Repository


class PlanPartRepository(Repository[R]):
    """Concerns, supports, milestones and reviews all hang off one plan."""

    order_by = "created_at"

    def for_plan(self, plan_id: str) -> list[R]:
        return self.where("plan_id = ?", [plan_id], order_by=self.order_by)


class LeapPlanRepository(Repository[LeapPlan]):
    table_name = Table.LEAP_PLANS
    record_type = LeapPlan

    def for_mentee(self, mentee_id: str) -> list[LeapPlan]:
        return self.where("mentee_id = ?", [mentee_id], order_by="created_at desc")


class LeapConcernRepository(PlanPartRepository[LeapConcern]):
    table_name = Table.LEAP_CONCERNS
    record_type = LeapConcern


class LeapSupportRepository(PlanPartRepository[LeapSupport]):
    table_name = Table.LEAP_SUPPORTS
    record_type = LeapSupport


class LeapMilestoneRepository(PlanPartRepository[LeapMilestone]):
    table_name = Table.LEAP_MILESTONES
    record_type = LeapMilestone
    order_by = "due_date"


class LeapReviewRepository(PlanPartRepository[LeapReview]):
    table_name = Table.LEAP_REVIEWS
    record_type = LeapReview
    order_by = "review_date"
