"""Erasing one person's data for good, so that even the database file's bytes no longer hold it.

Everything of theirs goes in one transaction, records in the bin included; links to them from other
records are cleared; the full-text indexes are rebuilt so their words leave the index segments; then the
file is vacuumed and the write-ahead log checkpointed and truncated, since a deleted row's bytes otherwise
linger in free pages and in the log.

Backups are another module's business. This one meets them at a single call point, `BackupHooks`: the
backup made before erasure, the backups that may still hold the data, and the day the last of them rotates
out. `default_backup_hooks` wires in `leadapp.store.backups` when it is present.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from leadapp.domain.backup_rotation import rotated_out_by
from leadapp.domain.erasure import names_match
from leadapp.domain.ids import utc_now
from leadapp.store.backups import backup_files, make_backup
from leadapp.store.changes import ChangeSet, Table
from leadapp.store.errors import StoreError, translate
from leadapp.store.migrations import FOREIGN_KEYS, FULL_TEXT
from leadapp.store.record_sets import KINDS, owned_ids
from leadapp.store.repository import write_transaction
from leadapp.store.store import Store

CHECKPOINT_ATTEMPTS = 25


class ErasureRefusedError(StoreError):
    """The erasure was not made; nothing was changed."""


@dataclass(frozen=True)
class BackupHooks:
    make: Callable[[], Path | None]
    """Make a backup now, before erasing (None when no backup could be made)."""
    existing: Callable[[], list[Path]]
    """The backups that hold data written before now."""
    gone_by: Callable[[list[Path]], date | None]
    """The day the last of these backups will have rotated out; None when the rotation cannot say."""


@dataclass(frozen=True)
class ErasureResult:
    name: str
    counts: dict[str, int]
    backup: Path | None
    backups_holding: list[Path] = field(default_factory=list)
    gone_by: date | None = None


def default_backup_hooks(path: Path) -> BackupHooks:
    """The one place erasure meets the backups: a verified backup first, the backups that still hold the
    person's words, and the day the rotation will have let the last of them go."""

    def make() -> Path | None:
        try:
            return make_backup(path, "before-erasure")
        except StoreError as error:
            raise ErasureRefusedError(f"{error} Nothing was erased.") from error

    def gone_by(paths: list[Path]) -> date | None:
        taken = {found: when for found, when, _reason in backup_files(path)}
        return rotated_out_by(taken[p] for p in paths if p in taken)

    return BackupHooks(
        make=make,
        existing=lambda: [found for found, _when, _reason in backup_files(path)],
        gone_by=gone_by,
    )


def person_row(store: Store, person_id: str) -> dict[str, object]:
    """The person as stored, even if removed to the bin."""
    rows = list(store.db.table("people").rows_where("id = ?", [person_id], limit=1))
    if not rows:
        raise ErasureRefusedError(f"There is no person with the id {person_id}; nothing was erased.")
    return rows[0]


def erasure_counts(store: Store, person_id: str) -> dict[str, int]:
    """How many records of each kind an erasure of this person would take, bin included."""
    return {table: len(ids) for table, ids in owned_ids(store.db, [person_id], include_removed=True).items()}


def erase_person(
    store: Store, person_id: str, typed_name: str, hooks: BackupHooks | None = None
) -> ErasureResult:
    """Erase the person when `typed_name` is their full name; anything else changes nothing."""
    person = person_row(store, person_id)
    name = str(person["full_name"] or "")
    if person["is_owner"]:
        raise ErasureRefusedError(
            "This is you, the owner of this database; LeadApp does not erase its owner. Nothing was erased."
        )
    if not names_match(typed_name, name):
        raise ErasureRefusedError(
            f"The name typed does not match this person's full name ({name}), so nothing was erased."
        )
    hooks = hooks or default_backup_hooks(store.path)
    backup = hooks.make()
    erased = owned_ids(store.db, [person_id], include_removed=True)
    now = utc_now()

    def work() -> None:
        for table, links in FOREIGN_KEYS.items():
            for column, target in links:
                if erased.get(target):
                    store.db.execute(
                        f"update [{table}] set [{column}] = null, updated_at = ? "
                        f"where [{column}] in (select value from json_each(?)) "
                        "and id not in (select value from json_each(?))",
                        [now, json.dumps(erased[target]), json.dumps(erased[table])],
                    )
        if erased["activities"]:  # another person's objective may list one of theirs as evidence
            gone = json.dumps(erased["activities"])
            store.db.execute(
                "update objectives set updated_at = ?, activity_ids = (select json_group_array(value) "
                "from json_each(objectives.activity_ids) "
                "where value not in (select value from json_each(?))) "
                "where exists (select 1 from json_each(objectives.activity_ids) "
                "where value in (select value from json_each(?)))",
                [now, gone, gone],
            )
        for table, _cls in reversed(KINDS):
            if erased[table]:
                store.db.execute(
                    f"delete from [{table}] where id in (select value from json_each(?))",
                    [json.dumps(erased[table])],
                )
        for table in FULL_TEXT:
            store.db.execute(f"insert into [{table}_fts]([{table}_fts]) values ('rebuild')")

    store.db.execute("PRAGMA secure_delete = ON")
    write_transaction(store.db, store.path, work)
    compact(store)
    for table, _cls in KINDS:
        store.changes.emit(ChangeSet(Table(table), tuple(erased[table])))
    holding = hooks.existing()
    return ErasureResult(
        name=name,
        counts={table: len(ids) for table, ids in erased.items()},
        backup=backup,
        backups_holding=holding,
        gone_by=hooks.gone_by(holding),
    )


def compact(store: Store) -> None:
    """Rewrite the file without free pages and empty the write-ahead log, so erased bytes are gone."""
    try:
        store.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        store.db.conn.execute("VACUUM")
        for _attempt in range(CHECKPOINT_ATTEMPTS):  # a background reader finishes within moments
            busy = store.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
            if not busy:
                break
            time.sleep(0.2)
    except sqlite3.Error as error:
        raise translate(error, store.path) from error
    if busy:
        raise StoreError(
            "The data was erased, but another program is reading this database, so its log could not be "
            "emptied yet. Close other LeadApp windows; the log is emptied when LeadApp next closes."
        )


def delete_backups(paths: list[Path]) -> list[Path]:
    """Delete the backups a person chose to delete after an erasure; returns those that could not be."""
    failed = []
    for path in paths:
        try:
            path.unlink(missing_ok=True)
            for extra in ("-wal", "-shm"):
                Path(f"{path}{extra}").unlink(missing_ok=True)
        except OSError:
            failed.append(path)
    return failed
