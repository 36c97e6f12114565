"""Automatic backups beside the database, made with SQLite's online backup API, verified, and rotated.

A live WAL database is never copied as a file: `sqlite3.Connection.backup` reads a consistent snapshot
through SQLite itself. Each copy is written to a hidden temporary file and only renamed into the backups
folder once it has passed `PRAGMA integrity_check`, so a crash or a full disk never leaves a half-written
file that could be taken for a backup.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, Protocol

from leadapp.domain.backup_rotation import backups_to_keep
from leadapp.store.errors import StoreError, translate, translate_os_error
from leadapp.store.output_files import DATABASE_SIDE_FILES, check_not_database, written_in_place

if TYPE_CHECKING:
    from leadapp.store.store import Store

BACKUP_FOLDER = "backups"
STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{12}Z)-(?P<reason>[a-z-]+)\.sqlite3$")
COUNTED = {"mentees": "people", "sessions": "sessions", "activities": "activities"}


class BackupError(StoreError):
    """A backup could not be made or used; the database itself was not changed."""


class _HasPath(Protocol):
    path: Path


class BackupInfo(NamedTuple):
    """One backup as the Backups list shows it."""

    path: Path
    taken: datetime
    reason: str
    good: bool
    mentees: int = 0
    sessions: int = 0
    activities: int = 0


def backup_folder(database: Path) -> Path:
    """Backups live in a `backups` folder next to the database (the user data folder by default)."""
    return Path(database).parent / BACKUP_FOLDER


def _database_path(store_or_path: Store | _HasPath | Path | str) -> Path:
    if isinstance(store_or_path, (str, Path)):
        return Path(store_or_path)
    return Path(store_or_path.path)


def _stamp(when: datetime) -> str:
    return when.astimezone(UTC).strftime(STAMP_FORMAT)


def _parse(path: Path) -> tuple[str, datetime, str] | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    taken = datetime.strptime(match["stamp"], STAMP_FORMAT).replace(tzinfo=UTC)
    return match["stem"], taken, match["reason"]


def _connect_read_only(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), timeout=5)
    conn.execute("PRAGMA query_only = ON")
    return conn


def integrity_problem(path: Path, pragma: str = "integrity_check") -> str:
    """'' when `path` is a sound SQLite file, else what `PRAGMA integrity_check` (or SQLite) says.

    Listing uses the faster `quick_check`; writing and restoring use the full check.
    """
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = [str(row[0]) for row in conn.execute(f"PRAGMA {pragma}")]
        finally:
            conn.close()
    except sqlite3.Error as error:
        return str(error)
    return "" if rows == ["ok"] else "; ".join(rows[:3])


def _copy_into(source: sqlite3.Connection, target: Path) -> None:
    dest = sqlite3.connect(str(target))
    try:
        source.backup(dest, pages=256)
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()


def make_backup(store_or_path: Store | _HasPath | Path | str, reason: str) -> Path:
    """Back up the database now (for `reason`, e.g. "start", "hourly", "erasure"), verify, rotate.

    Opens its own connection, so it may run on a worker thread while the app keeps its own. Returns the
    backup's path; raises BackupError (or a StoreError naming a full or read-only disk) on failure, in
    which case no new file is left in the backups folder.
    """
    database = _database_path(store_or_path)
    folder = backup_folder(database)
    reason = re.sub(r"[^a-z-]+", "-", reason.lower()).strip("-") or "manual"
    target = folder / f"{database.stem}-{_stamp(datetime.now(UTC))}-{reason}.sqlite3"
    created = not folder.exists()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise translate_os_error(error, target) from error
    for part in folder.glob(".*.part"):
        _remove_if_stale(part)
    try:
        backup_to(database, target, replace=False)
    except StoreError:
        if created:
            with contextlib.suppress(OSError):
                folder.rmdir()  # only if still empty: the failed first backup leaves no trace
        raise
    rotate(database)
    return target


def backup_to(database: Path, target: Path, *, replace: bool = True) -> Path:
    """Write a verified copy of `database` to `target`, whole or not at all (never over the database)."""
    database, target = Path(database), Path(target)
    if not database.is_file():
        raise BackupError(f"There is no database at {database} to back up; nothing was written.")
    check_not_database(target, database)
    try:
        source = _connect_read_only(database)
        try:
            with written_in_place(target, replace=replace) as temp:
                _copy_into(source, temp)
                problem = integrity_problem(temp)
                if problem:
                    raise BackupError(
                        f"The backup of {database} failed its check ({problem}), so it was deleted. "
                        "Your database was not changed; use File ▸ Backups to restore an earlier one."
                    )
        finally:
            source.close()
    except sqlite3.Error as error:
        raise translate(error, database) from error
    except OSError as error:
        raise translate_os_error(error, target) from error
    return target


def _remove_if_stale(part: Path, older_than_s: float = 600) -> None:
    """A temporary file left by a backup killed part-way (never one being written right now)."""
    try:
        if datetime.now().timestamp() - part.stat().st_mtime > older_than_s:
            part.unlink()
    except OSError:
        pass


def backup_files(database: Path) -> list[tuple[Path, datetime, str]]:
    """(path, time taken, reason) of every backup of `database`, newest first; unfinished files excluded."""
    folder = backup_folder(database)
    found = []
    if folder.is_dir():
        for path in folder.glob("*.sqlite3"):
            parsed = _parse(path)
            if parsed is not None and parsed[0] == Path(database).stem:
                found.append((path, parsed[1], parsed[2]))
    return sorted(found, key=lambda item: item[1], reverse=True)


def rotate(database: Path, now: datetime | None = None) -> list[Path]:
    """Delete the backups the rotation rule no longer keeps; return those deleted."""
    files = backup_files(database)
    keep = backups_to_keep([taken for _p, taken, _r in files], now or datetime.now(UTC))
    removed = []
    for path, taken, _reason in files:
        if taken not in keep:
            try:
                path.unlink()
                removed.append(path)
            except OSError:
                pass
    return removed


def describe(path: Path, taken: datetime, reason: str) -> BackupInfo:
    """Open a backup read-only to check it and count what it holds."""
    if integrity_problem(path, "quick_check"):
        return BackupInfo(path, taken, reason, good=False)
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            counts = {}
            for label, table in COUNTED.items():
                where = " where deleted_at is null"
                if label == "mentees":
                    where += " and kind = 'mentee'"
                try:
                    counts[label] = int(conn.execute(f"select count(*) from [{table}]{where}").fetchone()[0])
                except sqlite3.Error:
                    counts[label] = int(conn.execute(f"select count(*) from [{table}]").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return BackupInfo(path, taken, reason, good=False)
    return BackupInfo(path, taken, reason, True, counts["mentees"], counts["sessions"], counts["activities"])


def list_backups(database: Path) -> list[BackupInfo]:
    """Every backup of `database`, newest first, each checked and counted."""
    return [describe(path, taken, reason) for path, taken, reason in backup_files(Path(database))]


def newest_good(backups: list[BackupInfo]) -> BackupInfo | None:
    return next((info for info in backups if info.good), None)


def changed_since_last_backup(database: Path) -> bool:
    """Whether the database (or its WAL) was written after the newest backup was taken.

    An empty WAL is not a change: SQLite creates it, empty, whenever a connection opens the file, so
    counting it made every start and every quit copy and verify the whole database again. A write always
    puts frames in the WAL (and a checkpoint that empties it writes the database file first).
    """
    files = backup_files(database)
    if not files:
        return True
    newest = files[0][1].timestamp()
    for part in (Path(database), Path(f"{database}-wal")):
        try:
            status = part.stat()
        except OSError:
            continue
        if status.st_mtime > newest and status.st_size > 0:
            return True
    return False


def set_aside(database: Path) -> Path:
    """Rename a damaged database (and its side files) out of the way, never deleting it; return the name."""
    stamp = _stamp(datetime.now(UTC))
    aside = database.with_name(f"{database.stem}.damaged-{stamp}{database.suffix}")
    try:
        os.replace(database, aside)
        for suffix in DATABASE_SIDE_FILES:
            side = Path(f"{database}{suffix}")
            if side.exists():
                os.replace(side, Path(f"{aside}{suffix}"))
    except OSError as error:
        raise translate_os_error(error, database) from error
    return aside


def restore_backup(backup: Path, database: Path, *, keep_current: bool = True) -> Path | None:
    """Put `backup` in place of `database`. The current file is backed up first (or, if it cannot be
    read, set aside under a new name): nothing is deleted. Returns where the old file went, if anywhere.

    The app must have closed its own connection first.
    """
    backup, database = Path(backup), Path(database)
    problem = integrity_problem(backup) if backup.exists() else "the file does not exist"
    if problem:
        raise BackupError(f"{backup} cannot be restored: {problem}. Your database was not changed.")
    kept: Path | None = None
    if keep_current and database.exists():
        damaged = bool(integrity_problem(database))
        kept = set_aside(database) if damaged else make_backup(database, "before-restore")
    try:
        source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
        try:
            with written_in_place(database) as temp:
                _copy_into(source, temp)
                for suffix in DATABASE_SIDE_FILES:
                    Path(f"{database}{suffix}").unlink(missing_ok=True)
        finally:
            source.close()
    except sqlite3.Error as error:
        raise BackupError(
            f"LeadApp could not restore {backup}: {error}. Your database was not changed."
        ) from error
    except OSError as error:
        raise translate_os_error(error, database) from error
    return kept
