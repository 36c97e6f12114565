"""A keyboard audit of every screen and dialog, reusable as screens are added.

Two Alt letters in one window do not warn anyone: Qt sends the keypress to one of them, or cycles between
them, and a person typing Alt+U then Alt+Down changes a field they never meant to touch. Tables and text
boxes that keep Tab for themselves trap a keyboard user. `KeyboardAudit` looks at a window as Qt would
(visible widgets only, the menu bar included) and lists both kinds of problem, and keys two
shortcuts answer at once (Qt then runs neither); `walk_every_screen` drives
the real window through every section, with the editors filled, and every dialog the app can open, so a
screen or dialog added later is checked without anyone remembering to add it here. A new dialog class that
the walk cannot reach fails `dialogs_never_opened` until a way to open it is added to `open_every_dialog`.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialog,
    QFileDialog,
    QGroupBox,
    QInputDialog,
    QLabel,
    QMenuBar,
    QMessageBox,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

import leadapp.ui


def mnemonic(text: str) -> str | None:
    """The letter Alt+letter reaches in a Qt text ("&&" is a literal ampersand), lower-cased."""
    position = 0
    while position < len(text) - 1:
        if text[position] == "&":
            following = text[position + 1]
            if following != "&" and not following.isspace():
                return following.lower()
            position += 2
            continue
        position += 1
    return None


def _alt_key(sequence: QKeySequence) -> str | None:
    """The letter of an Alt+letter key sequence (with no other modifier), else None."""
    text = sequence.toString(QKeySequence.SequenceFormat.PortableText)
    if text.startswith("Alt+") and len(text) == len("Alt+") + 1 and text[-1].isalpha():
        return text[-1].lower()
    return None


def _owned_by(widget: QWidget, window: QWidget) -> bool:
    return widget.window() is window and (widget is window or widget.isVisibleTo(window))


def alt_letters(window: QWidget) -> dict[str, list[str]]:
    """Every Alt letter live in the window, and what each one reaches."""
    found: dict[str, list[str]] = defaultdict(list)
    for widget in [window, *window.findChildren(QWidget)]:
        if not _owned_by(widget, window):
            continue
        texts: list[str] = []
        if (isinstance(widget, QLabel) and widget.buddy() is not None) or isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts.extend(widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i))
        elif isinstance(widget, QMenuBar):
            texts.extend(action.text() for action in widget.actions() if action.isVisible())
        for text in texts:
            letter = mnemonic(text)
            if letter:
                found[letter].append(f"{type(widget).__name__} “{text}”")
    for action in window.findChildren(QAction):
        if action.parent() is window or (
            isinstance(action.parent(), QWidget) and _owned_by(action.parent(), window)
        ):
            for sequence in action.shortcuts():
                letter = _alt_key(sequence)
                if letter:
                    found[letter].append(f"action “{action.text()}” ({sequence.toString()})")
    for shortcut in window.findChildren(QShortcut):
        parent = shortcut.parent()
        if isinstance(parent, QWidget) and _owned_by(parent, window) and shortcut.isEnabled():
            letter = _alt_key(shortcut.key())
            if letter:
                found[letter].append(f"shortcut {shortcut.key().toString()}")
    return dict(found)


def mnemonic_clashes(window: QWidget) -> list[str]:
    """One line per Alt letter that reaches more than one thing (a menu title counts)."""
    return [
        f"Alt+{letter.upper()}: " + ", ".join(owners)
        for letter, owners in sorted(alt_letters(window).items())
        if len(owners) > 1
    ]


def tab_traps(window: QWidget) -> list[str]:
    """Visible widgets that keep Tab for themselves instead of passing focus on."""
    traps = []
    for widget in window.findChildren(QWidget):
        if not _owned_by(widget, window):
            continue
        if isinstance(widget, QAbstractItemView) and widget.tabKeyNavigation():
            traps.append(f"{type(widget).__name__} “{widget.accessibleName()}” walks Tab cell by cell")
        elif (
            isinstance(widget, QPlainTextEdit | QTextEdit)
            and not widget.isReadOnly()
            and not widget.tabChangesFocus()
        ):
            traps.append(f"{type(widget).__name__} “{widget.accessibleName()}” types Tab instead of leaving")
    return traps


def _shortcut_scopes(window: QWidget) -> list[tuple[str, QWidget, str]]:
    """Every live key sequence with the widget it works inside (the window, or a part of it)."""
    scopes: list[tuple[str, QWidget, str]] = []
    for action in window.findChildren(QAction):
        parent = action.parent()
        if action.isEnabled() and isinstance(parent, QWidget) and _owned_by(parent, window):
            for sequence in action.shortcuts():
                scopes.append((sequence.toString(), window, f"action “{action.text()}”"))
    for shortcut in window.findChildren(QShortcut):
        parent = shortcut.parent()
        if not (shortcut.isEnabled() and isinstance(parent, QWidget) and _owned_by(parent, window)):
            continue
        context = shortcut.context()
        scope = (
            window
            if context in (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)
            else parent
        )
        scopes.append((shortcut.key().toString(), scope, f"shortcut on {type(parent).__name__}"))
    return scopes


def ambiguous_shortcuts(window: QWidget) -> list[str]:
    """Keys two things answer at once: Qt then runs neither, and the key silently does nothing."""
    scopes = [s for s in _shortcut_scopes(window) if s[0]]
    clashes = []
    for position, (keys, scope, what) in enumerate(scopes):
        for other_keys, other_scope, other_what in scopes[position + 1 :]:
            overlap = (
                scope is other_scope or scope.isAncestorOf(other_scope) or other_scope.isAncestorOf(scope)
            )
            if keys == other_keys and overlap:
                clashes.append(f"{keys}: {what} and {other_what}")
    return clashes


class KeyboardAudit:
    """Collects the problems of each window looked at; patches QDialog so every dialog opened is looked at.

    While the audit is installed, `exec()` and `open()` show the dialog, audit it and close it at once
    (rejected), so the walk can press the app's own buttons without a person answering; message boxes
    and file choosers answer Cancel.
    """

    def __init__(self, monkeypatch: Any, checks: Sequence[Callable[[QWidget], list[str]]] = ()) -> None:
        """`checks`: more to look for in each window, beside the keyboard's problems."""
        self.problems: list[str] = []
        self.checks = checks
        self.looked_at: list[str] = []
        self.dialogs_seen: set[type[QDialog]] = set()
        audit = self

        def exec_and_reject(dialog: QDialog) -> int:
            audit.look(dialog, type(dialog).__name__)
            dialog.reject()
            return int(QDialog.DialogCode.Rejected.value)

        def open_and_close(dialog: QDialog) -> None:
            audit.look(dialog, type(dialog).__name__)
            dialog.reject()

        def answer_no(*_args: object, **_kwargs: object) -> QMessageBox.StandardButton:
            return QMessageBox.StandardButton.Cancel

        # Qt's own dialogs define exec again, so each is patched, not only QDialog.
        for kind in (QDialog, QMessageBox, QInputDialog, QFileDialog, QPrintDialog):
            monkeypatch.setattr(kind, "exec", exec_and_reject)
        monkeypatch.setattr(QDialog, "open", open_and_close)
        for name in ("question", "warning", "information", "critical"):
            monkeypatch.setattr(QMessageBox, name, answer_no)
        monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("", False))
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: ("", ""))
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: ("", ""))

    def look(self, window: QWidget, where: str) -> None:
        if isinstance(window, QDialog):
            self.dialogs_seen.add(type(window))
        if not window.isVisible():
            window.show()
        QApplication.processEvents()
        self.looked_at.append(where)
        found = mnemonic_clashes(window) + tab_traps(window) + ambiguous_shortcuts(window)
        for check in self.checks:
            found += check(window)
        self.problems.extend(f"{where}: {p}" for p in found)


