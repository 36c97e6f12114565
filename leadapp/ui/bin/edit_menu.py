"""The Edit menu: undo a removal, open the bin, and cut, copy and paste in the field that has focus.

Its actions also belong to the window, so their keys keep working when F11 hides the menu bar. A text
field keeps Ctrl+Z for its own typing (Qt gives the focused editor first claim on its standard keys), so
Ctrl+Z undoes a removal only when the cursor is not in one.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMainWindow, QMenu

from leadapp.ui.bin.undo import RemovalUndo

CLIPBOARD_METHODS = ("cut", "copy", "paste")


def on_focused_field(method: str) -> None:
    """Send cut, copy or paste to the widget with keyboard focus, when it knows how; in a list, Copy takes
    the current cell's text, as the list itself would have done with Ctrl+C."""
    widget = QApplication.focusWidget()
    act = getattr(widget, method, None)
    if callable(act):
        act()
    elif method == "copy" and isinstance(widget, QAbstractItemView) and widget.currentIndex().isValid():
        QApplication.clipboard().setText(str(widget.currentIndex().data() or ""))


def build_edit_menu(window: QMainWindow, undo: RemovalUndo, open_bin: Callable[[], None]) -> QMenu:
    menu = QMenu(window.tr("&Edit"), window)
    undo_remove = QAction(window.tr("&Undo remove"), window)
    undo_remove.setObjectName("undo-remove")
    undo_remove.setShortcut(QKeySequence.StandardKey.Undo)
    undo_remove.setEnabled(False)
    undo_remove.triggered.connect(undo.undo)
    undo.available.connect(undo_remove.setEnabled)
    menu.addAction(undo_remove)
    menu.addSeparator()
    for text, key, method in (
        (window.tr("Cu&t"), QKeySequence.StandardKey.Cut, "cut"),
        (window.tr("&Copy"), QKeySequence.StandardKey.Copy, "copy"),
        (window.tr("&Paste"), QKeySequence.StandardKey.Paste, "paste"),
    ):
        action = QAction(text, window)
        action.setObjectName(method)
        action.setShortcut(key)
        action.triggered.connect(lambda _checked=False, m=method: on_focused_field(m))
        menu.addAction(action)
    menu.addSeparator()
    open_bin_action = QAction(window.tr("&Bin…"), window)
    open_bin_action.setObjectName("open-bin")
    open_bin_action.triggered.connect(open_bin)
    menu.addAction(open_bin_action)
    for action in menu.actions():
        if not action.isSeparator():
            window.addAction(action)
    return menu
