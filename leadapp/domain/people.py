"""People in a mentoring database and the relationships between them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Protocol

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


SUPPORTER_KINDS = (PersonKind.MENTOR, PersonKind.CHAMPION, PersonKind.COACH)


def supporter_choices(
    candidates: list[Person], owner: Person | None, subject_id: str | None, linked: Person | None
) -> list[Person]:
    """Whom a record can name as the person supporting it (a leap's champion, an activity's helper).

    The mentors, champions and coaches given; the owner first, unless the record is the owner's own; and
    the person already named, kept at the end even when archived or of another kind, so it still shows.
    """
    chosen = list(candidates)
    if owner is not None and owner.id != subject_id and owner not in chosen:
        chosen.insert(0, owner)
    if linked is not None and all(p.id != linked.id for p in chosen):
        chosen.append(linked)
    return chosen


class HasProfession(Protocol):
    """Anything that carries a profession code and, for 'other', the person's own words."""

    @property
    def profession(self) -> str: ...

    @property
    def profession_other(self) -> str: ...


def profession_label(person: HasProfession, names: dict[str, str]) -> str:
    """The profession as a person would write it: the reference name, or their own words for 'other'.

    The one wording for every screen and document: 'Other' when no words were given, nothing for a
    profession not set or not in the reference data.
    """
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