def app_dialog_classes() -> set[type[QDialog]]:
    """Every dialog class the app defines under leadapp.ui."""
    found: set[type[QDialog]] = set()
    for module_info in pkgutil.walk_packages(leadapp.ui.__path__, "leadapp.ui."):
        module = importlib.import_module(module_info.name)
        for _name, value in inspect.getmembers(module, inspect.isclass):
            if issubclass(value, QDialog) and value.__module__ == module.__name__:
                found.add(value)
    return found


def dialogs_never_opened(audit: KeyboardAudit) -> list[str]:
    return sorted(c.__name__ for c in app_dialog_classes() - audit.dialogs_seen)


def _first(items: list[Any]) -> Any:
    assert items, "the walk needs the demo caseload"
    return items[0]


def editors_filled(window: Any) -> Iterator[str]:
    """Put a record in each editor in turn; yields what is on screen after each step."""
    store = window.store
    for key in ("sessions", "activities", "people", "leap", "balance"):
        if key not in {s.key for s in window.sections}:
            continue
        screen = window.go_to(key)
        if key == "sessions":
            session = _first(store.sessions.for_mentee(_mentee_with_sessions(window)))
            screen.open_session(session.id)
            yield "session editor"
            window.toggle_in_session()
            yield "session editor, in-session view (F11)"
            window.toggle_in_session()
        elif key == "activities":
            screen.open_activity(_first(_all_activities(store)).id)
            yield "activity editor"
        elif key == "people":
            screen.select(_first(store.people.listing()).id)
            yield "person editor"
        elif key in ("leap", "balance"):
            mentee = _mentee_with_plan(window)
            if mentee:
                window.mentee_switcher.setCurrentIndex(window.mentee_switcher.findData(mentee))
            yield "leap plan" if key == "leap" else "balance"


