"""Combo boxes filled from reference data, shared by the People screen and the first-run dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox

from leadapp.domain.people import OTHER_PROFESSION
from leadapp.domain.reference import Reference


def tr(text: str) -> str:
    return QCoreApplication.translate("choices", text)


def fill_professions(combo: QComboBox, ref: Reference) -> None:
    """Grouped list: a bold, disabled heading per professional group, then 'Other' for anything else.

    Names are not indented, so typing the first letters of a profession selects it.
    """
    combo.clear()
    combo.addItem(tr("Not set"), "")
    model = combo.model()
    for group in ref.profession_groups:
        combo.insertSeparator(combo.count())
        combo.addItem(group.name, None)
        if isinstance(model, QStandardItemModel):
            heading = model.item(combo.count() - 1)
            if heading is not None:
                heading.setEnabled(False)
                font = heading.font()
                font.setBold(True)
                heading.setFont(font)
        for profession in group.professions:
            combo.addItem(profession.name, profession.code)
    combo.insertSeparator(combo.count())
    combo.addItem(tr("Other (write it in)"), OTHER_PROFESSION)


def fill_items(combo: QComboBox, items: list[tuple[str, str]], empty: str | None = None) -> None:
    combo.clear()
    if empty is not None:
        combo.addItem(empty, "")
    for code, label in items:
        combo.addItem(label, code)


def select_data(combo: QComboBox, value: object) -> None:
    position = combo.findData(value)
    combo.setCurrentIndex(position if position >= 0 else 0)
