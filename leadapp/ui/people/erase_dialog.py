"""People ▸ a person ▸ Erase all their data…: the confirmation, typed name and all.

It names what will go, with numbers, says that backups still hold the data and until when, and offers to
delete those backups too. The erase button works only once the person's full name is typed.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from leadapp.domain.erasure import backups_note, names_match, what_goes
from leadapp.store.erasure import (
    BackupHooks,
    ErasureResult,
    default_backup_hooks,
    delete_backups,
    erase_person,
    erasure_counts,
    person_row,
)
from leadapp.store.errors import StoreError
from leadapp.store.store import Store
from leadapp.ui.widgets.forms import labelled_row
from leadapp.ui.widgets.tick_boxes import outlined


class EraseDialog(QDialog):
    def __init__(
        self, store: Store, person_id: str, parent: QWidget | None = None, hooks: BackupHooks | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.person_id = person_id
        self.hooks = hooks or default_backup_hooks(store.path)
        self.result_: ErasureResult | None = None
        self.full_name = str(person_row(store, person_id)["full_name"] or "")
        self.setWindowTitle(self.tr("Erase all data about {0}").format(self.full_name))
        layout = QVBoxLayout(self)
        what = QLabel(what_goes(self.full_name, erasure_counts(store, person_id)))
        what.setWordWrap(True)
        layout.addWidget(what)
        self.backups = self.hooks.existing()
        note = QLabel(
            self.tr("A backup is made first, in case this is a mistake. ")
            + backups_note(self.hooks.gone_by(self.backups), date.today())
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        self.typed = QLineEdit()
        self.typed.setPlaceholderText(self.full_name)
        self.typed.textChanged.connect(self._update)
        labelled_row(form, self.tr("&Type their full name to confirm"), self.typed)
        layout.addLayout(form)
        self.delete_backups = outlined(
            QCheckBox(self.tr("Also &delete the backups that hold this data (including the one made now)"))
        )
        layout.addWidget(self.delete_backups)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = buttons.addButton(
            self.tr("&Erase for good"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.erase_button.setProperty("destructive", True)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        buttons.accepted.connect(self.erase)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._update()

    def _update(self) -> None:
        self.erase_button.setEnabled(names_match(self.typed.text(), self.full_name))

    def erase(self) -> None:
        if not names_match(self.typed.text(), self.full_name):
            return
        try:
            self.result_ = erase_person(self.store, self.person_id, self.typed.text(), self.hooks)
        except StoreError as error:
            self.message.setText(str(error))
            return
        if self.delete_backups.isChecked():
            failed = delete_backups(self.result_.backups_holding)
            if failed:
                self.message.setText(
                    self.tr("Their data was erased, but these backups could not be deleted: {0}").format(
                        ", ".join(str(p) for p in failed)
                    )
                )
                return
        self.accept()
