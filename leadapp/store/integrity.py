"""The integrity check of an opened database, run on a thread of its own while the window is already up.

`PRAGMA quick_check` reads every page of the file: 0.2 s for the large demo database and over 3 s at sixteen
times it, all of it spent before the window appeared. A database that opens cleanly and needs nothing written
to it (no upgrade, no first set-up) is now checked in the background instead. Until the check passes, the
app's connection is query-only and every write waits for the answer; if the check fails, every write is
refused, so nothing is ever written to a damaged file.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

from leadapp.store import cycle_collector
from leadapp.store.errors import CorruptDatabaseError
from leadapp.store.store_database import StoreDatabase

BUSY_TIMEOUT_S = 5.0


def quick_check_problem(path: Path) -> str:
    """'' when `PRAGMA quick_check` passes on its own read-only connection, else what it (or SQLite) said."""
    try:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S, check_same_thread=False)
        try:
            conn.execute("PRAGMA query_only = ON")
            rows = [str(row[0]) for row in conn.execute("PRAGMA quick_check")]
        finally:
            conn.close()
    except sqlite3.Error as error:
        return str(error) or type(error).__name__
    return "" if rows == ["ok"] else " ".join("; ".join(rows[:3]).split())


class IntegrityCheck:
    """One check of one file: started once, answered once, and waited for by anyone who needs the answer."""

    def __init__(self, path: Path, check: Callable[[], str] | None = None) -> None:
        self.path = Path(path)
        self._check = check if check is not None else lambda: quick_check_problem(self.path)
        self._done = threading.Event()
        self._problem = ""
        self._lock = threading.Lock()
        self._started = False
        self._thread: threading.Thread | None = None
        """The check's thread until someone has seen its answer and let go of the collector it held."""
        self._orphaned = False

    @classmethod
    def passed(cls, path: Path) -> IntegrityCheck:
        """The answer for a file already checked before it was opened."""
        made = cls(path)
        made._started = True
        made._done.set()
        return made

    def start(self) -> IntegrityCheck:
        """Run the check on its own thread, once. The app starts it when its window is shown, so that on a
        busy two-core machine it does not compete with building the window; anyone waiting starts it too."""
        with self._lock:
            if not self._started:
                self._started = True
                thread = threading.Thread(target=self._run, name="leadapp-integrity-check", daemon=True)
                cycle_collector.hold()  # this thread runs Python while the window is up: see cycle_collector
                try:
                    thread.start()
                except BaseException:
                    cycle_collector.release()
                    raise
                self._thread = thread
        return self

    def _run(self) -> None:
        """Ends still holding the collector: setting the answer and ending a thread both run Python that
        allocates, and a collection that came due there would run on this thread. Whoever first sees the
        answer joins the thread and lets go (`_let_go`), as the WAL syncer's `stop` does."""
        try:
            problem = self._check()
        except Exception as error:  # a check that could not run has not passed
            problem = str(error) or type(error).__name__
        self._problem = problem
        self._done.set()
        with self._lock:
            orphaned = self._orphaned
        if orphaned:  # its store has closed: nobody will ask for the answer
            cycle_collector.release()

    def abandon(self) -> None:
        """The store is closing: let go now if the answer is in, else the thread lets go as it ends."""
        with self._lock:
            if not self._done.is_set() and self._thread is not None:
                self._orphaned = True
                self._thread = None
        self._let_go()

    def _let_go(self) -> None:
        with self._lock:
            thread, self._thread = self._thread, None
        if thread is not None:
            thread.join()  # it is ending: the answer is set
            cycle_collector.release()

    def finished(self) -> bool:
        if not self._done.is_set():
            return False
        self._let_go()
        return True

    def wait(self, timeout: float | None = None) -> str | None:
        """'' once the file passed, what was wrong if it failed, or None if still running after `timeout`."""
        self.start()
        if not self._done.wait(timeout):
            return None
        self._let_go()
        return self._problem

    def error(self) -> CorruptDatabaseError | None:
        """The refusal to show once the check has failed; None while it runs or once it has passed."""
        problem = self.wait(0)
        return CorruptDatabaseError(self.path, problem) if problem else None


class CheckedDatabase(StoreDatabase):
    """The store's connection, holding its writes while a background integrity check of the file runs."""

    integrity: IntegrityCheck | None = None
    writes_held = False

    def hold_writes(self, check: IntegrityCheck) -> None:
        """Make the connection query-only until `check` passes (see `wait_for_check`)."""
        self.execute("PRAGMA query_only = ON")
        self.integrity = check
        self.writes_held = True


def holding_writes(db: StoreDatabase) -> IntegrityCheck | None:
    """The check a write on this connection has to wait for, if writes are still held for one."""
    if not isinstance(db, CheckedDatabase) or not db.writes_held:
        return None
    return db.integrity


def wait_for_check(db: StoreDatabase, path: Path) -> None:
    """Before any write: wait for a check still running, refuse the write if the file failed it.

    Called on the thread that owns the connection, which is also the one that lifts query-only.
    """
    check = holding_writes(db)
    if check is None or not isinstance(db, CheckedDatabase):
        return
    problem = check.wait()
    if problem:
        raise CorruptDatabaseError(path, problem)
    db.execute("PRAGMA query_only = OFF")
    db.writes_held = False
