"""People in a mentoring database and the relationships between them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from leadapp.domain.enums import Formality, PersonKind, RelationshipKind, Scope
from leadapp.domain.records import Record

OTHER_PROFESSION = "other"


@dataclass(kw_only=True)
class Person(Record):
    full_name: str
    kind: PersonKind = PersonKind.MENTEE
    is_owner: bool = False
    profession: str = ""
    profession_other: str = ""
    band: str = ""
    organisation: str = ""
    job_title: str = ""
    career_stage: str = ""
    aspirations: str = ""
    email: str = ""
    notes: str = ""
    archived_at: str | None = None
    equity_recorded: bool = False
    """The person chose to record an under-represented group for anonymised returns; off by default."""
    equity_description: str = ""

    @property
    def archived(self) -> bool:
        return self.archived_at is not None


@dataclass(kw_only=True)
class Relationship(Record):
    """A mentoring relationship; `mentor_id` is the supporting side (mentor, champion or coach)."""

    mentor_id: str
    mentee_id: str
    kind: RelationshipKind = RelationshipKind.MENTOR
    formality: Formality = Formality.FORMAL
    scope: Scope = Scope.INTERNAL
    start_date: date | None = None
    end_date: date | None = None
    goals: str = ""
    frequency: str = ""
    confidentiality: str = ""
    notes: str = ""

    def is_active(self, on: date) -> bool:
        started = self.start_date is None or self.start_date <= on
        not_ended = self.end_date is None or self.end_date >= on
        return started and not_ended and self.deleted_at is None


def profession_label(person: Person, names: dict[str, str]) -> str:
    """The profession as a person would write it: the reference name, or their own words for 'other'."""
    if person.profession == OTHER_PROFESSION:
        return person.profession_other or "Other"
    return names.get(person.profession, "")


TITLES = frozenset(
    {"dr", "mr", "mrs", "ms", "miss", "mx", "prof", "professor", "sir", "dame", "rev", "revd", "lady", "lord"}
)


def greeting_name(full_name: str) -> str:
    """The name to greet someone by: their first name after any titles ("Dr Sam Okafor" is "Sam").

    With only a title and one name ("Dr Okafor") the title stays, since the first name is not known.
    """
    words = full_name.split()
    rest = list(words)
    while rest and rest[0].lower().rstrip(".") in TITLES:
        rest.pop(0)
    if len(rest) >= 2 or (rest and len(rest) == len(words)):
        return rest[0]
    return " ".join(words)
