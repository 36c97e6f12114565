"""Keyboard moves a person relies on in the room: where focus starts, Esc back, search to results,
Ctrl+P, Alt jumps that scroll, Alt+P to the private notes, and a rail that follows assistive tools."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget
from windows import active_window, choose_mentee

from leadapp.documents import DocumentKind
from leadapp.domain.enums import PersonKind
from leadapp.store.store import Store
from leadapp.ui.activities.activities_screen import ActivitiesScreen
from leadapp.ui.main_window import MainWindow
from leadapp.ui.people.people_screen import PeopleScreen
from leadapp.ui.sessions.sessions_screen import SessionsScreen

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


_under_test: list[MainWindow] = []


@pytest.fixture
def window(qtbot, demo_store: Store, ref) -> MainWindow:
    shown = active_window(qtbot, demo_store, ref, size=(1366, 700))
    _under_test[:] = [shown]
    return shown


def press(qtbot, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """As a person types: into the window under test, made active again if anything else took that."""
    for window in _under_test:
        if not window.isActiveWindow():
            window.activateWindow()
            qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget() or QApplication.activeWindow(), key, modifiers)


def mentee_with(store: Store, has: str) -> str:
    for person in store.people.listing([PersonKind.MENTEE]):
        if (has == "plan" and store.leap_plans.for_mentee(person.id)) or (
            has == "sessions" and store.sessions.for_mentee(person.id)
        ):
            return person.id
    raise AssertionError(f"the demo has a mentee with {has}")


def open_a_session(qtbot, store: Store, window: MainWindow) -> SessionsScreen:
    """A demo mentee's session open in the editor, with the cursor in its notes."""
    mentee = mentee_with(store, "sessions")
    choose_mentee(window, mentee)
    sessions = window.go_to("sessions")
    assert isinstance(sessions, SessionsScreen)
    sessions.open_session(store.sessions.for_mentee(mentee)[0].id)
    qtbot.waitUntil(sessions.editor.notes.hasFocus)
    return sessions


def test_selecting_a_rail_entry_through_accessibility_shows_its_page(window: MainWindow) -> None:
    rail = QAccessible.queryAccessibleInterface(window.navigation)
    people_row = [s.key for s in window.sections].index("people")
    entry = rail.child(people_row)
    assert entry.text(QAccessible.Text.Name) == window.sections[people_row].title
    entry.actionInterface().doAction("Toggle")
    assert window.stack.currentIndex() == people_row
    assert isinstance(window.current_screen(), PeopleScreen)
    sessions_row = [s.key for s in window.sections].index("sessions")
    rail.selectionInterface().select(rail.child(sessions_row))
    assert isinstance(window.current_screen(), SessionsScreen)


