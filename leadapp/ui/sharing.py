"""Sharing mode for the whole application: the key that works everywhere, its words, and its memory.

Ctrl+Shift+H is caught by an application-wide event filter rather than a toolbar action, so it works in the
in-session view (which hides the toolbar), in modal dialogs and in previews. The mode is kept in settings so a
restart in front of a mentee never comes back showing everything.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from leadapp.store.errors import StoreError
from leadapp.store.store import Store
from leadapp.ui.privacy import Privacy

HIDE_KEY = Qt.Key.Key_H


def tr(text: str) -> str:
    return QCoreApplication.translate("sharing", text)


def action_text(hidden: bool) -> str:
    """The button says what pressing it will do."""
    return tr("Show private notes") if hidden else tr("Hide private notes")


def strip_text(front_name: str | None) -> str:
    """Exactly what is hidden, and with nobody chosen, how to bring the mentee in front of you on screen."""
    if front_name:
        return tr(
            "Sharing your screen: only {0} is shown. Hidden: other mentees, private notes, notes about "
            "people, ratings and leap-of-faith flags. Ctrl+Shift+H stops sharing."
        ).format(front_name)
    return tr(
        "Sharing your screen: no mentee is shown, and nothing private. Choose who is in front of you: "
        "press Ctrl+Shift+H, pick them in Working with, then press Ctrl+Shift+H again."
    )


def private_reason() -> str:
    return tr("Private notes cannot be included while sharing your screen (Ctrl+Shift+H stops sharing).")


def _is_hide_key(event: QEvent) -> bool:
    if not isinstance(event, QKeyEvent) or event.key() != HIDE_KEY:
        return False
    wanted = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return mods == wanted


class SharingMode(QObject):
    """Owns the privacy switch for one main window: its key, and keeping it across restarts."""

    def __init__(self, window: QWidget, store: Store, privacy: Privacy) -> None:
        super().__init__(window)
        self.window = window
        self.store = store
        self.privacy = privacy
        self._detached = False
        privacy.changed.connect(self._remember)
        self.before_sharing: Callable[[], None] = lambda: None
        """Called just before sharing starts, so the window can name the mentee whose record is open."""

    def toggle(self) -> None:
        self.set_sharing(not self.privacy.hidden)

    def set_sharing(self, on: bool) -> None:
        if on and not self.privacy.hidden:
            self.before_sharing()
        self.privacy.set_hidden(on)

    def stored_front(self) -> str | None:
        """The mentee who was in front of you when sharing was left on, or None if it was off."""
        return self.store.settings.sharing_front()

    def remember_front(self, mentee_id: str | None) -> None:
        if self.privacy.hidden:
            self._store(lambda: self.store.settings.remember_front(mentee_id))

    def _remember(self, hidden: bool) -> None:
        self._store(lambda: self.store.settings.remember_sharing(hidden))

    def _store(self, write: Callable[[], None]) -> None:
        try:
            write()
        except StoreError:
            return  # hiding goes ahead; a save problem is reported by the next edit's save

    def attach(self) -> None:
        """Catch the key everywhere from now on (see MainWindow): not once the window has closed, which the
        smoke test does in the same first turn the start attaches in."""
        app = QApplication.instance()
        if app is not None and not self._detached:
            app.installEventFilter(self)

    def detach(self) -> None:
        self._detached = True
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def _belongs_here(self, target: QObject) -> bool:
        widget = target if isinstance(target, QWidget) else None
        while widget is not None:
            if widget is self.window:
                return True
            widget = widget.parentWidget()
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Every event of the application comes through here: the key test comes first, since it is the
        # cheapest and almost every event fails it.
        if not _is_hide_key(event):
            return False
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if not isinstance(watched, QWidget) or not self._belongs_here(watched):
            return False
        event.accept()
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and not event.isAutoRepeat():
            self.toggle()
        return True
