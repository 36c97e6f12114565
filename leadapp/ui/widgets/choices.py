"""Combo boxes filled from reference data, shared by the People screen and the first-run dialog, and long
lists filled and sized in one go (the window's mentee switcher).

A combo box that adjusts to its contents measures every entry's text whenever its size is asked for: for the
mentee switcher with 960 mentees that was 6 ms of the start, and filling it one `addItem` at a time another
3. `fill_choices` adds the entries with one call and their data after, and sizes the closed box by the widest
of the entries longest in characters (the open list still widens to its widest entry, as Qt measures it then).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

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


MEASURED = 12
"""Entries measured for the box's width, the longest in characters: a shorter entry wider than all of them
would need far wider letters throughout."""


def fill_choices(box: QComboBox, choices: Sequence[tuple[str, object]]) -> None:
    """Replace the box's entries with `choices` (text, data) and size the box to the widest of them."""
    box.clear()
    box.addItems([text for text, _data in choices])
    for row, (_text, data) in enumerate(choices):
        box.setItemData(row, data)
    metrics = box.fontMetrics()
    longest = sorted((text for text, _data in choices), key=len, reverse=True)[:MEASURED]
    widest = max((metrics.horizontalAdvance(text) for text in longest), default=0)
    # Room Qt adds beside the text for an icon under this policy; these entries have none.
    icon_room = box.iconSize().width() + 4
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(
        max(1, math.ceil((widest - icon_room) / max(1, metrics.horizontalAdvance("X"))))
    )
