"""People and mentoring relationships."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from leadapp.domain.enums import PersonKind
from leadapp.domain.ids import utc_now
from leadapp.domain.people import SUPPORTER_KINDS, Person, Relationship, supporter_choices
from leadapp.store.changes import Table
from leadapp.store.repository import Repository


class MenteeChoice(NamedTuple):
    """A current mentee as a picker offers them: their name and profession, and whether they own the file."""

    id: str
    full_name: str
    profession: str
    profession_other: str
    is_owner: bool


LISTING_ORDER = "is_owner desc, archived_at is not null, full_name collate nocase"
"""The owner first, then current people before archived ones, by name."""


def escape_like(text: str) -> str:
    """Typed % and _ are searched for, not treated as wildcards."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class PeopleRepository(Repository[Person]):
    table_name = Table.PEOPLE
    record_type = Person

    def owner(self) -> Person | None:
        found = self._where("is_owner = 1", limit=1)
        return found[0] if found else None

    def _filter(
        self, kinds: list[PersonKind] | None, include_archived: bool, text: str
    ) -> tuple[str, list[str]]:
        clauses: list[str] = []
        params: list[str] = []
        if kinds:
            clauses.append(f"kind in ({', '.join('?' for _ in kinds)})")
            params.extend(k.value for k in kinds)
        if not include_archived:
            clauses.append("archived_at is null")
        if text.strip():
            clauses.append("(full_name like ? escape '\\' or organisation like ? escape '\\')")
            params.extend([f"%{escape_like(text.strip())}%"] * 2)
        return " and ".join(clauses), params

    def listing(
        self,
        kinds: list[PersonKind] | None = None,
        include_archived: bool = False,
        text: str = "",
        limit: int | None = None,
        offset: int | None = None,
    ) -> list[Person]:
        where, params = self._filter(kinds, include_archived, text)
        return self._where(
            where,
            params,
            order_by=LISTING_ORDER,
            limit=limit,
            offset=offset,
        )

    def count_listing(
        self, kinds: list[PersonKind] | None = None, include_archived: bool = False, text: str = ""
    ) -> int:
        where, params = self._filter(kinds, include_archived, text)
        return self._count(where, params)

    def supporter_choices(self, subject_id: str | None, keeping: str | None = None) -> list[Person]:
        """Whom a record of `subject_id` can name as its supporter; `keeping` is the one it names now."""
        linked = self.find(keeping) if keeping else None
        return supporter_choices(self.listing(list(SUPPORTER_KINDS)), self.owner(), subject_id, linked)

    def mentee_choices(self, only: str | None = None) -> list[MenteeChoice]:
        """Current mentees in the listing's order (or the one `only` names, if current), five columns each:
        making whole records of them was most of the mentee switcher's cost (10 of 15 ms for 960 mentees)."""
        where, params = self._filter([PersonKind.MENTEE], include_archived=False, text="")
        if only is not None:
            where, params = f"{where} and id = ?", [*params, only]
        return self._choices(f"{where} order by {LISTING_ORDER}", params)

    def longest_mentee_choices(self, count: int) -> list[MenteeChoice]:
        """The current mentees whose names and professions are longest in characters: what a list of every
        mentee is sized by, without reading every mentee into it."""
        where, params = self._filter([PersonKind.MENTEE], include_archived=False, text="")
        longest = "length(full_name) + length(coalesce(nullif(profession_other, ''), profession, ''))"
        return self._choices(f"{where} order by {longest} desc limit ?", [*params, count])

    def _choices(self, where: str, params: Sequence[object]) -> list[MenteeChoice]:
        rows = self.db.execute(
            "select id, full_name, coalesce(profession, ''), coalesce(profession_other, ''), is_owner"
            f" from [{self.table_name}] where deleted_at is null and {where}",
            params,
        )
        return [MenteeChoice(id, name, job, other, bool(owner)) for id, name, job, other, owner in rows]

    def mentees(self, include_archived: bool = False) -> list[Person]:
        return self.listing([PersonKind.MENTEE], include_archived)

    def archive(self, person_id: str) -> Person:
        return self.set_fields(person_id, archived_at=utc_now())

    def restore(self, person_id: str) -> Person:
        return self.set_fields(person_id, archived_at=None)


class RelationshipRepository(Repository[Relationship]):
    table_name = Table.RELATIONSHIPS
    record_type = Relationship

    def for_person(self, person_id: str) -> list[Relationship]:
        return self._where(
            "mentor_id = ? or mentee_id = ?",
            [person_id, person_id],
            order_by="start_date is null, start_date desc",
        )
