"""The opened database and its repositories, handed to the main window and the command line."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from leadapp.store import cpd
from leadapp.store.activities import (
    ActivityRepository,
    EvidenceRepository,
    NoteRepository,
    ObjectiveRepository,
)
from leadapp.store.assessments import AssessmentRepository, RatingRepository
from leadapp.store.bin import Bin
from leadapp.store.changes import Changes
from leadapp.store.database import open_database, open_existing, open_for_reading
from leadapp.store.exchange import Exchange
from leadapp.store.integrity import CheckedDatabase, IntegrityCheck
from leadapp.store.leaps import (
    LeapConcernRepository,
    LeapMilestoneRepository,
    LeapPlanRepository,
    LeapReviewRepository,
    LeapSupportRepository,
)
from leadapp.store.people import PeopleRepository, RelationshipRepository
from leadapp.store.repository import immediate_transaction
from leadapp.store.sessions import ActionRepository, SessionRepository
from leadapp.store.settings import SettingsRepository
from leadapp.store.wal_sync import ProblemListener, SyncedConnection, WalSyncer


class Store:
    def __init__(self, db: Database, path: Path) -> None:
        self.db = db
        self.path = path
        self.changes = Changes()
        self._data_version: int | None = None
        args = (db, path, self.changes)
        self.settings = SettingsRepository(*args)
        self.people = PeopleRepository(*args)
        self.relationships = RelationshipRepository(*args)
        self.sessions = SessionRepository(*args)
        self.actions = ActionRepository(*args)
        self.activities = ActivityRepository(*args)
        self.evidence = EvidenceRepository(*args)
        self.objectives = ObjectiveRepository(*args)
        self.notes = NoteRepository(*args)
        self.leap_plans = LeapPlanRepository(*args)
        self.leap_concerns = LeapConcernRepository(*args)
        self.leap_supports = LeapSupportRepository(*args)
        self.leap_milestones = LeapMilestoneRepository(*args)
        self.leap_reviews = LeapReviewRepository(*args)
        self.assessments = AssessmentRepository(*args)
        self.ratings = RatingRepository(*args)
        self.bin = Bin(*args)
        self.cpd_profiles = cpd.CpdProfileRepository(*args)
        self.exchange = Exchange(*args, self.settings)
        conn = db.conn
        self.syncer: WalSyncer | None = conn.syncer if isinstance(conn, SyncedConnection) else None
        """Makes each commit durable off the committing thread (see wal_sync.py); None when read-only."""

    @classmethod
    def open(cls, path: Path | str, check_later: bool = False) -> Store:
        """`check_later`: the app's start, showing its window while the file is checked (see integrity.py)."""
        path = Path(path)
        return cls(open_database(path, check_later), path)

    @property
    def integrity(self) -> IntegrityCheck:
        """The file's integrity check: still running after a `check_later` open, else already passed."""
        check = self.db.integrity if isinstance(self.db, CheckedDatabase) else None
        if check is None:
            check = IntegrityCheck.passed(self.path)
            if isinstance(self.db, CheckedDatabase):
                self.db.integrity = check
        return check

    @classmethod
    def open_existing(cls, path: Path | str) -> Store:
        """For commands that only read: never creates, finishes or upgrades a file."""
        path = Path(path)
        return cls(open_existing(path), path)

    @classmethod
    def open_reader(cls, path: Path | str) -> Store:
        path = Path(path)
        return cls(open_for_reading(path), path)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """A use case that writes more than once commits or fails as one.

        Every write inside joins one BEGIN IMMEDIATE transaction; an error rolls all of them back and is
        raised again (a database error as a StoreError). Listeners hear of the writes only after the
        commit, and not at all after a rollback. Used inside another, it joins the outer transaction.
        """
        with self.changes.held(), immediate_transaction(self.db, self.path):
            yield

    def stop_when(self, overtaken: Callable[[], int], steps: int) -> None:
        """Have SQLite ask `overtaken` every `steps` steps of a statement, and stop it when told to.

        For a reader on a worker thread whose question a newer one has replaced: the statement under way
        ends at once with an error instead of finishing an answer nobody will read.
        """
        self.db.conn.set_progress_handler(overtaken, steps)

    def changed_elsewhere(self) -> bool:
        """True when another connection (a second window, another program) has committed since last asked.

        SQLite's data_version moves only for other connections' commits, so this costs one pragma.
        """
        try:
            version = int(self.db.execute("PRAGMA data_version").fetchone()[0])
        except sqlite3.Error:
            return False
        changed = self._data_version is not None and version != self._data_version
        self._data_version = version
        return changed

    @property
    def disk_problem(self) -> str:
        """Why the latest commits may not be on the disk yet (a failed fsync), or '' when they are."""
        return self.syncer.problem if self.syncer is not None else ""

    def listen_for_disk_problems(self, listener: ProblemListener) -> None:
        """`listener(message)` on the syncer's thread when a sync fails, and `listener('')` once one works."""
        if self.syncer is not None:
            self.syncer.listen(listener)

    def stop_listening_for_disk_problems(self, listener: ProblemListener) -> None:
        if self.syncer is not None:
            self.syncer.unlisten(listener)

    def wait_for_disk(self, timeout: float | None = None) -> str:
        """Try to get every commit so far onto the disk now: '' when they are, else the problem."""
        return self.syncer.sync_now(timeout) if self.syncer is not None else ""

    def close(self) -> None:
        """Waits for the last sync and fsyncs the files before returning. If that fsync fails it raises
        DiskSyncError (a StoreError; the store is closed all the same), so it is never silent."""
        self.db.close()
