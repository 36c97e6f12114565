"""Where the main window opens: inside the screen it is on, where it was left, maximised if it was.

Kept in QSettings (this computer and user), not in the database: a screen belongs to the machine, while the
database file may be copied to another laptop or opened on a second monitor, where yesterday's size is wrong.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

GEOMETRY_KEY = "main_window/geometry"
MAXIMISED_KEY = "main_window/maximised"
FIRST_SHARE = 0.9
"""A first run takes most of the screen, leaving room for the window frame and a glimpse of the desktop."""


def window_settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "LeadApp", "LeadApp")


def fit(rect: QRect, available: QRect) -> QRect:
    """The rectangle made no larger than the available screen, then moved until it lies inside it."""
    width = min(rect.width(), available.width())
    height = min(rect.height(), available.height())
    x = min(max(rect.x(), available.x()), available.x() + available.width() - width)
    y = min(max(rect.y(), available.y()), available.y() + available.height() - height)
    return QRect(x, y, width, height)


def first_rect(available: QRect) -> QRect:
    width, height = int(available.width() * FIRST_SHARE), int(available.height() * FIRST_SHARE)
    return QRect(
        available.x() + (available.width() - width) // 2,
        available.y() + (available.height() - height) // 2,
        width,
        height,
    )


def _available(window: QWidget) -> QRect:
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def place_window(window: QWidget) -> None:
    """Before the first show: last time's place and size if they still fit, maximised if it was."""
    settings = window_settings()
    saved = settings.value(GEOMETRY_KEY)
    restored = isinstance(saved, QByteArray) and not saved.isEmpty() and window.restoreGeometry(saved)
    maximised = settings.value(MAXIMISED_KEY, False, type=bool)
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMaximized)
    available = _available(window)
    window.setGeometry(fit(window.geometry(), available) if restored else first_rect(available))
    if maximised:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def remember_window(window: QWidget) -> None:
    settings = window_settings()
    settings.setValue(GEOMETRY_KEY, window.saveGeometry())
    settings.setValue(MAXIMISED_KEY, window.isMaximized())


def scrolling(page: QWidget, name: str) -> QScrollArea:
    """A section scrolls instead of pushing the window past a small screen (150 % text, a 1.5 scale).

    The page still fills the space it is given; scroll bars appear only when the screen is smaller than
    the page can shrink to.
    """
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setAccessibleName(name)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(page)
    return area
