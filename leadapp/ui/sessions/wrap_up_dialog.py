"""End session: a short wrap-up before the mentee leaves — actions and owners, the next date, the summary."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from leadapp.domain.enums import ActionOwner, ActionStatus
from leadapp.domain.ids import today
from leadapp.domain.session_flow import SessionFlowError, action_checks
from leadapp.domain.sessions import Action, Session
from leadapp.store.errors import StoreError
from leadapp.store.session_lifecycle import Ending, end, follow_up_for
from leadapp.store.store import Store
from leadapp.ui import labels
from leadapp.ui.widgets.choices import fill_items, select_data
from leadapp.ui.widgets.date_field import DateField, format_date
from leadapp.ui.widgets.forms import labelled_row, note, subheading
from leadapp.ui.widgets.roles import make_primary, set_role
from leadapp.ui.widgets.tick_boxes import outlined


class WrapUpDialog(QDialog):
    """Everything is written in one go when *End session* is pressed; Cancel changes nothing."""

    def __init__(
        self, store: Store, session: Session, mentee_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.session = session
        self.ending: Ending | None = None
        self.setWindowTitle(self.tr("End the session"))
        layout = QVBoxLayout(self)
        title = QLabel(
            self.tr("Wrap up with {0} · {1}").format(mentee_name, format_date(session.session_date))
        )
        set_role(title, "heading")
        title.setWordWrap(True)
        layout.addWidget(title)

        layout.addWidget(subheading(self.tr("Actions and who owns them")))
        self.session_actions = store.actions.for_session(session.id)
        self.rows: list[tuple[Action, QLineEdit, QComboBox, DateField]] = []
        grid_holder = QWidget()
        grid = QGridLayout(grid_holder)
        grid.setContentsMargins(0, 0, 0, 0)
        for number, action in enumerate(self.session_actions, start=1):
            text = QLineEdit(action.text)
            text.setAccessibleName(self.tr("Action {0}").format(number))
            text.setCursorPosition(0)
            text.setMinimumWidth(text.fontMetrics().averageCharWidth() * 40)
            owner = QComboBox()
            owner.setAccessibleName(self.tr("Action {0} owner").format(number))
            fill_items(owner, [(k.value, v) for k, v in labels.action_owners().items()])
            select_data(owner, action.owner.value)
            due = DateField()
            due.setAccessibleName(self.tr("Action {0} due date").format(number))
            due.set_value(action.due_date)
            due.setMaximumWidth(due.fontMetrics().averageCharWidth() * 14)
            done = QLabel(self.tr("Done") if action.status is ActionStatus.DONE else "")
            set_role(done, "secondary")
            grid.addWidget(QLabel(f"{number}."), number, 0)
            grid.addWidget(text, number, 1)
            grid.addWidget(owner, number, 2)
            grid.addWidget(due, number, 3)
            grid.addWidget(done, number, 4)
            for signal in (text.textEdited, due.date_changed, owner.activated):
                signal.connect(self._show_checks)
            self.rows.append((action, text, owner, due))
        grid.setColumnStretch(1, 1)
        if self.session_actions:
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setWidget(grid_holder)
            scroll.setMaximumHeight(self.fontMetrics().lineSpacing() * 12)
            layout.addWidget(scroll)
        else:
            layout.addWidget(note(self.tr("No actions were agreed in this session.")))
        self.checks = note("")
        layout.addWidget(self.checks)

        form = QFormLayout()
        layout.addLayout(form)
        self.next_date = DateField()
        labelled_row(form, self.tr("&Next session"), self.next_date)
        self.next_hint = note("")
        form.addRow(self.next_hint)
        self.print_summary = outlined(QCheckBox(self.tr("&Print or save the summary now")))
        self.print_summary.setChecked(True)
        form.addRow(self.print_summary)
        planned = store.sessions.planned_after(session)
        suggested = session.next_session_date or (planned[0].session_date if planned else None)
        self.next_date.set_value(suggested)
        self.next_date.date_changed.connect(self._show_next)
        self.next_date.textEdited.connect(lambda _text: self._show_next())

        self.error = QLabel()
        set_role(self.error, "error")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.end_button = buttons.addButton(self.tr("&End session"), QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAutoDefault(False)
        self.end_button.setDefault(True)
        make_primary(self.end_button)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._show_checks()
        self._show_next()
        chars = self.fontMetrics().averageCharWidth()
        self.resize(max(chars * 100, self.sizeHint().width()), self.sizeHint().height())
        first = self.rows[0][1] if self.rows else self.next_date
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    def checked_actions(self) -> list[Action]:
        """The actions as the wrap-up left them; a due date mistyped keeps what was saved."""
        result = []
        for action, text, owner, due in self.rows:
            result.append(
                replace(
                    action,
                    text=text.text().strip(),
                    owner=ActionOwner(owner.currentData()),
                    due_date=due.value() if due.is_valid() else action.due_date,
                )
            )
        return result

    def _show_checks(self, *_args: object) -> None:
        found = action_checks(self.checked_actions(), today())
        if found:
            self.checks.setText("\n".join(check.text for check in found))
        elif self.rows:
            self.checks.setText(self.tr("Every open action has words, an owner and a due date."))
        else:
            self.checks.setText("")

    def _show_next(self) -> None:
        on = self.next_date.value() if self.next_date.is_valid() else None
        if on is None:
            self.next_hint.setText(self.tr("No next session yet. Type a date to plan one."))
            return
        if on <= self.session.session_date:
            self.next_hint.setText(self.tr("The next session must come after this one."))
            return
        reuse = follow_up_for(self.store, self.session, on)
        if reuse is None:
            self.next_hint.setText(self.tr("A planned session is added for that date."))
        elif reuse.session_date == on:
            self.next_hint.setText(self.tr("A session is already planned for that date; it is kept."))
        else:
            self.next_hint.setText(
                self.tr("The session planned for {0} moves to this date, so there is only one.").format(
                    format_date(reuse.session_date)
                )
            )

    def accept(self) -> None:
        if not self.next_date.is_valid():
            self.error.setText(self.next_date.error or self.tr("The next session's date is not a date."))
            self.next_date.setFocus()
            return
        try:
            self.ending = end(self.store, self.session, self.next_date.value(), self.checked_actions())
        except SessionFlowError as error:
            self.error.setText(str(error))
            self.next_date.setFocus()
            return
        except StoreError as error:
            self.error.setText(str(error))
            return
        super().accept()
