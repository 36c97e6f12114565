"""Opening the database file: checks first, then pragmas, a backup, and migrations.

A file that is not ours, is damaged, or comes from a newer version is refused before anything is
written to it. The app's own start may leave the full integrity check to a background thread
(`check_later`, see leadapp/store/integrity.py): then nothing is written until that check has passed.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Any

from leadapp.store.backups import make_backup
from leadapp.store.errors import (
    CorruptDatabaseError,
    EmptyFileError,
    HalfCreatedError,
    NeedsUpgradeError,
    NewerSchemaError,
    NoDatabaseError,
    NotADatabaseError,
    ReadOnlyError,
    StoreError,
    translate,
    translate_os_error,
)
from leadapp.store.integrity import CheckedDatabase, IntegrityCheck
from leadapp.store.migrations import MIGRATION_SET, MIGRATIONS_TABLE, names, registry
from leadapp.store.output_files import remove_stale_parts, written_in_place
from leadapp.store.store_database import StoreDatabase
from leadapp.store.wal_sync import SyncedConnection

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


def _check_file(path: Path, allow_empty: bool) -> None:
    if path.is_dir():
        raise NotADatabaseError(path)
    if path.stat().st_size == 0:
        if allow_empty:
            return
        raise EmptyFileError(path)
    with path.open("rb") as handle:
        if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise NotADatabaseError(path)


def _check_writable(path: Path) -> None:
    """A read-only file, or a folder where SQLite cannot keep its WAL and journal, is refused at open."""
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK | os.X_OK):
        raise ReadOnlyError(path)


def _probe_writable(db: StoreDatabase) -> None:
    """SQLite itself may have opened the file read-only: make a write it must accept, then roll it back."""
    version = int(db.conn.execute("PRAGMA user_version").fetchone()[0])
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        db.conn.execute(f"PRAGMA user_version = {version}")
    finally:
        db.conn.execute("ROLLBACK")


def _connect(path: Path, factory: type[sqlite3.Connection] = sqlite3.Connection) -> StoreDatabase:
    conn = sqlite3.connect(
        str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False, factory=factory
    )
    db = CheckedDatabase(conn)
    db.execute("PRAGMA recursive_triggers = on")  # as sqlite-utils' Database sets it
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA foreign_keys = ON")
    return db


def _check_integrity(db: StoreDatabase, path: Path) -> None:
    result = db.execute("PRAGMA quick_check").fetchone()[0]
    if result != "ok":
        raise CorruptDatabaseError(path, result)


class State(Enum):
    CURRENT = "current"
    PENDING = "pending"
    UNFINISHED = "unfinished"


def _objects(db: StoreDatabase) -> list[tuple[str, str, str]]:
    return [
        (str(kind), str(name), str(table))
        for kind, name, table in db.execute(
            "select type, name, tbl_name from sqlite_master where name not like 'sqlite\\_%' escape '\\'"
        )
    ]


def _applied(db: StoreDatabase) -> list[str]:
    """The names of the steps applied, oldest first: what sqlite-utils' `Migrations.applied` reads."""
    exists = db.execute(
        "select 1 from sqlite_master where type = 'table' and name = ?", [MIGRATIONS_TABLE]
    ).fetchone()
    if exists is None:
        return []
    rows = db.execute(
        f"select name from [{MIGRATIONS_TABLE}] where migration_set = ? order by rowid", [MIGRATION_SET]
    )
    return [str(row[0]) for row in rows]


def _table_info(db: StoreDatabase, table: str) -> list[tuple[Any, ...]]:
    """The table's columns as `pragma table_info` gives them (name at 1, key position at 5)."""
    return list(db.execute(f"pragma table_info([{table}])"))


def _primary_key(db: StoreDatabase, table: str) -> list[str]:
    """The table's key columns in declaration order, or ['rowid'] (as sqlite-utils' `Table.pks`)."""
    keyed = sorted((int(row[5]), str(row[1])) for row in _table_info(db, table) if row[5])
    return [name for _position, name in keyed] or ["rowid"]


def _half_created(db: StoreDatabase) -> bool:
    """What a first start killed by an older LeadApp left: an empty migrations table and nothing else."""
    table = MIGRATIONS_TABLE
    objects = _objects(db)
    if ("table", table, table) not in objects or any(owner != table for _kind, _name, owner in objects):
        return False
    columns = [row[1] for row in _table_info(db, table)]
    rows = db.execute(f"select count(*) from [{table}]").fetchone()[0]
    return columns == ["id", "migration_set", "name", "applied_at"] and rows == 0