def _mentee_with_sessions(window: Any) -> str:
    from leadapp.domain.enums import PersonKind

    for person in window.store.people.listing([PersonKind.MENTEE]):
        if window.store.sessions.for_mentee(person.id):
            return str(person.id)
    raise AssertionError("the walk needs a mentee with sessions")


def _mentee_with_plan(window: Any) -> str | None:
    from leadapp.domain.enums import PersonKind

    for person in window.store.people.listing([PersonKind.MENTEE]):
        if window.store.leap_plans.for_mentee(person.id):
            return str(person.id)
    return None


def _all_activities(store: Any) -> list[Any]:
    from leadapp.store.activities import ActivityQuery

    return list(store.activities.listing(ActivityQuery(), limit=5))


def open_every_dialog(window: Any) -> list[Callable[[], object]]:
    """The app's own ways in to each dialog, pressed in turn while a `KeyboardAudit` is installed."""
    from leadapp.documents import DocumentKind
    from leadapp.ui.first_run import FirstRunDialog

    store = window.store
    openers: list[Callable[[], object]] = [lambda: FirstRunDialog(window.ref).exec()]
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        for action in menu.actions() if menu is not None else []:
            if action.text() and action.shortcut().toString() not in ("Ctrl+Q",):
                openers.append(action.trigger)
    openers.append(lambda: window.new_session(""))

    def search_window() -> None:
        window.focus_search()
        window.search_all.open()  # shown without exec: open() is the audit's way in

    openers.append(search_window)

    def quick_note() -> None:
        mentee = _mentee_with_sessions(window)
        window.mentee_switcher.setCurrentIndex(window.mentee_switcher.findData(mentee))
        window.quick_note_action.trigger()

    openers.append(quick_note)

    def activity_dialogs() -> None:
        screen = window.go_to("activities")
        screen.start_from_example()
        screen.open_activity(_first(_all_activities(store)).id)
        screen.editor.evidence.add_note.click()
        screen.editor.evidence.add_link.click()

    def people_dialogs() -> None:
        screen = window.go_to("people")
        screen.add_person()
        screen.select(_first(store.people.listing()).id)
        screen.editor.add_relationship_button.click()
        mentee = _mentee_with_sessions(window)
        if mentee and screen.select(mentee):
            screen.editor.erase_button.click()

    def leap_dialogs() -> None:
        mentee = _mentee_with_plan(window)
        if mentee:
            window.mentee_switcher.setCurrentIndex(window.mentee_switcher.findData(mentee))
        leap = window.go_to("leap")
        if leap.plan is not None:
            leap.add_review()

    def previews() -> None:
        mentee = _mentee_with_sessions(window)
        session = _first(store.sessions.for_mentee(mentee))
        window.preview(DocumentKind.SESSION, session.id, private_option=True)
        window.preview(DocumentKind.PORTFOLIO, mentee)
        window.preview(DocumentKind.CASELOAD, "")

    def wrap_up() -> None:
        mentee = _mentee_with_sessions(window)
        screen = window.go_to("sessions")
        screen.open_session(_first(store.sessions.for_mentee(mentee)).id)
        screen.editor.steps.end()

    openers += [activity_dialogs, people_dialogs, leap_dialogs, previews, wrap_up]
    return openers


