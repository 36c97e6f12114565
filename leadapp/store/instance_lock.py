"""One writer per database: a lock file beside it names the LeadApp that has it open.

The lock is created atomically (O_EXCL), so two starts at the same moment cannot both win. A lock left by
a crashed app on this computer (its process no longer running) is taken over; a lock from another computer
is never taken over automatically, because that app may well be running on a shared drive.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple

from leadapp.store.errors import StoreError, translate_os_error


class Holder(NamedTuple):
    host: str
    pid: int
    since: str

    def describe(self) -> str:
        if not self.host:
            return "another LeadApp that is just starting (or was stopped while starting)"
        try:
            when = datetime.fromisoformat(self.since).astimezone().strftime("%d/%m/%Y %H:%M")
        except ValueError:
            when = self.since or "an unknown time"
        return f"LeadApp on {self.host or 'an unknown computer'} (process {self.pid}), open since {when}"


class InUseError(StoreError):
    def __init__(self, path: Path, holder: Holder) -> None:
        self.holder = holder
        super().__init__(
            f"{path} is already open in {holder.describe()}. Close it there first, so that only one "
            "LeadApp writes to it; nothing was changed."
        )


def lock_path(database: Path) -> Path:
    return Path(f"{database}.lock")


def host_name() -> str:
    """This computer's name as `socket.gethostname()` gives it. On Linux and macOS that is uname's node name,
    read here without importing socket (and selectors with it) on every start."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()


def _me() -> Holder:
    return Holder(host_name(), os.getpid(), datetime.now(UTC).isoformat(timespec="seconds"))


def _read(path: Path) -> Holder | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Holder(str(data.get("host", "")), int(data.get("pid", 0)), str(data.get("since", "")))
    except (OSError, ValueError, TypeError, AttributeError):
        return None


def process_running(pid: int) -> bool:
    """Whether a process with this id exists on this computer (unknown counts as running)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return kernel32.GetLastError() == 5  # access denied: it exists
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def _stale(holder: Holder | None) -> bool:
    """A lock is stale only when it is provably ours and dead: this computer, process gone."""
    if holder is None:
        return False
    return holder.host == host_name() and not process_running(holder.pid)


class InstanceLock:
    """Held while the app has a database open for writing; release() on quit."""

    def __init__(self, database: Path) -> None:
        self.database = Path(database)
        self.path = lock_path(self.database)
        self.held = False

    def acquire(self) -> InstanceLock:
        for _attempt in range(3):
            if self._create():
                self.held = True
                return self
            holder = _read(self.path)
            if holder is None and self.path.exists():
                if not self._unreadable_for_long():
                    raise InUseError(self.database, Holder("", 0, ""))
            elif holder is not None and not _stale(holder):
                raise InUseError(self.database, holder)
            self._take_over(holder)
        raise InUseError(self.database, _read(self.path) or Holder("", 0, ""))

    def _create(self) -> bool:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            return False
        except OSError as error:
            raise translate_os_error(error, self.database) from error
        me = _me()
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump({"host": me.host, "pid": me.pid, "since": me.since}, handle)
        except OSError as error:
            self.path.unlink(missing_ok=True)  # a full disk: leave no empty lock to block the next start
            raise translate_os_error(error, self.database) from error
        return True

    def _unreadable_for_long(self) -> bool:
        """An empty or garbled lock older than a minute was left by a start killed while writing it."""
        try:
            return datetime.now().timestamp() - self.path.stat().st_mtime > 60
        except OSError:
            return True

    def _take_over(self, seen: Holder | None) -> None:
        """Move the stale lock aside atomically; if another start replaced it meanwhile, put theirs back."""
        aside = self.path.with_name(f"{self.path.name}.stale-{os.getpid()}")
        try:
            os.replace(self.path, aside)
        except FileNotFoundError:
            return
        except OSError as error:
            raise translate_os_error(error, self.database) from error
        if _read(aside) != seen:
            with contextlib.suppress(OSError):
                os.link(aside, self.path)
        aside.unlink(missing_ok=True)

    def release(self) -> None:
        if not self.held:
            return
        self.held = False
        holder = _read(self.path)
        if holder is not None and holder.pid == os.getpid() and holder.host == host_name():
            self.path.unlink(missing_ok=True)
