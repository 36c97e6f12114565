"""Edit ▸ Bin…: what was removed, when, and the way to bring one back or to delete them all for good."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from leadapp.domain.bin import BinEntry, removal_summary
from leadapp.store.errors import StoreError
from leadapp.store.store import Store
from leadapp.ui.widgets.list_model import ListModel
from leadapp.ui.widgets.paged_model import Column
from leadapp.ui.widgets.roles import set_role
from leadapp.ui.widgets.tables import list_table


def removed_when(stamp: str) -> str:
    """The UTC stamp in the person's own local time, as they would say it."""
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp
    return moment.astimezone().strftime("%d/%m/%Y %H:%M")


class BinDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Bin"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Removed records wait here until you empty the bin. They are left out of every list, "
                "search, report and count meanwhile."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model: ListModel[BinEntry] = ListModel(
            [
                Column(self.tr("Kind"), lambda entry: entry.kind.capitalize()),
                Column(self.tr("Title"), lambda entry: entry.title),
                Column(self.tr("Removed"), lambda entry: removed_when(entry.removed_at)),
            ],
            self,
        )
        self.table = list_table(self.tr("Removed records"), self.model, stretch_column=1)
        layout.addWidget(self.table, 1)
        self.empty_note = QLabel(self.tr("The bin is empty. Records you remove will wait here."))
        set_role(self.empty_note, "secondary")
        layout.addWidget(self.empty_note)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Bin message"))
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.setAccessibleName(self.tr("Restore the selected record"))
        self.empty_button = QPushButton(self.tr("&Empty the bin…"))
        self.empty_button.setAccessibleName(self.tr("Empty the bin"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.empty_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.rejected.connect(self.reject)
        self.empty_button.setAutoDefault(False)
        self.restore_button.setDefault(True)
        layout.addWidget(buttons)
        self.restore_button.clicked.connect(self.restore_selected)
        self.empty_button.clicked.connect(self.empty)
        self.table.activated.connect(lambda _index: self.restore_selected())
        self.refresh()
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.fontMetrics().height() * 22)

    def refresh(self) -> None:
        entries = self.store.bin.entries()
        self.model.set_rows(entries)
        self.empty_note.setVisible(not entries)
        self.restore_button.setEnabled(bool(entries))
        self.empty_button.setEnabled(bool(entries))
        if entries:
            self.table.selectRow(0)
            self.table.setFocus()

    def selected(self) -> BinEntry | None:
        return self.model.selected(self.table)

    def restore_selected(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        try:
            self.store.bin.restore(entry.table, entry.id)
        except StoreError as error:
            self.message.setText(str(error))
            return
        self.message.setText(self.tr("{0} “{1}” is back.").format(entry.kind.capitalize(), entry.title))
        self.refresh()

    def empty(self) -> None:
        entries = self.store.bin.entries()
        if not entries:
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Empty the bin"),
            self.tr("Delete these for good? {0}.").format(removal_summary(entries)),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(self.tr("They cannot be brought back, and attached files go with them."))
        delete = box.addButton(self.tr("Delete for good"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not delete:
            return
        try:
            gone = self.store.bin.empty()
        except StoreError as error:
            self.message.setText(str(error))
            return
        self.message.setText(self.tr("{0} records deleted for good.").format(gone))
        self.refresh()
