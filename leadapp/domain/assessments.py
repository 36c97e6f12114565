"""Dated self-assessments against the guide's behaviours or the Healthcare Leadership Model."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from leadapp.domain.enums import Framework, Rater
from leadapp.domain.records import Record


@dataclass(kw_only=True)
class Assessment(Record):
    person_id: str
    assessed_on: date
    framework: Framework = Framework.BEHAVIOURS
    rater: Rater = Rater.MENTEE
    notes: str = ""


@dataclass(kw_only=True)
class AssessmentRating(Record):
    assessment_id: str
    item: str
    rating: int | None = None
    note: str = ""
