"""Tick boxes keep an outline that shows on the dark theme, drawn for them alone, and the start draws with
Fusion without asking for the style from Python."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from keyboard_audit import KeyboardAudit, walk_every_screen
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QCheckBox, QListWidget, QWidget
from windows import app_theme, shown_window

from leadapp.store.store import Store
from leadapp.ui.widgets.tick_boxes import ContrastStyle, outlined


def plain_tick_boxes(window: QWidget) -> list[str]:
    """Check boxes, and lists with ticked rows, drawn without the outline. The app has no style sheet, so a
    widget's own style is what `style()` answers."""
    found = [
        f"check box {box.text()!r} has no outline"
        for box in window.findChildren(QCheckBox)
        if not isinstance(box.style(), ContrastStyle)
    ]
    for view in window.findChildren(QListWidget):
        rows = (view.item(row) for row in range(view.count()))
        ticked = any(item.data(Qt.ItemDataRole.CheckStateRole) is not None for item in rows)
        if ticked and not isinstance(view.style(), ContrastStyle):
            found.append(f"list {view.accessibleName()!r} has ticked rows without the outline")
    return found


@pytest.mark.usefixtures("demo_store")
def test_every_tick_box_on_every_screen_and_dialog_is_outlined(qtbot, store: Store, ref, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    audit = KeyboardAudit(monkeypatch, checks=[plain_tick_boxes])
    window = shown_window(qtbot, store, ref)
    walk_every_screen(window, audit)
    assert len(audit.looked_at) > len(window.sections)
    assert "\n".join(audit.problems) == ""


def _edge_colours(box: QCheckBox) -> set[str]:
    image: QImage = box.grab().toImage()
    return {image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())}


@pytest.mark.parametrize("mode", ["dark", "light"])
def test_an_outlined_tick_box_has_an_edge_in_the_placeholder_colour(qtbot, mode: str) -> None:  # type: ignore[no-untyped-def]
    with app_theme(mode, 150):
        plain, ticked = QCheckBox("Private to me"), outlined(QCheckBox("Private to me"))
        for box in (plain, ticked):
            qtbot.addWidget(box)
            box.show()
        qtbot.waitExposed(ticked)
        edge = QApplication.palette().color(QApplication.palette().ColorRole.PlaceholderText).name()
        assert edge in _edge_colours(ticked), "the outline is drawn under the app's style sheet"
        assert edge not in _edge_colours(plain), "Fusion alone draws no such edge"
        assert QColor(edge).isValid()


def test_the_start_draws_with_fusion() -> None:
    """The start makes its style in C++ (see FUSION_ARGUMENTS): it must still be Fusion."""
    code = (
        "from leadapp.ui.theme import new_application\n"
        "app = new_application(['leadapp'])\n"
        "print(app.style().name())\n"
    )
    shown = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_STYLE_OVERRIDE": "windows"},
    )
    assert shown.stdout.strip().lower() == "fusion"
