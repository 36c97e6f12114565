"""Combo boxes filled from reference data, shared by the People screen and the first-run dialog, and long
lists filled and sized in one go (the window's mentee switcher).

A combo box that adjusts to its contents measures every entry's text whenever its size is asked for: for the
mentee switcher with 960 mentees that was 6 ms of the start, and filling it one `addItem` at a time another
3. `fill_choices` adds the entries with one call and their data after, and sizes the closed box by the widest
of the entries longest in characters (the open list still widens to its widest entry, as Qt measures it then).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox

from leadapp.domain.people import OTHER_PROFESSION
from leadapp.domain.reference import Reference

if TYPE_CHECKING:
    from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent, QWheelEvent


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


def fill_choices(
    box: QComboBox, choices: Sequence[tuple[str, object]], sized_by: Sequence[str] | None = None
) -> None:
    """Replace the box's entries with `choices` (text, data) and size the box to the widest of them, or of
    `sized_by` when the entries are a few of a longer list."""
    box.clear()
    box.addItems([text for text, _data in choices])
    for row, (_text, data) in enumerate(choices):
        box.setItemData(row, data)
    metrics = box.fontMetrics()
    texts = [text for text, _data in choices] if sized_by is None else [*sized_by, *(t for t, _ in choices)]
    longest = sorted(texts, key=len, reverse=True)[:MEASURED]
    widest = max((metrics.horizontalAdvance(text) for text in longest), default=0)
    # Room Qt adds beside the text for an icon under this policy; these entries have none.
    icon_room = box.iconSize().width() + 4
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(
        max(1, math.ceil((widest - icon_room) / max(1, metrics.horizontalAdvance("X"))))
    )


class ChoicesWhenReached(QComboBox):
    """A combo box over a list that can be long (the window's mentee switcher: every current mentee), which
    holds only a few entries (the current one) until someone reaches for it: focus, a click, the wheel, a
    key, or code asking what it holds. Then `reached` is called, once, to fill it whole.

    Reading and adding every mentee was the one part of the window's start that grew with the database (5 ms
    at 960 mentees); nobody can see the entries of a closed box.
    """

    def __init__(self, reached: Callable[[], None]) -> None:
        super().__init__()
        self._reached = reached
        self.whole = False
        """True once the box has been reached for and holds every entry."""

    def reach(self) -> None:
        if not self.whole:
            self.whole = True
            self._reached()

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.reach()
        super().focusInEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.reach()
        super().mousePressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        self.reach()
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.reach()
        super().keyPressEvent(event)

    def showPopup(self) -> None:
        self.reach()
        super().showPopup()

    def count(self) -> int:
        self.reach()
        return super().count()

    def held_position(self, data: object) -> int:
        """Where `data` is among the entries held now, without reaching for the rest."""
        return super().findData(data)

    def findData(self, data: Any, *args: Any, **kwargs: Any) -> int:
        self.reach()
        return super().findData(data, *args, **kwargs)

    def findText(self, text: str, *args: Any, **kwargs: Any) -> int:
        self.reach()
        return super().findText(text, *args, **kwargs)
