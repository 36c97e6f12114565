"""Opening the database file: checks first, then pragmas, a backup, and migrations.

A file that is not ours, is damaged, or comes from a newer version is refused before anything is
written to it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from leadapp.domain.ids import utc_now
from leadapp.store.errors import (
    CorruptDatabaseError,
    NewerSchemaError,
    NotADatabaseError,
    StoreError,
    translate,
)
from leadapp.store.migrations import migrations
from leadapp.store.output_files import written_in_place

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


def _check_file(path: Path) -> None:
    if not path.exists():
        return
    if path.is_dir():
        raise NotADatabaseError(path)
    if path.stat().st_size == 0:
        return
    with path.open("rb") as handle:
        if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise NotADatabaseError(path)


def _connect(path: Path) -> Database:
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    db = Database(conn)
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA foreign_keys = ON")
    return db


def _check_integrity(db: Database, path: Path) -> None:
    result = db.execute("PRAGMA quick_check").fetchone()[0]
    if result != "ok":
        raise CorruptDatabaseError(path, result)


def _has_tables(db: Database) -> bool:
    """Another program's SQLite file has tables but no LeadApp migrations; it must not be touched."""
    row = db.execute(
        "select count(*) from sqlite_master where type = 'table' and name not like 'sqlite_%'"
    ).fetchone()
    return bool(row[0])


def _check_schema(db: Database, path: Path) -> bool:
    """True when migrations are pending on a database that already holds our tables."""
    known = {m.name for m in migrations._migrations}
    applied = {m.name for m in migrations.applied(db)}
    if not applied and _has_tables(db):
        raise NotADatabaseError(path)
    unknown = sorted(applied - known)
    if unknown:
        raise NewerSchemaError(path, unknown)
    return bool(applied) and bool(known - applied)


def backup_before_migration(path: Path) -> Path:
    stamp = utc_now().replace(":", "").replace("-", "").replace(".", "").rstrip("Z")
    target = path.with_name(f"{path.stem}.before-upgrade-{stamp}{path.suffix}")
    source = sqlite3.connect(str(path))
    try:
        with written_in_place(target) as temp:
            dest = sqlite3.connect(str(temp))
            try:
                with dest:
                    source.backup(dest)
            finally:
                dest.close()
    except OSError as error:
        raise StoreError(f"LeadApp could not make a backup before upgrading {path}: {error}.") from error
    finally:
        source.close()
    return target


def open_database(path: Path) -> Database:
    """Open (creating if needed) and upgrade the database at `path`, or raise a StoreError."""
    path = Path(path)
    _check_file(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StoreError(f"LeadApp cannot create the folder {path.parent}: {error.strerror}.") from error
    db: Database | None = None
    try:
        db = _connect(path)
        _check_integrity(db, path)
        needs_backup = _check_schema(db, path)
        if needs_backup:
            backup_before_migration(path)
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = FULL")
        migrations.apply(db)
        return db
    except sqlite3.Error as error:
        if db is not None:
            db.close()
        raise translate(error, path) from error
    except StoreError:
        if db is not None:
            db.close()
        raise


def open_for_reading(path: Path) -> Database:
    """A second, read-only connection for background work on a database the app already opened and checked.

    Each thread needs its own connection; `query_only` guarantees the worker can never write.
    """
    path = Path(path)
    _check_file(path)
    try:
        db = _connect(path)
        db.execute("PRAGMA query_only = ON")
        return db
    except sqlite3.Error as error:
        raise translate(error, path) from error
