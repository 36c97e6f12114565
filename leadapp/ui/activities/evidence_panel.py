"""Evidence for an activity: notes, links and attached files, kept in the database."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from leadapp.domain.activities import Evidence
from leadapp.domain.enums import EvidenceKind
from leadapp.store.activities import MAX_EVIDENCE_BYTES
from leadapp.store.errors import StoreError
from leadapp.store.store import Store
from leadapp.ui.activities.evidence_files import open_evidence, safe_name, save_evidence
from leadapp.ui.widgets.forms import labelled_row
from leadapp.ui.widgets.roles import set_role


class EvidenceDialog(QDialog):
    def __init__(self, kind: EvidenceKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setWindowTitle(self.tr("Add a link") if kind is EvidenceKind.LINK else self.tr("Add a note"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.title = QLineEdit()
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://…")
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)
        rows: list[tuple[str, QWidget]] = [(self.tr("&Title"), self.title)]
        rows.append(
            (self.tr("&Address"), self.url) if kind is EvidenceKind.LINK else (self.tr("&Note"), self.body)
        )
        for text, widget in rows:
            labelled_row(form, text, widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def evidence(self, activity_id: str) -> Evidence:
        return Evidence(
            activity_id=activity_id,
            kind=self.kind,
            title=self.title.text().strip()
            or (self.url.text().strip() if self.kind is EvidenceKind.LINK else ""),
            url=self.url.text().strip(),
            body=self.body.toPlainText(),
        )


class EvidencePanel(QWidget):
    problem = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.activity_id: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.items = QListWidget()
        self.items.setAccessibleName(self.tr("Evidence"))
        self.items.setMinimumHeight(self.fontMetrics().height() * 4)
        layout.addWidget(self.items)
        self.message = QLabel()
        set_role(self.message, "error")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.add_note = QPushButton(self.tr("Add note…"))
        self.add_link = QPushButton(self.tr("Add link…"))
        self.attach = QPushButton(self.tr("Attach file…"))
        self.attach.setToolTip(
            self.tr("Files up to {0} MB are kept inside LeadApp").format(MAX_EVIDENCE_BYTES >> 20)
        )
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setAccessibleName(self.tr("Open the selected evidence"))
        self.save_button = QPushButton(self.tr("Save as…"))
        self.save_button.setAccessibleName(self.tr("Save a copy of the selected file"))
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.setAccessibleName(self.tr("Remove evidence"))
        self.remove.setToolTip(self.tr("Moves the evidence to the bin; Ctrl+Z brings it back"))
        for button in (
            self.add_note,
            self.add_link,
            self.attach,
            self.open_button,
            self.save_button,
            self.remove,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.add_note.clicked.connect(lambda: self._add(EvidenceKind.NOTE))
        self.add_link.clicked.connect(lambda: self._add(EvidenceKind.LINK))
        self.attach.clicked.connect(self.choose_file)
        self.remove.clicked.connect(self._remove)
        self.open_button.clicked.connect(self.open_selected)
        self.save_button.clicked.connect(self.save_selected)
        self.items.activated.connect(lambda _index: self.open_selected())

    def load(self, activity_id: str | None) -> None:
        self.activity_id = activity_id
        self.message.clear()
        self.refresh()

    def refresh(self) -> None:
        self.items.clear()
        if self.activity_id is None:
            return
        for evidence in self.store.evidence.for_activity(self.activity_id):
            if evidence.kind is EvidenceKind.FILE:
                text = self.tr("File: {0} ({1} KB)").format(evidence.filename, max(1, evidence.size // 1024))
            elif evidence.kind is EvidenceKind.LINK:
                text = self.tr("Link: {0}").format(evidence.title or evidence.url)
            else:
                text = self.tr("Note: {0}").format(evidence.title or evidence.body[:60])
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, evidence.id)
            self.items.addItem(item)

    def _add(self, kind: EvidenceKind) -> None:
        if self.activity_id is None:
            return
        dialog = EvidenceDialog(kind, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self.store.evidence.add(dialog.evidence(self.activity_id))
        except StoreError as error:
            self.message.setText(str(error))
            return
        self.refresh()

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Attach a file as evidence"))
        if path:
            self.attach_file(Path(path))

    def attach_file(self, path: Path) -> bool:
        if self.activity_id is None:
            return False
        try:
            self.store.evidence.attach_file(self.activity_id, path)
        except StoreError as error:
            self.message.setText(str(error))
            return False
        self.message.clear()
        self.refresh()
        return True

    def _remove(self) -> None:
        item = self.items.currentItem()
        if item is None:
            return
        try:
            self.store.evidence.remove(str(item.data(Qt.ItemDataRole.UserRole)))
        except StoreError as error:
            self.message.setText(str(error))
            return
        self.refresh()

    def selected(self) -> Evidence | None:
        item = self.items.currentItem()
        return self.store.evidence.find(str(item.data(Qt.ItemDataRole.UserRole))) if item else None

    def open_selected(self) -> None:
        evidence = self.selected()
        if evidence is None:
            return
        try:
            open_evidence(evidence)
        except StoreError as error:
            self.message.setText(str(error))
            return
        self.message.clear()

    def save_selected(self) -> None:
        evidence = self.selected()
        if evidence is None or evidence.kind is not EvidenceKind.FILE:
            self.message.setText(self.tr("Choose an attached file to save a copy of it."))
            return
        start = str(Path.home() / safe_name(evidence))
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save a copy of the evidence"), start)
        if not path:
            return
        try:
            save_evidence(evidence, Path(path), self.store.path)
        except StoreError as error:
            self.message.setText(str(error))
            return
        self.message.clear()
