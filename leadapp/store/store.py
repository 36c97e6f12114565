"""The opened database and its repositories, handed to the main window and the command line."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from leadapp.store.bin import Bin
from leadapp.store.changes import Changes
from leadapp.store.database import open_database, open_existing, open_for_reading
from leadapp.store.integrity import CheckedDatabase, IntegrityCheck, holding_writes
from leadapp.store.people import PeopleRepository, RelationshipRepository
from leadapp.store.repository import immediate_transaction
from leadapp.store.settings import SettingsRepository
from leadapp.store.store_database import StoreDatabase
from leadapp.store.wal_sync import ProblemListener, SyncedConnection, WalSyncer

if TYPE_CHECKING:
    from leadapp.store.activities import (
        ActivityRepository,
        EvidenceRepository,
        NoteRepository,
        ObjectiveRepository,
    )
    from leadapp.store.assessments import AssessmentRepository, RatingRepository
    from leadapp.store.cpd import CpdProfileRepository
    from leadapp.store.exchange import Exchange
    from leadapp.store.leaps import (
        LeapConcernRepository,
        LeapMilestoneRepository,
        LeapPlanRepository,
        LeapReviewRepository,
        LeapSupportRepository,
    )
    from leadapp.store.sessions import ActionRepository, SessionRepository


class Store:
    def __init__(self, db: StoreDatabase, path: Path) -> None:
        self.db = db
        self.path = path
        self.changes = Changes()
        self._data_version: int | None = None
        args = (db, path, self.changes)
        self.settings = SettingsRepository(*args)
        self.people = PeopleRepository(*args)
        self.relationships = RelationshipRepository(*args)
        self.bin = Bin(*args)
        conn = db.conn
        self.syncer: WalSyncer | None = conn.syncer if isinstance(conn, SyncedConnection) else None
        """Makes each commit durable off the committing thread (see wal_sync.py); None when read-only."""

    @cached_property
    def sessions(self) -> SessionRepository:
        """Made when first used, with `actions` and the leap-of-faith plan's repositories: Home reads its
        caseload with its own queries (leadapp/store/caseload.py), and importing these modules with their
        record classes was about 69 million instructions of the window's start (about 5 %)."""
        from leadapp.store.sessions import SessionRepository

        return SessionRepository(self.db, self.path, self.changes)

    @cached_property
    def actions(self) -> ActionRepository:
        from leadapp.store.sessions import ActionRepository

        return ActionRepository(self.db, self.path, self.changes)

    @cached_property
    def leap_plans(self) -> LeapPlanRepository:
        from leadapp.store.leaps import LeapPlanRepository

        return LeapPlanRepository(self.db, self.path, self.changes)

    @cached_property
    def leap_concerns(self) -> LeapConcernRepository:
        from leadapp.store.leaps import LeapConcernRepository

        return LeapConcernRepository(self.db, self.path, self.changes)

    @cached_property
    def leap_supports(self) -> LeapSupportRepository:
        from leadapp.store.leaps import LeapSupportRepository

        return LeapSupportRepository(self.db, self.path, self.changes)

    @cached_property
    def leap_milestones(self) -> LeapMilestoneRepository:
        from leadapp.store.leaps import LeapMilestoneRepository

        return LeapMilestoneRepository(self.db, self.path, self.changes)

    @cached_property
    def leap_reviews(self) -> LeapReviewRepository:
        from leadapp.store.leaps import LeapReviewRepository

        return LeapReviewRepository(self.db, self.path, self.changes)

    @cached_property
    def cpd_profiles(self) -> CpdProfileRepository:
        """Made when first used, like `exchange`: the window's start needs neither, and importing their
        domain modules (dozens of frozen dataclasses) was a measurable part of it."""
        from leadapp.store.cpd import CpdProfileRepository

        return CpdProfileRepository(self.db, self.path, self.changes)

    @cached_property
    def activities(self) -> ActivityRepository:
        """Made when first used, with the evidence, objective and note repositories beside it: Home's "to
        finish" list reads activities with its own query, and the activity module's frozen dataclasses cost
        the start about 6 ms."""
        from leadapp.store.activities import ActivityRepository

        return ActivityRepository(self.db, self.path, self.changes)

    @cached_property
    def evidence(self) -> EvidenceRepository:
        from leadapp.store.activities import EvidenceRepository

        return EvidenceRepository(self.db, self.path, self.changes)

    @cached_property
    def objectives(self) -> ObjectiveRepository:
        from leadapp.store.activities import ObjectiveRepository

        return ObjectiveRepository(self.db, self.path, self.changes)

    @cached_property
    def notes(self) -> NoteRepository:
        from leadapp.store.activities import NoteRepository

        return NoteRepository(self.db, self.path, self.changes)

    @cached_property
    def assessments(self) -> AssessmentRepository:
        """Made when first used, as `cpd_profiles` is: Home does not read self-assessments."""
        from leadapp.store.assessments import AssessmentRepository

        return AssessmentRepository(self.db, self.path, self.changes)

    @cached_property
    def ratings(self) -> RatingRepository:
        from leadapp.store.assessments import RatingRepository

        return RatingRepository(self.db, self.path, self.changes)

    @cached_property
    def exchange(self) -> Exchange:
        from leadapp.store.exchange import Exchange

        return Exchange(self.db, self.path, self.changes, self.settings)

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

    def writes_wait(self) -> bool:
        """Whether a write now would wait for the background integrity check, which is still running."""
        check = holding_writes(self.db)
        return check is not None and not check.finished()

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

    def in_transaction(self) -> bool:
        """A reader kept for a later request must not be inside one: it would hold its snapshot meanwhile."""
        return self.db.conn.in_transaction

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

    def prepare_writes(self) -> None:
        """Load sqlite-utils, which every write goes through, before anyone writes.

        The start reads with plain sqlite3 (leadapp/store/store_database.py) so the window shows without it;
        the app calls this once its window is up, so the first edit is not the one that waits for the import.
        """
        self.db.load_utils()

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
        if isinstance(self.db, CheckedDatabase) and self.db.integrity is not None:
            self.db.integrity.abandon()
        self.db.close()
