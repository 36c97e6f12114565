"""Commits made durable off the committing thread: the write-ahead log is fsync-ed by a thread of its own.

With `synchronous = FULL` every commit waited for an fsync of the WAL before returning: 4-7 ms at the median
and 14-20 ms at p99 on this project's machine, on the UI thread, after every pause in typing. The app's
connection now runs `synchronous = NORMAL` (SQLite then writes the WAL frames but leaves the fsync out) and
this module's `WalSyncer` fsyncs the WAL right after each commit instead, on its own thread. The data reaches
the disk at about the moment it did before; only the caller no longer waits for it. A crash of the process
loses nothing either way: once a commit returns, its frames are in the operating system's cache, and SQLite's
WAL checksums keep the file consistent under NORMAL.

`SyncedConnection` is the one place commits are noticed. Every statement, commit and `with connection:` block
on it checks, once no transaction is open, whether anything was written (SQLite's count of changed rows moved,
or the statement was one that writes without changing rows: schema, `PRAGMA name = value`, VACUUM, COMMIT);
if so it asks the syncer for a sync. Requests are numbered, and one fsync covers every request made before it
started, so a burst of commits costs one or two fsyncs.

Checkpoints leave the committing thread too: after a sync, the syncer runs `PRAGMA wal_checkpoint(PASSIVE)`
on a connection of its own once the WAL holds `CHECKPOINT_FRAMES` frames. The app connection's own
autocheckpoint stays only as a backstop, at `LONGEST_FRAMES`, for commits that never pause. The full-text
indexes' segment merges move here as well (`_merge_full_text`). Closing the connection waits for the last
sync, lets SQLite's own close checkpoint the log, and fsyncs the database file and any WAL left behind before
returning.

A failed fsync (a disk gone, an I/O error) is never silent: it is kept as `problem`, listeners hear it (the
window shows it as it shows a failed save), and the sync is tried again every `RETRY_S` until one succeeds.
A later fsync of the log that succeeds does not prove the earlier pages reached the disk (Linux marks pages
whose write failed as clean, so the next fsync has nothing to write), so after a failure the problem is
cleared only once the whole log has been copied into the database file by a checkpoint and that file, new
writes, has been fsync-ed too (`_copied_into_database`).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import struct
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from leadapp.store import cycle_collector
from leadapp.store.errors import StoreError
from leadapp.store.store_database import first_keyword

CHECKPOINT_FRAMES = 1000
"""SQLite's own default for `wal_autocheckpoint`: the WAL stays at about 4 MB with 4 KB pages."""
LONGEST_FRAMES = 10 * CHECKPOINT_FRAMES
"""The app connection's own `wal_autocheckpoint`: a backstop for commits that never pause (see
`SyncedConnection.start_syncing`), about 40 MB of log with 4 KB pages."""
MERGE_PAGES = 16
"""Full-text index pages merged in one transaction, a millisecond or so of holding the write lock."""
MERGE_STEPS = 64
"""At most this many merge transactions in one pause; more than the few pages per save SQLite's own
automerge would have done (see `_merge_full_text`)."""
MERGE_QUIET_S = 0.2
"""How long saves must pause before a merge takes the write lock; typing saves 0.6 s after the last key."""
RETRY_S = 3.0
"""As the autosaver retries a failed save."""
BUSY_TIMEOUT_S = 5.0

ProblemListener = Callable[[str], None]
"""Told the problem when a sync fails, and '' when a sync succeeds again after one failed."""

_WAL_HEADER = 32
_FRAME_HEADER = 24
_MX_FRAME = struct.Struct("=I")
"""mxFrame, the WAL-index header's count of valid frames in the log, at byte 16 of the -shm file in the
machine's own byte order (https://sqlite.org/walformat.html, the wal-index header)."""

_READS = frozenset({"SELECT", "WITH", "VALUES", "EXPLAIN"})
"""Statements that only write through rows SQLite counts in `total_changes` (a `with` may insert)."""


class DiskSyncError(StoreError):
    """The last fsync, at closing, failed: committed changes may not be on the disk."""


