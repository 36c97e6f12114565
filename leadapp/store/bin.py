"""The bin: removed records wait here, can be restored, and are deleted for good only when it is emptied.

Removing stamps `deleted_at` on the record and on the records that belong to it (a session's actions, an
activity's evidence, a plan's rows) with the same moment, so restoring brings back exactly what went with
it. Emptying deletes the rows themselves; the full-text triggers drop their search entries, and an
evidence row takes its file with it, so nothing removed lingers in the file.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from leadapp.domain.bin import KIND_NAMES, BinEntry
from leadapp.domain.dates import format_date
from leadapp.domain.ids import utc_now
from leadapp.store.changes import Changes, ChangeSet, Table
from leadapp.store.migrations import FOREIGN_KEYS
from leadapp.store.repository import write_transaction
from leadapp.store.store_database import StoreDatabase

BELONGS_TO: dict[str, dict[str, str]] = {
    "sessions": {"actions": "session_id", "notes": "session_id"},
    "activities": {"evidence": "activity_id"},
    "leap_plans": {
        "leap_concerns": "plan_id",
        "leap_supports": "plan_id",
        "leap_milestones": "plan_id",
        "leap_reviews": "plan_id",
    },
    "assessments": {"assessment_ratings": "assessment_id"},
}
"""Records that go (and come back) with their parent; other references are cleared when a parent goes."""


def _day(text: str | None) -> str:
    try:
        return format_date(date.fromisoformat(text or ""))
    except ValueError:
        return text or ""


TITLES: dict[str, tuple[str, Callable[[tuple[str, ...]], str]]] = {
    "sessions": (
        "(select full_name from people where id = t.mentee_id), t.session_date",
        lambda r: f"Session with {r[0] or 'someone'} on {_day(r[1])}",
    ),
    "actions": ("t.text", lambda r: r[0] or "Blank action"),
    "activities": ("t.title", lambda r: r[0] or "Untitled activity"),
    "evidence": ("t.title, t.filename, t.url", lambda r: r[0] or r[1] or r[2] or "Evidence"),
    "notes": ("t.noted_on", lambda r: f"Note of {_day(r[0])}"),
    "objectives": ("t.objective", lambda r: r[0] or "Objective"),
    "relationships": (
        "(select full_name from people where id = t.mentee_id)",
        lambda r: f"Relationship with {r[0] or 'someone'}",
    ),
    "leap_plans": ("t.title", lambda r: r[0] or "Leap plan"),
    "leap_concerns": ("t.custom_text, t.concern", lambda r: r[0] or r[1] or "Concern"),
    "leap_supports": ("t.who, t.mechanism", lambda r: r[0] or r[1] or "Support"),
    "leap_milestones": ("t.title", lambda r: r[0] or "Milestone"),
    "leap_reviews": ("t.review_date", lambda r: f"Review of {_day(r[0])}"),
    "assessments": ("t.assessed_on", lambda r: f"Self-assessment of {_day(r[0])}"),
}


class UnknownKindError(ValueError):
    pass


class Bin:
    def __init__(self, db: StoreDatabase, path: Path, changes: Changes) -> None:
        self.db = db
        self.path = path
        self.changes = changes

    def on_removal(self, listener: Callable[[BinEntry], None]) -> None:
        """Hear of each removal a person makes, which is what an undo offers to take back."""
        self.changes.removal_listeners.append(listener)

    def forget(self, listener: Callable[[BinEntry], None]) -> None:
        if listener in self.changes.removal_listeners:
            self.changes.removal_listeners.remove(listener)

    @staticmethod
    def _check(table: str) -> None:
        if table not in KIND_NAMES:
            raise UnknownKindError(table)

    def remove(self, table: str, record_id: str, *, initiator: object | None = None) -> BinEntry | None:
        """Put a record and what belongs to it in the bin; returns its bin entry (None if already gone)."""
        self._check(table)
        now = utc_now()

        def work() -> None:
            self.db.execute(
                f"update [{table}] set deleted_at = ?, updated_at = ? where id = ? and deleted_at is null",
                [now, now, record_id],
            )
            for child, column in BELONGS_TO.get(table, {}).items():
                self.db.execute(
                    f"update [{child}] set deleted_at = ?, updated_at = ?"
                    f" where [{column}] = ? and deleted_at is null",
                    [now, now, record_id],
                )

        write_transaction(self.db, self.path, work)
        self._tell(table, [record_id], initiator)
        entry = self.entry(table, record_id)
        if entry is not None and entry.removed_at == now:
            for listener in list(self.changes.removal_listeners):
                listener(entry)
            return entry
        return None

    def entry(self, table: str, record_id: str) -> BinEntry | None:
        self._check(table)
        columns, title = TITLES[table]
        row = self.db.execute(
            f"select t.deleted_at, {columns} from [{table}] t where t.id = ? and t.deleted_at is not null",
            [record_id],
        ).fetchone()
        return BinEntry(table, record_id, title(tuple(row[1:])), row[0]) if row else None

    def restore(self, table: str, record_id: str) -> bool:
        """Bring a record back with what went with it; False when it is no longer in the bin."""
        self._check(table)
        row = self.db.execute(f"select deleted_at from [{table}] where id = ?", [record_id]).fetchone()
        if row is None or row[0] is None:
            return False
        stamp, now = row[0], utc_now()

        def work() -> None:
            self.db.execute(
                f"update [{table}] set deleted_at = null, updated_at = ? where id = ?", [now, record_id]
            )
            for child, column in BELONGS_TO.get(table, {}).items():
                self.db.execute(
                    f"update [{child}] set deleted_at = null, updated_at = ?"
                    f" where [{column}] = ? and deleted_at = ?",
                    [now, record_id, stamp],
                )

        write_transaction(self.db, self.path, work)
        self._tell(table, [record_id])
        return True

    def entries(self) -> list[BinEntry]:
        """What a person removed, newest first; records that went with their parent are not listed apart."""
        found: list[BinEntry] = []
        for table, (columns, title) in TITLES.items():
            went_with_parent = [
                f"exists (select 1 from [{parent}] p"
                f" where p.id = t.[{column}] and p.deleted_at = t.deleted_at)"
                for parent, children in BELONGS_TO.items()
                for child, column in children.items()
                if child == table
            ]
            hidden = "".join(f" and not {clause}" for clause in went_with_parent)
            sql = f"select t.id, t.deleted_at, {columns} from [{table}] t"
            sql += f" where t.deleted_at is not null{hidden}"
            for row in self.db.execute(sql).fetchall():
                found.append(BinEntry(table, row[0], title(tuple(row[2:])), row[1]))
        return sorted(found, key=lambda e: e.removed_at, reverse=True)

    def count(self) -> int:
        return len(self.entries())

    def empty(self) -> int:
        """Delete every removed record for good, with what belongs to it; returns how many were listed."""
        listed = self.entries()

        def work() -> None:
            for table in KIND_NAMES:
                ids = [
                    r[0] for r in self.db.execute(f"select id from [{table}] where deleted_at is not null")
                ]
                for record_id in ids:
                    self._purge(table, record_id)

        write_transaction(self.db, self.path, work)
        for table in {entry.table for entry in listed}:
            self._tell(table, [e.id for e in listed if e.table == table])
        return len(listed)

    def purge(self, table: str, record_id: str) -> None:
        """Delete one record for good at once: for a row that was never written, such as a blank action."""
        self._check(table)
        write_transaction(self.db, self.path, lambda: self._purge(table, record_id))
        self._tell(table, [record_id])

    def _purge(self, table: str, record_id: str) -> None:
        for child, column in BELONGS_TO.get(table, {}).items():
            for (child_id,) in self.db.execute(
                f"select id from [{child}] where [{column}] = ?", [record_id]
            ).fetchall():
                self._purge(child, child_id)
        for other, keys in FOREIGN_KEYS.items():
            for column, parent in keys:
                if parent == table and BELONGS_TO.get(table, {}).get(other) != column:
                    self.db.execute(
                        f"update [{other}] set [{column}] = null where [{column}] = ?", [record_id]
                    )
        self.db.execute(f"delete from [{table}] where id = ?", [record_id])

    def _tell(self, table: str, ids: list[str], initiator: object | None = None) -> None:
        self.changes.emit(ChangeSet(Table(table), tuple(ids), initiator))
        for child in BELONGS_TO.get(table, {}):
            self.changes.emit(ChangeSet(Table(child), (), initiator))