def press_every_ellipsis_button(window: QWidget) -> None:
    """Click each visible, enabled button whose text ends in "…": by convention it opens a dialog.

    This reaches dialogs added after this file was written (the dialogs are audited and rejected by the
    installed `KeyboardAudit`, and message boxes and file choosers answer Cancel).
    """
    buttons = [
        button
        for button in window.findChildren(QAbstractButton)
        if _owned_by(button, window) and button.isEnabled() and button.text().rstrip().endswith("…")
    ]
    for button in buttons:
        if _owned_by(button, window) and button.isEnabled():
            button.click()
            QApplication.processEvents()


def walk_every_screen(window: Any, audit: KeyboardAudit) -> None:
    """Every section, every editor filled, every dialog: each window looked at as it stands."""
    for section in window.sections:
        window.go_to(section.key)
        audit.look(window, f"section “{section.title}”")
        press_every_ellipsis_button(window)
    for where in editors_filled(window):
        audit.look(window, where)
        press_every_ellipsis_button(window)
    reports = window.screens.get("reports") or window.go_to("reports")
    kinds = getattr(reports, "kind", None)
    if kinds is not None:
        window.go_to("reports")
        for position in range(kinds.count()):
            kinds.setCurrentIndex(position)
            audit.look(window, f"Reports, {kinds.itemText(position)}")
    for opener in open_every_dialog(window):
        opener()
    QApplication.processEvents()


def alt_jump_misses(qtbot: Any, window: QWidget) -> list[str]:
    """Press each labelled field's Alt letter twice, as a person would; list those that land elsewhere.

    Pressed twice because Qt cycles between the owners of a shared letter: the second press shows it.
    The window must be the active one, or Qt ignores its shortcuts.
    """
    misses = []
    for label in window.findChildren(QLabel):
        buddy = label.buddy()
        letter = mnemonic(label.text()) if buddy is not None else None
        if buddy is None or not letter or not _owned_by(label, window) or not buddy.isEnabled():
            continue
        key = Qt.Key(ord(letter.upper()))
        for _ in range(2):
            qtbot.keyClick(QApplication.focusWidget() or window, key, Qt.KeyboardModifier.AltModifier)
            focus = QApplication.focusWidget()
            if focus is not buddy and not (focus is not None and buddy.isAncestorOf(focus)):
                misses.append(f"Alt+{letter.upper()} for “{label.text()}” reached {type(focus).__name__}")
                popup = QApplication.activePopupWidget()
                if popup is not None:
                    popup.close()
                break
    return misses


FOCUS_RING = (0xFF, 0xEB, 0x3B)


def _shows_ring(widget: QWidget) -> bool:
    """Any pixel of the focus yellow within the widget's outer few pixels, where the ring is drawn."""
    image = widget.grab().toImage()
    width, height, edge = image.width(), image.height(), 5
    for y in range(height):
        xs = range(width) if y < edge or y >= height - edge else (*range(edge), *range(width - edge, width))
        for x in xs:
            colour = image.pixelColor(x, y)
            if (
                abs(colour.red() - FOCUS_RING[0]) < 24
                and abs(colour.green() - FOCUS_RING[1]) < 24
                and abs(colour.blue() - FOCUS_RING[2]) < 40
            ):
                return True
    return False


def focus_ring_misses(qtbot: Any, window: QWidget) -> list[str]:
    """Give each widget Tab can reach the focus in turn; list those that show no yellow ring."""
    misses = []
    qtbot.wait(50)
    for widget in window.findChildren(QWidget):
        if (
            not _owned_by(widget, window)
            or not widget.isEnabled()
            or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            or widget.focusProxy() is not None
            or widget.width() < 4
        ):
            continue
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(widget.hasFocus, timeout=1000)
        QApplication.processEvents()
        if not _shows_ring(widget):
            name = widget.accessibleName() or getattr(widget, "text", lambda: "")()
            misses.append(f"{type(widget).__name__} “{name}”")
    return misses