def _state(db: StoreDatabase, path: Path, empty: bool) -> State:
    """Only an empty file, our own half-created file, or a LeadApp database may be written to."""
    if empty:
        return State.UNFINISHED
    known = set(names())
    applied = set(_applied(db))
    if not applied:
        if _half_created(db):
            return State.UNFINISHED
        raise NotADatabaseError(path)
    unknown = sorted(applied - known)
    if unknown:
        raise NewerSchemaError(path, unknown)
    return State.PENDING if known - applied else State.CURRENT


def _initialise(db: StoreDatabase) -> None:
    """The whole schema in one transaction: a kill part-way leaves the file as it was before."""
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        db.execute(f"drop table if exists [{MIGRATIONS_TABLE}]")
        registry().apply(db.utils)
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise
    db.conn.execute("COMMIT")


def _create(path: Path) -> None:
    """A new database is built beside its path and appears there complete, or not at all."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StoreError(f"LeadApp cannot create the folder {path.parent}: {error.strerror}.") from error
    if not os.access(path.parent, os.W_OK | os.X_OK):
        raise ReadOnlyError(path)
    remove_stale_parts(path)
    try:
        with written_in_place(path, replace=False) as temp:
            db = _connect(temp)
            try:
                _initialise(db)
            finally:
                db.close()
    except FileExistsError:
        return  # another start created it at the same moment: open theirs
    except sqlite3.Error as error:
        raise translate(error, path) from error
    except OSError as error:
        raise translate_os_error(error, path) from error


def backup_before_migration(path: Path) -> Path:
    """The pre-upgrade copy is an ordinary backup (verified, in the backups folder, rotated like the rest)."""
    return make_backup(path, "before-upgrade")


def _opened(
    path: Path,
    prepare: Callable[[StoreDatabase], None],
    factory: type[sqlite3.Connection] = sqlite3.Connection,
) -> StoreDatabase:
    """Connect and run the checks and set-up in `prepare`; on any failure close again and explain."""
    db: StoreDatabase | None = None
    try:
        db = _connect(path, factory)
        prepare(db)
        return db
    except (sqlite3.Error, StoreError) as error:
        if db is not None:
            db.close()
        if isinstance(error, sqlite3.Error):
            raise translate(error, path) from error
        raise


def _journal_mode(db: StoreDatabase) -> str:
    return str(db.execute("PRAGMA journal_mode").fetchone()[0]).lower()


def _nothing_to_write(db: StoreDatabase, state: State) -> bool:
    """Whether opening will write nothing: no set-up, no upgrade, and no migrations table to rebuild."""
    return state is State.CURRENT and _primary_key(db, MIGRATIONS_TABLE) == ["id"]


def open_database(path: Path, check_later: bool = False) -> StoreDatabase:
    """Open (creating if new) and upgrade the database at `path` for writing, or raise a StoreError.

    With `check_later`, a WAL database that needs nothing written to open it is checked on a background
    thread (the returned database's `integrity`) and its writes wait for that check; any other file is
    checked here first, as always.
    """
    path = Path(path)
    if not path.exists():
        _create(path)
    _check_file(path, allow_empty=True)
    _check_writable(path)
    empty = path.stat().st_size == 0

    def prepare(db: StoreDatabase) -> None:
        later = check_later and not empty and _journal_mode(db) == "wal"
        if not later:
            _check_integrity(db, path)
        _probe_writable(db)
        state = _state(db, path, empty)
        if later and not _nothing_to_write(db, state):
            later = False
            _check_integrity(db, path)
        if state is State.UNFINISHED:
            _initialise(db)
        elif state is State.PENDING:
            backup_before_migration(path)
        db.execute("PRAGMA journal_mode = WAL")
        assert isinstance(db.conn, SyncedConnection)
        db.conn.start_syncing(path)
        if later:
            assert isinstance(db, CheckedDatabase)
            db.hold_writes(IntegrityCheck(path))
        else:
            registry().apply(db.utils)

    return _opened(path, prepare, SyncedConnection)


def open_existing(path: Path) -> StoreDatabase:
    """Open a LeadApp database only to read it (the report command): never create, finish or upgrade."""
    path = Path(path)
    if not path.exists():
        raise NoDatabaseError(path)
    _check_file(path, allow_empty=False)

    def prepare(db: StoreDatabase) -> None:
        db.execute("PRAGMA query_only = ON")
        _check_integrity(db, path)
        state = _state(db, path, empty=False)
        if state is State.UNFINISHED:
            raise HalfCreatedError(path)
        if state is State.PENDING:
            raise NeedsUpgradeError(path)

    return _opened(path, prepare)


def open_for_reading(path: Path) -> StoreDatabase:
    """A second, read-only connection for background work on a database the app already opened and checked.

    Each thread needs its own connection; `query_only` guarantees the worker can never write.
    """
    path = Path(path)
    _check_file(path, allow_empty=True)
    try:
        db = _connect(path)
        db.execute("PRAGMA query_only = ON")
        return db
    except sqlite3.Error as error:
        raise translate(error, path) from error