def writes_without_counting(sql: str) -> bool:
    """Whether `sql` may write something `total_changes` does not count (schema, settings, a commit).

    Errs towards yes: an unneeded sync costs an fsync of a file with nothing new in it, on another thread.
    """
    word = first_keyword(sql)
    if not word or word in _READS:
        return False
    if word == "PRAGMA":
        return "=" in sql
    return True


def _fsync_file(path: Path, fsync: Callable[[int], None]) -> bool:
    """fsync `path` if it exists (False when it does not). Opened for writing, as Windows' fsync needs; never
    written or truncated."""
    flags = os.O_RDWR | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        return False
    try:
        fsync(fd)
    finally:
        os.close(fd)
    return True


class WalSyncer:
    """The thread that fsyncs one database's WAL after commits, and checkpoints it when it grows.

    `fsync` is a seam for tests (count the syncs, make one fail); it is `os.fsync` otherwise.
    """

    def __init__(
        self,
        database: Path,
        *,
        checkpoint_frames: int | None = None,
        fsync: Callable[[int], None] = os.fsync,
        retry_s: float = RETRY_S,
    ) -> None:
        self.database = Path(database)
        self.wal = Path(f"{self.database}-wal")
        self.shm = Path(f"{self.database}-shm")
        self.checkpoint_frames = CHECKPOINT_FRAMES if checkpoint_frames is None else checkpoint_frames
        self.fsync = fsync
        self.retry_s = retry_s
        self.syncs = 0
        """Syncs of the WAL that succeeded (for tests and benchmarks)."""
        self.checkpoints = 0
        self.checkpoint_threads: set[str] = set()
        self.merges = 0
        self.merge_threads: set[str] = set()
        self.checkpoint_unfinished = False
        """The last checkpoint could not copy the whole log (a reader held an older snapshot)."""
        self._cond = threading.Condition()
        self._requested = 0
        self._synced = 0
        self._problem = ""
        self._must_copy = False
        """A sync failed: the log's pages may never reach the disk from the log itself (see the docstring)."""
        self._stopping = False
        self._rows_written = False
        self._merge_due = False
        self._listeners: list[ProblemListener] = []
        self._checkpointer: sqlite3.Connection | None = None
        self._wake = threading.Lock()
        """Locked while nothing is asked of the thread; a request releases it (see `_signal`)."""
        self._wake.acquire()
        self._signalled = False
        self._thread = threading.Thread(target=self._run, name="leadapp-wal-sync", daemon=True)
        self._thread_holds = True
        cycle_collector.hold()  # starting a thread runs Python on it; `_run` lets go before it first sleeps
        try:
            self._thread.start()
        except BaseException:
            self._thread_holds = False
            cycle_collector.release()
            raise

    @property
    def problem(self) -> str:
        """What the last sync ran into, or '' when it succeeded."""
        with self._cond:
            return self._problem

    def listen(self, listener: ProblemListener) -> None:
        """`listener` is called on the syncer's thread: a window hands the message over to its own."""
        with self._cond:
            self._listeners.append(listener)

    def unlisten(self, listener: ProblemListener) -> None:
        with self._cond:
            if listener in self._listeners:
                self._listeners.remove(listener)

    def request(self, rows: bool = True) -> int:
        """Ask for a sync of everything committed so far; returns the request's number, for `wait`.

        `rows`: the commit changed rows. Only then may the log be checkpointed: rows change only once the
        file's integrity check has passed (see integrity.py), and nothing is written to a file that failed.
        """
        with self._cond:
            self._rows_written = self._rows_written or rows
            self._merge_due = self._merge_due or rows
            self._requested += 1
            self._signal()
            return self._requested

    def _signal(self) -> None:
        """Wake the thread (called holding `_cond`): releases `_wake` unless a wake-up is already pending."""
        if not self._signalled:
            self._signalled = True
            self._wake.release()

    def wait(self, number: int | None = None, timeout: float | None = None) -> str | None:
        """Wait until request `number` (default: every request so far) is on disk.

        Returns '' once it is, the problem as soon as a sync fails, or None after `timeout`.
        """
        with self._cond:
            target = self._requested if number is None else number
            done = self._cond.wait_for(lambda: self._synced >= target or bool(self._problem), timeout)
            if not done:
                return None
            return "" if self._synced >= target else self._problem

    def sync_now(self, timeout: float | None = None) -> str:
        """Ask for a sync and wait for it, also while an earlier one failed: '' once it succeeded."""
        with self._cond:
            self._problem = ""
            self._requested += 1
            number = self._requested
            self._signal()
        result = self.wait(number, timeout)
        if result is None:
            return self.problem or "The disk did not answer in time."
        return result

    def stop(self) -> None:
        """Finish the sync under way or asked for, then end the thread (the connection is about to close)."""
        with self._cond:
            self._stopping = True
            self._signal()
        self._thread.join()
        if self._thread_holds:  # the thread ended holding the collector: its last Python ran under it
            self._thread_holds = False
            cycle_collector.release()
        if self._checkpointer is not None:
            self._checkpointer.close()
            self._checkpointer = None

    def sync_files(self) -> str:
        """fsync the WAL (if any) and the database file, here and now: the last step of closing. Once they
        are on the disk, so is every commit, whatever an earlier sync ran into."""
        try:
            _fsync_file(self.wal, self.fsync)
            _fsync_file(self.database, self.fsync)
        except OSError as error:
            self._failed(error)
            return self.problem
        with self._cond:
            self._problem = ""
        return ""

    def _run(self) -> None:
        """The thread's loop. It runs Python only while holding the cycle collector (taken for it in
        `__init__`), and lets go of it only to sleep on a bare lock: see cycle_collector.py."""
        while True:
            with self._cond:
                if self._signalled:  # the wake-up is taken now, whether or not the thread slept for it
                    self._wake.acquire(False)
                    self._signalled = False
                stopping = self._stopping
                pending = self._synced < self._requested
                target = self._requested
                retrying = bool(self._problem)
            if not pending:
                if stopping:
                    return  # still holding the collector: `stop` lets go once the thread has ended
                self._sleep(-1)
                continue
            try:
                _fsync_file(self.wal, self.fsync)
                copied = not self._must_copy or self._copied_into_database()
            except OSError as error:
                self._failed(error)
                copied = False
            if not copied:
                if stopping:
                    return
                self._sleep(self.retry_s)  # a request (or closing) wakes it sooner
                continue
            self._succeeded(target, retrying)
            if not stopping:
                self._checkpoint_if_long()
                self._merge_full_text()

    def _sleep(self, timeout: float) -> bool:
        """Wait for a request, or `timeout` seconds (forever when negative), not holding the collector;
        True when a request (or closing) woke it. Nothing between letting go and blocking, or between
        waking and holding again, allocates."""
        wake = self._wake
        cycle_collector.release()
        woken = wake.acquire() if timeout < 0 else wake.acquire(True, timeout)
        cycle_collector.hold()
        return woken

    def _copied_into_database(self) -> bool:
        """After a failed sync: copy the whole log into the database file and fsync that file, whose pages
        are then new writes. False (the problem stays, and this is tried again) while a reader's older
        snapshot keeps part of the log from being copied; OSError if the fsync fails."""
        if not self._passive_checkpoint():
            return False
        _fsync_file(self.database, self.fsync)
        with self._cond:
            self._must_copy = False
        return True

    def _failed(self, error: OSError) -> None:
        what = error.strerror or str(error) or type(error).__name__
        message = (
            f"LeadApp could not make sure your latest changes reached the disk ({what}). They are kept "
            f"open here; LeadApp tries again every few seconds. Check the drive holding {self.database}."
        )
        with self._cond:
            first = self._problem != message
            self._problem = message
            self._must_copy = True
            self._cond.notify_all()
            listeners = list(self._listeners)
        if first:
            self._tell(listeners, message)

    def _succeeded(self, target: int, retrying: bool) -> None:
        with self._cond:
            self.syncs += 1
            self._synced = max(self._synced, target)
            recovered = bool(self._problem) or retrying
            self._problem = ""
            self._cond.notify_all()
            listeners = list(self._listeners)
        if recovered:
            self._tell(listeners, "")

    @staticmethod
    def _tell(listeners: Iterable[ProblemListener], message: str) -> None:
        for listener in listeners:
            try:
                listener(message)
            except Exception:  # a listener's own failure must not stop the syncs
                continue

    def frames(self) -> int:
        """The WAL's valid frames, from the WAL-index header (or, without one, the file's length)."""
        try:
            with self.shm.open("rb") as handle:
                header = handle.read(20)
            if len(header) == 20:
                return int(_MX_FRAME.unpack_from(header, 16)[0])
        except OSError:
            pass
        try:
            size = self.wal.stat().st_size
        except OSError:
            return 0
        return max(0, size - _WAL_HEADER) // (4096 + _FRAME_HEADER)

    def _connection(self) -> sqlite3.Connection:
        """The syncer's own connection, for merges and checkpoints. Its commits (merges) are NORMAL too:
        an fsync there would hold the write lock the app's next save waits for; the next sync covers them."""
        if self._checkpointer is None:  # mode=rw: a database moved or deleted meanwhile is never made anew
            self._checkpointer = sqlite3.connect(
                f"{self.database.absolute().as_uri()}?mode=rw",
                uri=True,
                timeout=BUSY_TIMEOUT_S,
                check_same_thread=False,
                isolation_level=None,
            )
            self._checkpointer.execute("PRAGMA synchronous = NORMAL")
            self._checkpointer.execute("PRAGMA wal_autocheckpoint = 0")
        return self._checkpointer

    def _merge_full_text(self) -> None:
        """The full-text indexes' segment merging, here in a pause between saves instead of in a save.

        FTS5 merges its index segments a little at a time as it is written ('automerge'): every 64 leaf
        pages written, it merged up to 64 pages per level of the index within the commit that crossed
        the line, 10-20 ms on the large database, once in every 64 saves of an activity. The indexes keep
        `automerge = 0` (migration m015) and this step merges instead, once saves have paused for
        MERGE_QUIET_S (a merge holds the write lock, and a save arriving meanwhile would wait for it), in
        short transactions of MERGE_PAGES pages each until there is nothing left to merge or another save
        comes. SQLite's crisis merge (16 segments waiting on the first level) still runs in a commit if
        saves never pause.
        """
        if not self._merge_due:
            return
        try:
            conn = self._connection()
            tables = [
                str(row[0])
                for row in conn.execute(
                    "select name from sqlite_master where type = 'table' and sql like 'create virtual table%'"
                    " and sql like '%using fts5%'"
                )
            ]
            for _step in range(MERGE_STEPS):
                if self._sleep(MERGE_QUIET_S) or self._stopping:
                    return  # a save came: sync it first, and merge in the next pause
                before = conn.total_changes
                conn.execute("BEGIN IMMEDIATE")
                try:
                    for table in tables:
                        conn.execute(
                            f"insert into [{table}]([{table}], rank) values ('merge', ?)", [MERGE_PAGES]
                        )
                    conn.execute("COMMIT")
                finally:
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                self.merges += 1
                self.merge_threads.add(threading.current_thread().name)
                if conn.total_changes - before < 2 * len(tables):  # FTS5's sign that a merge found nothing
                    break
        except sqlite3.Error:
            return  # the app held the write lock throughout: the next pause merges
        self._merge_due = False

    def _checkpoint_if_long(self) -> None:
        """Copy the log into the database once it is long, without waiting for readers or the writer.

        PASSIVE never blocks the app's connection; a frame a reader still needs is left for the next time,
        and the first commit after a checkpoint that copied everything starts the log again from its
        beginning. Typing pauses long enough for that; commits that never pause are bounded by the app
        connection's own autocheckpoint at LONGEST_FRAMES.
        """
        if self.frames() < self.checkpoint_frames or not self._rows_written:
            return
        self.checkpoint_unfinished = not self._passive_checkpoint()  # a log left is emptied by the close

    def _passive_checkpoint(self) -> bool:
        """One PASSIVE checkpoint on the syncer's connection: True when it copied the whole log."""
        try:
            row = self._connection().execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        except sqlite3.Error:
            return False
        busy, logged, copied = (int(value) for value in row)
        self.checkpoints += 1
        self.checkpoint_threads.add(threading.current_thread().name)
        return not busy and copied >= logged


