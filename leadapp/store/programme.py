"""The facts a programme return counts, read from a mentor's database. Names and ids stop here."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from leadapp.domain.enums import PersonKind
from leadapp.domain.people import Relationship, profession_label
from leadapp.domain.programme import MenteeFacts, ProgrammeReturn, ReturnError, read_return, return_csv
from leadapp.domain.reference import Reference
from leadapp.domain.wording import FORMALITIES, RELATIONSHIP_KINDS
from leadapp.store.errors import StoreError
from leadapp.store.owned_exports import save_export

if TYPE_CHECKING:
    from leadapp.store.store import Store


def _months(start: date | None, end: date) -> int:
    if start is None or start > end:
        return 0
    return (end.year - start.year) * 12 + end.month - start.month - (1 if end.day < start.day else 0)


def mentee_facts(store: Store, ref: Reference, today: date) -> list[MenteeFacts]:
    """One entry per mentee with a mentoring relationship, the owner's own relationship with them first."""
    owner = store.people.owner()
    professions = ref.profession_names()
    bands = {b.code: b.label for b in ref.bands}
    held = dict(
        store.db.execute(
            "select mentee_id, count(*) from sessions where deleted_at is null and status = 'held' "
            "group by mentee_id"
        ).fetchall()
    )
    facts = []
    for mentee in store.people.listing([PersonKind.MENTEE], include_archived=True):
        relationships = [r for r in store.relationships.for_person(mentee.id) if r.mentee_id == mentee.id]
        if not relationships:
            continue
        main = _main(relationships, owner.id if owner else "")
        end = min(main.end_date or today, today)
        facts.append(
            MenteeFacts(
                profession=profession_label(mentee, professions) or "Not set",
                band=bands.get(mentee.band, "Not set"),
                relationship_kind=RELATIONSHIP_KINDS[main.kind],
                formality=FORMALITIES[main.formality],
                months_active=_months(main.start_date, end),
                sessions_held=int(held.get(mentee.id, 0)),
                under_represented=mentee.equity_description if mentee.equity_recorded else None,
            )
        )
    return facts


def _main(relationships: list[Relationship], owner_id: str) -> Relationship:
    mine = [r for r in relationships if r.mentor_id == owner_id]
    return (mine or relationships)[0]


def write_return(programme_return: ProgrammeReturn, json_path: Path) -> Path:
    """Writes the return as JSON at `json_path` and as CSV beside it; both or neither are new.

    Returns the CSV path. Raises StoreError (with a sentence) when a file cannot be written.
    """
    csv_path = json_path.with_suffix(".csv")
    save_export(json_path, json.dumps(programme_return.as_json(), indent=2).encode("utf-8"))
    try:
        save_export(csv_path, return_csv(programme_return).encode("utf-8"))
    except StoreError:
        json_path.unlink(missing_ok=True)
        raise
    return csv_path


MAX_RETURN_BYTES = 2 * 1024 * 1024


def read_return_file(path: Path) -> ProgrammeReturn:
    """Raises StoreError with a sentence for a file that is missing, too large or not a return."""
    try:
        return _read_return_file(path)
    except ReturnError as error:
        raise StoreError(f"{error} Nothing was added from it.") from error


def _read_return_file(path: Path) -> ProgrammeReturn:
    try:
        if path.stat().st_size > MAX_RETURN_BYTES:
            raise ReturnError(f"{path.name} is too large to be a programme return.")
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ReturnError(f"{path.name} could not be read: {error.strerror or error}.") from error
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ReturnError(f"{path.name} is not a LeadApp programme return.") from error
    return read_return(data, path.name)
