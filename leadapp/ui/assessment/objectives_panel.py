"""The personal development plan: a mentee's objectives listed, the chosen one edited beside it."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from leadapp.domain.activities import Objective
from leadapp.domain.assessments import item_names
from leadapp.domain.enums import ObjectiveStatus
from leadapp.domain.reference import Reference
from leadapp.store.store import Store
from leadapp.ui import labels
from leadapp.ui.screen import StoreWriting
from leadapp.ui.widgets.autosave import Autosaver
from leadapp.ui.widgets.category_chips import CategoryChips
from leadapp.ui.widgets.checklist import Checklist
from leadapp.ui.widgets.choices import fill_items, select_data
from leadapp.ui.widgets.date_field import DateField, format_date
from leadapp.ui.widgets.forms import labelled_row, note
from leadapp.ui.widgets.merged_record import ConflictNotice, MergedRecord, set_plain_text

ID_ROLE = Qt.ItemDataRole.UserRole


class ObjectivesPanel(StoreWriting, QWidget):
    def __init__(self, store: Store, ref: Reference, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.ref = ref
        self.person_id: str | None = None
        self._loading = False
        self.autosaver = Autosaver(self.save, self)
        self.conflicts = ConflictNotice(
            {
                "objective": self.tr("Objective"),
                "why": self.tr("Why"),
                "status": self.tr("Status"),
                "target_date": self.tr("Target date"),
                "categories": self.tr("Categories"),
            }
        )
        self.merged: MergedRecord[Objective] = MergedRecord(
            store.objectives, self.autosaver, self.conflicts, self._apply, self.problem.emit, self
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        self.listing = QListWidget()
        self.listing.setAccessibleName(self.tr("Development objectives"))
        self.listing.setMinimumWidth(self.fontMetrics().averageCharWidth() * 30)
        self.listing.setWordWrap(True)
        self.listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left.addWidget(self.listing, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("New &objective"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Moves the objective to the bin; Ctrl+Z brings it back"))
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        left.addLayout(buttons)
        layout.addLayout(left, 2)

        self.editor = QWidget()
        form_box = QVBoxLayout(self.editor)
        form_box.setContentsMargins(0, 0, 0, 0)
        form_box.addWidget(self.conflicts)
        form = QFormLayout()
        form_box.addLayout(form)
        self.objective = QLineEdit()
        self.why = QPlainTextEdit()
        self.why.setTabChangesFocus(True)
        self.why.setMaximumHeight(self.why.fontMetrics().lineSpacing() * 4)
        self.status = QComboBox()
        fill_items(self.status, [(k.value, v) for k, v in labels.objective_statuses().items()])
        self.target = DateField()
        self.categories = CategoryChips(ref.categories, with_shortcuts=False)
        self.categories.setAccessibleName(self.tr("Categories"))
        self.activities = Checklist(self.tr("Activities that serve it"))
        self.items = Checklist(self.tr("Self-assessment items it develops"))
        labelled_row(form, self.tr("Ob&jective"), self.objective)
        labelled_row(form, self.tr("&Why"), self.why)
        labelled_row(form, self.tr("Stat&us"), self.status)
        labelled_row(form, self.tr("Targe&t date"), self.target)
        labelled_row(form, self.tr("Categories"), self.categories)
        labelled_row(form, self.tr("Acti&vities that serve it"), self.activities)
        labelled_row(form, self.tr("Self-assessment &items"), self.items)
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setWidget(self.editor)
        layout.addWidget(scroller, 5)
        self.empty = note(self.tr("No objectives yet. Add one here, or from a low-rated item under Rate."))
        left.insertWidget(0, self.empty)

        self.objective.textEdited.connect(self._edited)
        self.why.textChanged.connect(self._edited)
        self.status.currentIndexChanged.connect(self._edited)
        self.target.date_changed.connect(self._edited)
        self.categories.changed.connect(self._edited)
        self.activities.changed.connect(self._edited)
        self.items.changed.connect(self._edited)
        self.autosaver.flush_when_focus_leaves(self.editor)
        self.listing.currentItemChanged.connect(self._chosen)
        self.add_button.clicked.connect(
            lambda: self.add(Objective(person_id=self.person_id or "", objective=""))
        )
        self.remove_button.clicked.connect(self.remove)
        self.editor.setEnabled(False)

    def set_person(self, person_id: str | None) -> None:
        self.flush()
        self.person_id = person_id
        self.refresh()

    def refresh(self, select: str | None = None) -> None:
        current = select or (self.merged.base.id if self.merged.base else None)
        objectives = self.store.objectives.for_person(self.person_id) if self.person_id else []
        statuses = labels.objective_statuses()
        self.listing.blockSignals(True)
        self.listing.clear()
        for objective in objectives:
            when = f" · {format_date(objective.target_date)}" if objective.target_date else ""
            text = f"{objective.objective or self.tr('(untitled)')} — {statuses[objective.status]}{when}"
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, objective.id)
            self.listing.addItem(item)
            if objective.id == current:
                self.listing.setCurrentItem(item)
        self.listing.blockSignals(False)
        self.empty.setVisible(not objectives)
        self.add_button.setEnabled(self.person_id is not None)
        if self.listing.currentItem() is None and self.listing.count():
            self.listing.setCurrentRow(0)
        elif self.listing.currentItem() is None:
            self.load(None)
        else:
            self._chosen()

    def _chosen(self, *_args: object) -> None:
        item = self.listing.currentItem()
        self.flush()
        record = self.store.objectives.find(str(item.data(ID_ROLE))) if item is not None else None
        if record is None or self.merged.base is None or record.id != self.merged.base.id:
            self.load(record)

    def load(self, objective: Objective | None) -> None:
        self.merged.load(objective)
        self.editor.setEnabled(objective is not None)
        self.remove_button.setEnabled(objective is not None)
        self._apply(objective or Objective(person_id="", objective=""), {"*"})

    def _apply(self, objective: Objective, fields: set[str]) -> None:
        every = "*" in fields
        self._loading = True
        try:
            if every or "objective" in fields:
                self.objective.setText(objective.objective)
            if every or "why" in fields:
                set_plain_text(self.why, objective.why)
            if every or "status" in fields:
                select_data(self.status, objective.status.value)
            if every or "target_date" in fields:
                self.target.set_value(objective.target_date)
            if every or "categories" in fields:
                self.categories.set_codes(objective.categories)
            if every or "activity_ids" in fields:
                activities = self.store.activities.for_person(self.person_id) if self.person_id else []
                self.activities.set_items(
                    [("", [(a.id, a.title) for a in activities])], objective.activity_ids
                )
            if every or "assessment_items" in fields:
                names = item_names(self.ref)
                self.items.set_items([("", list(names.items()))], objective.assessment_items)
        finally:
            self._loading = False

    def _edited(self, *_args: object) -> None:
        if not self._loading and self.merged.base is not None:
            self.autosaver.touch()

    def save(self) -> bool:
        base = self.merged.base
        if base is None:
            return True
        mine = replace(
            base,
            objective=self.objective.text().strip(),
            why=self.why.toPlainText(),
            status=ObjectiveStatus(self.status.currentData()),
            target_date=self.target.value() if self.target.is_valid() else base.target_date,
            categories=self.categories.codes(),
            activity_ids=self.activities.codes(),
            assessment_items=self.items.codes(),
        )
        saved = self.merged.save(mine)
        if saved is not None and saved.written:
            self._retitle(saved.record)
        return saved is not None

    def _retitle(self, objective: Objective) -> None:
        item = self.listing.currentItem()
        if item is not None and item.data(ID_ROLE) == objective.id:
            when = f" · {format_date(objective.target_date)}" if objective.target_date else ""
            status = labels.objective_statuses()[objective.status]
            item.setText(f"{objective.objective or self.tr('(untitled)')} — {status}{when}")

    def add(self, objective: Objective) -> None:
        if self.person_id is None:
            return
        self.flush()
        created = self.write(self.store.objectives.add, replace(objective, person_id=self.person_id))
        if created is None:
            return
        self.refresh(select=created.id)
        self.objective.setFocus()
        self.objective.selectAll()

    def remove(self) -> None:
        base = self.merged.base
        if base is None:
            return
        self.autosaver.flush()
        if not self.wrote(self.store.objectives.remove, base.id):
            return
        self.merged.load(None)
        self.refresh()

    def follow_store(self) -> None:
        self.merged.follow()

    def flush(self) -> None:
        self.autosaver.flush()
