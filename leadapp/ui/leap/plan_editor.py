"""One leap-of-faith plan: the step, concerns, support both ways, milestones, reviews and outcome."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from leadapp.domain.enums import PlanStatus
from leadapp.domain.ids import today
from leadapp.domain.leaps import LeapConcern, LeapMilestone, LeapPlan, LeapSupport, is_open, trend
from leadapp.domain.records import Record
from leadapp.domain.reference import Reference
from leadapp.store.leap_planning import close_plan, record_as_activity, record_review
from leadapp.store.store import Store
from leadapp.ui import labels
from leadapp.ui.leap.plan_rows import ConcernRow, MilestoneRow, RecordRow, SupportRow
from leadapp.ui.leap.review_dialog import ReviewDialog
from leadapp.ui.screen import StoreWriting
from leadapp.ui.widgets.autosave import Autosaver
from leadapp.ui.widgets.checklist import Checklist
from leadapp.ui.widgets.choices import fill_items, select_data
from leadapp.ui.widgets.date_field import DateField, format_date, keep_in_order
from leadapp.ui.widgets.forms import labelled_row, note, subheading
from leadapp.ui.widgets.layouts import clear_layout
from leadapp.ui.widgets.merged_record import ConflictNotice, MergedRecord, set_plain_text
from leadapp.ui.widgets.tab_order import removal_last
from leadapp.ui.widgets.tables import list_table


class PlanEditor(StoreWriting, QWidget):
    """Everything about one plan, saved as typed; the screen around it chooses which plan."""

    activity_recorded = Signal(str)
    closed = Signal()

    def __init__(self, store: Store, ref: Reference, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.ref = ref
        self._loading = False
        self.trend_sentence = ""
        self.ratings_shown = True
        self.rows: list[RecordRow] = []
        self.autosaver = Autosaver(self.save, self)
        self.conflicts = ConflictNotice(
            {
                "title": self.tr("Title"),
                "status": self.tr("Status"),
                "opportunity_type": self.tr("Kind of opportunity"),
                "opportunity_other": self.tr("Other kind"),
                "direction": self.tr("Direction"),
                "origin": self.tr("How it arose"),
                "champion_id": self.tr("Champion"),
                "start_date": self.tr("Starts"),
                "review_date": self.tr("Next review"),
                "hopes": self.tr("What the mentee hopes it brings"),
                "outcome": self.tr("Outcome"),
                "benefits": self.tr("Benefits realised"),
                "lessons": self.tr("Lessons learned"),
            }
        )
        self.merged = MergedRecord(
            store.leap_plans, self.autosaver, self.conflicts, self._apply_fields, self.problem.emit, self
        )
        self._build()
        self._connect()

    # Building ------------------------------------------------------------------------------------------

    def _build(self) -> None:
        body = QVBoxLayout(self)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.conflicts)
        self._build_step(body)
        self._build_parts(body)
        self._build_reviews(body)
        self._build_outcome(body)

    def _build_step(self, body: QVBoxLayout) -> None:
        """What the step is, how it arose, who champions it and when it starts."""
        ref = self.ref
        body.addWidget(subheading(self.tr("The step")))
        step = QFormLayout()
        body.addLayout(step)
        self.title = QLineEdit()
        self.status = QComboBox()
        fill_items(self.status, [(k.value, v) for k, v in labels.plan_statuses().items()])
        self.opportunity = QComboBox()
        fill_items(
            self.opportunity, [(i.code, i.label) for i in ref.leap.opportunity_types], self.tr("Not set")
        )
        self.opportunity_other = QLineEdit()
        self.opportunity_other.setPlaceholderText(self.tr("If none of these: describe it"))
        self.direction = QComboBox()
        fill_items(self.direction, [(i.code, i.label) for i in ref.leap.directions], self.tr("Not set"))
        self.origin = QComboBox()
        fill_items(self.origin, [(i.code, i.label) for i in ref.leap.origins], self.tr("Not set"))
        self.champion = QComboBox()
        self.start = DateField()
        self.review_date = DateField()
        self.hopes = QPlainTextEdit()
        self.hopes.setTabChangesFocus(True)
        self.hopes.setMaximumHeight(self.hopes.fontMetrics().lineSpacing() * 5)
        for text, widget in (
            (self.tr("&Title"), self.title),
            (self.tr("Stat&us"), self.status),
            (self.tr("&Kind of opportunity"), self.opportunity),
            (self.tr("Other kind"), self.opportunity_other),
            (self.tr("&Direction"), self.direction),
            (self.tr("How it a&rose"), self.origin),
            (self.tr("&Champion"), self.champion),
            (self.tr("&Starts"), self.start),
            (self.tr("Next re&view"), self.review_date),
            (self.tr("&What the mentee hopes it brings"), self.hopes),
        ):
            labelled_row(step, text, widget)

    def _build_parts(self, body: QVBoxLayout) -> None:
        """Concerns, support, support if it goes less well, and milestones: rows added as they are agreed."""
        body.addWidget(subheading(self.tr("Uncertainties and what will ease them")))
        body.addWidget(
            note(self.tr("The concerns the guide hears most often. Rate each and agree what helps."))
        )
        self.concern_rows = QVBoxLayout()
        body.addLayout(self.concern_rows)
        self.add_concern = QPushButton(self.tr("Add your own concern"))
        body.addWidget(self.add_concern, 0, Qt.AlignmentFlag.AlignLeft)

        body.addWidget(subheading(self.tr("Support")))
        self.support_rows = QVBoxLayout()
        body.addLayout(self.support_rows)
        self.add_support = QPushButton(self.tr("Add support"))
        body.addWidget(self.add_support, 0, Qt.AlignmentFlag.AlignLeft)
        body.addWidget(subheading(self.tr("If it goes less well")))
        body.addWidget(
            note(
                self.tr("Agree now what happens if the step does not work out: a route back, and who helps.")
            )
        )
        self.fallback_rows = QVBoxLayout()
        body.addLayout(self.fallback_rows)
        self.add_fallback = QPushButton(self.tr("Add support if it goes less well"))
        body.addWidget(self.add_fallback, 0, Qt.AlignmentFlag.AlignLeft)

        body.addWidget(subheading(self.tr("Milestones")))
        self.milestone_rows = QVBoxLayout()
        body.addLayout(self.milestone_rows)
        self.add_milestone = QPushButton(self.tr("Add milestone"))
        body.addWidget(self.add_milestone, 0, Qt.AlignmentFlag.AlignLeft)

    def _build_reviews(self, body: QVBoxLayout) -> None:
        body.addWidget(subheading(self.tr("Reviews")))
        self.reviews_model = QStandardItemModel(0, 6, self)
        self.reviews_model.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Confidence"),
                self.tr("Wellbeing"),
                self.tr("Went well"),
                self.tr("Less well"),
                self.tr("Next steps"),
            ]
        )
        self.reviews = list_table(self.tr("Reviews"), self.reviews_model)
        self.reviews.setMinimumHeight(self.fontMetrics().height() * 7)
        body.addWidget(self.reviews)
        self.add_review_button = QPushButton(self.tr("Add review…"))
        body.addWidget(self.add_review_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.trend_holder = QVBoxLayout()
        body.addLayout(self.trend_holder)

    def _build_outcome(self, body: QVBoxLayout) -> None:
        ref = self.ref
        body.addWidget(subheading(self.tr("Outcome")))
        outcome = QFormLayout()
        body.addLayout(outcome)
        self.outcome = QComboBox()
        fill_items(self.outcome, [(i.code, i.label) for i in ref.leap.outcomes], self.tr("Not yet known"))
        self.benefits = Checklist(self.tr("Benefits realised"))
        self.benefits.set_items([("", [(b.code, b.label) for b in ref.leap.benefits])], [])
        self.lessons = QPlainTextEdit()
        self.lessons.setTabChangesFocus(True)
        self.lessons.setMaximumHeight(self.lessons.fontMetrics().lineSpacing() * 5)
        labelled_row(outcome, self.tr("&Outcome"), self.outcome)
        labelled_row(outcome, self.tr("&Benefits realised"), self.benefits)
        labelled_row(outcome, self.tr("&Lessons learned"), self.lessons)
        self.close_button = QPushButton(self.tr("Close the plan as completed…"))
        body.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignLeft)

    def _connect(self) -> None:
        self.add_concern.clicked.connect(self._add_concern)
        self.add_support.clicked.connect(lambda: self._add_support(False))
        self.add_fallback.clicked.connect(lambda: self._add_support(True))
        self.add_milestone.clicked.connect(self._add_milestone)
        self.add_review_button.clicked.connect(lambda: self.add_review())
        self.close_button.clicked.connect(self.close_plan)
        for line in (self.title, self.opportunity_other):
            line.textEdited.connect(self._edited)
            line.editingFinished.connect(self.autosaver.flush)
        for field in (self.start, self.review_date):
            field.date_changed.connect(self._edited)
        keep_in_order(self.start, self.review_date, self.tr("start date"), self.tr("next review"))
        for area in (self.hopes, self.lessons):
            area.textChanged.connect(self._edited)
        for box in (self.status, self.opportunity, self.direction, self.origin, self.champion, self.outcome):
            box.activated.connect(self._edited)
        self.benefits.changed.connect(self._edited)

    def fill_champions(self) -> None:
        current = self.plan.champion_id if self.plan else None
        people = self.store.people.supporter_choices(self.plan.mentee_id if self.plan else None, current)
        fill_items(self.champion, [(p.id, p.full_name) for p in people], self.tr("Not yet"))
        select_data(self.champion, current or "")

    @property
    def plan(self) -> LeapPlan | None:
        """The plan as the database last held it: the base that saves merge against."""
        return self.merged.base

    @plan.setter
    def plan(self, plan: LeapPlan | None) -> None:
        self.merged.load(plan)

    def _apply_fields(self, plan: LeapPlan, fields: set[str]) -> None:
        """Show fields changed elsewhere (another window, an import) without counting them as edits."""
        self._loading = True
        try:
            for name, line in (("title", self.title), ("opportunity_other", self.opportunity_other)):
                if name in fields:
                    line.setText(getattr(plan, name))
            for name, area in (("hopes", self.hopes), ("lessons", self.lessons)):
                if name in fields:
                    set_plain_text(area, getattr(plan, name))
            for name, box, value in (
                ("status", self.status, plan.status.value),
                ("opportunity_type", self.opportunity, plan.opportunity_type),
                ("direction", self.direction, plan.direction),
                ("origin", self.origin, plan.origin),
                ("outcome", self.outcome, plan.outcome),
            ):
                if name in fields:
                    select_data(box, value)
            if "champion_id" in fields:
                self.fill_champions()
            if "start_date" in fields:
                self.start.set_value(plan.start_date)
            if "review_date" in fields:
                self.review_date.set_value(plan.review_date)
            if "benefits" in fields:
                self.benefits.set_items(
                    [("", [(b.code, b.label) for b in self.ref.leap.benefits])], plan.benefits
                )
        finally:
            self._loading = False

    def follow_store(self) -> None:
        """Take in what another window or an import changed in this plan and its rows."""
        self.merged.follow()
        for row in self.rows:
            row.merged.follow()

    def load(self, plan: LeapPlan | None) -> None:
        self.plan = plan
        self.setVisible(plan is not None)
        self._clear_rows()
        if plan is None:
            return
        self._loading = True
        try:
            self.title.setText(plan.title)
            select_data(self.status, plan.status.value)
            select_data(self.opportunity, plan.opportunity_type)
            self.opportunity_other.setText(plan.opportunity_other)
            select_data(self.direction, plan.direction)
            select_data(self.origin, plan.origin)
            self.fill_champions()
            self.start.set_value(plan.start_date)
            self.review_date.set_value(plan.review_date)
            self.hopes.setPlainText(plan.hopes)
            select_data(self.outcome, plan.outcome)
            self.benefits.set_items(
                [("", [(b.code, b.label) for b in self.ref.leap.benefits])], plan.benefits
            )
            self.lessons.setPlainText(plan.lessons)
        finally:
            self._loading = False
        for concern in self.store.leap_concerns.for_plan(plan.id):
            self._row(ConcernRow(self.store.leap_concerns, concern, self.ref), self.concern_rows)
        for support in self.store.leap_supports.for_plan(plan.id):
            target = self.fallback_rows if support.if_less_well else self.support_rows
            self._row(SupportRow(self.store.leap_supports, support, self.ref), target)
        for milestone in self.store.leap_milestones.for_plan(plan.id):
            self._row(MilestoneRow(self.store.leap_milestones, milestone), self.milestone_rows)
        self._show_reviews()
        self.close_button.setEnabled(is_open(plan))

    def _row(self, row: RecordRow, into: QVBoxLayout) -> RecordRow:
        row.problem.connect(self.problem)
        row.removed.connect(lambda r=row: self._drop_row(r))
        into.addWidget(row)
        self.rows.append(row)
        self._order_tabs(into)
        return row

    def _order_tabs(self, section: QVBoxLayout) -> None:
        """In each part of the plan, Remove buttons come after its Add button in the Tab order."""
        adds = {
            id(self.concern_rows): self.add_concern,
            id(self.support_rows): self.add_support,
            id(self.fallback_rows): self.add_fallback,
            id(self.milestone_rows): self.add_milestone,
        }
        rows = [row for row in self.rows if section.indexOf(row) >= 0]
        removal_last([(row.fields(), row.remove) for row in rows], adds[id(section)])

    def _drop_row(self, row: RecordRow) -> None:
        if row in self.rows:
            self.rows.remove(row)
        row.setParent(None)
        row.deleteLater()

    def bring_back_restored(self) -> None:
        """A concern, support or milestone taken out of the bin reappears.

        Rows this editor adds, and the saves of its own rows, are its own changes: the screen does not
        call this for them, so a row being added is never shown twice.
        """
        plan = self.plan
        if plan is None:
            return
        shown = {row.record.id for row in self.rows}
        stored = [
            *self.store.leap_concerns.for_plan(plan.id),
            *self.store.leap_supports.for_plan(plan.id),
            *self.store.leap_milestones.for_plan(plan.id),
        ]
        if any(record.id not in shown for record in stored):
            self.flush()
            self.load(self.plan)

    def _clear_rows(self) -> None:
        for row in list(self.rows):
            row.autosaver.flush()
            self._drop_row(row)

    def _show_reviews(self) -> None:
        clear_layout(self.trend_holder)
        if self.plan is None:
            return
        reviews = self.store.leap_reviews.for_plan(self.plan.id)
        self.reviews_model.setRowCount(len(reviews))
        for position, review in enumerate(reviews):
            values = [
                format_date(review.review_date) + (self.tr(" (session)") if review.session_id else ""),
                str(review.confidence or ""),
                str(review.wellbeing or ""),
                review.went_well,
                review.less_well,
                review.next_steps,
            ]
            for column, value in enumerate(values):
                self.reviews_model.setItem(position, column, QStandardItem(value))
        from leadapp.ui.leap.trend_chart import trend_chart

        view, sentence = trend_chart(trend(reviews), self.palette().windowText().color())
        self.trend_sentence = sentence
        self.trend_holder.addWidget(view)
        view.setVisible(self.ratings_shown)

    def show_ratings(self, shown: bool) -> None:
        """Wellbeing and confidence are sensitive: hidden, with their chart, while sharing the screen."""
        self.ratings_shown = shown
        for column in (1, 2):
            self.reviews.setColumnHidden(column, not shown)
        for position in range(self.trend_holder.count()):
            item = self.trend_holder.itemAt(position)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setVisible(shown)

    def _edited(self, *_args: object) -> None:
        if not self._loading and self.plan is not None:
            self.autosaver.touch()

    def save(self) -> bool:
        plan = self.plan
        if plan is None:
            return True
        updated = replace(
            plan,
            title=self.title.text().strip() or plan.title,
            status=PlanStatus(self.status.currentData()),
            opportunity_type=self.opportunity.currentData() or "",
            opportunity_other=self.opportunity_other.text().strip(),
            direction=self.direction.currentData() or "",
            origin=self.origin.currentData() or "",
            champion_id=self.champion.currentData() or None,
            start_date=self.start.value() if self.start.is_valid() else plan.start_date,
            review_date=self.review_date.value() if self.review_date.is_valid() else plan.review_date,
            hopes=self.hopes.toPlainText(),
            outcome=self.outcome.currentData() or "",
            benefits=self.benefits.codes(),
            lessons=self.lessons.toPlainText(),
        )
        return self.merged.save(updated) is not None

    def flush(self) -> None:
        self.autosaver.flush()
        for row in self.rows:
            row.autosaver.flush()

    def _add_part(
        self, add: Callable[[], Record], row_for: Callable[[Any], RecordRow], into: QVBoxLayout
    ) -> None:
        """Add a concern, support or milestone and put the cursor in it; a failed write is reported."""
        if self.plan is None:
            return
        record = self.write(add)
        if record is None:
            return
        row = self._row(row_for(record), into)
        row.first_field().setFocus()

    def _add_concern(self) -> None:
        plan = self.plan
        if plan is not None:
            self._add_part(
                lambda: self.store.leap_concerns.add(
                    LeapConcern(plan_id=plan.id, rating="some"), initiator=self
                ),
                lambda record: ConcernRow(self.store.leap_concerns, record, self.ref),
                self.concern_rows,
            )

    def _add_support(self, if_less_well: bool) -> None:
        plan = self.plan
        if plan is None:
            return
        codes = [m.code for m in self.ref.leap.support_mechanisms]
        mechanism = "route_back" if if_less_well and "route_back" in codes else codes[0]
        self._add_part(
            lambda: self.store.leap_supports.add(
                LeapSupport(plan_id=plan.id, mechanism=mechanism, if_less_well=if_less_well), initiator=self
            ),
            lambda record: SupportRow(self.store.leap_supports, record, self.ref),
            self.fallback_rows if if_less_well else self.support_rows,
        )

    def _add_milestone(self) -> None:
        plan = self.plan
        if plan is not None:
            self._add_part(
                lambda: self.store.leap_milestones.add(
                    LeapMilestone(plan_id=plan.id, title=""), initiator=self
                ),
                lambda record: MilestoneRow(self.store.leap_milestones, record),
                self.milestone_rows,
            )

    def add_review(self, session_id: str | None = None) -> bool:
        """Open the review dialog, optionally linked to a session; True when a review was added."""
        self.flush()
        if self.plan is None:
            self.problem.emit(self.tr("Start a leap-of-faith plan first; the review belongs to it."))
            return False
        sessions = self.store.sessions.recent_for(self.plan.mentee_id, 40)
        dialog = ReviewDialog(self.plan.id, sessions, session_id, self, ask_ratings=self.ratings_shown)
        if dialog.exec() != ReviewDialog.DialogCode.Accepted:
            return False
        reviewed = self.write(record_review, self.store, dialog.review())
        if reviewed is None:
            return False
        self.plan = reviewed
        self._loading = True
        try:
            self.review_date.set_value(self.plan.review_date)
        finally:
            self._loading = False
        self._show_reviews()
        return True

    def close_plan(self) -> None:
        self.flush()
        plan = self.plan
        if plan is None:
            return
        closed = self.write(close_plan, self.store, plan, PlanStatus.COMPLETED)
        if closed is None:
            return
        plan = closed
        self.merged.base = plan
        answer = QMessageBox.question(
            self,
            self.tr("Record the leap"),
            self.tr("Record this leap in the portfolio as an activity under Leaps of faith?"),
        )
        if answer == QMessageBox.StandardButton.Yes and plan.activity_id is None:
            activity = self.write(record_as_activity, self.store, self.ref, plan, today())
            if activity is None:
                return
            self.activity_recorded.emit(activity.id)
        self.closed.emit()
