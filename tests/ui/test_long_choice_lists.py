"""A long drop-down list filled in one go: every entry keeps its data, and the closed box is as wide as the
box Qt sizes by measuring every entry, so the widest name shows whole at any text size."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox

from leadapp.ui.widgets.choices import fill_choices

NAMES = [
    "Al Li",
    "Wilhelmina Montgomery-Whitworth · Occupational therapist",
    "Iris Ivy · Dietitian",
    "MMMM WWWW · Orthoptist",
    "Tom Reilly · Paramedic",
] + [f"Mentee {n} · Physiotherapist" for n in range(200)]


def _measured_box(choices: list[tuple[str, object]], font: QFont) -> QComboBox:
    """The box Qt sizes itself, by every entry: what the switcher looked like before."""
    box = QComboBox()
    box.setFont(font)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    for text, data in choices:
        box.addItem(text, data)
    return box


@pytest.mark.parametrize("points", [10.0, 15.0, 20.0])
def test_the_box_is_as_wide_as_its_widest_entry(qtbot, points: float) -> None:  # type: ignore[no-untyped-def]
    font = QFont()
    font.setPointSizeF(points)
    choices: list[tuple[str, object]] = [(name, f"id-{n}") for n, name in enumerate(NAMES)]
    box = QComboBox()
    qtbot.addWidget(box)
    box.setFont(font)

    fill_choices(box, choices)

    measured = _measured_box(choices, font)
    qtbot.addWidget(measured)
    wanted = measured.sizeHint().width()
    room = box.fontMetrics().horizontalAdvance("X")
    assert wanted <= box.sizeHint().width() <= wanted + room
    assert [box.itemText(row) for row in range(box.count())] == NAMES
    assert [box.itemData(row) for row in range(box.count())] == [data for _text, data in choices]
    assert box.findData("id-3") == 3


def test_filling_again_replaces_the_entries_and_the_width(qtbot) -> None:  # type: ignore[no-untyped-def]
    box = QComboBox()
    qtbot.addWidget(box)
    fill_choices(box, [(name, name) for name in NAMES])
    wide = box.sizeHint().width()

    fill_choices(box, [("All mentees", ""), ("Al Li", "al")])

    assert [box.itemText(row) for row in range(box.count())] == ["All mentees", "Al Li"]
    assert box.itemData(1) == "al"
    assert box.sizeHint().width() < wide
    assert box.sizeHint().width() >= _measured_box([("All mentees", "")], box.font()).sizeHint().width()
