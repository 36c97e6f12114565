"""Leap-of-faith plans and their parts."""

from __future__ import annotations

from leadapp.domain.enums import ACTIVE_STATUSES, OPEN_STATUSES, PlanStatus
from leadapp.domain.leaps import (
    LeapConcern,
    LeapMilestone,
    LeapPlan,
    LeapReview,
    LeapSupport,
)
from leadapp.store.changes import Table
from leadapp.store.repository import R, Repository


class PlanPartRepository(Repository[R]):
    """Concerns, supports, milestones and reviews all hang off one plan."""

    order_by = "created_at"

    def for_plan(self, plan_id: str) -> list[R]:
        return self._where("plan_id = ?", [plan_id], order_by=self.order_by)


class LeapPlanRepository(Repository[LeapPlan]):
    table_name = Table.LEAP_PLANS
    record_type = LeapPlan

    def for_mentee(self, mentee_id: str) -> list[LeapPlan]:
        return self._where("mentee_id = ?", [mentee_id], order_by="created_at desc")

    def active(self) -> list[LeapPlan]:
        """Every mentee's plans under way (see domain.enums.ACTIVE_STATUSES), oldest first."""
        return self._in_statuses(ACTIVE_STATUSES)

    def active_for(self, mentee_id: str) -> list[LeapPlan]:
        """The mentee's plans under way, oldest first."""
        return self._in_statuses(ACTIVE_STATUSES, mentee_id)

    def open_for(self, mentee_id: str) -> list[LeapPlan]:
        """The mentee's plans not yet closed (see domain.enums.OPEN_STATUSES), oldest first."""
        return self._in_statuses(OPEN_STATUSES, mentee_id)

    def _in_statuses(self, statuses: tuple[PlanStatus, ...], mentee_id: str | None = None) -> list[LeapPlan]:
        where = f"status in ({', '.join('?' * len(statuses))})"
        params = [status.value for status in statuses]
        if mentee_id is not None:
            where += " and mentee_id = ?"
            params.append(mentee_id)
        return self._where(where, params, order_by="created_at, rowid")


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
