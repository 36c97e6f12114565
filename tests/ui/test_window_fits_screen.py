"""The main window fits the screen it opens on (1366×768, 150 % text, a 1.5 scale factor) and opens again
where it was left, maximised if it was. Each run is a child process on an offscreen screen of that size."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication
from windows import active_window

from leadapp.ui.main_window import MainWindow
from leadapp.ui.window_geometry import fit

CHILD = Path(__file__).with_name("window_fit_child.py")


def open_window(
    tmp_path: Path, *args: str, scale: str = "", size: tuple[int, int] = (1366, 768)
) -> dict[str, Any]:
    screen = {
        "screens": [
            {
                "name": "laptop",
                "x": 0,
                "y": 0,
                "width": size[0],
                "height": size[1],
                "logicalDpi": 96,
                "dpr": 1,
            }
        ]
    }
    config = tmp_path / "screen.json"
    config.write_text(json.dumps(screen))
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    env.pop("QT_SCALE_FACTOR", None)
    if scale:
        env["QT_SCALE_FACTOR"] = scale
    done = subprocess.run(
        [sys.executable, str(CHILD), str(tmp_path / "leadapp.sqlite3"), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def inside(frame: list[int], available: list[int]) -> bool:
    x, y, w, h = frame
    ax, ay, aw, ah = available
    return x >= ax and y >= ay and x + w <= ax + aw and y + h <= ay + ah


@pytest.mark.parametrize(("text_size", "scale"), [("100", ""), ("150", ""), ("100", "1.5"), ("150", "1.5")])
def test_the_window_opens_within_a_1366_by_768_screen_on_every_section(
    tmp_path: Path, text_size: str, scale: str
) -> None:
    seen = open_window(tmp_path, text_size, scale=scale)
    available = seen["available"]
    for visit in seen["sections"]:
        assert inside(visit["frame"], available), (visit, available)
    assert seen["minimum"][0] <= available[2] and seen["minimum"][1] <= available[3]
    first = seen["sections"][0]["frame"]
    assert first[2] >= 0.8 * available[2] and first[3] >= 0.8 * available[3], (first, available)


def test_the_window_remembers_being_maximised(tmp_path: Path) -> None:
    open_window(tmp_path, "100", "--maximise")
    assert open_window(tmp_path, "100")["maximised"]


def test_the_window_reopens_where_it_was_left_and_never_larger_than_the_screen(qtbot, store, ref) -> None:
    first = MainWindow(store, ref)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    available = first.screen().availableGeometry()
    first.setGeometry(
        QRect(available.x() + 40, available.y() + 30, available.width() // 2, available.height() // 2)
    )
    wanted = first.geometry()
    first.close()
    second = MainWindow(store, ref)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert second.geometry().size() == wanted.size()
    assert not second.isMaximized()


def test_fit_keeps_a_rectangle_inside_the_available_screen() -> None:
    available = QRect(0, 0, 1366, 728)
    assert fit(QRect(100, 50, 800, 600), available) == QRect(100, 50, 800, 600)
    assert fit(QRect(900, 400, 800, 600), available) == QRect(566, 128, 800, 600)
    assert fit(QRect(-50, -20, 2000, 1000), available) == available


@pytest.mark.usefixtures("demo_store")
def test_the_scrolling_around_each_section_is_never_a_tab_stop(qtbot, store, ref) -> None:
    window = active_window(qtbot, store, ref)
    window.navigation.setFocus()
    wrappers = {window.stack.widget(i) for i in range(window.stack.count())}
    for _ in range(6):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() not in wrappers
