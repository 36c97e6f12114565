"""Errors a person can meet when opening or writing the database, each with a message fit to show them."""

from __future__ import annotations

import errno
import shutil
import sqlite3
from pathlib import Path


class StoreError(Exception):
    """Base for problems the UI and command line turn into one plain sentence, never a traceback."""


class NotADatabaseError(StoreError):
    def __init__(self, path: Path) -> None:
        super().__init__(f"{path} is not a LeadApp database (or it is damaged). It was left untouched.")


class EmptyFileError(NotADatabaseError):
    def __init__(self, path: Path) -> None:
        StoreError.__init__(self, f"{path} is an empty file, not a LeadApp database. It was left untouched.")


class NoDatabaseError(StoreError):
    def __init__(self, path: Path) -> None:
        super().__init__(f"There is no database at {path}. Nothing was created.")


class NeedsUpgradeError(StoreError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            f"{path} was written by an older version of LeadApp. Open it in LeadApp once to upgrade it, "
            "then try again; nothing was changed."
        )


class HalfCreatedError(StoreError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            f"{path} was never fully set up (LeadApp was stopped while creating it). Open it in LeadApp "
            "once to finish, then try again; nothing was changed."
        )


class NewerSchemaError(StoreError):
    def __init__(self, path: Path, unknown: list[str]) -> None:
        self.unknown = unknown
        super().__init__(
            f"{path} was written by a newer version of LeadApp. Install the newer version to open it; "
            "nothing was changed."
        )


class DatabaseLockedError(StoreError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            f"{path} is in use by another program (perhaps LeadApp in another window). "
            "Close it and try again."
        )


class ReadOnlyError(StoreError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            f"LeadApp cannot write to {path}: the file or its folder is read-only. Open a copy in a folder "
            "of your own, or ask IT for write access; nothing was changed."
        )


class DiskFullError(StoreError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            f"The disk holding {path} is full, so LeadApp cannot save. Free some space (empty the recycle "
            "bin, or delete large files you no longer need) and try again; what you typed stays on screen."
        )


class DiskError(StoreError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            f"LeadApp could not read or write {path}: the drive reported an error. Check that the drive "
            "is still connected and has free space, then try again; what you typed stays on screen."
        )


class CorruptDatabaseError(StoreError):
    def __init__(self, path: Path, detail: str) -> None:
        self.detail = detail
        super().__init__(
            f"{path} failed its integrity check ({detail}). Restore it from a backup (start LeadApp to "
            "choose one, or use leadapp restore); nothing was changed."
        )


class DatabaseMissingError(StoreError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            f"{path} has been moved or deleted while LeadApp was open. Your latest changes are still on "
            "screen but could not be saved: put the file back, or copy what you need before closing."
        )


class NotFoundError(StoreError):
    def __init__(self, kind: str, record_id: str) -> None:
        super().__init__(f"No {kind} with id {record_id}.")


SQLITE_IOERR = 10
SQLITE_FULL = 13
NEARLY_FULL_BYTES = 1024 * 1024


def _nearly_full(path: Path) -> bool:
    """Whether the drive holding `path` has (almost) no space left: what most disk I/O errors mean."""
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    try:
        return shutil.disk_usage(folder).free < NEARLY_FULL_BYTES
    except OSError:
        return False


def translate(error: sqlite3.Error, path: Path) -> StoreError:
    """Name an SQLite failure in the terms a person can act on."""
    code = getattr(error, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if primary == SQLITE_FULL:
        return DiskFullError(path)
    if primary == SQLITE_IOERR or "disk i/o error" in str(error).lower():
        return DiskFullError(path) if _nearly_full(path) else DiskError(path)
    text = str(error).lower()
    if "not a database" in text or "file is encrypted" in text:
        return NotADatabaseError(path)
    if "locked" in text or "busy" in text:
        return DatabaseLockedError(path)
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return ReadOnlyError(path)
    if "disk is full" in text or "database or disk is full" in text:
        return DiskFullError(path)
    if "malformed" in text or "corrupt" in text:
        return CorruptDatabaseError(path, str(error))
    return StoreError(f"LeadApp could not use {path}: {error}.")


def translate_os_error(error: OSError, path: Path) -> StoreError:
    """The same plain sentences for a failure the operating system reports directly."""
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return DiskFullError(path)
    if error.errno == errno.EIO:
        return DiskFullError(path) if _nearly_full(path) else DiskError(path)
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ReadOnlyError(path)
    return StoreError(f"LeadApp could not use {path}: {error.strerror or error}.")
