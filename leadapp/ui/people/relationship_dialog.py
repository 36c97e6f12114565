"""Add or edit a mentoring relationship and its agreement."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from leadapp.domain.enums import Formality, RelationshipKind, Scope
from leadapp.domain.people import Person, Relationship
from leadapp.ui import labels
from leadapp.ui.widgets.choices import fill_items, select_data
from leadapp.ui.widgets.date_field import DateField, keep_in_order
from leadapp.ui.widgets.forms import labelled_row
from leadapp.ui.widgets.roles import set_role

DEFAULT_CONFIDENTIALITY = (
    "What we discuss stays between us. The usual limits apply: if there is a risk of harm to anyone, "
    "a serious breach of professional or organisational policy, or illegal activity, it may need to be "
    "shared with the right people, and we will talk about it first wherever we can."
)


class RelationshipDialog(QDialog):
    def __init__(
        self,
        people: list[Person],
        relationship: Relationship,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mentoring relationship"))
        self._relationship = relationship
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)

        self.supporter = QComboBox()
        self.mentee = QComboBox()
        options = [(p.id, p.full_name) for p in people]
        fill_items(self.supporter, options)
        fill_items(self.mentee, options)
        select_data(self.supporter, relationship.mentor_id)
        select_data(self.mentee, relationship.mentee_id)
        self.kind = QComboBox()
        fill_items(self.kind, [(k.value, v) for k, v in labels.relationship_kinds().items()])
        select_data(self.kind, relationship.kind.value)
        self.formality = QComboBox()
        fill_items(self.formality, [(k.value, v) for k, v in labels.formalities().items()])
        select_data(self.formality, relationship.formality.value)
        self.scope = QComboBox()
        fill_items(self.scope, [(k.value, v) for k, v in labels.scopes().items()])
        select_data(self.scope, relationship.scope.value)
        self.start = DateField()
        self.start.set_value(relationship.start_date)
        self.end = DateField()
        self.end.set_value(relationship.end_date)
        keep_in_order(self.start, self.end, self.tr("start date"), self.tr("end date"))
        self.goals = QPlainTextEdit(relationship.goals)
        self.goals.setTabChangesFocus(True)
        self.frequency = QLineEdit(relationship.frequency)
        self.frequency.setPlaceholderText(self.tr("For example: monthly, an hour"))
        self.confidentiality = QPlainTextEdit(relationship.confidentiality or DEFAULT_CONFIDENTIALITY)
        self.confidentiality.setTabChangesFocus(True)

        rows: list[tuple[str, QWidget]] = [
            (self.tr("&Mentor, champion or coach"), self.supporter),
            (self.tr("M&entee"), self.mentee),
            (self.tr("&Kind"), self.kind),
            (self.tr("&Formal or informal"), self.formality),
            (self.tr("&Where"), self.scope),
            (self.tr("&Started"), self.start),
            (self.tr("E&nded"), self.end),
            (self.tr("&Goals"), self.goals),
            (self.tr("How &often"), self.frequency),
            (self.tr("&Confidentiality"), self.confidentiality),
        ]
        for text, widget in rows:
            labelled_row(form, text, widget)
        self._names = dict(
            zip(
                (
                    "mentor_id",
                    "mentee_id",
                    "kind",
                    "formality",
                    "scope",
                    "start_date",
                    "end_date",
                    "goals",
                    "frequency",
                    "confidentiality",
                ),
                (text.replace("&", "") for text, _widget in rows),
                strict=True,
            )
        )

        self.error = QLabel()
        set_role(self.error, "error")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        problem = self._problem()
        if problem:
            self.error.setText(problem)
            return
        super().accept()

    def _problem(self) -> str:
        if self.supporter.currentData() == self.mentee.currentData():
            return self.tr("Choose two different people.")
        for field in (self.start, self.end):
            if not field.is_valid():
                return field.error
        start, end = self.start.value(), self.end.value()
        if start and end and end < start:
            return self.tr("The end date is before the start date.")
        return ""

    def field_name(self, field: str) -> str:
        return self._names.get(field, field.replace("_", " "))

    def relationship(self) -> Relationship:
        return replace(
            self._relationship,
            mentor_id=self.supporter.currentData(),
            mentee_id=self.mentee.currentData(),
            kind=RelationshipKind(self.kind.currentData()),
            formality=Formality(self.formality.currentData()),
            scope=Scope(self.scope.currentData()),
            start_date=self.start.value(),
            end_date=self.end.value(),
            goals=self.goals.toPlainText(),
            frequency=self.frequency.text(),
            confidentiality=self.confidentiality.toPlainText(),
        )
