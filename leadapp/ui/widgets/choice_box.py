"""A drop-down list filled in one go and sized by its longest entries, for lists as long as a caseload.

A combo box that adjusts to its contents measures every entry's text whenever its size is asked for: for the
window's mentee switcher with 960 mentees that was 6 ms of the start, and filling it one `addItem` at a time
another 3. Here the entries go in with one call, their data after, and the closed box is sized by the widest
of the entries longest in characters (the open list still widens to its widest entry, as Qt measures it then).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox

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
    icon_room = (
        box.iconSize().width() + 4
    )  # what Qt adds beside the text under this policy; entries have none
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(
        max(1, math.ceil((widest - icon_room) / max(1, metrics.horizontalAdvance("X"))))
    )
