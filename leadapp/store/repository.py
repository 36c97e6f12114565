"""One generic repository over a table of records; aggregate repositories add their own queries.

Every write is one small transaction that stamps `updated_at`; deletes are tombstones so that they can travel
in an exchange bundle. Listeners hear about each write, which is how open screens learn to refresh; the write
methods an editor calls take an `initiator`, passed on in the change notice so the editor can know its own.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, TypeVar

from leadapp.domain.ids import utc_now
from leadapp.domain.records import Record
from leadapp.store.changes import Changes, ChangeSet, Table
from leadapp.store.errors import DatabaseMissingError, NotFoundError, translate
from leadapp.store.integrity import wait_for_check
from leadapp.store.rows import from_row, to_columns, to_row
from leadapp.store.store_database import StoreDatabase

if TYPE_CHECKING:
    from sqlite_utils.db import Table as DbTable

    from leadapp.domain.merge import Conflict

R = TypeVar("R", bound=Record)


@contextmanager
def immediate_transaction(db: StoreDatabase, path: Path) -> Iterator[None]:
    """The writes inside commit together, taking the write lock up front (BEGIN IMMEDIATE).

    A deferred transaction that meets another writer fails at once instead of waiting; taking the lock
    first lets the busy timeout do its job, so a second window or a backup never costs an edit. Inside a
    transaction already open, the block is a savepoint of it: it joins the outer one, and an error undoes
    only the block (the outer one decides whether anything is kept). A write made while the file's
    integrity check still runs in the background waits for it, and is refused if the file fails it.
    """
    if not path.exists():
        raise DatabaseMissingError(path)
    wait_for_check(db, path)
    try:
        if db.conn.in_transaction:
            with db.atomic():
                yield
            return
        db.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            if db.conn.in_transaction:
                db.conn.execute("ROLLBACK")
            raise
        db.conn.execute("COMMIT")
    except sqlite3.Error as error:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise translate(error, path) from error


def write_transaction(db: StoreDatabase, path: Path, work: Callable[[], object]) -> None:
    """One small write in its own transaction (or a savepoint of the one already open)."""
    with immediate_transaction(db, path):
        work()


class Saved(NamedTuple, Generic[R]):
    """The outcome of saving an editor's edits.

    `record` is what the database holds now, including fields changed elsewhere; `conflicts` are the
    fields changed underneath to values other than the person's, which were left as the database had them.
    """

    record: R
    conflicts: tuple[Conflict, ...] = ()
    written: tuple[str, ...] = ()


class Repository(Generic[R]):
    table_name: Table
    record_type: type[R]

    def __init__(self, db: StoreDatabase, path: Path, changes: Changes) -> None:
        self.db = db
        self.path = path
        self.changes = changes

    @property
    def table(self) -> DbTable:
        return self.db.table(self.table_name)

    def _write(self, work: Callable[[], object], ids: list[str], initiator: object | None = None) -> None:
        write_transaction(self.db, self.path, work)
        self.changes.emit(ChangeSet(self.table_name, tuple(ids), initiator))

    def _rows(
        self,
        where: str,
        params: Sequence[Any],
        order_by: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
    ) -> Iterator[dict[str, Any]]:
        """The statement sqlite-utils' `rows_where` writes, read on the connection itself, so reading a record
        does not load sqlite-utils (see leadapp/store/store_database.py)."""
        sql = f"select * from [{self.table_name}] where {where}"
        if order_by is not None:
            sql += f" order by {order_by}"
        if limit is not None:
            sql += f" limit {limit}"
        if offset is not None:
            sql += f"{' limit -1' if limit is None else ''} offset {offset}"
        return self.db.query(sql, list(params))

    def find(self, record_id: str) -> R | None:
        rows = list(self._rows("id = ? and deleted_at is null", [record_id], limit=1))
        return from_row(self.record_type, rows[0]) if rows else None

    def get(self, record_id: str) -> R:
        found = self.find(record_id)
        if found is None:
            raise NotFoundError(self.record_type.__name__.lower(), record_id)
        return found

    def add(self, record: R, *, initiator: object | None = None) -> R:
        now = utc_now()
        stamped = replace(record, created_at=record.created_at or now, updated_at=now)
        self._write(lambda: self.table.insert(to_row(stamped)), [stamped.id], initiator)
        return stamped

    def add_many(self, records: Iterable[R], batch_size: int = 2000) -> int:
        """Bulk insert for imports and demo data; one transaction, listeners told once."""
        now = utc_now()
        rows = [
            to_row(replace(r, created_at=r.created_at or now, updated_at=r.updated_at or now))
            for r in records
        ]
        self._write(lambda: self.table.insert_all(rows, batch_size=batch_size), [])
        return len(rows)

    def update(self, record: R, *, initiator: object | None = None) -> R:
        stamped = replace(record, updated_at=utc_now())
        row = to_row(stamped)
        row.pop("created_at")

        def work() -> None:
            self.table.update(stamped.id, row)

        self._write(work, [stamped.id], initiator)
        return stamped

    def save_edits(
        self, base: R, mine: R, keep_both: bool = False, *, initiator: object | None = None
    ) -> Saved[R]:
        """Write only the fields the person changed since `base` (the record as their editor loaded it).

        One BEGIN IMMEDIATE transaction reads the record as it is now and merges field by field: a field
        changed underneath and not by the person is left alone, and one changed on both sides to different
        values is reported, never overwritten. With `keep_both`, such a field is written holding both
        versions where it can (text joined with a divider), so neither is lost even before the person
        chooses. A record not in the database yet is inserted whole.
        """
        outcome: list[Saved[R]] = []

        def work() -> None:
            # Plain SQL rather than sqlite-utils' rows_where and update, which look up the table's names,
            # columns and keys on every call: this runs after every pause in typing.
            cursor = self.db.conn.execute(f"select * from [{self.table_name}] where id = ?", [mine.id])
            row = cursor.fetchone()
            now = utc_now()
            if row is None:
                stamped = replace(mine, created_at=mine.created_at or now, updated_at=now)
                self.table.insert(to_row(stamped))
                outcome.append(Saved(stamped, (), ("*",)))
                return
            names = [column[0] for column in cursor.description]
            theirs = from_row(self.record_type, dict(zip(names, row, strict=True)))
            from leadapp.domain.merge import resolved, three_way  # here: the start never saves an edit

            merge = three_way(base, mine, theirs)
            write = dict(merge.write)
            if keep_both:
                both = resolved(theirs, merge.conflicts)
                write.update({c.field: getattr(both, c.field) for c in merge.conflicts})
                write = {name: value for name, value in write.items() if getattr(theirs, name) != value}
            if write:
                columns = {**to_columns(self.record_type, write), "updated_at": now}
                assignments = ", ".join(f"[{name}] = ?" for name in columns)
                self.db.conn.execute(
                    f"update [{self.table_name}] set {assignments} where id = ?", [*columns.values(), mine.id]
                )
                theirs = replace(theirs, **write, updated_at=now)
            outcome.append(Saved(theirs, merge.conflicts, tuple(write)))

        write_transaction(self.db, self.path, work)
        saved = outcome[0]
        if saved.written:
            self.changes.emit(ChangeSet(self.table_name, (mine.id,), initiator))
        return saved

    def set_fields(self, record_id: str, *, initiator: object | None = None, **values: Any) -> R:
        """Change named fields only, in one transaction, leaving every other field as the database has it."""
        columns = to_columns(self.record_type, values)
        now = utc_now()

        def work() -> None:
            self.table.update(record_id, {**columns, "updated_at": now})

        if self.find(record_id) is None:
            raise NotFoundError(self.record_type.__name__.lower(), record_id)
        self._write(work, [record_id], initiator)
        return self.get(record_id)

    def save(self, record: R, *, initiator: object | None = None) -> R:
        """Insert or update, for editors that autosave a record they may have just created."""
        exists = self.db.execute(f"select 1 from [{self.table_name}] where id = ?", [record.id]).fetchone()
        return self.update(record, initiator=initiator) if exists else self.add(record, initiator=initiator)

    def delete(self, record_id: str, *, initiator: object | None = None) -> None:
        now = utc_now()
        self._write(
            lambda: self.table.update(record_id, {"deleted_at": now, "updated_at": now}),
            [record_id],
            initiator,
        )

    def remove(self, record_id: str, *, initiator: object | None = None) -> None:
        """A person's removal: the record goes to the bin, where it can be restored until it is emptied."""
        from leadapp.store.bin import Bin

        Bin(self.db, self.path, self.changes).remove(self.table_name, record_id, initiator=initiator)

    def _where(
        self,
        where: str = "",
        params: Sequence[Any] = (),
        order_by: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
    ) -> list[R]:
        """Live rows by an SQL condition: for the named queries of the store's own modules, never the UI."""
        clause = "deleted_at is null" + (f" and ({where})" if where else "")
        rows = self._rows(clause, params, order_by=order_by, limit=limit, offset=offset)
        return [from_row(self.record_type, row) for row in rows]

    def _ordered_ids(self, where: str, params: Sequence[Any], order_by: str) -> list[str]:
        """The ids of a whole listing in its order: a sort over ids alone, for paging a long list by id."""
        clause = "deleted_at is null" + (f" and ({where})" if where else "")
        sql = f"select id from [{self.table_name}] where {clause} order by {order_by}"
        return [str(row[0]) for row in self.db.execute(sql, list(params))]

    def by_ids(self, ids: Sequence[str]) -> list[R]:
        """The live rows with these ids, in the order given (removed ones left out)."""
        if not ids:
            return []
        rows = self._where(f"id in ({', '.join('?' * len(ids))})", list(ids))
        found = {row.id: row for row in rows}
        return [found[i] for i in ids if i in found]

    def count(self) -> int:
        """How many live records the table holds."""
        return self._count()

    def _count(self, where: str = "", params: Sequence[Any] = ()) -> int:
        clause = "deleted_at is null" + (f" and ({where})" if where else "")
        sql = f"select count(*) from [{self.table_name}] where {clause}"
        return int(self.db.execute(sql, list(params)).fetchone()[0])
