"""Reports: pick a document and its scope, see the real pages, then print or save them."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from leadapp.documents import DOCUMENTS, Document, DocumentKind, DocumentRequest, Subject, offered_kinds
from leadapp.domain.enums import OwnerRole, PersonKind
from leadapp.domain.reference import Reference
from leadapp.store.changes import Table
from leadapp.store.store import Store
from leadapp.ui import labels
from leadapp.ui.events import DataEvents
from leadapp.ui.newest_request import NewestRequest
from leadapp.ui.privacy import Privacy
from leadapp.ui.reports.background import document_work
from leadapp.ui.reports.owned_records import OwnedRecordButtons, fill_relationships
from leadapp.ui.reports.pdf_preview import PdfPreview
from leadapp.ui.screen import Screen
from leadapp.ui.sharing import private_reason
from leadapp.ui.widgets.choices import fill_items, select_data
from leadapp.ui.widgets.date_field import DateField, format_date
from leadapp.ui.widgets.forms import labelled_row
from leadapp.ui.widgets.roles import make_primary, set_role
from leadapp.ui.widgets.tick_boxes import outlined

AUTO_SHOW_DELAY_MS = 250
"""Choices made in quick succession (document, then whose) make one document, not three."""


class ReportsScreen(Screen, QWidget):
    def __init__(
        self,
        store: Store,
        ref: Reference,
        events: DataEvents,
        privacy: Privacy,
        role: OwnerRole,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.ref = ref
        self.privacy = privacy
        self.role = role
        self._newest = NewestRequest(self)
        self._shown_private = False
        self.setAccessibleName(self.tr("Reports"))
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Reports"))
        set_role(title, "heading")
        layout.addWidget(title)
        intro = QLabel(
            self.tr(
                "Summaries to hand over or take to appraisal. Private notes are left out unless you choose."
            )
        )
        set_role(intro, "secondary")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        choose = QHBoxLayout()
        form = QFormLayout()
        self.kind = QComboBox()
        self._fill_kinds()
        self.person = QComboBox()
        self.session = QComboBox()
        self.relationship = QComboBox()
        self.period_from = DateField()
        self.period_to = DateField()
        self.include_private = outlined(QCheckBox(self.tr("Include my private notes")))
        self.private_reason = QLabel(private_reason())
        set_role(self.private_reason, "secondary")
        self.private_reason.setWordWrap(True)
        for text, widget in (
            (self.tr("&Document"), self.kind),
            (self.tr("&Whose"), self.person),
            (self.tr("&Session"), self.session),
            (self.tr("Re&lationship"), self.relationship),
            (self.tr("Fr&om"), self.period_from),
            (self.tr("&To"), self.period_to),
        ):
            labelled_row(form, text, widget)
        form.addRow(self.include_private)
        form.addRow(self.private_reason)
        choose.addLayout(form, 1)
        self.show_button = QPushButton(self.tr("Show document"))
        make_primary(self.show_button)
        choose.addWidget(self.show_button)
        layout.addLayout(choose)
        self.records = OwnedRecordButtons(self)
        layout.addWidget(self.records)
        self.preview = PdfPreview()
        self.preview.database = store.path
        layout.addWidget(self.preview, 1)
        self.kind.currentIndexChanged.connect(self._sync)
        self.person.currentIndexChanged.connect(self._fill_sessions)
        self.show_button.clicked.connect(self.show_document)
        self._remake = QTimer(self)
        self._remake.setSingleShot(True)
        self._remake.setInterval(AUTO_SHOW_DELAY_MS)
        self._remake.timeout.connect(self._show_current)
        for changed in (
            self.kind.currentIndexChanged,
            self.person.currentIndexChanged,
            self.session.currentIndexChanged,
            self.include_private.toggled,
            self.period_from.date_changed,
            self.period_to.date_changed,
        ):
            changed.connect(self._remake.start)
        privacy.changed.connect(self._on_privacy)
        privacy.scope_changed.connect(self._on_sharing)
        events.watch(
            self, {Table.PEOPLE, Table.SESSIONS, Table.RELATIONSHIPS}, lambda _change: self._fill_people()
        )
        self._fill_people()
        self._sync()
        self._on_privacy(privacy.hidden)

    def _fill_kinds(self) -> None:
        """The caseload names every mentee, so it is not offered while sharing the screen."""
        current = self.kind.currentData()
        may_name_every_mentee = self.role is OwnerRole.MENTOR and not self.privacy.hidden
        kinds = [
            (kind.value, labels.document_name(kind))
            for kind in offered_kinds()
            if may_name_every_mentee or not DOCUMENTS[kind].whole_caseload
        ]
        self.kind.blockSignals(True)
        fill_items(self.kind, kinds)
        if current:
            select_data(self.kind, current)
        self.kind.blockSignals(False)

    def _on_sharing(self) -> None:
        was = self.kind.currentData()
        self._fill_kinds()
        self._fill_people()
        if self.kind.currentData() != was:
            self._newest.forget()
            self.preview.clear()
        self._sync()

    def _fill_people(self) -> None:
        current = self.person.currentData()
        if self.role is OwnerRole.MENTEE:
            owner = self.store.people.owner()
            people = [owner] if owner else []
        else:
            people = [p for p in self.store.people.listing([PersonKind.MENTEE]) if self.privacy.shows(p)]
        self.person.blockSignals(True)
        fill_items(self.person, [(p.id, p.full_name) for p in people])
        if current:
            select_data(self.person, current)
        self.person.blockSignals(False)
        self._fill_sessions()

    def _fill_sessions(self) -> None:
        person_id = self.person.currentData()
        fill_relationships(self.store, self.relationship, person_id, self.privacy)
        sessions = self.store.sessions.recent_for(person_id, 60) if person_id else []
        chosen = self.session.currentData()
        fill_items(self.session, [(s.id, format_date(s.session_date)) for s in sessions])
        if chosen:
            select_data(self.session, chosen)

    def set_mentee(self, mentee_id: str | None) -> None:
        """Follow "Working with": the documents are about the mentee in front of you."""
        position = self.person.findData(mentee_id) if mentee_id else -1
        if position >= 0 and self.role is OwnerRole.MENTOR:
            self.person.setCurrentIndex(position)

    def _sync(self) -> None:
        entry = DOCUMENTS[DocumentKind(self.kind.currentData())]
        self.person.setEnabled(entry.needs_record)
        self.session.setEnabled(entry.subject is Subject.SESSION)
        self.relationship.setEnabled(entry.subject is Subject.RELATIONSHIP)
        self.include_private.setVisible(entry.private_option)
        self.private_reason.setVisible(entry.private_option and self.privacy.hidden)
        for field in (self.period_from, self.period_to):
            field.setEnabled(entry.period)

    def _on_privacy(self, hidden: bool) -> None:
        """Hiding private notes takes any document made with them off the screen at once."""
        if hidden:
            self._newest.forget()
            self.include_private.setChecked(False)
            self.preview.clear()
            self._shown_private = False
        self.include_private.setEnabled(not hidden)
        self._sync()

    def request(self) -> DocumentRequest | None:
        kind = DocumentKind(self.kind.currentData())
        entry = DOCUMENTS[kind]
        record = {
            Subject.NONE: "",
            Subject.SESSION: self.session.currentData(),
            Subject.RELATIONSHIP: self.relationship.currentData(),
        }.get(entry.subject, self.person.currentData())
        if entry.needs_record and not record:
            self.preview.message.setText(self.tr("Choose whose document it is first."))
            return None
        for field in (self.period_from, self.period_to):
            if not field.is_valid():
                self.preview.message.setText(field.error)
                return None
        return DocumentRequest(
            kind,
            record or "",
            self.include_private.isChecked() and not self.privacy.hidden,
            self.period_from.value(),
            self.period_to.value(),
            sharing=self.privacy.hidden,
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._remake.start()

    def _show_current(self) -> None:
        """The document for the current choice, made as soon as it is on screen: never an empty grey box."""
        if self.isVisible():
            self.show_document()

    def print_current(self) -> bool:
        """Ctrl+P: print the document on screen, or make it first when none is shown yet."""
        if self.preview.document is not None:
            self.preview.print_document()
        else:
            self.show_document()
        return True

    def show_document(self) -> None:
        request = self.request()
        if request is None:
            return
        self.preview.show_busy(self.tr("Preparing the document…"))
        self._newest.run(
            document_work(self.store.path, self.ref, request),
            lambda document: self._show(document, request.include_private),
            self.preview.show_failure,
        )

    def _show(self, document: Document, with_private: bool) -> None:
        self.preview.show_document(document)
        self._shown_private = with_private
