"""Self-assessments and their ratings."""

from __future__ import annotations

from leadapp.domain.assessments import Assessment, AssessmentRating, Rated
from leadapp.domain.enums import Rater
from leadapp.store.changes import Table
from leadapp.store.repository import Repository


class AssessmentRepository(Repository[Assessment]):
    table_name = Table.ASSESSMENTS
    record_type = Assessment

    def for_person(self, person_id: str, rater: Rater | None = None) -> list[Assessment]:
        if rater is None:
            return self._where("person_id = ?", [person_id], order_by="assessed_on, created_at")
        return self._where(
            "person_id = ? and rater = ?", [person_id, rater.value], order_by="assessed_on, created_at"
        )

    def mentor_view(self, assessment: Assessment) -> Assessment | None:
        """The mentor's view of the same person on the same date, if one was made."""
        found = self._where(
            "person_id = ? and assessed_on = ? and rater = ?",
            [assessment.person_id, assessment.assessed_on.isoformat(), Rater.MENTOR.value],
            order_by="created_at",
            limit=1,
        )
        return found[0] if found else None


class RatingRepository(Repository[AssessmentRating]):
    table_name = Table.ASSESSMENT_RATINGS
    record_type = AssessmentRating

    def for_assessment(self, assessment_id: str) -> list[AssessmentRating]:
        return self._where("assessment_id = ?", [assessment_id], order_by="item")

    def by_item(self, assessment_id: str) -> dict[str, AssessmentRating]:
        return {r.item: r for r in self.for_assessment(assessment_id)}

    def values(self, assessment_id: str) -> dict[str, int | None]:
        return {r.item: r.rating for r in self.for_assessment(assessment_id)}

    def for_item(self, assessment_id: str, item: str) -> AssessmentRating:
        """The item's rating row, added (unrated) the first time the person touches the item."""
        found = self._where(
            "assessment_id = ? and item = ?", [assessment_id, item], order_by="created_at", limit=1
        )
        return found[0] if found else self.add(AssessmentRating(assessment_id=assessment_id, item=item))


def rated(ratings: RatingRepository, assessment: Assessment) -> Rated:
    rows = ratings.for_assessment(assessment.id)
    return Rated(
        assessment,
        {r.item: r.rating for r in rows},
        {r.item: r.note for r in rows if r.note.strip()},
        {r.item: list(r.evidence) for r in rows if r.evidence},
    )


def history(
    assessments: AssessmentRepository, ratings: RatingRepository, person_id: str, rater: Rater = Rater.MENTEE
) -> list[Rated]:
    """Every assessment of that rater for the person, oldest first, with its ratings."""
    return [rated(ratings, a) for a in assessments.for_person(person_id, rater)]
