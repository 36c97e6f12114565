"""The Leap of faith section: the plan for a mentee's step out of the comfort zone, reviewed over time."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from leadapp.documents import DocumentKind
from leadapp.domain.enums import OwnerRole
from leadapp.domain.ids import today
from leadapp.domain.leaps import LeapPlan
from leadapp.domain.reference import Reference
from leadapp.domain.sharing import NOBODY
from leadapp.store.changes import ChangeSet, Table
from leadapp.store.leap_planning import new_plan
from leadapp.store.store import Store
from leadapp.ui import labels
from leadapp.ui.events import DataEvents
from leadapp.ui.leap.plan_editor import PlanEditor
from leadapp.ui.privacy import Privacy
from leadapp.ui.scope import person_scope
from leadapp.ui.screen import Screen
from leadapp.ui.widgets.choices import select_data
from leadapp.ui.widgets.forms import note
from leadapp.ui.widgets.roles import make_primary, set_role

PLAN_PARTS = frozenset({Table.LEAP_CONCERNS, Table.LEAP_SUPPORTS, Table.LEAP_MILESTONES})
"""The rows of a plan that the plan editor shows under it."""


class LeapScreen(Screen, QScrollArea):
    def __init__(
        self, store: Store, ref: Reference, events: DataEvents, role: OwnerRole, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.ref = ref
        self.role = role
        self.mentee_id: str | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(self.tr("Leap of faith"))
        inner = QWidget()
        layout = QVBoxLayout(inner)
        self.heading = QLabel(self.tr("Leap of faith"))
        set_role(self.heading, "heading")
        layout.addWidget(self.heading)
        layout.addWidget(
            note(
                self.tr(
                    "A step out of the comfort zone, often suggested by a mentor or champion. "
                    "Plan the support for a leap that goes well and for one that goes less well, "
                    "and review it together."
                )
            )
        )
        choose = QHBoxLayout()
        self.plans = QComboBox()
        self.plans.setAccessibleName(self.tr("Plan"))
        self.new_button = QPushButton(self.tr("New plan…"))
        make_primary(self.new_button)
        choose.addWidget(QLabel(self.tr("Plan:")))
        choose.addWidget(self.plans, 1)
        choose.addWidget(self.new_button)
        self.print_button = QPushButton(self.tr("Print or save…"))
        self.print_button.setToolTip(self.tr("The plan as a PDF"))
        self.print_button.clicked.connect(self._print)
        choose.addWidget(self.print_button)
        layout.addLayout(choose)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)

        self.editor = PlanEditor(store, ref)
        self.editor.problem.connect(self.problem)
        self.editor.activity_recorded.connect(
            lambda _id: self.said.emit(self.tr("The leap was recorded in the portfolio."))
        )
        self.editor.closed.connect(self.refresh)
        layout.addWidget(self.editor)
        layout.addWidget(
            note(self.tr("Based on: NHS England and NHS Improvement, AHP leadership development guide."))
        )
        layout.addStretch(1)
        self.setWidget(inner)
        self.plans.activated.connect(self._on_plan_chosen)
        self.new_button.clicked.connect(self.new_plan)
        events.watch(self.editor, {Table.PEOPLE}, self._on_people_changed)
        events.watch(self.editor, {Table.LEAP_PLANS}, lambda _change: self.editor.follow_store())
        events.watch(self.editor, PLAN_PARTS, self._on_parts_changed)
        events.watch(self.plans, {Table.LEAP_PLANS}, lambda change: self._retitle(change.ids))
        events.changed_elsewhere.connect(self.editor.follow_store)
        self.refresh()

    @property
    def plan(self) -> LeapPlan | None:
        return self.editor.plan

    def person_scope(self) -> str | None:
        """None also while sharing with nobody chosen: there is no one's plan to show."""
        scope = person_scope(self.store, self.role, self.mentee_id)
        return None if scope == NOBODY else scope

    def follow_sharing(self, privacy: Privacy) -> None:
        """Wellbeing and confidence ratings, and their chart, leave the screen while sharing."""
        privacy.scope_changed.connect(lambda: self.editor.show_ratings(not privacy.hidden))
        self.editor.show_ratings(not privacy.hidden)

    def set_mentee(self, mentee_id: str | None) -> None:
        self.flush()
        self.mentee_id = mentee_id
        self.editor.plan = None
        self.refresh()

    def open_record(self, record_id: str) -> None:
        if record_id:
            self.open_plan(record_id)

    def open_plan(self, plan_id: str) -> None:
        """A plan opened from the timeline: its mentee's plans, with this one chosen."""
        plan = self.store.leap_plans.find(plan_id)
        if plan is None:
            return
        self.flush()
        self.mentee_id = plan.mentee_id
        self.editor.plan = plan
        self.refresh()

    def _on_people_changed(self, _change: ChangeSet) -> None:
        if not self.editor.autosaver.pending:
            self.editor.fill_champions()

    def _on_parts_changed(self, _change: ChangeSet) -> None:
        self.editor.follow_store()
        self.editor.bring_back_restored()

    def _retitle(self, ids: tuple[str, ...]) -> None:
        """Keep the plan list's titles and statuses in step with edits in the plan below it."""
        statuses = labels.plan_statuses()
        for plan_id in ids:
            position = self.plans.findData(plan_id)
            plan = self.store.leap_plans.find(plan_id)
            if position >= 0 and plan is not None:
                self.plans.setItemText(position, f"{plan.title} · {statuses[plan.status]}")

    def refresh(self) -> None:
        person_id = self.person_scope()
        person = self.store.people.find(person_id) if person_id else None
        self.heading.setText(
            self.tr("Leap of faith: {0}").format(person.full_name) if person else self.tr("Leap of faith")
        )
        plans = self.store.leap_plans.for_mentee(person_id) if person_id else []
        statuses = labels.plan_statuses()
        self.plans.clear()
        for plan in plans:
            self.plans.addItem(f"{plan.title} · {statuses[plan.status]}", plan.id)
        self.new_button.setEnabled(person_id is not None)
        self.plans.setEnabled(bool(plans))
        if person_id is None:
            self.empty.setText(self.tr("Choose a mentee in “Working with” at the top to see their plans."))
        elif not plans:
            self.empty.setText(
                self.tr(
                    "No leap-of-faith plan yet. "
                    "Start one when a step out of the comfort zone is on the table."
                )
            )
        else:
            self.empty.setText("")
        self.empty.setVisible(bool(self.empty.text()))
        if plans:
            current = self.plan.id if self.plan and any(p.id == self.plan.id for p in plans) else plans[0].id
            select_data(self.plans, current)
            self._load(self.store.leap_plans.get(current))
        else:
            self._load(None)

    def _on_plan_chosen(self) -> None:
        plan_id = self.plans.currentData()
        if plan_id:
            self.flush()
            self._load(self.store.leap_plans.get(plan_id))

    def print_current(self) -> bool:
        self._print()
        return self.plan is not None

    def _print(self) -> None:
        self.flush()
        if self.plan is not None:
            self.print_requested.emit(DocumentKind.LEAP, self.plan.id)

    def _load(self, plan: LeapPlan | None) -> None:
        self.print_button.setEnabled(plan is not None)
        self.editor.load(plan)

    def flush(self) -> None:
        self.editor.flush()

    def add_review(self, session_id: str | None = None) -> bool:
        return self.editor.add_review(session_id)

    def new_plan(self) -> None:
        person_id = self.person_scope()
        if person_id is None:
            return
        title, chosen = QInputDialog.getText(
            self,
            self.tr("New leap-of-faith plan"),
            self.tr("What is the step? (for example: interim service lead)"),
        )
        if not chosen or not title.strip():
            return
        self.flush()
        plan = self.write(new_plan, self.store, self.ref, person_id, title.strip(), today())
        if plan is not None:
            self.editor.plan = plan
            self.refresh()
