"""A dated review of a leap of faith: confidence and wellbeing, what went well and less well, next steps."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from leadapp.domain.ids import today
from leadapp.domain.leaps import LeapReview
from leadapp.domain.sessions import Session
from leadapp.ui.widgets.choices import fill_items, select_data
from leadapp.ui.widgets.date_field import DateField, format_date
from leadapp.ui.widgets.forms import labelled_row, note
from leadapp.ui.widgets.roles import set_role


class ReviewDialog(QDialog):
    def __init__(
        self,
        plan_id: str,
        sessions: list[Session],
        session_id: str | None = None,
        parent: QWidget | None = None,
        ask_ratings: bool = True,
    ) -> None:
        super().__init__(parent)
        self.plan_id = plan_id
        self.ask_ratings = ask_ratings
        self.setWindowTitle(self.tr("Review the leap of faith"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.when = DateField()
        self.when.set_value(today())
        self.confidence = QSpinBox()
        self.wellbeing = QSpinBox()
        for spin in (self.confidence, self.wellbeing):
            spin.setRange(1, 5)
            spin.setValue(3)
            spin.setSuffix(self.tr(" of 5"))
        self.went_well = QPlainTextEdit()
        self.less_well = QPlainTextEdit()
        self.next_steps = QPlainTextEdit()
        for area in (self.went_well, self.less_well, self.next_steps):
            area.setTabChangesFocus(True)
            area.setMaximumHeight(area.fontMetrics().lineSpacing() * 5)
        self.session = QComboBox()
        fill_items(
            self.session,
            [(s.id, format_date(s.session_date)) for s in sessions],
            self.tr("Not linked to a session"),
        )
        select_data(self.session, session_id or "")
        for text, widget in (
            (self.tr("&Date"), self.when),
            (self.tr("&Confidence (1 low, 5 high)"), self.confidence),
            (self.tr("&Wellbeing (1 low, 5 high)"), self.wellbeing),
            (self.tr("Wh&at went well"), self.went_well),
            (self.tr("What went &less well"), self.less_well),
            (self.tr("&Next steps"), self.next_steps),
            (self.tr("From &session"), self.session),
        ):
            labelled_row(form, text, widget)
        if not ask_ratings:
            for spin in (self.confidence, self.wellbeing):
                form.setRowVisible(spin, False)
            not_asked = self.tr("Ratings are not asked while sharing your screen; add them next time.")
            form.insertRow(1, note(not_asked))
        self.error = QLabel()
        set_role(self.error, "error")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        if not self.when.is_valid() or self.when.value() is None:
            self.error.setText(self.when.error or self.tr("A review needs a date."))
            return
        super().accept()

    def review(self) -> LeapReview:
        when = self.when.value()
        assert when is not None
        return LeapReview(
            plan_id=self.plan_id,
            review_date=when,
            session_id=self.session.currentData() or None,
            confidence=self.confidence.value() if self.ask_ratings else None,
            wellbeing=self.wellbeing.value() if self.ask_ratings else None,
            went_well=self.went_well.toPlainText(),
            less_well=self.less_well.toPlainText(),
            next_steps=self.next_steps.toPlainText(),
        )
