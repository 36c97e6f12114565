"""The data-safety steps around a GUI session: one writer, a guided restore, the integrity check that
finishes after the window is shown, backups at start, hourly while edits are made, and at quit.

Kept out of app.py and the main window so those only call in at three points.
"""

from __future__ import annotations

import atexit
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMainWindow

from leadapp.store.backups import changed_since_last_backup, make_backup, restore_backup
from leadapp.store.errors import CorruptDatabaseError, StoreError
from leadapp.store.instance_lock import InstanceLock
from leadapp.store.store import Store
from leadapp.store.sync_folders import shared_folder_warning
from leadapp.ui.jobs import run_in_background

if TYPE_CHECKING:
    from leadapp.ui.main_window import MainWindow

HOUR_MS = 60 * 60 * 1000
_locks: dict[Path, InstanceLock] = {}


def release_lock(db_path: Path) -> None:
    """The app has closed this database for good (the first-run switch to the demo)."""
    lock = _locks.pop(Path(db_path).absolute(), None)
    if lock is not None:
        lock.release()


def release_locks() -> None:
    for lock in list(_locks.values()):
        lock.release()
    _locks.clear()


atexit.register(release_locks)


def open_for_app(db_path: Path, *, quiet: bool = False, check_later: bool = False) -> Store:
    """Take the database's lock and open it; on a failed check offer the guided restore (not if quiet).

    `check_later` leaves the integrity check of a database that opens cleanly to a background thread;
    an `IntegrityWatch` on the window then reports a failure the same way.
    """
    db_path = Path(db_path)
    key = db_path.absolute()
    if key not in _locks:
        _locks[key] = InstanceLock(db_path).acquire()
    try:
        try:
            store = Store.open(db_path, check_later=check_later)
        except CorruptDatabaseError as error:
            if quiet:
                raise
            store = _guided_restore(db_path, error)
    except StoreError:
        _locks.pop(key).release()
        raise
    warning = shared_folder_warning(db_path)
    if warning:
        print(f"leadapp: {warning}", file=sys.stderr)
        if not quiet:
            from PySide6.QtWidgets import QMessageBox  # as the dialogs below: off the usual start's path

            QMessageBox.warning(None, "LeadApp", warning)
    return store


def not_restored(db_path: Path) -> StoreError:
    return StoreError(
        f"{db_path} failed its integrity check and no backup was restored, so it was left as it is. "
        "Start LeadApp again to choose a backup."
    )


def _guided_restore(db_path: Path, error: CorruptDatabaseError) -> Store:
    from leadapp.ui.backups.backups_dialog import (
        BackupsDialog,
    )  # only for a damaged file: not on the start path

    dialog = BackupsDialog(db_path, problem=error.detail)
    if dialog.exec() != BackupsDialog.DialogCode.Accepted or dialog.chosen is None:
        raise not_restored(db_path)
    kept = restore_backup(dialog.chosen, db_path)
    store = Store.open(db_path)
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.information(
        None,
        "LeadApp",
        f"Restored the backup {dialog.chosen.name}. The damaged file was kept as {kept}.",
    )
    return store


def restore_and_reopen(backup: Path, db_path: Path) -> Store:
    """For File ▸ Backups ▸ Restore…: the app's connection is closed; back up, restore, reopen."""
    restore_backup(backup, db_path)
    return Store.open(db_path)


class IntegrityWatch(QObject):
    """Starts the integrity check left for later on the first turn of the event loop (the window is shown by
    then), and waits for it without holding up the window.

    A pass lets the start-up backup go ahead (never a copy of a damaged file over good backups); a failure
    is said as plainly as a failed check at start, with the same guided restore. The chosen backup is
    restored once the window has closed (`restore_request`, as File ▸ Backups does); without one the window
    closes and the file is left as it is. Writes were held all along (see leadapp/store/integrity.py).
    """

    passed = Signal()
    failed = Signal(str)
    POLL_MS = 50

    def __init__(self, window: MainWindow, store: Store, *, quiet: bool = False) -> None:
        super().__init__(window)
        self.window = window
        self.store = store
        self.quiet = quiet
        self.reported = False
        """Whether a failure has been shown (once the window has closed it is the start code's to say)."""
        self.timer = QTimer(self)
        self.timer.setInterval(self.POLL_MS)
        self.timer.timeout.connect(self._poll)
        self.timer.start()
        QTimer.singleShot(0, self, self._poll)

    def _poll(self) -> None:
        if not self.timer.isActive():
            return
        problem = self.store.integrity.wait(0)
        if problem is None:
            return
        self.timer.stop()
        if problem:
            self.failed.emit(problem)
            self._refuse(problem)
        else:
            self.passed.emit()

    def _refuse(self, problem: str) -> None:
        self.reported = True
        if not self.quiet:
            from PySide6.QtWidgets import QMessageBox

            from leadapp.ui.backups.backups_dialog import BackupsDialog

            dialog = BackupsDialog(self.store.path, self.window, problem=problem)
            if dialog.exec() == BackupsDialog.DialogCode.Accepted and dialog.chosen is not None:
                self.window.restore_request = dialog.chosen
            else:
                QMessageBox.critical(self.window, "LeadApp", str(not_restored(self.store.path)))
        self.window.close()


def back_up_at_quit(db_path: Path) -> None:
    """Quick for a normal database, and the app is already gone from the screen; a failure is one line."""
    try:
        if Path(db_path).exists() and changed_since_last_backup(Path(db_path)):
            make_backup(db_path, "quit")
    except StoreError as error:
        print(f"leadapp: the backup at quit failed: {error}", file=sys.stderr)


class BackupSchedule(QObject):
    """A backup at start if the database changed since the last one, then every hour if it changed."""

    def __init__(
        self, window: QMainWindow, db_path: Path, interval_ms: int = HOUR_MS, *, start_now: bool = True
    ) -> None:
        """`start_now=False`: the start-up backup waits to be asked for (once the file passed its check)."""
        super().__init__(window)
        self.window = window
        self.db_path = Path(db_path)
        self.running = False
        self.last_made: Path | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(lambda: self.back_up_if_changed("hourly"))
        self.timer.start()
        if start_now:
            QTimer.singleShot(0, self, lambda: self.back_up_if_changed("start"))

    def back_up_if_changed(self, reason: str) -> None:
        if self.running:
            return
        db_path = self.db_path

        def work() -> Path | None:
            return make_backup(db_path, reason) if changed_since_last_backup(db_path) else None

        self.running = True
        run_in_background(self, work, self._done, self._failed)

    def _done(self, made: Path | None) -> None:
        self.running = False
        if made is not None:
            self.last_made = made

    def _failed(self, error: Exception) -> None:
        self.running = False
        self.window.statusBar().showMessage(self.tr("The automatic backup failed: {0}").format(error), 15000)
