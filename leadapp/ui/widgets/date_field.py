"""A date typed as people write it (24/11/2026 or 2026-11-24), empty allowed, with a plain error."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from leadapp.domain.dates import format_date, parse_date

__all__ = ["DateField", "format_date", "parse_date"]


class DateField(QLineEdit):
    """Emits `date_changed` only with valid values; invalid text is marked and left unsaved."""

    date_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.setMaxLength(20)
        self.textEdited.connect(self._on_edit)
        self._error = ""

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

    def _set_error(self, message: str) -> None:
        self._error = message
        self.setProperty("invalid", bool(message))
        self.setToolTip(message)
        self.setAccessibleDescription(message)
        self.style().unpolish(self)
        self.style().polish(self)

    def _on_edit(self, text: str) -> None:
        try:
            parse_date(text)
        except ValueError as error:
            self._set_error(str(error))
            return
        self._set_error("")
        self.date_changed.emit()