class SyncedCursor(sqlite3.Cursor):
    """A cursor of a `SyncedConnection`: its statements are noticed as the connection's own are."""

    def execute(self, sql: str, parameters: Any = (), /) -> SyncedCursor:
        try:
            return super().execute(sql, parameters)
        finally:
            connection = self.connection
            if isinstance(connection, SyncedConnection):
                connection.after(writes_without_counting(sql))

    def executemany(self, sql: str, parameters: Any, /) -> SyncedCursor:
        try:
            return super().executemany(sql, parameters)
        finally:
            connection = self.connection
            if isinstance(connection, SyncedConnection):
                connection.after(writes_without_counting(sql))

    def executescript(self, sql_script: str, /) -> sqlite3.Cursor:
        try:
            return super().executescript(sql_script)
        finally:
            connection = self.connection
            if isinstance(connection, SyncedConnection):
                connection.after(True)


class SyncedConnection(sqlite3.Connection):
    """The app's read-write connection: every commit is followed by a request to sync the WAL.

    Until `start_syncing`, it behaves as a plain connection (and keeps whatever `synchronous` it has).
    """

    syncer: WalSyncer | None = None
    _seen_changes = 0
    _unsynced = False

    def start_syncing(self, database: Path, **options: Any) -> WalSyncer:
        """From here on commits return before their fsync, which the syncer makes; checkpoints are its too.

        The syncer's checkpoint can only finish, and the log start again, while commits pause: a stream of
        commits that never pauses (a script, an import in many transactions) would keep the log growing.
        SQLite's own autocheckpoint, at ten times the syncer's length, bounds that on the committing thread;
        typing never reaches it.
        """
        self.execute("PRAGMA synchronous = NORMAL")
        self.execute(f"PRAGMA wal_autocheckpoint = {LONGEST_FRAMES}")
        self._seen_changes = self.total_changes
        self.syncer = WalSyncer(database, **options)
        return self.syncer

    def after(self, wrote: bool) -> None:
        """Called after every statement and commit: ask for a sync once a write is committed."""
        syncer = self.syncer
        if syncer is None:
            return
        if wrote:
            self._unsynced = True
        try:
            if self.in_transaction:
                return
            changes = self.total_changes
        except sqlite3.ProgrammingError:  # closed: its close made the last sync
            return
        if self._unsynced or changes != self._seen_changes:
            rows = changes != self._seen_changes
            self._unsynced = False
            self._seen_changes = changes
            syncer.request(rows)

    def cursor(self, factory: Any = None) -> Any:
        return super().cursor(factory or SyncedCursor)

    def execute(self, sql: str, parameters: Any = (), /) -> sqlite3.Cursor:
        try:
            return super().execute(sql, parameters)
        finally:
            self.after(writes_without_counting(sql))

    def executemany(self, sql: str, parameters: Any, /) -> sqlite3.Cursor:
        try:
            return super().executemany(sql, parameters)
        finally:
            self.after(writes_without_counting(sql))

    def executescript(self, sql_script: str, /) -> sqlite3.Cursor:
        try:
            return super().executescript(sql_script)
        finally:
            self.after(True)

    def commit(self) -> None:
        try:
            super().commit()
        finally:
            self.after(True)

    def __exit__(self, kind: Any, error: Any, trace: Any) -> Any:
        try:
            return super().__exit__(kind, error, trace)
        finally:
            self.after(True)

    def close(self) -> None:
        """Wait for the last sync, close (SQLite checkpoints the log if this is its last connection), then
        fsync the database file and whatever log is left, so nothing committed is only in the cache.

        Raises DiskSyncError if that last fsync fails: whoever closes says so (the connection is closed).
        """
        syncer = self.syncer
        if syncer is None:
            super().close()
            return
        syncer.stop()
        if (
            syncer.checkpoint_unfinished
        ):  # a reader held the log: if one still does, its last close empties it
            with contextlib.suppress(sqlite3.Error):
                super().execute("PRAGMA wal_checkpoint(TRUNCATE)")
        super().close()
        self.syncer = None
        problem = syncer.sync_files()
        if problem:
            raise DiskSyncError(problem)
