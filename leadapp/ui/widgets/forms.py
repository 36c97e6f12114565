"""Small pieces every form uses: a labelled row whose label names the field, headings and notes."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QFormLayout, QGridLayout, QLabel, QWidget

from leadapp.ui.widgets.roles import set_role


class FieldLabel(QLabel):
    """A label with room for its underlined Alt letter.

    Qt measures "&To" as the kerned word "To" but draws the underlined "T" apart from the "o", which is
    then wider than measured and loses its last letter ("Tc"). Half a character of slack, judged in the
    label's current font, keeps the whole word at any text size.
    """

    def _slack(self) -> int:
        return self.fontMetrics().averageCharWidth() // 2 + 1

    def sizeHint(self) -> QSize:
        return super().sizeHint() + QSize(self._slack(), 0)

    def minimumSizeHint(self) -> QSize:
        return super().minimumSizeHint() + QSize(self._slack(), 0)


def field_label(text: str, widget: QWidget) -> FieldLabel:
    """The label is the field's buddy (Alt+letter jumps to it) and its accessible name."""
    label = FieldLabel(text)
    label.setBuddy(widget)
    widget.setAccessibleName(text.replace("&", ""))
    return label


def labelled_row(form: QFormLayout, text: str, widget: QWidget) -> None:
    form.addRow(field_label(text, widget), widget)


def labelled_cell(grid: QGridLayout, text: str, widget: QWidget, row: int, column: int) -> None:
    """A label and its field side by side in a grid of several per row: columns `column` and `column + 1`."""
    grid.addWidget(field_label(text, widget), row, column)
    grid.addWidget(widget, row, column + 1)


def subheading(text: str) -> QLabel:
    label = QLabel(text)
    set_role(label, "subheading")
    return label


def note(text: str) -> QLabel:
    label = QLabel(text)
    set_role(label, "secondary")
    label.setWordWrap(True)
    return label
