"""File ▸ Export…: everything, or one person's records, in open formats, into a folder of your choosing.

Private notes go only when the tick is ticked, and the tick cannot be ticked while the screen is shared; while
sharing, the list of people offers only those the screen may show.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from leadapp.domain.reference import Reference
from leadapp.store.errors import StoreError
from leadapp.store.export import gather
from leadapp.store.export_files import ExportResult, write_export
from leadapp.store.store import Store
from leadapp.ui.jobs import run_in_background
from leadapp.ui.privacy import Privacy
from leadapp.ui.widgets.forms import labelled_row
from leadapp.ui.widgets.tick_boxes import outlined

EVERYONE = ""


def default_export_parent() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


class ExportDialog(QDialog):
    def __init__(
        self, store: Store, ref: Reference, privacy: Privacy | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.ref = ref
        self.result_: ExportResult | None = None
        self.privacy = privacy
        self.setWindowTitle(self.tr("Export"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Copies records out of LeadApp in open formats, into a new folder. "
                "Nothing in LeadApp changes. Keep the folder as safe as this laptop: "
                "it holds what you recorded about people."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.who = QComboBox()
        labelled_row(form, self.tr("&Whose records"), self.who)
        formats = QWidget()
        row = QVBoxLayout(formats)
        row.setContentsMargins(0, 0, 0, 0)
        self.json = outlined(QCheckBox(self.tr("&JSON (imports back into LeadApp)")))
        self.csv = outlined(QCheckBox(self.tr("&CSV (spreadsheets)")))
        self.markdown = outlined(QCheckBox(self.tr("&Markdown (one readable file per mentee)")))
        for box in (self.json, self.csv, self.markdown):
            box.setChecked(True)
            box.toggled.connect(self._update)
            row.addWidget(box)
        form.addRow(self.tr("Formats"), formats)
        self.include_private = outlined(QCheckBox(self.tr("Include my &private notes")))
        form.addRow("", self.include_private)
        folder_row = QWidget()
        folder_layout = QHBoxLayout(folder_row)
        folder_layout.setContentsMargins(0, 0, 0, 0)
        self.folder = QLineEdit(str(default_export_parent()))
        self.folder.textChanged.connect(self._update)
        choose = QPushButton(self.tr("C&hoose…"))
        choose.setAccessibleName(self.tr("Choose the folder"))
        choose.clicked.connect(self._choose_folder)
        folder_layout.addWidget(self.folder, 1)
        folder_layout.addWidget(choose)
        folder_label = QLabel(self.tr("In &folder"))
        folder_label.setBuddy(self.folder)
        self.folder.setAccessibleName(self.tr("Export into this folder"))
        form.addRow(folder_label, folder_row)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setDefault(True)
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._follow_sharing()
        if privacy is not None:
            privacy.scope_changed.connect(self._follow_sharing)
        self._update()

    def _follow_sharing(self) -> None:
        """Sharing may start with the dialog open (Ctrl+Shift+H): others' names and the private tick go."""
        privacy = self.privacy
        sharing = privacy is not None and privacy.hidden
        chosen = self.who.currentData()
        self.who.clear()
        if not sharing:
            self.who.addItem(self.tr("Everyone"), EVERYONE)
        for person in self.store.people.listing(None, True, ""):
            if privacy is None or privacy.shows(person):
                self.who.addItem(person.full_name, person.id)
        self.who.setCurrentIndex(max(self.who.findData(chosen), 0))
        if sharing:
            self.include_private.setChecked(False)
        self.include_private.setEnabled(not sharing)
        self.include_private.setToolTip(
            self.tr("Only your own private notes, never the other side's.")
            if not sharing
            else self.tr("Private notes are never exported while the screen is shared.")
        )
        self.include_private.setAccessibleDescription(self.include_private.toolTip())

    def formats(self) -> tuple[str, ...]:
        boxes = (("json", self.json), ("csv", self.csv), ("markdown", self.markdown))
        return tuple(name for name, box in boxes if box.isChecked())

    def _update(self) -> None:
        self.export_button.setEnabled(bool(self.formats()) and bool(self.folder.text().strip()))

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Export into which folder?"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)

    def export(self) -> None:
        """Gather and write off the UI thread, on a connection of its own: a large export takes seconds."""
        parent = Path(self.folder.text().strip()).expanduser()
        if not parent.is_dir():
            self.message.setText(
                self.tr("There is no folder at {0}. Choose a folder that exists.").format(parent)
            )
            return
        chosen = self.who.currentData()
        people = None if chosen == EVERYONE else [chosen]
        private = self.include_private.isEnabled() and self.include_private.isChecked()
        formats = self.formats()
        names = {c.code: c.name for c in self.ref.categories}
        path = self.store.path

        def work() -> ExportResult:
            reader = Store.open_reader(path)
            try:
                export = gather(reader, people, private)
            finally:
                reader.close()
            return write_export(export, parent, formats, names)

        self.buttons.setEnabled(False)
        self.message.setText(self.tr("Exporting… this can take a few seconds for a large caseload."))
        run_in_background(self, work, self._done, self._failed)

    def _done(self, result: ExportResult) -> None:
        self.result_ = result
        self.buttons.setEnabled(True)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, StoreError):
            self.message.setText(str(error))
        else:
            self.message.setText(
                self.tr("The export could not be written ({0}). Nothing in LeadApp changed.").format(error)
            )
