"""Per-database preferences: owner role, theme, text size."""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from leadapp.domain.ids import new_id, utc_now
from leadapp.store.changes import Changes, ChangeSet, Table
from leadapp.store.repository import write_transaction
from leadapp.store.validation import check_setting


class SettingsRepository:
    def __init__(self, db: Database, path: Path, changes: Changes) -> None:
        self.db = db
        self.path = path
        self.changes = changes

    def get(self, key: str, default: str = "") -> str:
        row = self.db.execute(
            "select value from settings where key = ? and deleted_at is null", [key]
        ).fetchone()
        return str(row[0]) if row and row[0] is not None else default

    def set(self, key: str, value: str) -> None:
        check_setting(key, value)
        now = utc_now()
        write_transaction(
            self.db,
            self.path,
            lambda: self.db.execute(
                "insert into settings (id, key, value, created_at, updated_at) values (?, ?, ?, ?, ?) "
                "on conflict(key) do update set value = excluded.value, updated_at = excluded.updated_at, "
                "deleted_at = null",
                [new_id(), key, value, now, now],
            ),
        )
        self.changes.emit(ChangeSet(Table.SETTINGS, (key,)))
