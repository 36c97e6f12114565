"""The HCPC CPD profile builder: one mentee's draft, saved as it is typed, with the gaps and counts in view.

The dated list is always rebuilt from the person's activities; what is kept is what they write and choose.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from leadapp.documents import DocumentKind, DocumentRequest
from leadapp.domain.cpd import (
    SOURCE,
    STANDARDS,
    CpdProfile,
    CpdSummary,
    Gap,
    choice_message,
    gap_note,
    learning_mix,
    practice_scaffold,
    scaffold,
    statement_words,
    summary_words,
    with_gap_note,
)
from leadapp.domain.ids import today
from leadapp.domain.people import profession_label
from leadapp.domain.reference import Reference
from leadapp.owned_records import save_cpd_markdown
from leadapp.store.cpd import cpd_summary
from leadapp.store.store import Store
from leadapp.ui import labels
from leadapp.ui.privacy import Privacy
from leadapp.ui.reports.preview_dialog import PreviewDialog
from leadapp.ui.screen import StoreWriting
from leadapp.ui.widgets.autosave import Autosaver
from leadapp.ui.widgets.date_field import DateField, format_date
from leadapp.ui.widgets.forms import labelled_row, note, subheading
from leadapp.ui.widgets.layouts import clear_layout
from leadapp.ui.widgets.merged_record import ConflictNotice, MergedRecord, set_plain_text
from leadapp.ui.widgets.roles import NoticeLabel, set_role
from leadapp.ui.widgets.tick_boxes import outlined


def _text_area(lines: int) -> QPlainTextEdit:
    area = QPlainTextEdit()
    area.setTabChangesFocus(True)
    area.setMinimumHeight(area.fontMetrics().lineSpacing() * lines)
    return area


class CpdBuilder(StoreWriting, QWidget):
    """Shown in its own window from Reports or from a person's page."""

    def __init__(
        self, store: Store, ref: Reference, privacy: Privacy, person_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.ref = ref
        self.privacy = privacy
        self.person_id = person_id
        self._loading = False
        self._summary: CpdSummary | None = None
        self._gap_fields: list[tuple[Gap, QLineEdit]] = []
        self.autosaver = Autosaver(self.save, self)
        self.autosaver.flush_when_focus_leaves(self)
        names = {
            "renewal_date": self.tr("Renewal date"),
            "practice_summary": self.tr("Summary of practice"),
            "chosen_activity_ids": self.tr("Activities chosen"),
            "gap_notes": self.tr("Gap explanations"),
        }
        names.update({f"standard_{s.number}": self.tr("Standard {0}").format(s.number) for s in STANDARDS})
        self.conflicts = ConflictNotice(names)
        self.merged = MergedRecord(
            store.cpd_profiles, self.autosaver, self.conflicts, self._apply, self.problem.emit, self
        )
        self.setAccessibleName(self.tr("HCPC CPD profile builder"))
        self._build()
        self._connect()
        self.load()

    # Building

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.heading = QLabel()
        set_role(self.heading, "heading")
        outer.addWidget(self.heading)
        outer.addWidget(
            note(
                self.tr(
                    "A draft of the profile HCPC asks for if you are chosen for audit, built from your "
                    "activities and saved as you type. Standards summarised in our own words from the {0}."
                ).format(SOURCE)
            )
        )
        outer.addWidget(self.conflicts)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        self.body = QVBoxLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self._build_activities()
        self._build_statement()
        buttons = QHBoxLayout()
        self.pdf_button = QPushButton(self.tr("&Show as PDF…"))
        self.markdown_button = QPushButton(self.tr("Save as &Markdown…"))
        buttons.addStretch(1)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.markdown_button)
        outer.addLayout(buttons)

    def _build_activities(self) -> None:
        """The period covered and the dated list of CPD activities, four to six ticked for the statement."""
        period = QFormLayout()
        self.renewal = DateField()
        self.period_from = DateField()
        self.period_to = DateField()
        labelled_row(period, self.tr("&Renewal date"), self.renewal)
        labelled_row(period, self.tr("Period &from"), self.period_from)
        labelled_row(period, self.tr("Period &to"), self.period_to)
        self.body.addLayout(period)
        self.body.addWidget(note(self.tr("Leave the period empty for the two years up to the renewal date.")))

        self.body.addWidget(subheading(self.tr("Dated list of CPD activities")))
        self.gap_box = QVBoxLayout()
        self.body.addLayout(self.gap_box)
        self.activities = outlined(QListWidget())
        self.activities.setAccessibleName(self.tr("CPD activities; tick four to six for the statement"))
        self.activities.setMinimumHeight(self.activities.fontMetrics().lineSpacing() * 8)
        self.activities.setWordWrap(True)
        self.body.addWidget(self.activities)
        self.mix = QLabel()
        self.mix.setWordWrap(True)
        self.mix.setAccessibleName(self.tr("Learning-type mix"))
        self.choice = QLabel()
        self.choice.setAccessibleName(self.tr("Activities chosen for the statement"))
        self.body.addWidget(self.mix)
        self.body.addWidget(self.choice)

    def _build_statement(self) -> None:
        """The summary of practice and the personal statement, one box per standard."""
        self.body.addWidget(subheading(self.tr("Summary of practice history")))
        self.body.addWidget(
            note(self.tr("Your role, who you work with and what you do, in about 500 words."))
        )
        self.summary = _text_area(6)
        self.summary.setAccessibleName(self.tr("Summary of practice history"))
        self.summary_count = QLabel()
        self.body.addWidget(self.summary)
        self.body.addWidget(self.summary_count)

        statement_row = QHBoxLayout()
        statement_row.addWidget(subheading(self.tr("Personal statement")), 1)
        self.draft_button = QPushButton(self.tr("&Draft empty parts from the records"))
        self.draft_button.setAccessibleDescription(
            self.tr(
                "Fills the summary and each standard still empty with what your records already say; "
                "nothing you wrote is replaced."
            )
        )
        statement_row.addWidget(self.draft_button)
        self.body.addLayout(statement_row)
        self.statement_count = QLabel()
        self.body.addWidget(self.statement_count)
        self.standards: dict[int, QPlainTextEdit] = {}
        for standard in STANDARDS:
            label = QLabel(self.tr("Standard {0}: {1}").format(standard.number, standard.summary))
            label.setWordWrap(True)
            set_role(label, "subheading")
            area = _text_area(5)
            area.setPlaceholderText(standard.prompt)
            area.setAccessibleName(self.tr("Standard {0}").format(standard.number))
            area.setAccessibleDescription(standard.prompt)
            label.setBuddy(area)
            self.standards[standard.number] = area
            self.body.addWidget(label)
            self.body.addWidget(area)

    def _connect(self) -> None:
        for field in (self.renewal, self.period_from, self.period_to):
            field.date_changed.connect(self._dates_edited)
        for area in (self.summary, *self.standards.values()):
            area.textChanged.connect(self._edited)
        self.activities.itemChanged.connect(self._edited)
        self.draft_button.clicked.connect(self.draft_from_records)
        self.pdf_button.clicked.connect(self.show_pdf)
        self.markdown_button.clicked.connect(self.choose_markdown)

    # Loading and showing

    def load(self) -> None:
        profile = self.write(self.store.cpd_profiles.open_for, self.person_id)
        if profile is None:
            self.setEnabled(False)
            return
        self.merged.load(profile)
        self._loading = True
        try:
            self.renewal.set_value(profile.renewal_date)
            self.period_from.set_value(profile.period_from)
            self.period_to.set_value(profile.period_to)
            self.summary.setPlainText(profile.practice_summary)
            for number, area in self.standards.items():
                area.setPlainText(profile.standard_text(number))
        finally:
            self._loading = False
        self._rebuild()

    def _apply(self, profile: CpdProfile, fields: set[str]) -> None:
        self._loading = True
        try:
            for name, field in (
                ("renewal_date", self.renewal),
                ("period_from", self.period_from),
                ("period_to", self.period_to),
            ):
                if name in fields:
                    field.set_value(getattr(profile, name))
            if "practice_summary" in fields:
                set_plain_text(self.summary, profile.practice_summary)
            for number, area in self.standards.items():
                if f"standard_{number}" in fields:
                    set_plain_text(area, profile.standard_text(number))
        finally:
            self._loading = False
        self._rebuild()

    def _rebuild(self) -> None:
        """The list, the gaps and the counts, from the records and the draft as last saved."""
        if self.merged.base is None:
            return
        summary = cpd_summary(self.store, self.person_id, today())
        self._summary = summary
        self.heading.setText(self.tr("HCPC CPD profile: {0}").format(summary.person.full_name))
        self.period_from.setPlaceholderText(format_date(summary.period_from))
        self.period_to.setPlaceholderText(format_date(summary.period_to))
        self._loading = True
        try:
            self.activities.clear()
            chosen = set(self.merged.base.chosen_activity_ids)
            learning_types = labels.learning_types()
            no_type = self.tr("no type yet")
            for activity in summary.listed:
                kind = learning_types[activity.learning_type] if activity.learning_type else no_type
                span = format_date(activity.start_date)
                if activity.end_date and activity.end_date != activity.start_date:
                    span += f" – {format_date(activity.end_date)}"
                item = QListWidgetItem(f"{span}  ·  {activity.title}  ·  {kind}")
                item.setData(Qt.ItemDataRole.UserRole, activity.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    Qt.CheckState.Checked if activity.id in chosen else Qt.CheckState.Unchecked
                )
                self.activities.addItem(item)
            if not summary.listed:
                empty = QListWidgetItem(self.tr("No activities started or done in this period yet."))
                empty.setFlags(Qt.ItemFlag.NoItemFlags)
                self.activities.addItem(empty)
        finally:
            self._loading = False
        self._rebuild_gaps(summary)
        self._update_counts()

    def _rebuild_gaps(self, summary: CpdSummary) -> None:
        focused = self.focusWidget()
        keep = {gap.start: field for gap, field in self._gap_fields if field is focused}
        clear_layout(self.gap_box, keep=list(keep.values()))
        self._gap_fields = []
        for gap in summary.gaps:
            warning = NoticeLabel(
                self.tr(
                    "⚠ No CPD from {0} to {1} ({2} months). HCPC asks for gaps of three months or more "
                    "to be explained."
                ).format(format_date(gap.start), format_date(gap.end), gap.months)
            )
            field = keep.get(gap.start) or QLineEdit()
            field.setPlaceholderText(self.tr("Why, in a sentence (for example: parental leave)"))
            field.setAccessibleName(
                self.tr("Explain the gap from {0} to {1}").format(
                    format_date(gap.start), format_date(gap.end)
                )
            )
            if field not in keep.values():
                field.setText(gap_note(self.merged.base, gap) if self.merged.base else "")
                field.textEdited.connect(self._edited)
            self.gap_box.addWidget(warning)
            self.gap_box.addWidget(field)
            self._gap_fields.append((gap, field))

    def _chosen_ids(self) -> list[str]:
        ids = []
        for row in range(self.activities.count()):
            item = self.activities.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return ids

    def _update_counts(self) -> None:
        draft = self._draft()
        if draft is None or self._summary is None:
            return
        self.mix.setText(learning_mix(list(self._summary.listed)).message)
        self.choice.setText(choice_message(len(draft.chosen_activity_ids)))
        self.summary_count.setText(summary_words(draft).message)
        self.statement_count.setText(self.tr("Statement: {0}").format(statement_words(draft).message))

    # Editing and saving

    def _draft(self) -> CpdProfile | None:
        base = self.merged.base
        if base is None:
            return None
        notes = list(base.gap_notes)
        for gap, field in self._gap_fields:
            notes = with_gap_note(notes, gap, field.text())
        values = {f"standard_{n}": area.toPlainText() for n, area in self.standards.items()}
        return replace(
            base,
            renewal_date=self.renewal.value() if self.renewal.is_valid() else base.renewal_date,
            period_from=self.period_from.value() if self.period_from.is_valid() else base.period_from,
            period_to=self.period_to.value() if self.period_to.is_valid() else base.period_to,
            practice_summary=self.summary.toPlainText(),
            chosen_activity_ids=self._chosen_ids()
            if self._summary and self._summary.listed
            else base.chosen_activity_ids,
            gap_notes=notes,
            **values,
        )

    def _edited(self, *_args: object) -> None:
        if self._loading:
            return
        self._update_counts()
        self.autosaver.touch()

    def _dates_edited(self) -> None:
        self._edited()

    def save(self) -> bool:
        """A changed period or renewal date rebuilds the list and its gaps once it is saved."""
        draft = self._draft()
        before = self.merged.base
        if draft is None or before is None:
            return True
        if self.merged.save(draft) is None:
            return False
        after = self.merged.base
        period = ("renewal_date", "period_from", "period_to")
        if after is not None and any(getattr(after, n) != getattr(before, n) for n in period):
            self._rebuild()
        return True

    def draft_from_records(self) -> None:
        self.autosaver.flush()
        summary = cpd_summary(self.store, self.person_id, today())
        values = {v.code: v.label for c in self.ref.categories for v in c.development_value}
        for number, area in self.standards.items():
            if not area.toPlainText().strip():
                area.setPlainText(scaffold(number, list(summary.chosen), list(summary.listed), values))
        if not self.summary.toPlainText().strip():
            person = summary.person
            band = {b.code: b.label for b in self.ref.bands}.get(person.band, "")
            profession = profession_label(person, self.ref.profession_names())
            self.summary.setPlainText(practice_scaffold(person, profession, band))
        self.autosaver.flush()

    # Documents

    def show_pdf(self) -> None:
        self.autosaver.flush()
        person_id = self.person_id
        dialog = PreviewDialog(
            self.store.path,
            self.ref,
            lambda _private: DocumentRequest(DocumentKind.CPD, person_id),
            self.privacy,
            parent=self,
        )
        dialog.exec()

    def choose_markdown(self) -> None:
        self.autosaver.flush()
        name = self._summary.person.full_name if self._summary else "profile"
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the CPD profile as Markdown"),
            str(Path.home() / f"cpd-profile-{'-'.join(name.lower().split())}.md"),
            self.tr("Markdown (*.md)"),
        )
        if path:
            self.save_markdown(Path(path))

    def save_markdown(self, path: Path) -> bool:
        return self.wrote(save_cpd_markdown, self.store, self.ref, self.person_id, path)


class CpdBuilderDialog(QDialog):
    """The builder in a window of its own; closing it saves what was typed."""

    def __init__(
        self, store: Store, ref: Reference, privacy: Privacy, person_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.builder = CpdBuilder(store, ref, privacy, person_id, self)
        self.message = QLabel()
        set_role(self.message, "error")
        self.message.setWordWrap(True)
        self.builder.problem.connect(self.message.setText)
        layout.addWidget(self.builder, 1)
        layout.addWidget(self.message)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self.setWindowTitle(self.tr("HCPC CPD profile"))
        self.privacy = privacy
        self.store = store
        self.person_id = person_id
        privacy.scope_changed.connect(self._follow_sharing)
        metrics = self.fontMetrics()
        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = metrics.averageCharWidth() * 110, metrics.height() * 48
        if screen is not None:
            width, height = min(width, screen.width() - 40), min(height, screen.height() - 60)
        self.resize(width, height)

    def _follow_sharing(self) -> None:
        """Sharing the screen with another mentee in front of you closes this one's profile (saved first)."""
        person = self.store.people.find(self.person_id)
        if person is not None and not self.privacy.shows(person):
            self.reject()

    def done(self, result: int) -> None:
        self.builder.autosaver.flush()
        super().done(result)
