"""File ▸ Backups…, and the guided restore offered when the database fails its check at start.

The list is read on a worker thread (each backup is checked and counted), so a large database never
freezes the window; the dialog only chooses a backup, and the caller restores it once the database is
closed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from leadapp.store.backups import BackupInfo, backup_folder, list_backups, make_backup, newest_good
from leadapp.ui.jobs import run_in_background
from leadapp.ui.widgets.list_model import ListModel
from leadapp.ui.widgets.paged_model import Column
from leadapp.ui.widgets.tables import list_table

REASONS = {
    "start": "At start",
    "hourly": "While working",
    "quit": "On quit",
    "manual": "Backed up by you",
    "before-upgrade": "Before an upgrade",
    "before-restore": "Before a restore",
    "import": "Before an import",
    "erasure": "Before an erasure",
}


def taken_text(info: BackupInfo) -> str:
    return info.taken.astimezone().strftime("%d/%m/%Y %H:%M")


def counted(count: Callable[[BackupInfo], int]) -> Callable[[BackupInfo], str]:
    """A damaged backup could not be counted: a dash stands in for each of its numbers."""
    return lambda info: str(count(info)) if info.good else "–"


class BackupsDialog(QDialog):
    """`chosen` is the backup to restore once the dialog is accepted."""

    def __init__(self, database: Path, parent: QWidget | None = None, *, problem: str = "") -> None:
        super().__init__(parent)
        self.database = Path(database)
        self.guided = bool(problem)
        self.chosen: Path | None = None
        self.setWindowTitle(self.tr("Restore from a backup") if self.guided else self.tr("Backups"))
        layout = QVBoxLayout(self)
        folder = backup_folder(self.database)
        if self.guided:
            text = self.tr(
                "LeadApp could not open your database: it failed its check ({0}). Choose a backup to "
                "restore; the newest good one is selected. The damaged file is kept beside it under a new "
                "name, never deleted."
            ).format(problem)
        else:
            text = self.tr(
                "LeadApp backs up your database by itself: at start, every hour while you work, before "
                "upgrades and imports, and when you quit. Backups are kept in {0}."
            ).format(folder)
        intro = QLabel(text)
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(intro)
        self.model: ListModel[BackupInfo] = ListModel(
            [
                Column(self.tr("Taken"), taken_text),
                Column(self.tr("Why"), self.reason_text),
                Column(self.tr("Mentees"), counted(lambda info: info.mentees)),
                Column(self.tr("Sessions"), counted(lambda info: info.sessions)),
                Column(self.tr("Activities"), counted(lambda info: info.activities)),
                Column(self.tr("Check"), self.check_text),
            ],
            self,
        )
        self.table = list_table(self.tr("Backups, newest first"), self.model)
        layout.addWidget(self.table, 1)
        self.message = QLabel(self.tr("Checking the backups…"))
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Backups message"))
        layout.addWidget(self.message)
        buttons = QDialogButtonBox()
        self.back_up_button = QPushButton(self.tr("&Back up now"))
        self.back_up_button.setAccessibleName(self.tr("Back up now"))
        self.restore_button = QPushButton(
            self.tr("&Restore and open") if self.guided else self.tr("&Restore…")
        )
        self.restore_button.setAccessibleName(self.tr("Restore the selected backup"))
        self.close_button = QPushButton(self.tr("&Quit") if self.guided else self.tr("&Close"))
        self.close_button.setAccessibleName(self.close_button.text().replace("&", ""))
        if not self.guided:
            buttons.addButton(self.back_up_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.clicked.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        self.back_up_button.clicked.connect(self.back_up_now)
        self.table.activated.connect(lambda _index: self.restore_selected())
        self.restore_button.setDefault(True)
        self.back_up_button.setAutoDefault(False)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 110, self.fontMetrics().height() * 24)
        self.busy = False
        self.refresh()

    def reason_text(self, info: BackupInfo) -> str:
        return self.tr(REASONS.get(info.reason, info.reason.replace("-", " ").capitalize()))

    def check_text(self, info: BackupInfo) -> str:
        return self.tr("Good") if info.good else self.tr("Damaged: cannot be restored")

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.back_up_button.setEnabled(not busy)
        self.restore_button.setEnabled(not busy and newest_good(self.model.rows) is not None)

    def refresh(self, note: str = "") -> None:
        self._set_busy(True)
        database = self.database
        run_in_background(
            self, lambda: list_backups(database), lambda found: self._show(found, note), self._failed
        )

    def _show(self, backups: list[BackupInfo], note: str) -> None:
        self.model.set_rows(backups)
        self._set_busy(False)
        best = newest_good(backups)
        if best is not None:
            self.table.selectRow(backups.index(best))
            self.table.setFocus()
        if not backups:
            text = self.tr("There are no backups yet.")
        elif best is None:
            text = self.tr("None of the backups can be restored: each failed its check.")
        elif self.guided:
            text = self.tr("The newest good backup, from {0}, is selected.").format(taken_text(best))
        else:
            text = self.tr("{0} backups.").format(len(backups))
        self.message.setText(f"{note} {text}".strip())

    def _failed(self, error: Exception) -> None:
        self._set_busy(False)
        self.message.setText(str(error))

    def selected(self) -> BackupInfo | None:
        return self.model.selected(self.table)

    def back_up_now(self) -> None:
        if self.busy:
            return
        self._set_busy(True)
        self.message.setText(self.tr("Backing up…"))
        database = self.database
        run_in_background(
            self,
            lambda: make_backup(database, "manual"),
            lambda made: self.refresh(self.tr("Backed up and checked.")),
            self._failed,
        )

    def restore_selected(self) -> None:
        info = self.selected()
        if info is None or self.busy:
            return
        if not info.good:
            self.message.setText(self.tr("That backup is damaged and cannot be restored. Choose another."))
            return
        if not self.guided:
            answer = QMessageBox.question(
                self,
                self.tr("Restore this backup?"),
                self.tr(
                    "Put the backup from {0} in place of your database? LeadApp first backs up the "
                    "database as it is now, then reopens with the backup."
                ).format(taken_text(info)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.chosen = info.path
        self.accept()
