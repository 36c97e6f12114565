"""Every file the app writes besides the database itself: PDFs and pre-upgrade backups.

Each is written to a hidden temporary file beside its target and renamed into place only once complete, so a
full disk or a crash never leaves half a file; and a PDF is never written over the database, its side files,
or a file that is not a PDF.
"""

from __future__ import annotations

import errno
import glob
import os
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from leadapp.store.errors import StoreError

PDF_SIGNATURE = b"%PDF-"
DATABASE_SIDE_FILES = ("-wal", "-shm", "-journal")
FULL_DISK_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


class OutputRefusedError(StoreError):
    """The chosen output path would destroy something that is not an older copy of the same document."""


def database_files(database: Path) -> list[Path]:
    return [database, *(Path(f"{database}{suffix}") for suffix in DATABASE_SIDE_FILES)]


def _same_file(a: Path, b: Path) -> bool:
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
    except OSError:
        pass
    return a.resolve() == b.resolve()


def check_not_database(target: Path, database: Path | None) -> None:
    if database is not None and any(_same_file(target, part) for part in database_files(database)):
        raise OutputRefusedError(
            f"{target} is your LeadApp database (or part of it). Choose another file name; "
            "nothing was written."
        )


def check_pdf_target(target: Path, database: Path | None) -> None:
    """Refuse a target that is the database (by any name), one of its side files, or not a PDF already."""
    check_not_database(target, database)
    if target.is_dir():
        raise OutputRefusedError(
            f"{target} is a folder. Choose a file name for the PDF; nothing was written."
        )
    if target.exists():
        try:
            with target.open("rb") as handle:
                start = handle.read(len(PDF_SIGNATURE))
        except OSError as error:
            raise OutputRefusedError(describe_write_error(error, target)) from error
        if start != PDF_SIGNATURE:
            raise OutputRefusedError(
                f"{target} already exists and is not a PDF, so LeadApp will not replace it. "
                "Choose another file name; nothing was written."
            )


def describe_write_error(error: OSError, target: Path) -> str:
    """One sentence a person can act on; a full disk is named as such."""
    if error.errno in FULL_DISK_ERRNOS:
        return (
            f"could not write {target}: the disk is full. Free some space (or choose another drive) "
            "and try again; nothing was written."
        )
    reason = error.strerror or str(error)
    return f"could not write {target}: {reason}. Nothing was written."


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the platform allows opening a folder (not Windows)."""
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


@contextmanager
def written_in_place(target: Path, *, replace: bool = True) -> Iterator[Path]:
    """Yield a temporary path beside `target` to fill; it becomes `target` only if the block succeeds.

    With `replace=False` an existing target is never overwritten (FileExistsError): the target appears
    complete or not at all, even if another process creates it at the same moment.
    """
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(handle)
    temp = Path(name)
    try:
        yield temp
        with temp.open("rb+") as written:
            os.fsync(written.fileno())
        if replace:
            os.replace(temp, target)
        else:
            _publish_new(temp, target)
    finally:
        temp.unlink(missing_ok=True)
        Path(f"{temp}-journal").unlink(missing_ok=True)
    _sync_folder(target.parent)


def _publish_new(temp: Path, target: Path) -> None:
    try:
        os.link(temp, target)
    except FileExistsError:
        raise
    except OSError:
        # A filesystem without hard links: rename, which on Windows also refuses an existing target.
        if target.exists():
            raise FileExistsError(errno.EEXIST, "already exists", str(target)) from None
        os.rename(temp, target)


def remove_stale_parts(target: Path, older_than_s: float = 600) -> None:
    """Temporary files left beside `target` by a process killed while writing it (not one still at work)."""
    now = time.time()
    for part in target.parent.glob(f".{glob.escape(target.name)}.*.part*"):
        try:
            if now - part.stat().st_mtime > older_than_s:
                part.unlink()
        except OSError:
            pass


def write_file(target: Path, data: bytes) -> None:
    """Write `data` to `target` completely or not at all (raises OSError)."""
    with written_in_place(target) as temp:
        temp.write_bytes(data)


def save_copy(target: Path, data: bytes, database: Path | None = None) -> None:
    """A copy saved out of LeadApp (an attached file, a document printed to a file): whole or not at all,
    never over the database; a failure raises a StoreError worded for the person."""
    check_not_database(target, database)
    try:
        write_file(target, data)
    except OSError as error:
        text = describe_write_error(error, target)
        raise StoreError(text[:1].upper() + text[1:]) from error
