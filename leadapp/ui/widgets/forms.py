"""Small pieces every form uses: a labelled row whose label names the field, headings and notes."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget


def labelled_row(form: QFormLayout, text: str, widget: QWidget) -> None:
    """The label is the field's buddy (Alt+letter jumps to it) and its accessible name."""
    label = QLabel(text)
    label.setBuddy(widget)
    widget.setAccessibleName(text.replace("&", ""))
    form.addRow(label, widget)


def subheading(text: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("role", "subheading")
    return label


def note(text: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("role", "secondary")
    label.setWordWrap(True)
    return label
