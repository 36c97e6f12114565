"""A date typed as people write it (3/12/26, 24.11.2026, 2026-11-24, today), empty allowed, with the
problem said in words under the field when it cannot be read."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from leadapp.domain.dates import format_date, order_problem, parse_date
from leadapp.ui.widgets.field_message import FieldMessage
from leadapp.ui.widgets.focus_ring import show_error_edge

__all__ = ["DateField", "format_date", "keep_in_order", "parse_date"]


class DateField(QLineEdit):
    """Emits `date_changed` only with valid values; invalid text is marked, explained and left unsaved."""

    date_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.setMaxLength(20)
        self.textEdited.connect(self._on_edit)
        self.editingFinished.connect(self._tidy)
        self._error = ""
        self._rule_broken = False
        self._message: FieldMessage | None = None

    @property
    def error(self) -> str:
        return self._error

    def is_valid(self) -> bool:
        return not self._error

    def value(self) -> date | None:
        try:
            return parse_date(self.text())
        except ValueError:
            return None

    def set_value(self, value: date | None) -> None:
        self.setText(format_date(value))
        self._set_error("")

    def set_problem(self, message: str) -> None:
        """A rule beyond the date itself (an end before its start): shown, and the value left unsaved."""
        self._set_error(message)
        self._rule_broken = bool(message)

    @property
    def rule_broken(self) -> bool:
        return self._rule_broken

    def _set_error(self, message: str) -> None:
        self._error = message
        self._rule_broken = False
        show_error_edge(self, bool(message))
        self.setToolTip(message)
        self.setAccessibleDescription(message)
        if message and self._message is None:
            self._message = FieldMessage(self)
        if self._message is not None:
            self._message.say(message)

    def _on_edit(self, text: str) -> None:
        try:
            parse_date(text)
        except ValueError as error:
            self._set_error(str(error))
            return
        self._set_error("")
        self.date_changed.emit()

    def _tidy(self) -> None:
        """On leaving, a short form or a word ("today") is shown as the full date it was read as."""
        if self.is_valid() and self.text().strip():
            value = self.value()
            if value is not None and format_date(value) != self.text():
                self.setText(format_date(value))


def keep_in_order(start: DateField, end: DateField, start_name: str, end_name: str) -> None:
    """Refuse an impossible pair: the field just edited says why and keeps its old saved value."""

    def check(edited: DateField) -> None:
        other = end if edited is start else start
        if not edited.is_valid() and not edited.rule_broken:
            return
        problem = order_problem(start.value(), end.value(), start_name, end_name)
        edited.set_problem(problem)
        if not problem and other.rule_broken:
            other.set_problem("")
            other.date_changed.emit()

    start.textEdited.connect(lambda _text: check(start))
    end.textEdited.connect(lambda _text: check(end))
