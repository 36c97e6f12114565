"""Keyboard habits every screen shares: where focus starts, Esc back to the list, search to results.

Kept in one place so each screen wires them with a line, and a person who never touches the mouse finds
the same keys doing the same things everywhere.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QScrollArea, QWidget


def first_focusable(root: QWidget) -> QWidget | None:
    """The first widget inside root that Tab would reach, in the window's own focus order."""
    widget = root.nextInFocusChain()
    while widget is not root and widget is not None:
        if (
            root.isAncestorOf(widget)
            and widget.isVisibleTo(root.window())
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.focusProxy() is None
        ):
            return widget
        widget = widget.nextInFocusChain()
    return None


def focus_content(root: QWidget | None) -> None:
    """Put focus on the screen's first field, so a keyboard user starts in the content, not the rail."""
    target = first_focusable(root) if root is not None else None
    if target is not None:
        target.setFocus(Qt.FocusReason.OtherFocusReason)


class _BackKeys(QObject):
    def __init__(self, editor: QWidget, go_back: Callable[[], None]) -> None:
        super().__init__(editor)
        self.go_back = go_back

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            plain = event.key() == Qt.Key.Key_Escape and not event.modifiers()
            alt_left = event.key() == Qt.Key.Key_Left and event.modifiers() == Qt.KeyboardModifier.AltModifier
            if plain or alt_left:
                self.go_back()
                return True
        return False


def back_keys(editor: QWidget, go_back: Callable[[], None]) -> None:
    """Esc and Alt+Left anywhere in the editor go back to its list (the editor saves first in go_back).

    Caught as the key press comes up from the field, not as a shortcut: a field, an open list or any
    shortcut that wants Esc (leaving the in-session view, closing a popup) has it first, and two Esc
    shortcuts in one window would make Qt run neither.
    """
    editor.installEventFilter(_BackKeys(editor, go_back))


class _SearchToResults(QObject):
    def __init__(
        self, search: QLineEdit, results: QAbstractItemView, before: Callable[[], None] | None
    ) -> None:
        super().__init__(search)
        self.results = results
        self.before = before

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            keys = (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter)
            if event.key() in keys and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                self.go_to_results()
                return True
        return False

    def go_to_results(self) -> None:
        if self.before is not None:
            self.before()
        model = self.results.model()
        if model is None or model.rowCount() == 0:
            return
        if not self.results.currentIndex().isValid():
            self.results.setCurrentIndex(model.index(0, 0))
        self.results.setFocus(Qt.FocusReason.OtherFocusReason)


def search_to_results(
    search: QLineEdit, results: QAbstractItemView, before: Callable[[], None] | None = None
) -> None:
    """Down or Enter in a search box moves to the first result (or the one already chosen).

    `before` runs first, so a search still waiting for typing to pause is brought up to date.
    """
    search.installEventFilter(_SearchToResults(search, results, before))


def _scroll_focus_into_view(_old: QWidget | None, new: QWidget | None) -> None:
    """Alt jumps (label buddies) and other focus moves bring the field into view in every scroll area,
    innermost first, so an outer area ends with the field in view. Only the new field's own parents are
    looked at: focus also moves while a window's widgets are being deleted, and a search of the whole
    window then met half-deleted widgets (a crash in the test suite's full runs)."""
    if new is None:
        return
    parent = new.parentWidget()
    while parent is not None:
        inner = parent.widget() if isinstance(parent, QScrollArea) else None
        if isinstance(parent, QScrollArea) and inner is not None and inner.isAncestorOf(new):
            parent.ensureWidgetVisible(new)
        parent = parent.parentWidget()


def follow_focus_in_scroll_areas(app: QApplication) -> None:
    """Connect once per application; a second call is harmless. The window connects it on the first turn
    of the event loop after it is shown: walking up from a field meets each scroll area's viewport, a widget
    Qt made, and PySide, asked to name its type the first time, loads every QtWidgets class (about 70 enum
    types, 10-15 ms), which the first focus of the start would otherwise pay."""
    if app.property("leadapp-focus-followed"):
        return
    app.setProperty("leadapp-focus-followed", True)
    app.focusChanged.connect(_scroll_focus_into_view)


def without_mnemonic(text: str) -> str:
    """The text as read aloud: "My &private notes" → "My private notes" ("&&" stays one "&")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")
