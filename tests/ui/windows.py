"""Opening the real main window for a keyboard test: shown, active (or Qt ignores shortcuts), themed."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtWidgets import QApplication, QWidget

from leadapp.demo import write_demo
from leadapp.store.store import Store
from leadapp.ui.main_window import MainWindow
from leadapp.ui.theme import apply_theme


def activate(qtbot: Any, window: QWidget) -> None:
    """Shown and the active window: Alt letters and shortcuts only reach the active window."""
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def active_window(
    qtbot: Any, store: Store, ref: Any, demo: bool = True, size: tuple[int, int] | None = None
) -> MainWindow:
    if demo:
        write_demo(store)
    window = MainWindow(store, ref)
    qtbot.addWidget(window)
    if size is not None:
        window.resize(*size)
    activate(qtbot, window)
    return window


@contextmanager
def app_theme(mode: str, text_size: int) -> Iterator[None]:
    """The app's own theme and text size for the test, and Qt's defaults back afterwards."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    palette, font, style = app.palette(), app.font(), app.style().name()
    apply_theme(app, mode, text_size)
    try:
        yield
    finally:
        app.setStyleSheet("")
        app.setPalette(palette)
        app.setFont(font)
        app.setStyle(style)
