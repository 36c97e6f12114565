"""The activity editor: what matters first, the rest in sections that open when needed; saved as typed."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from leadapp.domain.activities import STAGES, Activity, primary_category
from leadapp.domain.enums import ActivityStatus, LearningType, Reach, Setting
from leadapp.domain.reference import Reference
from leadapp.store.store import Store
from leadapp.ui import labels
from leadapp.ui.activities.evidence_panel import EvidencePanel
from leadapp.ui.keyboard import back_keys
from leadapp.ui.widgets.autosave import Autosaver
from leadapp.ui.widgets.category_chips import CategoryChips
from leadapp.ui.widgets.checklist import Checklist
from leadapp.ui.widgets.choices import fill_items, select_data
from leadapp.ui.widgets.date_field import DateField, format_date, keep_in_order
from leadapp.ui.widgets.finish_later import FinishLaterButton
from leadapp.ui.widgets.forms import labelled_cell, labelled_row
from leadapp.ui.widgets.merged_record import ConflictNotice, MergedRecord, set_plain_text
from leadapp.ui.widgets.roles import set_role
from leadapp.ui.widgets.section import Section

OUTPUTS_OUTCOMES_IMPACT = (
    "Outputs are what the work produced (a report, a pathway, a course). Outcomes are the changes that "
    "followed (shorter waits, fewer falls). Impact is the lasting difference for patients, staff or the "
    "organisation, ideally linked to a trust priority."
)


def _text_area(lines: int) -> QPlainTextEdit:
    area = QPlainTextEdit()
    area.setTabChangesFocus(True)
    area.setMinimumHeight(area.fontMetrics().lineSpacing() * lines)
    area.setMaximumHeight(area.fontMetrics().lineSpacing() * (lines + 4))
    return area


class ActivityEditor(QWidget):
    problem = Signal(str)
    back = Signal()

    def __init__(self, store: Store, ref: Reference, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.ref = ref
        self._loading = False
        self.autosaver = Autosaver(self.save, self)
        self.conflicts = ConflictNotice(self._field_names())
        self.merged = MergedRecord(
            store.activities, self.autosaver, self.conflicts, self._apply_fields, self.problem.emit, self
        )
        self._build()
        self._connect()

    # Building ------------------------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← All activities"))
        self.back_button.setAccessibleName(self.tr("Back to all activities"))
        self.heading = QLabel()
        set_role(self.heading, "heading")
        self.heading.setWordWrap(True)
        top.addWidget(self.back_button)
        top.addWidget(self.heading, 1)
        self.finish_later = FinishLaterButton(self.store.activities, self.flush, self)
        top.addWidget(self.finish_later)
        outer.addLayout(top)
        self.owner_line = QLabel()
        set_role(self.owner_line, "secondary")
        outer.addWidget(self.owner_line)
        outer.addWidget(self.conflicts)
        outer.addLayout(self._build_basics())
        for section in self._build_sections():
            outer.addWidget(section)
        outer.addStretch(1)

    def _build_basics(self) -> QFormLayout:
        """Title, categories, the short facts in a grid, and the description."""
        first = QFormLayout()
        self.title = QLineEdit()
        self.title.setMaxLength(300)
        labelled_row(first, self.tr("&Title"), self.title)
        self.chips = CategoryChips(self.ref.categories)
        labelled_row(first, self.tr("Categories (Alt+1 … Alt+5)"), self.chips)
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        grid.setContentsMargins(0, 0, 0, 0)
        self.primary = QComboBox()
        self.stage = QComboBox()
        fill_items(
            self.stage, [(s.code, s.label) for s in self.ref.stages if s.code in STAGES], self.tr("Not set")
        )
        self.status = QComboBox()
        fill_items(self.status, [(k.value, v) for k, v in labels.activity_statuses().items()])
        self.start = DateField()
        self.end = DateField()
        self.setting = QComboBox()
        fill_items(self.setting, [(k.value, v) for k, v in labels.settings().items()])
        self.reach = QComboBox()
        fill_items(self.reach, [(k.value, v) for k, v in labels.reaches().items()], self.tr("Not set"))
        cells: list[tuple[str, QWidget]] = [
            (self.tr("&Primary"), self.primary),
            (self.tr("St&age"), self.stage),
            (self.tr("Stat&us"), self.status),
            (self.tr("&Started"), self.start),
            (self.tr("E&nded"), self.end),
            (self.tr("Sett&ing"), self.setting),
            (self.tr("&Reach"), self.reach),
        ]
        for position, (text, widget) in enumerate(cells):
            labelled_cell(grid, text, widget, position // 4, (position % 4) * 2)
        first.addRow(grid_widget)
        self.description = _text_area(3)
        labelled_row(first, self.tr("&Description"), self.description)
        return first

    def _build_sections(self) -> list[Section]:
        """The folding sections below the basics, in the order they are shown."""
        value_box = QWidget()
        value_form = QFormLayout(value_box)
        self.value = Checklist(self.tr("Development value gained"))
        self.value_other = QLineEdit()
        self.benefit = _text_area(2)
        labelled_row(value_form, self.tr("Value gained"), self.value)
        labelled_row(value_form, self.tr("Other value"), self.value_other)
        labelled_row(value_form, self.tr("Benefit to the organisation"), self.benefit)
        self.value_section = Section(self.tr("Value gained and benefit to the organisation"), value_box)

        self.behaviours = Checklist(self.tr("Behaviours shown"))
        self.behaviours.set_items(
            [(g.name, [(i.code, i.label) for i in g.items]) for g in self.ref.behaviour_groups], []
        )
        self.behaviours_section = Section(self.tr("Behaviours shown"), self.behaviours)

        track_box = QWidget()
        track_form = QFormLayout(track_box)
        explain = QLabel(self.tr(OUTPUTS_OUTCOMES_IMPACT))
        explain.setWordWrap(True)
        set_role(explain, "secondary")
        track_form.addRow(explain)
        self.outputs = _text_area(2)
        self.outcomes = _text_area(2)
        self.impact = _text_area(2)
        labelled_row(track_form, self.tr("Out&puts"), self.outputs)
        labelled_row(track_form, self.tr("Out&comes"), self.outcomes)
        labelled_row(track_form, self.tr("I&mpact"), self.impact)
        self.track_section = Section(self.tr("Track record: outputs, outcomes and impact"), track_box)

        self.learning_section = Section(self.tr("Formal learning and CPD type"), self._build_learning())

        people_box = QWidget()
        people_form = QFormLayout(people_box)
        self.related = QComboBox()
        self.session = QComboBox()
        labelled_row(people_form, self.tr("Mentor, champion or coach"), self.related)
        labelled_row(people_form, self.tr("Came from session"), self.session)
        self.people_section = Section(self.tr("People and sessions"), people_box)

        self.evidence = EvidencePanel(self.store)
        self.evidence_section = Section(self.tr("Evidence: notes, links and files"), self.evidence)

        self.readiness = Checklist(self.tr("Evidence for what boards expect"))
        self.readiness.set_items([("", [(e.code, e.label) for e in self.ref.board_expectations])], [])
        self.readiness_section = Section(self.tr("Evidence for what boards expect"), self.readiness)
        return [
            self.value_section,
            self.behaviours_section,
            self.track_section,
            self.learning_section,
            self.people_section,
            self.evidence_section,
            self.readiness_section,
        ]

    def _build_learning(self) -> QWidget:
        learning_box = QWidget()
        learning_form = QFormLayout(learning_box)
        self.learning_type = QComboBox()
        fill_items(
            self.learning_type, [(k.value, v) for k, v in labels.learning_types().items()], self.tr("Not set")
        )
        self.programme = QComboBox()
        self.programme.setEditable(True)
        self.programme.addItem("", "")
        for programme in self.ref.programmes:
            self.programme.addItem(programme.name, programme.code)
        self.provider = QLineEdit()
        self.level = QComboBox()
        fill_items(self.level, [(i.code, i.label) for i in self.ref.study_levels], self.tr("Not set"))
        self.funding = QComboBox()
        fill_items(self.funding, [(i.code, i.label) for i in self.ref.funding], self.tr("Not set"))
        labelled_row(learning_form, self.tr("Programme"), self.programme)
        labelled_row(learning_form, self.tr("Provider"), self.provider)
        labelled_row(learning_form, self.tr("Level"), self.level)
        labelled_row(learning_form, self.tr("Funding"), self.funding)
        labelled_row(learning_form, self.tr("HCPC learning type"), self.learning_type)
        return learning_box

    def _connect(self) -> None:
        self.back_button.clicked.connect(self._go_back)
        back_keys(self, self._go_back)
        self.finish_later.problem.connect(self.problem)
        self.evidence.problem.connect(self.problem)
        for line in (self.title, self.value_other, self.provider):
            line.textEdited.connect(self._edited)
            line.editingFinished.connect(self.autosaver.flush)
        for field in (self.start, self.end):
            field.date_changed.connect(self._edited)
            field.editingFinished.connect(self.autosaver.flush)
        keep_in_order(self.start, self.end, self.tr("start date"), self.tr("end date"))
        for area in (self.description, self.benefit, self.outputs, self.outcomes, self.impact):
            area.textChanged.connect(self._edited)
        for box in (
            self.primary,
            self.stage,
            self.status,
            self.setting,
            self.reach,
            self.learning_type,
            self.level,
            self.funding,
            self.related,
            self.session,
        ):
            box.activated.connect(self._edited)
        self.programme.currentTextChanged.connect(self._edited)
        for checklist in (self.value, self.behaviours, self.readiness):
            checklist.changed.connect(self._edited)
        self.chips.changed.connect(self._on_categories)
        self.autosaver.flush_when_focus_leaves(self)

    @property
    def activity(self) -> Activity | None:
        """The activity as the database last held it: the base that saves merge against."""
        return self.merged.base

    def _field_names(self) -> dict[str, str]:
        return {
            "title": self.tr("Title"),
            "categories": self.tr("Categories"),
            "primary_category": self.tr("Primary"),
            "stage": self.tr("Stage"),
            "status": self.tr("Status"),
            "start_date": self.tr("Started"),
            "end_date": self.tr("Ended"),
            "setting": self.tr("Setting"),
            "reach": self.tr("Reach"),
            "description": self.tr("Description"),
            "development_value": self.tr("Value gained"),
            "development_value_other": self.tr("Other value"),
            "organisational_benefit": self.tr("Benefit to the organisation"),
            "behaviours": self.tr("Behaviours shown"),
            "outputs": self.tr("Outputs"),
            "outcomes": self.tr("Outcomes"),
            "impact": self.tr("Impact"),
            "learning_type": self.tr("HCPC learning type"),
            "programme": self.tr("Programme"),
            "provider": self.tr("Provider"),
            "level": self.tr("Level"),
            "funding": self.tr("Funding"),
            "related_person_id": self.tr("Mentor, champion or coach"),
            "session_id": self.tr("Came from session"),
            "readiness": self.tr("Evidence for what boards expect"),
        }

    def _apply_fields(self, activity: Activity, fields: set[str]) -> None:
        """Show fields changed elsewhere (another window, an import) without counting them as edits."""
        texts = {
            "description": self.description,
            "organisational_benefit": self.benefit,
            "outputs": self.outputs,
            "outcomes": self.outcomes,
            "impact": self.impact,
        }
        lines = {
            "title": self.title,
            "development_value_other": self.value_other,
            "provider": self.provider,
        }
        if "finish_later" in fields:
            self.finish_later.show_for(activity.id, activity.finish_later)
        self._loading = True
        try:
            for name in fields:
                if name in texts:
                    set_plain_text(texts[name], getattr(activity, name))
                elif name in lines:
                    lines[name].setText(getattr(activity, name))
            if fields & {"categories", "primary_category", "development_value"}:
                self.chips.set_codes(activity.categories)
                self._fill_primary(activity.primary_category)
                self._fill_value(activity.development_value)
            choices = {
                "stage": (self.stage, activity.stage),
                "status": (self.status, activity.status.value),
                "setting": (self.setting, activity.setting.value),
                "reach": (self.reach, activity.reach.value if activity.reach else ""),
                "learning_type": (
                    self.learning_type,
                    activity.learning_type.value if activity.learning_type else "",
                ),
                "level": (self.level, activity.level),
                "funding": (self.funding, activity.funding),
            }
            for name in fields & choices.keys():
                select_data(*choices[name])
            if "start_date" in fields:
                self.start.set_value(activity.start_date)
            if "end_date" in fields:
                self.end.set_value(activity.end_date)
            if "programme" in fields:
                self.programme.setCurrentText(activity.programme)
            if fields & {"related_person_id", "session_id"}:
                self._fill_people(activity)
            if "behaviours" in fields:
                self.behaviours.set_items(
                    [(g.name, [(i.code, i.label) for i in g.items]) for g in self.ref.behaviour_groups],
                    activity.behaviours,
                )
            if "readiness" in fields:
                self.readiness.set_items(
                    [("", [(e.code, e.label) for e in self.ref.board_expectations])], activity.readiness
                )
        finally:
            self._loading = False
        self.heading.setText(activity.title or self.tr("New activity"))

    def follow_store(self) -> None:
        """Take in what another window or an import changed in this activity."""
        self.merged.follow()

    def load(self, activity: Activity | None) -> None:
        self.flush()
        self.merged.load(activity)
        self.evidence.load(activity.id if activity else None)
        if activity is None:
            return
        self.finish_later.show_for(activity.id, activity.finish_later)
        self._loading = True
        try:
            person = self.store.people.find(activity.person_id)
            self.owner_line.setText(self.tr("Activity of {0}").format(person.full_name) if person else "")
            self.title.setText(activity.title)
            self.chips.set_codes(activity.categories)
            self._fill_primary(activity.primary_category)
            select_data(self.stage, activity.stage)
            select_data(self.status, activity.status.value)
            self.start.set_value(activity.start_date)
            self.end.set_value(activity.end_date)
            select_data(self.setting, activity.setting.value)
            select_data(self.reach, activity.reach.value if activity.reach else "")
            self.description.setPlainText(activity.description)
            self._fill_value(activity.development_value)
            self.value_other.setText(activity.development_value_other)
            self.benefit.setPlainText(activity.organisational_benefit)
            self.behaviours.set_items(
                [(g.name, [(i.code, i.label) for i in g.items]) for g in self.ref.behaviour_groups],
                activity.behaviours,
            )
            self.outputs.setPlainText(activity.outputs)
            self.outcomes.setPlainText(activity.outcomes)
            self.impact.setPlainText(activity.impact)
            select_data(self.learning_type, activity.learning_type.value if activity.learning_type else "")
            self.programme.setCurrentText(activity.programme)
            self.provider.setText(activity.provider)
            select_data(self.level, activity.level)
            select_data(self.funding, activity.funding)
            self._fill_people(activity)
            self.readiness.set_items(
                [("", [(e.code, e.label) for e in self.ref.board_expectations])], activity.readiness
            )
            self._open_sections_for(activity.categories, initial=True)
            self.heading.setText(activity.title or self.tr("New activity"))
        finally:
            self._loading = False

    def _fill_primary(self, primary: str) -> None:
        chosen = self.chips.codes()
        fill_items(self.primary, [(c, self.ref.category(c).short) for c in chosen], self.tr("—"))
        select_data(self.primary, primary_category(chosen, primary))

    def _fill_value(self, ticked: list[str]) -> None:
        groups = [
            (
                self.ref.category(code).name,
                [(i.code, i.label) for i in self.ref.category(code).development_value],
            )
            for code in self.chips.codes()
        ]
        self.value.set_items(groups, ticked)

    def _fill_people(self, activity: Activity) -> None:
        supporters = self.store.people.supporter_choices(activity.person_id, activity.related_person_id)
        fill_items(self.related, [(p.id, p.full_name) for p in supporters], self.tr("None"))
        select_data(self.related, activity.related_person_id or "")
        sessions = self.store.sessions.recent_for(activity.person_id, 50, keeping=activity.session_id)
        fill_items(self.session, [(s.id, format_date(s.session_date)) for s in sessions], self.tr("None"))
        select_data(self.session, activity.session_id or "")

    def _open_sections_for(self, codes: list[str], initial: bool = False) -> None:
        for code, section in (
            ("track_record", self.track_section),
            ("learning", self.learning_section),
            ("mentors", self.people_section),
        ):
            if code in codes:
                section.set_open(True)
            elif initial:
                section.set_open(False)

    def _on_categories(self) -> None:
        if self._loading or self.activity is None:
            return
        ticked = self.value.codes()
        self._fill_primary(self.primary.currentData() or "")
        self._fill_value(ticked)
        self._open_sections_for(self.chips.codes())
        self._edited()

    def _edited(self, *_args: object) -> None:
        if not self._loading and self.activity is not None:
            self.autosaver.touch()

    def save(self) -> bool:
        activity = self.activity
        if activity is None:
            return True
        programme_text = self.programme.currentText().strip()
        reach = self.reach.currentData()
        learning = self.learning_type.currentData()
        updated = replace(
            activity,
            title=self.title.text().strip() or activity.title,
            categories=self.chips.codes(),
            primary_category=self.primary.currentData() or "",
            stage=self.stage.currentData() or "",
            status=ActivityStatus(self.status.currentData()),
            start_date=self.start.value() if self.start.is_valid() else activity.start_date,
            end_date=self.end.value() if self.end.is_valid() else activity.end_date,
            setting=Setting(self.setting.currentData()),
            reach=Reach(reach) if reach else None,
            description=self.description.toPlainText(),
            development_value=self.value.codes(),
            development_value_other=self.value_other.text().strip(),
            organisational_benefit=self.benefit.toPlainText(),
            behaviours=self.behaviours.codes(),
            outputs=self.outputs.toPlainText(),
            outcomes=self.outcomes.toPlainText(),
            impact=self.impact.toPlainText(),
            learning_type=LearningType(learning) if learning else None,
            programme=programme_text,
            provider=self.provider.text().strip(),
            level=self.level.currentData() or "",
            funding=self.funding.currentData() or "",
            related_person_id=self.related.currentData() or None,
            session_id=self.session.currentData() or None,
            readiness=self.readiness.codes(),
        )
        saved = self.merged.save(updated)
        if saved is None:
            return False
        self.heading.setText(saved.record.title)
        return True

    def flush(self) -> None:
        self.autosaver.flush()

    def _go_back(self) -> None:
        self.flush()
        self.back.emit()

    def focus_title(self) -> None:
        QTimer.singleShot(0, self.title.setFocus)
