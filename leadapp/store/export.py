"""Everything a person recorded, gathered for export: the chosen people's records, private notes held back.

The JSON, CSV and Markdown writers all start from one `ExportSet`, so what one format leaves out (a private
note, another person's details) no other format can show. The JSON schema is described in
docs/export-format.md; `import_all` reads it back into an empty database.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from enum import Enum
from typing import Any

from leadapp.domain.enums import OwnerRole, Visibility
from leadapp.domain.notes import Note
from leadapp.domain.people import Person
from leadapp.domain.records import Record
from leadapp.domain.sessions import Session, only_own_private
from leadapp.store.migrations import FOREIGN_KEYS
from leadapp.store.record_sets import KINDS, owned_ids
from leadapp.store.rows import field_types, from_row
from leadapp.store.store import Store

FORMAT_NAME = "leadapp-export"
FORMAT_VERSION = 1

LINKED_PERSON_FIELDS = ("id", "created_at", "updated_at", "full_name", "kind", "is_owner")
"""All an export of chosen people says about someone they are only linked to (their mentor, a champion)."""


@dataclass
class ExportSet:
    records: dict[str, list[Record]]
    owner_role: OwnerRole
    include_private: bool
    person_ids: list[str] | None
    linked_people: set[str] = field(default_factory=set)

    def of(self, table: str) -> list[Any]:
        return self.records.get(table, [])


def owners_private_visibility(role: OwnerRole) -> Visibility:
    return Visibility.MENTOR_PRIVATE if role is OwnerRole.MENTOR else Visibility.MENTEE_PRIVATE


def without_private(record: Record, role: OwnerRole, include_private: bool) -> Record | None:
    """The record as it may leave the app: private notes only when asked for, and only the owner's side."""
    if isinstance(record, Session):
        return only_own_private(record, role, include_private)
    if isinstance(record, Note) and record.visibility is not Visibility.SHARED:
        return record if include_private and record.visibility is owners_private_visibility(role) else None
    return record


def gather(store: Store, person_ids: Sequence[str] | None = None, include_private: bool = False) -> ExportSet:
    """The records of the chosen people (everyone when None), ready for any writer."""
    role = store.settings.owner_role()
    ids = owned_ids(store.db, person_ids, include_removed=False)
    records: dict[str, list[Record]] = {}
    for table, cls in KINDS:
        chosen = ids[table]
        rows = store.db.execute(
            f"select * from [{table}] where id in (select value from json_each(?)) order by created_at, id",
            [_json_list(chosen)],
        )
        names = [d[0] for d in rows.description]
        kept = []
        for row in rows:
            record = without_private(from_row(cls, dict(zip(names, row, strict=True))), role, include_private)
            if record is not None:
                kept.append(record)
        records[table] = kept
    export = ExportSet(records, role, include_private, list(person_ids) if person_ids is not None else None)
    _close_links(store, export)
    return export


def _json_list(ids: list[str]) -> str:
    import json

    return json.dumps(ids)


def _close_links(store: Store, export: ExportSet) -> None:
    """Links out of the chosen records: people named briefly, links to records not exported cleared.

    So the file imports on its own (a record may point at one in the bin, which is not exported), and
    says no more about anyone else than their name and role.
    """
    present = {table: {r.id for r in records} for table, records in export.records.items()}
    wanted: set[str] = set()
    for table, links in FOREIGN_KEYS.items():
        for column, target in links:
            if target == "people":
                wanted |= {getattr(r, column) for r in export.of(table) if getattr(r, column)}
    missing = sorted(wanted - present["people"])
    for person_id in missing:
        found = store.people.find(person_id)
        if found is None:
            continue
        brief = Person(**{name: getattr(found, name) for name in LINKED_PERSON_FIELDS})
        export.records["people"].append(brief)
        export.linked_people.add(person_id)
        present["people"].add(person_id)
    for table, links in FOREIGN_KEYS.items():
        cleared: list[Record] = []
        for record in export.of(table):
            gone = {c: None for c, t in links if getattr(record, c) and getattr(record, c) not in present[t]}
            cleared.append(replace(record, **gone) if gone else record)
        export.records[table] = cleared


def to_json_value(value: Any) -> Any:
    """A field as JSON: dates ISO 8601, lists as arrays, vocabularies as their stored codes."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, list):
        return list(value)
    return value


def record_fields(record: Record) -> dict[str, Any]:
    """Every field but a file's bytes, in the record type's own order."""
    return {
        f.name: to_json_value(getattr(record, f.name))
        for f in dataclasses.fields(record)
        if f.name != "content"
    }


def columns_of(cls: type[Record]) -> list[str]:
    return [name for name in field_types(cls) if name != "content"]
