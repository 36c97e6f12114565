"""Opening the real main window for a test: shown, active (or Qt ignores shortcuts), themed; and the
activities list on its own, as the long-list tests open it.

Plain functions rather than fixtures, so tests elsewhere (the exchange screen) and tests that open a second
window on a reopened store use the same set-up; tests/ui/conftest.py builds its fixtures on them.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtWidgets import QApplication, QWidget

from leadapp.domain.enums import OwnerRole
from leadapp.store.store import Store
from leadapp.ui.activities.activities_screen import ActivitiesScreen
from leadapp.ui.main_window import MainWindow
from leadapp.ui.theme import apply_theme
from leadapp.ui.widgets.roles import use_looks


def activate(qtbot: Any, window: QWidget) -> None:
    """Shown and the active window: Alt letters and shortcuts only reach the active window."""
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def shown_window(qtbot: Any, store: Store, ref: Any, size: tuple[int, int] | None = None) -> MainWindow:
    """The main window on `store`, shown; qtbot closes it when the test ends, before the store is closed.

    For a test that leaves a dialog of its own open, which keeps any other window from becoming active.
    """
    window = MainWindow(store, ref)
    qtbot.addWidget(window)
    if size is not None:
        window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window


def active_window(qtbot: Any, store: Store, ref: Any, size: tuple[int, int] | None = None) -> MainWindow:
    """The main window on `store`, shown and active; qtbot closes it when the test ends."""
    window = shown_window(qtbot, store, ref, size)
    activate(qtbot, window)
    return window


def choose_mentee(window: MainWindow, mentee_id: str) -> None:
    """As the switcher in the toolbar does when a person picks a name."""
    window.mentee_switcher.setCurrentIndex(window.mentee_switcher.findData(mentee_id))


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
        app.setPalette(palette)
        app.setFont(font)
        app.setStyle(style)
        use_looks(False, font.pointSizeF())


def activities_screen(qtbot: Any, store: Store, ref: Any, data_events: Any) -> ActivitiesScreen:
    """A mentor's activities list, not yet shown, closed with the test."""
    screen = ActivitiesScreen(store, ref, data_events, OwnerRole.MENTOR)
    qtbot.addWidget(screen)
    return screen
