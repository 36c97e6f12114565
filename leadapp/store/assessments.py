"""Self-assessments and their ratings."""

from __future__ import annotations

from leadapp.domain.assessments import Assessment, AssessmentRating
from leadapp.store.repository import Repository


class AssessmentRepository(Repository[Assessment]):
    table_name = "assessments"
    record_type = Assessment

    def for_person(self, person_id: str) -> list[Assessment]:
        return self.where("person_id = ?", [person_id], order_by="assessed_on")


class RatingRepository(Repository[AssessmentRating]):
    table_name = "assessment_ratings"
    record_type = AssessmentRating

    def for_assessment(self, assessment_id: str) -> list[AssessmentRating]:
        return self.where("assessment_id = ?", [assessment_id], order_by="item")
