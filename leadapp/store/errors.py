"""Errors a person can meet when opening or writing the database, each with a message fit to show them."""

from __future__ import annotations

import errno
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
        super().__init__(f"The disk holding {path} is full. Free some space; your last change was not saved.")


class CorruptDatabaseError(StoreError):
    def __init__(self, path: Path, detail: str) -> None:
        self.detail = detail
        super().__init__(
            f"{path} failed its integrity check ({detail}). Restore it from a backup; nothing was changed."
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


def translate(error: sqlite3.Error, path: Path) -> StoreError:
    """Name an SQLite failure in the terms a person can act on."""
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
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ReadOnlyError(path)
    return StoreError(f"LeadApp could not use {path}: {error.strerror or error}.")
