"""Rows of a plan (concerns, supports, milestones): each a record of its own, saved as typed."""

from __future__ import annotations

from dataclasses import replace
from typing import Generic, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from leadapp.domain.leaps import LeapConcern, LeapMilestone, LeapSupport
from leadapp.domain.records import Record
from leadapp.domain.reference import Reference
from leadapp.store.repository import Repository
from leadapp.ui.screen import StoreWriting
from leadapp.ui.widgets.autosave import Autosaver
from leadapp.ui.widgets.choices import fill_items, select_data
from leadapp.ui.widgets.date_field import DateField
from leadapp.ui.widgets.merged_record import ConflictNotice, MergedRecord
from leadapp.ui.widgets.tick_boxes import outlined

R = TypeVar("R", bound=Record)


class RecordRow(StoreWriting, QWidget, Generic[R]):
    """Holds one record; `collect` builds the edited copy; writes happen after typing pauses.

    Saves send only what the person changed; `put` shows fields changed elsewhere into the row's widgets.
    """

    removed = Signal()

    def __init__(self, repository: Repository[R], record: R, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.repository = repository
        self.autosaver = Autosaver(self.save, self)
        self.remove: QPushButton | None = None
        self.conflicts = ConflictNotice(self.field_names())
        self.merged = MergedRecord(
            repository, self.autosaver, self.conflicts, self._show_fields, self.problem.emit, self
        )
        self.merged.load(record)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.layout_ = QHBoxLayout()
        outer.addLayout(self.layout_)
        outer.addWidget(self.conflicts)

    @property
    def record(self) -> R:
        """The record as the database last held it: the base that saves merge against."""
        base = self.merged.base
        assert base is not None
        return base

    def field_names(self) -> dict[str, str]:
        return {}

    def put(self, record: R, fields: set[str]) -> None:
        """Put the named fields of `record` into the row's widgets."""

    def _show_fields(self, record: R, fields: set[str]) -> None:
        widgets = self.findChildren(QWidget)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.put(record, fields)
        finally:
            for widget in widgets:
                widget.blockSignals(False)

    def collect(self) -> R:
        raise NotImplementedError

    def first_field(self) -> QWidget:
        """Where the cursor goes when the row is new."""
        return self

    def save(self) -> bool:
        return self.merged.save(self.collect()) is not None

    def watch(self, *widgets: QWidget) -> None:
        for widget in widgets:
            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(self.autosaver.touch)
                widget.editingFinished.connect(self.autosaver.flush)
            elif isinstance(widget, QComboBox):
                widget.activated.connect(self._now)
            elif isinstance(widget, QCheckBox):
                widget.toggled.connect(self._now)

    def _now(self, *_args: object) -> None:
        self.autosaver.touch()
        self.autosaver.flush()

    def remove_button(self, name: str) -> QPushButton:
        button = QPushButton(self.tr("Remove"))
        button.setAccessibleName(name)
        button.setToolTip(self.tr("Moves it to the bin; Ctrl+Z brings it back"))
        button.clicked.connect(self._remove)
        self.remove = button
        return button

    def fields(self) -> list[QWidget]:
        """The row's own fields in reading order, without its Remove button."""
        items = (self.layout_.itemAt(i) for i in range(self.layout_.count()))
        found = (item.widget() for item in items if item is not None)
        return [w for w in found if w is not None and w is not self.remove]

    def _remove(self) -> None:
        self.autosaver.flush()
        if self.wrote(self.repository.remove, self.record.id):
            self.removed.emit()


class ConcernRow(RecordRow[LeapConcern]):
    def __init__(self, repository: Repository[LeapConcern], record: LeapConcern, ref: Reference) -> None:
        super().__init__(repository, record)
        labels = {c.code: c.label for c in ref.leap.concerns}
        name = labels.get(record.concern, record.custom_text) or self.tr("Your own concern")
        if record.concern:
            self.text: QLabel | QLineEdit = QLabel(name)
            self.text.setWordWrap(True)
            descriptions = {c.code: c.description for c in ref.leap.concerns}
            self.text.setToolTip(descriptions.get(record.concern, ""))
        else:
            self.text = QLineEdit(record.custom_text)
            self.text.setPlaceholderText(self.tr("Your own concern"))
            self.text.setAccessibleName(self.tr("Concern"))
        self.rating = QComboBox()
        self.rating.setAccessibleName(self.tr("How strong: {0}").format(name))
        fill_items(self.rating, [(r.code, r.label) for r in ref.leap.ratings])
        select_data(self.rating, record.rating)
        self.mitigation = QLineEdit(record.mitigation)
        self.mitigation.setPlaceholderText(self.tr("What will ease it"))
        self.mitigation.setAccessibleName(self.tr("What will ease it: {0}").format(name))
        self.layout_.addWidget(self.text, 3)
        self.layout_.addWidget(self.rating, 1)
        self.layout_.addWidget(self.mitigation, 4)
        if not record.concern:
            self.layout_.addWidget(self.remove_button(self.tr("Remove concern")))
        self.watch(self.rating, self.mitigation, self.text)

    def first_field(self) -> QWidget:
        return self.text

    def field_names(self) -> dict[str, str]:
        return {
            "rating": self.tr("How strong"),
            "mitigation": self.tr("What will ease it"),
            "custom_text": self.tr("Concern"),
        }

    def put(self, record: LeapConcern, fields: set[str]) -> None:
        if "rating" in fields:
            select_data(self.rating, record.rating)
        if "mitigation" in fields:
            self.mitigation.setText(record.mitigation)
        if "custom_text" in fields and isinstance(self.text, QLineEdit):
            self.text.setText(record.custom_text)

    def collect(self) -> LeapConcern:
        custom = self.text.text().strip() if isinstance(self.text, QLineEdit) else self.record.custom_text
        return replace(
            self.record,
            rating=self.rating.currentData(),
            mitigation=self.mitigation.text().strip(),
            custom_text=custom,
        )


class SupportRow(RecordRow[LeapSupport]):
    def __init__(self, repository: Repository[LeapSupport], record: LeapSupport, ref: Reference) -> None:
        super().__init__(repository, record)
        self.mechanism = QComboBox()
        self.mechanism.setAccessibleName(self.tr("Support"))
        fill_items(self.mechanism, [(m.code, m.label) for m in ref.leap.support_mechanisms])
        select_data(self.mechanism, record.mechanism)
        self.who = QLineEdit(record.who)
        self.who.setPlaceholderText(self.tr("Who"))
        self.who.setAccessibleName(self.tr("Who gives this support"))
        self.frequency = QLineEdit(record.frequency)
        self.frequency.setPlaceholderText(self.tr("How often"))
        self.frequency.setAccessibleName(self.tr("How often"))
        self.agreed = outlined(QCheckBox(self.tr("Agreed")))
        self.agreed.setChecked(record.agreed)
        for widget, stretch in ((self.mechanism, 2), (self.who, 2), (self.frequency, 1), (self.agreed, 0)):
            self.layout_.addWidget(widget, stretch)
        self.layout_.addWidget(self.remove_button(self.tr("Remove support")))
        self.watch(self.mechanism, self.who, self.frequency, self.agreed)

    def first_field(self) -> QWidget:
        return self.who

    def field_names(self) -> dict[str, str]:
        return {
            "mechanism": self.tr("Support"),
            "who": self.tr("Who gives this support"),
            "frequency": self.tr("How often"),
            "agreed": self.tr("Agreed"),
        }

    def put(self, record: LeapSupport, fields: set[str]) -> None:
        if "mechanism" in fields:
            select_data(self.mechanism, record.mechanism)
        if "who" in fields:
            self.who.setText(record.who)
        if "frequency" in fields:
            self.frequency.setText(record.frequency)
        if "agreed" in fields:
            self.agreed.setChecked(record.agreed)

    def collect(self) -> LeapSupport:
        return replace(
            self.record,
            mechanism=self.mechanism.currentData(),
            who=self.who.text().strip(),
            frequency=self.frequency.text().strip(),
            agreed=self.agreed.isChecked(),
        )


class MilestoneRow(RecordRow[LeapMilestone]):
    def __init__(self, repository: Repository[LeapMilestone], record: LeapMilestone) -> None:
        super().__init__(repository, record)
        self.title = QLineEdit(record.title)
        self.title.setPlaceholderText(self.tr("Milestone"))
        self.title.setAccessibleName(self.tr("Milestone"))
        self.due = DateField()
        self.due.set_value(record.due_date)
        self.due.setAccessibleName(self.tr("Milestone due"))
        self.due.setPlaceholderText(self.tr("Due dd/mm/yyyy"))
        self.done = DateField()
        self.done.set_value(record.done_on)
        self.done.setAccessibleName(self.tr("Milestone reached on"))
        self.done.setPlaceholderText(self.tr("Reached dd/mm/yyyy"))
        for widget, stretch in ((self.title, 3), (self.due, 1), (self.done, 1)):
            self.layout_.addWidget(widget, stretch)
        self.layout_.addWidget(self.remove_button(self.tr("Remove milestone")))
        self.watch(self.title, self.due, self.done)
        self.due.date_changed.connect(self.autosaver.touch)
        self.done.date_changed.connect(self.autosaver.touch)

    def first_field(self) -> QWidget:
        return self.title

    def field_names(self) -> dict[str, str]:
        return {
            "title": self.tr("Milestone"),
            "due_date": self.tr("Milestone due"),
            "done_on": self.tr("Milestone reached on"),
        }

    def put(self, record: LeapMilestone, fields: set[str]) -> None:
        if "title" in fields:
            self.title.setText(record.title)
        if "due_date" in fields:
            self.due.set_value(record.due_date)
        if "done_on" in fields:
            self.done.set_value(record.done_on)

    def collect(self) -> LeapMilestone:
        return replace(
            self.record,
            title=self.title.text().strip(),
            due_date=self.due.value() if self.due.is_valid() else self.record.due_date,
            done_on=self.done.value() if self.done.is_valid() else self.record.done_on,
        )
