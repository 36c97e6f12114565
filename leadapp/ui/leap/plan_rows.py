"""Rows of a plan (concerns, supports, milestones): each a record of its own, saved as typed."""

from __future__ import annotations

from dataclasses import replace
from typing import Generic, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from leadapp.domain.leaps import LeapConcern, LeapMilestone, LeapSupport
from leadapp.domain.records import Record
from leadapp.domain.reference import Reference
from leadapp.store.errors import StoreError
from leadapp.store.repository import Repository
from leadapp.ui.people.choices import fill_items, select_data
from leadapp.ui.widgets.autosave import Autosaver
from leadapp.ui.widgets.date_field import DateField

R = TypeVar("R", bound=Record)


class RecordRow(QWidget, Generic[R]):
    """Holds one record; `collect` builds the edited copy; writes happen after typing pauses."""

    problem = Signal(str)
    removed = Signal()

    def __init__(self, repository: Repository[R], record: R, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.repository = repository
        self.record = record
        self.autosaver = Autosaver(self.save, self)
        self.remove: QPushButton | None = None
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)

    def collect(self) -> R:
        raise NotImplementedError

    def first_field(self) -> QWidget:
        """Where the cursor goes when the row is new."""
        return self

    def save(self) -> bool:
        updated = self.collect()
        if updated == self.record:
            return True
        try:
            self.record = self.repository.save(updated)
        except StoreError as error:
            self.problem.emit(str(error))
            return False
        return True

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
        try:
            self.repository.remove(self.record.id)
        except StoreError as error:
            self.problem.emit(str(error))
            return
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
        self.agreed = QCheckBox(self.tr("Agreed"))
        self.agreed.setChecked(record.agreed)
        for widget, stretch in ((self.mechanism, 2), (self.who, 2), (self.frequency, 1), (self.agreed, 0)):
            self.layout_.addWidget(widget, stretch)
        self.layout_.addWidget(self.remove_button(self.tr("Remove support")))
        self.watch(self.mechanism, self.who, self.frequency, self.agreed)

    def first_field(self) -> QWidget:
        return self.who

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

    def collect(self) -> LeapMilestone:
        return replace(
            self.record,
            title=self.title.text().strip(),
            due_date=self.due.value() if self.due.is_valid() else self.record.due_date,
            done_on=self.done.value() if self.done.is_valid() else self.record.done_on,
        )