def test_focus_starts_in_the_content_not_the_rail(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    focus = QApplication.focusWidget()
    assert focus is not window.navigation
    assert window.stack.currentWidget().isAncestorOf(focus)
    press(qtbot, Qt.Key.Key_4, CTRL)
    assert window.stack.currentWidget().isAncestorOf(QApplication.focusWidget())


def test_esc_goes_back_from_the_session_editor_to_the_list_saving_first(
    qtbot, store: Store, window: MainWindow
) -> None:
    mentee = mentee_with(store, "sessions")
    choose_mentee(window, mentee)
    session = store.sessions.for_mentee(mentee)[0]
    sessions = window.go_to("sessions")
    assert isinstance(sessions, SessionsScreen)
    sessions.open_session(session.id)
    qtbot.waitUntil(sessions.editor.notes.hasFocus)
    qtbot.keyClicks(sessions.editor.notes, " Agreed to shadow the board.")
    press(qtbot, Qt.Key.Key_Escape)
    assert sessions.pages.currentIndex() == 0
    assert store.sessions.get(session.id).shared_notes.endswith("Agreed to shadow the board.")
    sessions.open_session(session.id)
    qtbot.waitUntil(sessions.editor.notes.hasFocus)
    press(qtbot, Qt.Key.Key_Left, ALT)
    assert sessions.pages.currentIndex() == 0


def test_esc_leaves_the_in_session_view_before_the_editor(qtbot, store: Store, window: MainWindow) -> None:
    sessions = open_a_session(qtbot, store, window)
    press(qtbot, Qt.Key.Key_F11)
    assert not window.navigation.isVisible()
    press(qtbot, Qt.Key.Key_Escape)
    assert window.navigation.isVisible()
    assert sessions.pages.currentWidget() is sessions.editor


def test_alt_left_goes_back_from_an_activity_and_esc_from_a_person(
    qtbot, store: Store, window: MainWindow
) -> None:
    activities = window.go_to("activities")
    assert isinstance(activities, ActivitiesScreen)
    activities.table.setFocus()
    activities.table.setCurrentIndex(activities.model.index(0, 0))
    press(qtbot, Qt.Key.Key_Return)
    assert activities.pages.currentIndex() == 1
    qtbot.waitUntil(lambda: activities.editor.isAncestorOf(QApplication.focusWidget()))
    press(qtbot, Qt.Key.Key_Left, ALT)
    assert activities.pages.currentIndex() == 0

    people = window.go_to("people")
    assert isinstance(people, PeopleScreen)
    person = store.people.listing([PersonKind.MENTEE])[0]
    people.select(person.id)
    people.editor.job_title.setFocus()
    qtbot.waitUntil(people.editor.job_title.hasFocus)
    qtbot.keyClicks(people.editor.job_title, " (acting)")
    press(qtbot, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is people.table
    assert store.people.get(person.id).job_title.endswith("(acting)")


def test_down_or_enter_in_a_search_box_moves_to_the_results(qtbot, window: MainWindow) -> None:
    sessions = window.go_to("sessions")
    assert isinstance(sessions, SessionsScreen)
    sessions.focus_search()
    qtbot.waitUntil(sessions.search.hasFocus)
    qtbot.keyClicks(sessions.search, "board")
    qtbot.waitUntil(lambda: sessions.model.query.text == "board" and not sessions.search_busy())
    press(qtbot, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is sessions.table
    assert sessions.table.currentIndex().row() == 0

    people = window.go_to("people")
    assert isinstance(people, PeopleScreen)
    people.search.setFocus()
    qtbot.keyClicks(people.search, "a")
    press(qtbot, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is people.table


def test_search_says_it_covers_only_the_working_with_mentee(qtbot, store: Store, window: MainWindow) -> None:
    sessions = window.go_to("sessions")
    assert isinstance(sessions, SessionsScreen)
    assert not sessions.scope_note.isVisible()
    mentee = store.people.get(mentee_with(store, "sessions"))
    choose_mentee(window, mentee.id)
    assert window.current_mentee() == mentee.id
    qtbot.waitUntil(sessions.scope_note.isVisible)
    assert f"Searching {mentee.full_name}'s sessions only" in sessions.scope_note.text()
    assert "All mentees" in sessions.search.accessibleDescription()


def test_ctrl_p_prints_the_document_on_screen(qtbot, store: Store, window: MainWindow, monkeypatch) -> None:
    asked: list[tuple[DocumentKind, str]] = []
    monkeypatch.setattr(window, "preview", lambda kind, record, **_kw: asked.append((kind, record)))
    mentee = mentee_with(store, "plan")
    choose_mentee(window, mentee)
    press(qtbot, Qt.Key.Key_P, CTRL)
    assert asked[-1] == (DocumentKind.CASELOAD, "")
    window.go_to("balance")
    press(qtbot, Qt.Key.Key_P, CTRL)
    assert asked[-1] == (DocumentKind.PORTFOLIO, mentee)
    leap = window.go_to("leap")
    press(qtbot, Qt.Key.Key_P, CTRL)
    assert asked[-1] == (DocumentKind.LEAP, leap.plan.id)
    sessions = window.go_to("sessions")
    session = store.sessions.for_mentee(mentee)[0]
    sessions.open_session(session.id)
    qtbot.waitUntil(sessions.editor.notes.hasFocus)
    press(qtbot, Qt.Key.Key_P, CTRL)
    assert asked[-1] == (DocumentKind.SESSION, session.id)
    count = len(asked)
    window.go_to("actions")
    press(qtbot, Qt.Key.Key_P, CTRL)
    assert len(asked) == count
    assert "Nothing to print" in window.statusBar().currentMessage()


def visible_in_scroll_area(widget: QWidget) -> bool:
    """The field's top and its first two lines show in its scroll area, enough to type into."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    assert isinstance(parent, QScrollArea)
    viewport = parent.viewport()
    top_left = widget.mapTo(viewport, widget.rect().topLeft())
    lines = min(widget.height(), widget.fontMetrics().height() * 2)
    return top_left.y() >= 0 and top_left.y() + lines <= viewport.height()


def test_an_alt_jump_scrolls_its_field_into_view(qtbot, store: Store, window: MainWindow) -> None:
    window.resize(1000, 560)
    choose_mentee(window, mentee_with(store, "plan"))
    leap = window.go_to("leap")
    qtbot.waitUntil(lambda: leap.plan is not None)
    leap.editor.title.setFocus()
    qtbot.waitUntil(leap.editor.title.hasFocus)
    assert not visible_in_scroll_area(leap.editor.lessons)
    press(qtbot, Qt.Key.Key_L, ALT)
    assert QApplication.focusWidget() is leap.editor.lessons
    assert visible_in_scroll_area(leap.editor.lessons)
    press(qtbot, Qt.Key.Key_T, ALT)
    assert visible_in_scroll_area(leap.editor.title)


def reaches_with_alt_p(qtbot, private: QWidget) -> bool:
    """Alt+P puts the cursor in the private notes (a button's Alt letter clicks a moment later); pressed twice
    at most, should the first press only open a folded panel."""
    for _ in range(2):
        press(qtbot, Qt.Key.Key_P, ALT)
        try:
            qtbot.waitUntil(lambda: QApplication.focusWidget() is private, timeout=400)
        except qtbot.TimeoutError:
            continue
        return True
    return False


def test_alt_p_jumps_to_the_private_notes_and_not_while_hidden(
    qtbot, store: Store, window: MainWindow
) -> None:
    sessions = open_a_session(qtbot, store, window)
    private = sessions.editor.private.text
    assert reaches_with_alt_p(qtbot, private)
    assert sessions.editor.private.accessibleName() == "My private notes (mentor)"
    sessions.editor.notes.setFocus()
    press(qtbot, Qt.Key.Key_H, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert not reaches_with_alt_p(qtbot, private)
