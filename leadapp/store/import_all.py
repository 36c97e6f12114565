"""Reading a JSON export back into an empty database, all or nothing.

The file may have been edited or damaged since it was written, so nothing in it is trusted: every value is
converted by its field's type and then checked by the store's validation like any other write, evidence files
must lie inside the export's own folder, and the whole import is one transaction.
"""

from __future__ import annotations

import json
import sqlite3
import typing
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Any

from leadapp.domain.records import Record
from leadapp.store.changes import ChangeSet, Table
from leadapp.store.errors import StoreError
from leadapp.store.export import FORMAT_NAME, FORMAT_VERSION
from leadapp.store.record_sets import KINDS
from leadapp.store.repository import write_transaction
from leadapp.store.rows import field_types, to_row
from leadapp.store.store import Store
from leadapp.store.validation import InvalidValueError

MAX_EVIDENCE_BYTES = 200 * 1024 * 1024


class ImportRefusedError(StoreError):
    """The file or the database is not fit for an import; nothing was changed."""


def _bad(table: str, number: int, problem: str) -> ImportRefusedError:
    return ImportRefusedError(
        f"Record {number} of {table.replace('_', ' ')} in the export {problem}, so nothing was imported."
    )


def database_is_empty(store: Store) -> bool:
    return all(store.db.execute(f"select 1 from [{t}] limit 1").fetchone() is None for t, _ in KINDS)


def _value(raw: Any, hint: Any) -> Any:
    """A JSON value as the field's Python type; what cannot be converted raises ValueError."""
    if raw is None:
        return None
    if hint is date:
        if not isinstance(raw, str):
            raise ValueError("a date is not written as text")
        return date.fromisoformat(raw)
    if typing.get_origin(hint) is list:
        if not isinstance(raw, list) or not all(isinstance(v, str) for v in raw):
            raise ValueError("a list is not a list of text")
        return list(raw)
    if isinstance(hint, type) and issubclass(hint, Enum):
        return hint(raw)
    return raw


def _record(table: str, cls: type[Record], number: int, row: Any, folder: Path) -> Record:
    if not isinstance(row, dict):
        raise _bad(table, number, "is not a record")
    hints = field_types(cls)
    unknown = set(row) - set(hints) - {"file"}
    if unknown:
        raise _bad(table, number, f"has fields LeadApp does not know ({', '.join(sorted(unknown))})")
    values: dict[str, Any] = {}
    try:
        for name, hint in hints.items():
            if name in row and name != "content":
                values[name] = _value(row[name], hint)
        if table == "evidence" and row.get("file"):
            values["content"] = _evidence(row["file"], folder, values.get("size"))
        record = cls(**values)
    except (ValueError, TypeError) as error:
        raise _bad(table, number, f"is not readable ({error})") from error
    if not record.created_at or not record.updated_at:
        raise _bad(table, number, "has no creation or change time")
    try:
        to_row(record)  # the store's checks, before anything is written
    except InvalidValueError as error:
        raise ImportRefusedError(
            f"Record {number} of {table.replace('_', ' ')} in the export: {error}"
        ) from error
    return record


def _evidence(relative: Any, folder: Path, size: Any) -> bytes:
    if not isinstance(relative, str):
        raise ValueError("the evidence file is not named as text")
    path = (folder / relative).resolve()
    if not path.is_relative_to(folder.resolve()) or not path.is_file():
        raise ValueError(f"the evidence file {relative} is not beside the export")
    if path.stat().st_size > MAX_EVIDENCE_BYTES:
        raise ValueError(f"the evidence file {relative} is too large")
    content = path.read_bytes()
    if size is not None and size != len(content):
        raise ValueError(f"the evidence file {relative} is not the size the export says")
    return content


def read_export(path: Path) -> dict[str, list[Record]]:
    """Every record in the file, converted and checked; raises ImportRefusedError on the first problem."""
    try:
        document = json.loads(path.read_bytes().decode("utf-8"))
    except OSError as error:
        raise ImportRefusedError(f"LeadApp could not read {path}: {error.strerror}.") from error
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ImportRefusedError(f"{path} is not a LeadApp export (it is not readable JSON).") from error
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise ImportRefusedError(f"{path} is not a LeadApp export.")
    if document.get("version") != FORMAT_VERSION:
        raise ImportRefusedError(
            f"{path} is a version {document.get('version')} export; "
            f"this LeadApp reads version {FORMAT_VERSION}."
        )
    tables = document.get("records")
    if not isinstance(tables, dict) or set(tables) - {t for t, _ in KINDS}:
        raise ImportRefusedError(
            f"{path} holds kinds of record LeadApp does not know, so nothing was imported."
        )
    records: dict[str, list[Record]] = {}
    for table, cls in KINDS:
        rows = tables.get(table, [])
        if not isinstance(rows, list):
            raise ImportRefusedError(f"The {table.replace('_', ' ')} in {path} are not a list.")
        records[table] = [_record(table, cls, n, row, path.parent) for n, row in enumerate(rows, start=1)]
    return records


def import_all(store: Store, path: Path) -> int:
    """Put every record of an export into an empty database, in one transaction; returns how many."""
    if not database_is_empty(store):
        raise ImportRefusedError(
            f"{store.path} already holds records; an export is imported only into an empty database."
        )
    records = read_export(path)

    def work() -> None:
        for table, _cls in KINDS:
            try:
                store.db.table(table).insert_all([to_row(r) for r in records[table]], batch_size=500)
            except sqlite3.IntegrityError as error:  # a repeated id or a link to nothing, in an edited file
                raise ImportRefusedError(
                    f"The {table.replace('_', ' ')} in {path} do not fit together ({error}), "
                    "so nothing was imported."
                ) from error

    write_transaction(store.db, store.path, work)
    for table, _cls in KINDS:
        store.changes.emit(ChangeSet(Table(table)))
    return sum(len(v) for v in records.values())
