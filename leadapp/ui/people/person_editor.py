"""One person's profile and relationships, saved as it is typed."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from leadapp.documents import DocumentKind, DocumentRequest
from leadapp.domain.enums import OwnerRole, PersonKind
from leadapp.domain.ids import today
from leadapp.domain.people import OTHER_PROFESSION, Person, Relationship
from leadapp.domain.reference import Reference
from leadapp.store.store import Store
from leadapp.ui import labels
from leadapp.ui.people.equity_choice import EquityChoice
from leadapp.ui.people.relationship_dialog import RelationshipDialog
from leadapp.ui.privacy import Privacy
from leadapp.ui.reports.preview_dialog import PreviewDialog
from leadapp.ui.screen import StoreWriting
from leadapp.ui.widgets.autosave import Autosaver
from leadapp.ui.widgets.choices import fill_items, fill_professions, select_data
from leadapp.ui.widgets.date_field import format_date
from leadapp.ui.widgets.forms import labelled_row
from leadapp.ui.widgets.merged_record import ConflictNotice, MergedRecord, set_plain_text
from leadapp.ui.widgets.roles import set_role
from leadapp.ui.widgets.typeable_combo import typeable


class PersonEditor(StoreWriting, QWidget):
    def __init__(self, store: Store, ref: Reference, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.ref = ref
        self.privacy: Privacy | None = None
        self._loading = False
        self.autosaver = Autosaver(self.save, self)
        self.conflicts = ConflictNotice(
            {
                "full_name": self.tr("Name"),
                "kind": self.tr("Role"),
                "profession": self.tr("Profession"),
                "profession_other": self.tr("Profession (other)"),
                "band": self.tr("NHS band"),
                "organisation": self.tr("Organisation"),
                "job_title": self.tr("Job title"),
                "career_stage": self.tr("Career stage"),
                "email": self.tr("Email"),
                "aspirations": self.tr("Aspirations"),
                "notes": self.tr("Notes"),
                "equity_recorded": self.tr("Under-represented group: recorded"),
                "equity_description": self.tr("Under-represented group"),
            }
        )
        self.merged = MergedRecord(
            store.people, self.autosaver, self.conflicts, self._apply_fields, self.problem.emit, self
        )
        self._build()
        self._connect()
        self.setEnabled(False)

    # Building ------------------------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.heading = QLabel()
        set_role(self.heading, "heading")
        self.heading.setWordWrap(True)
        outer.addWidget(self.heading)
        self.status_line = QLabel()
        set_role(self.status_line, "secondary")
        outer.addWidget(self.status_line)
        outer.addWidget(self.conflicts)
        outer.addLayout(self._build_form())
        self.equity = EquityChoice(self)
        outer.addWidget(self.equity)
        self.name_hint = QLabel()
        set_role(self.name_hint, "error")
        outer.addWidget(self.name_hint)
        outer.addLayout(self._build_record_buttons())
        relationships_title = QLabel(self.tr("Mentoring relationships"))
        set_role(relationships_title, "subheading")
        outer.addWidget(relationships_title)
        self.relationships = QListWidget()
        self.relationships.setAccessibleName(self.tr("Mentoring relationships"))
        outer.addWidget(self.relationships)
        outer.addLayout(self._build_relationship_buttons())
        outer.addStretch(1)

    def _build_form(self) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.full_name = QLineEdit()
        self.full_name.setMaxLength(200)
        self.kind = QComboBox()
        fill_items(self.kind, [(k.value, v) for k, v in labels.person_kinds().items()])
        self.profession = QComboBox()
        fill_professions(self.profession, self.ref)
        self.profession_other = QLineEdit()
        self.profession_other.setPlaceholderText(self.tr("Your profession in your own words"))
        self.band = QComboBox()
        fill_items(self.band, [(b.code, b.label) for b in self.ref.bands], self.tr("Not set"))
        typeable(self.band)
        self.organisation = QLineEdit()
        self.job_title = QLineEdit()
        self.stage = QComboBox()
        fill_items(self.stage, [(s.code, s.label) for s in self.ref.stages], self.tr("Not set"))
        self.email = QLineEdit()
        self.aspirations = QPlainTextEdit()
        self.aspirations.setTabChangesFocus(True)
        self.aspirations.setPlaceholderText(self.tr("Where they would like their career to go"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        for text_area in (self.aspirations, self.notes):
            text_area.setMaximumHeight(text_area.fontMetrics().lineSpacing() * 7)

        self._rows: list[tuple[str, QWidget]] = [
            (self.tr("&Name"), self.full_name),
            (self.tr("&Role"), self.kind),
            (self.tr("&Profession"), self.profession),
            (self.tr("Profess&ion (other)"), self.profession_other),
            (self.tr("NHS &band"), self.band),
            (self.tr("&Organisation"), self.organisation),
            (self.tr("&Job title"), self.job_title),
            (self.tr("Career &stage"), self.stage),
            (self.tr("E&mail"), self.email),
            (self.tr("&Aspirations"), self.aspirations),
            (self.tr("No&tes"), self.notes),
        ]
        for text, widget in self._rows:
            labelled_row(form, text, widget)
        self._form = form
        return form

    def _build_record_buttons(self) -> QHBoxLayout:
        """Archive, the CPD profile and erasing: what is done to the whole record."""
        archive_row = QHBoxLayout()
        self.archive_button = QPushButton(self.tr("Archive"))
        self.archive_button.setAccessibleDescription(
            self.tr("Hide this person from lists; their records are kept and can be restored.")
        )
        archive_row.addWidget(self.archive_button)
        self.cpd_button = QPushButton(self.tr("HCPC CPD profile…"))
        self.cpd_button.setAccessibleDescription(
            self.tr("Build the CPD profile HCPC asks for at audit from this person's activities.")
        )
        archive_row.addWidget(self.cpd_button)
        self.erase_button = QPushButton(self.tr("Erase all their data…"))
        self.erase_button.setAccessibleDescription(
            self.tr("Erase this person and everything recorded about them for good, on their request.")
        )
        archive_row.addWidget(self.erase_button)
        archive_row.addStretch(1)
        return archive_row

    def _build_relationship_buttons(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        self.add_relationship_button = QPushButton(self.tr("Add relationship…"))
        self.edit_relationship_button = QPushButton(self.tr("Edit…"))
        self.edit_relationship_button.setAccessibleName(self.tr("Edit relationship"))
        self.end_relationship_button = QPushButton(self.tr("End today"))
        self.end_relationship_button.setAccessibleName(self.tr("End relationship today"))
        self.agreement_button = QPushButton(self.tr("Print agreement…"))
        self.agreement_button.setAccessibleName(self.tr("Print the relationship's agreement"))
        for button in (
            self.add_relationship_button,
            self.edit_relationship_button,
            self.agreement_button,
            self.end_relationship_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        return buttons

    def _connect(self) -> None:
        self.autosaver.flush_when_focus_leaves(self)
        for line in (
            self.full_name,
            self.profession_other,
            self.organisation,
            self.job_title,
            self.email,
        ):
            line.textEdited.connect(self._edited)
            line.editingFinished.connect(self.autosaver.flush)
        for box in (self.kind, self.profession, self.band, self.stage):
            box.activated.connect(self._edited)
            box.activated.connect(self.autosaver.flush)
        self.equity.recorded.toggled.connect(self._edited)
        self.equity.recorded.toggled.connect(self.autosaver.flush)
        self.equity.description.textEdited.connect(self._edited)
        for text_area in (self.aspirations, self.notes):
            text_area.textChanged.connect(self._edited)
        self.archive_button.clicked.connect(self._toggle_archive)
        self.cpd_button.clicked.connect(self._open_cpd)
        self.erase_button.clicked.connect(self._erase)
        self.relationships.itemActivated.connect(lambda _item: self._edit_relationship())
        self.add_relationship_button.clicked.connect(self._add_relationship)
        self.edit_relationship_button.clicked.connect(self._edit_relationship)
        self.end_relationship_button.clicked.connect(self._end_relationship)
        self.agreement_button.clicked.connect(self._print_agreement)

    @property
    def person(self) -> Person | None:
        """The person as the database last held them: the base that saves merge against."""
        return self.merged.base

    def _apply_fields(self, person: Person, fields: set[str]) -> None:
        """Show fields changed elsewhere (another window, an import) without counting them as edits."""
        self._loading = True
        try:
            for name, line in (
                ("full_name", self.full_name),
                ("profession_other", self.profession_other),
                ("organisation", self.organisation),
                ("job_title", self.job_title),
                ("email", self.email),
            ):
                if name in fields:
                    line.setText(getattr(person, name))
            for name, area in (("aspirations", self.aspirations), ("notes", self.notes)):
                if name in fields:
                    set_plain_text(area, getattr(person, name))
            if fields & {"equity_recorded", "equity_description"}:
                self.equity.show_choice(person.equity_recorded, person.equity_description)
            for name, box, value in (
                ("kind", self.kind, person.kind.value),
                ("profession", self.profession, person.profession),
                ("band", self.band, person.band),
                ("career_stage", self.stage, person.career_stage),
            ):
                if name in fields:
                    select_data(box, value)
        finally:
            self._loading = False
        self._sync_other()
        self._refresh_header()

    def follow_store(self) -> None:
        """Take in what another window or an import changed for this person."""
        self.merged.follow()

    def load(self, person: Person | None) -> None:
        self.autosaver.flush()
        if person is not None:
            person = self.store.people.find(person.id) or person
        self.merged.load(person)
        self._loading = True
        try:
            self.setEnabled(person is not None)
            if person is None:
                self.heading.setText(self.tr("Choose a person"))
                self.status_line.clear()
                for _text, widget in self._rows:
                    if isinstance(widget, QLineEdit | QPlainTextEdit):
                        widget.clear()
                self.relationships.clear()
                return
            self.full_name.setText(person.full_name)
            self.profession_other.setText(person.profession_other)
            self.organisation.setText(person.organisation)
            self.job_title.setText(person.job_title)
            self.email.setText(person.email)
            self.aspirations.setPlainText(person.aspirations)
            self.notes.setPlainText(person.notes)
            select_data(self.kind, person.kind.value)
            select_data(self.profession, person.profession)
            select_data(self.band, person.band)
            select_data(self.stage, person.career_stage)
            self.equity.show_choice(person.equity_recorded, person.equity_description)
            self.kind.setEnabled(not person.is_owner)
            self.archive_button.setVisible(not person.is_owner)
            self.erase_button.setVisible(not person.is_owner)
            self._refresh_header()
            self._refresh_relationships()
        finally:
            self._loading = False
        self.name_hint.clear()
        self._sync_other()

    def show_sensitive(self, shown: bool) -> None:
        """Notes about a person (where "going through a divorce" would go) leave the screen while sharing."""
        self._form.setRowVisible(self.notes, shown)
        self.equity.setVisible(shown)

    def _shows(self, person_id: str, people: dict[str, Person]) -> bool:
        person = people.get(person_id)
        return self.privacy is None or person is None or self.privacy.shows(person)

    def _refresh_header(self) -> None:
        person = self.person
        if person is None:
            return
        suffix = self.tr(" (you)") if person.is_owner else ""
        self.heading.setText(person.full_name + suffix)
        if person.archived:
            self.status_line.setText(self.tr("Archived. Their records are kept; restore to work with them."))
            self.archive_button.setText(self.tr("Restore"))
        else:
            self.status_line.setText(labels.person_kinds()[person.kind])
            self.archive_button.setText(self.tr("Archive"))

    def _sync_other(self) -> None:
        is_other = self.profession.currentData() == OTHER_PROFESSION
        self.profession_other.setEnabled(is_other)

    def _edited(self, *_args: object) -> None:
        if self._loading or self.person is None:
            return
        self._sync_other()
        self.autosaver.touch()

    def save(self) -> bool:
        person = self.person
        if person is None:
            return True
        name = self.full_name.text().strip()
        if not name:
            self.name_hint.setText(self.tr("A name is needed; the last name given is kept until then."))
            name = person.full_name
        else:
            self.name_hint.clear()
        updated = replace(
            person,
            full_name=name,
            kind=PersonKind(self.kind.currentData()) if not person.is_owner else person.kind,
            profession=self.profession.currentData() or "",
            profession_other=self.profession_other.text().strip(),
            band=self.band.currentData() or "",
            organisation=self.organisation.text().strip(),
            job_title=self.job_title.text().strip(),
            career_stage=self.stage.currentData() or "",
            email=self.email.text().strip(),
            aspirations=self.aspirations.toPlainText(),
            notes=self.notes.toPlainText(),
            equity_recorded=self.equity.recorded.isChecked(),
            equity_description=self.equity.description.text().strip()
            if self.equity.recorded.isChecked()
            else "",
        )
        if self.merged.save(updated) is None:
            return False
        self._refresh_header()
        return True

    def _toggle_archive(self) -> None:
        person = self.person
        if person is None or person.is_owner:
            return
        self.autosaver.flush()
        change = self.store.people.restore if person.archived else self.store.people.archive
        changed = self.write(change, person.id)
        if changed is None:
            return
        self.merged.base = changed
        self._refresh_header()

    def _erase(self) -> None:
        person = self.person
        if person is None or person.is_owner:
            return
        self.autosaver.flush()
        from leadapp.ui.people.erase_dialog import EraseDialog

        if EraseDialog(self.store, person.id, self).exec() == QDialog.DialogCode.Accepted:
            self.load(None)

    def _refresh_relationships(self) -> None:
        self.relationships.clear()
        person = self.person
        if person is None:
            return
        people = {p.id: p for p in self.store.people.listing(include_archived=True)}
        names = {key: p.full_name for key, p in people.items()}
        kinds = labels.relationship_kinds()
        formalities = labels.formalities()
        for rel in self.store.relationships.for_person(person.id):
            other = rel.mentee_id if rel.mentor_id == person.id else rel.mentor_id
            if not self._shows(other, people):
                continue
            side = self.tr("mentee") if rel.mentee_id == other else self.tr("supporting")
            period = self._period(rel.start_date, rel.end_date)
            formality = formalities[rel.formality].lower()
            text = f"{kinds[rel.kind]} · {names.get(other, '?')} ({side}) · {formality}{period}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, rel.id)
            self.relationships.addItem(item)
        if self.relationships.count() == 0:
            empty = QListWidgetItem(self.tr("No relationships yet: add one to record the agreement."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.relationships.addItem(empty)
        self.edit_relationship_button.setEnabled(self._selected_relationship_id() is not None)
        self.agreement_button.setEnabled(self._selected_relationship_id() is not None)

    def _period(self, start: date | None, end: date | None) -> str:
        if start and end:
            return self.tr(" · {0} to {1}").format(format_date(start), format_date(end))
        if start:
            return self.tr(" · since {0}").format(format_date(start))
        if end:
            return self.tr(" · ended {0}").format(format_date(end))
        return ""

    def _selected_relationship_id(self) -> str | None:
        item = self.relationships.currentItem() or (
            self.relationships.item(0) if self.relationships.count() == 1 else None
        )
        value = item.data(Qt.ItemDataRole.UserRole) if item else None
        return str(value) if value else None

    def _default_relationship(self) -> Relationship:
        person = self.person
        assert person is not None
        owner = self.store.people.owner()
        owner_id = owner.id if owner else person.id
        owner_is_mentee = owner is not None and owner.kind == PersonKind(OwnerRole.MENTEE.value)
        if person.is_owner:
            return Relationship(mentor_id=person.id, mentee_id=person.id)
        if person.kind == PersonKind.MENTEE and not owner_is_mentee:
            return Relationship(mentor_id=owner_id, mentee_id=person.id, start_date=today())
        return Relationship(mentor_id=person.id, mentee_id=owner_id, start_date=today())

    def _run_dialog(self, relationship: Relationship) -> None:
        people = [p for p in self.store.people.listing() if self.privacy is None or self.privacy.shows(p)]
        dialog = RelationshipDialog(people, relationship, self)
        if dialog.exec() != RelationshipDialog.DialogCode.Accepted:
            return
        saved = self.write(
            self.store.relationships.save_edits, relationship, dialog.relationship(), keep_both=True
        )
        if saved is not None and saved.conflicts:
            QMessageBox.information(
                self,
                self.tr("Changed in another window"),
                self.tr(
                    "This relationship was also changed in another window while the dialog was open. "
                    "Both versions of the text are kept; check {0}."
                ).format(", ".join(dialog.field_name(c.field) for c in saved.conflicts)),
            )
        self._refresh_relationships()

    def _add_relationship(self) -> None:
        if self.person is not None:
            self._run_dialog(self._default_relationship())

    def _edit_relationship(self) -> None:
        rel_id = self._selected_relationship_id()
        if rel_id:
            self._run_dialog(self.store.relationships.get(rel_id))

    def _end_relationship(self) -> None:
        rel_id = self._selected_relationship_id()
        if not rel_id:
            return
        rel = self.store.relationships.get(rel_id)
        answer = QMessageBox.question(
            self,
            self.tr("End relationship"),
            self.tr("End this relationship today? Its sessions and notes are kept."),
        )
        if answer == QMessageBox.StandardButton.Yes and self.wrote(
            self.store.relationships.set_fields, rel.id, end_date=today()
        ):
            self._refresh_relationships()

    def _print_agreement(self) -> None:
        """The agreement opens in a preview with Print and Save, like every document."""
        rel_id = self._selected_relationship_id()
        if not rel_id or self.privacy is None:
            return
        self.autosaver.flush()
        dialog = PreviewDialog(
            self.store.path,
            self.ref,
            lambda _private: DocumentRequest(DocumentKind.AGREEMENT, rel_id),
            self.privacy,
            parent=self,
        )
        dialog.exec()

    def _open_cpd(self) -> None:
        person = self.person
        if person is None or self.privacy is None:
            return
        self.autosaver.flush()
        from leadapp.ui.reports.cpd_builder import CpdBuilderDialog

        CpdBuilderDialog(self.store, self.ref, self.privacy, person.id, self).exec()
