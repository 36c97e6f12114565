"""Start a session: who with, when, and from which template. Everything else is written in the editor."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from leadapp.domain.ids import today
from leadapp.domain.people import Person
from leadapp.domain.reference import Reference
from leadapp.ui.widgets.choices import fill_items, select_data
from leadapp.ui.widgets.date_field import DateField
from leadapp.ui.widgets.forms import labelled_row
from leadapp.ui.widgets.roles import set_role


class NewSessionDialog(QDialog):
    def __init__(
        self, ref: Reference, mentees: list[Person], mentee_id: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New session"))
        layout = QVBoxLayout(self)
        self.mentee_heading = QLabel()
        set_role(self.mentee_heading, "heading")
        self.mentee_heading.setWordWrap(True)
        layout.addWidget(self.mentee_heading)
        form = QFormLayout()
        layout.addLayout(form)
        self.mentee = QComboBox()
        self.mentee.setPlaceholderText(self.tr("Choose a mentee"))
        fill_items(self.mentee, [(p.id, p.full_name) for p in mentees])
        self.mentee.setCurrentIndex(self.mentee.findData(mentee_id) if mentee_id else -1)
        self.mentee.currentIndexChanged.connect(self._name_mentee)
        self._name_mentee()
        self.template = QComboBox()
        fill_items(self.template, [(t.code, t.name) for t in ref.templates])
        select_data(self.template, "open")
        self.template_hint = QLabel()
        self.template_hint.setWordWrap(True)
        set_role(self.template_hint, "secondary")
        self.when = DateField()
        self.when.set_value(today())
        self.start_time = QLineEdit(datetime.now().strftime("%H:%M"))
        self.start_time.setMaxLength(5)
        self.duration = QSpinBox()
        self.duration.setRange(5, 480)
        self.duration.setSingleStep(5)
        self.duration.setValue(60)
        self.duration.setSuffix(self.tr(" min"))
        self._templates = {t.code: t.description for t in ref.templates}
        self.template.currentIndexChanged.connect(self._describe)
        for text, widget in (
            (self.tr("&Mentee"), self.mentee),
            (self.tr("&Template"), self.template),
            (self.tr("&Date"), self.when),
            (self.tr("&Start"), self.start_time),
            (self.tr("D&uration"), self.duration),
        ):
            labelled_row(form, text, widget)
        form.insertRow(2, "", self.template_hint)
        self.error = QLabel()
        set_role(self.error, "error")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        self.mentee.currentIndexChanged.connect(self.error.clear)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Start session"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._describe()
        (self.template if self.mentee.currentIndex() >= 0 else self.mentee).setFocus()

    def _name_mentee(self) -> None:
        """Who the session is with, large, so the wrong mentee is noticed before anything is written."""
        chosen = self.mentee.currentIndex() >= 0
        self.mentee_heading.setText(
            self.mentee.currentText() if chosen else self.tr("Who is this session with?")
        )

    def _describe(self) -> None:
        self.template_hint.setText(self._templates.get(self.template.currentData() or "", ""))

    def accept(self) -> None:
        if self.mentee.count() == 0:
            self.error.setText(self.tr("Add a mentee in People first."))
            return
        if self.mentee.currentData() is None:
            self.error.setText(self.tr("Choose who the session is with, then start it."))
            self.mentee.setFocus()
            return
        if not self.when.is_valid() or self.when.value() is None:
            self.error.setText(self.when.error or self.tr("A session needs a date."))
            return
        try:
            datetime.strptime(self.start_time.text().strip() or "00:00", "%H:%M")
        except ValueError:
            self.error.setText(self.tr("Write the start time as hours:minutes, for example 14:30."))
            return
        super().accept()
