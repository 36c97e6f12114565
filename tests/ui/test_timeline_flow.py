"""Timeline, quick capture and finish later, driven by keyboard as a mentor would between sessions."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from leadapp.domain.enums import NoteKind, PersonKind, Visibility
from leadapp.domain.ids import today
from leadapp.domain.notes import Note
from leadapp.domain.timeline import EntryKind
from leadapp.store.store import Store
from leadapp.ui.activities.activities_screen import ActivitiesScreen
from leadapp.ui.home.home_screen import HomeScreen
from leadapp.ui.leap.leap_screen import LeapScreen
from leadapp.ui.main_window import MainWindow
from leadapp.ui.notes.note_dialog import NoteDialog
from leadapp.ui.sessions.sessions_screen import SessionsScreen
from leadapp.ui.timeline.timeline_screen import TimelineScreen
from tests.ui.visible_text import visible_texts

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def window(demo_window: MainWindow) -> MainWindow:
    return demo_window


def focused() -> QWidget:
    """Where the keyboard is now; after a dialog, once the window is active again."""
    for _ in range(100):
        if QApplication.focusWidget() is not None:
            break
        QApplication.processEvents()
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def tom(store: Store) -> str:
    return next(p.id for p in store.people.listing([PersonKind.MENTEE]) if p.full_name == "Tom Reilly")


def timeline(qtbot, window: MainWindow) -> TimelineScreen:
    qtbot.keyClick(focused(), Qt.Key.Key_2, CTRL)
    screen = window.current_screen()
    assert isinstance(screen, TimelineScreen)
    return screen


def quick_note(qtbot, answer_modal, text: str, keys: list[tuple[Qt.Key, Qt.KeyboardModifier]] = ()) -> None:
    """Ctrl+Shift+N wherever focus is, type one line, any extra keys, then Enter."""

    def fill(dialog: NoteDialog) -> None:
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.text)
        qtbot.keyClicks(dialog.text, text)
        for key, modifier in keys:
            qtbot.keyClick(dialog.text, key, modifier)
        qtbot.keyClick(dialog.text, Qt.Key.Key_Return)

    answer_modal(NoteDialog, fill)
    qtbot.keyClick(focused(), Qt.Key.Key_N, CTRL | SHIFT)


def test_quick_note_from_several_screens_lands_in_the_database_and_the_timeline(
    qtbot, window: MainWindow, store: Store, answer_modal
) -> None:
    window.set_working_with(tom(store))
    places: list[str] = []

    home = window.go_to("home")
    assert isinstance(home, HomeScreen)
    home.table.setFocus()
    qtbot.waitUntil(lambda: focused() is home.table)
    quick_note(qtbot, answer_modal, "From home")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is home.table)
    places.append("From home")

    sessions = window.go_to("sessions")
    assert isinstance(sessions, SessionsScreen)
    session = store.sessions._where("mentee_id = ?", [tom(store)], limit=1)[0]
    sessions.open_session(session.id)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is sessions.editor.notes)
    qtbot.keyClicks(sessions.editor.notes, "typing ")
    quick_note(qtbot, answer_modal, "From the session")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is sessions.editor.notes)
    qtbot.keyClicks(sessions.editor.notes, "on")
    assert sessions.editor.notes.toPlainText().startswith("typing on")
    places.append("From the session")

    qtbot.keyClick(focused(), Qt.Key.Key_F11)
    assert not window.toolbar.isVisible()
    quick_note(qtbot, answer_modal, "From F11")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is sessions.editor.notes)
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    places.append("From F11")

    screen = timeline(qtbot, window)
    quick_note(qtbot, answer_modal, "From the timeline")
    places.append("From the timeline")

    notes = {n.body: n for n in store.notes.for_person(tom(store))}
    assert set(places) <= notes.keys()
    for body in places:
        assert notes[body].finish_later and notes[body].kind is NoteKind.QUICK_NOTE
        assert notes[body].visibility is Visibility.SHARED and notes[body].noted_on == today()
    shown = [screen.model.row_object(r) for r in range(screen.model.rowCount())]
    assert {e.text for e in shown if e is not None and e.kind is EntryKind.NOTE} >= set(places)


def test_category_and_private_each_take_one_key_and_esc_keeps_the_line(
    qtbot, window: MainWindow, store: Store, answer_modal
) -> None:
    window.set_working_with(tom(store))
    timeline(qtbot, window)
    quick_note(qtbot, answer_modal, "Worry", [(Qt.Key.Key_3, ALT), (Qt.Key.Key_P, ALT)])
    note = next(n for n in store.notes.for_person(tom(store)) if n.body == "Worry")
    assert note.category == "mentors" and note.visibility is Visibility.MENTOR_PRIVATE

    def escape(dialog: NoteDialog) -> None:
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.text)
        qtbot.keyClicks(dialog.text, "Half a thought")
        qtbot.keyClick(dialog.text, Qt.Key.Key_Escape)

    answer_modal(NoteDialog, escape)
    qtbot.keyClick(focused(), Qt.Key.Key_N, CTRL | SHIFT)
    assert "Half a thought" in {n.body for n in store.notes.for_person(tom(store))}


def test_finish_later_in_the_session_editor_shows_on_home_and_enter_opens_it(
    qtbot, window: MainWindow, store: Store
) -> None:
    sessions = window.go_to("sessions")
    assert isinstance(sessions, SessionsScreen)
    session = store.sessions._where("mentee_id = ?", [tom(store)], limit=1)[0]
    sessions.open_session(session.id)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is sessions.editor.notes)
    qtbot.keyClicks(sessions.editor.notes, "x")
    qtbot.keyClick(focused(), Qt.Key.Key_L, CTRL | SHIFT)
    assert store.sessions.get(session.id).finish_later
    assert sessions.editor.finish_later.isChecked()
    assert "Marked to finish" in sessions.editor.finish_later.text()
    assert store.sessions.get(session.id).shared_notes.startswith("x")

    qtbot.keyClick(focused(), Qt.Key.Key_1, CTRL)
    home = window.current_screen()
    assert isinstance(home, HomeScreen)
    assert home.to_finish.isVisible()
    rows = [home.to_finish.model.row_object(r) for r in range(home.to_finish.model.rowCount())]
    assert session.id in {r.record_id for r in rows if r is not None}
    home.to_finish.table.setFocus()
    row = next(i for i, r in enumerate(rows) if r is not None and r.record_id == session.id)
    home.to_finish.table.selectRow(row)
    qtbot.keyClick(home.to_finish.table, Qt.Key.Key_Return)
    assert window.current_screen() is sessions
    assert sessions.pages.currentWidget() is sessions.editor
    assert sessions.editor.session is not None and sessions.editor.session.id == session.id

    qtbot.waitUntil(lambda: QApplication.focusWidget() is sessions.editor.notes)
    qtbot.keyClick(focused(), Qt.Key.Key_L, CTRL | SHIFT)
    assert not store.sessions.get(session.id).finish_later
    window.go_to("home")
    assert session.id not in {
        r.record_id
        for r in (home.to_finish.model.row_object(i) for i in range(home.to_finish.model.rowCount()))
        if r is not None
    }


def test_finish_later_in_the_activity_editor(qtbot, window: MainWindow, store: Store) -> None:
    activities = window.go_to("activities")
    assert isinstance(activities, ActivitiesScreen)
    activity = store.activities._where("person_id = ?", [tom(store)], limit=1)[0]
    activities.open_activity(activity.id)
    qtbot.waitUntil(lambda: activities.editor.isAncestorOf(QApplication.focusWidget()))
    qtbot.keyClick(focused(), Qt.Key.Key_L, CTRL | SHIFT)
    assert store.activities.get(activity.id).finish_later
    home = window.go_to("home")
    assert isinstance(home, HomeScreen)
    assert activity.id in {
        r.record_id
        for r in (home.to_finish.model.row_object(i) for i in range(home.to_finish.model.rowCount()))
        if r is not None
    }


def entries(screen: TimelineScreen) -> list:
    return [screen.model.row_object(r) for r in range(screen.model.rowCount())]


def test_timeline_filters_by_kind_and_category_and_enter_opens_the_session(
    qtbot, window: MainWindow, store: Store
) -> None:
    window.set_working_with(tom(store))
    screen = timeline(qtbot, window)
    everything = screen.model.total()
    assert {e.kind for e in entries(screen)} > {EntryKind.SESSION}
    qtbot.keyClick(focused(), Qt.Key.Key_S, ALT)
    assert focused() is screen.kind
    qtbot.keyClick(screen.kind, Qt.Key.Key_Down)
    assert {e.kind for e in entries(screen)} == {EntryKind.SESSION}
    qtbot.keyClick(focused(), Qt.Key.Key_Y, ALT)
    assert focused() is screen.category
    for _ in range(4):
        qtbot.keyClick(screen.category, Qt.Key.Key_Down)
    assert screen.category.currentData() == "leaps"
    filtered = entries(screen)
    assert filtered and all("leaps" in e.categories and e.kind is EntryKind.SESSION for e in filtered)
    assert screen.model.total() < everything

    qtbot.keyClick(screen.category, Qt.Key.Key_Tab)
    assert focused() is screen.list
    qtbot.keyClick(screen.list, Qt.Key.Key_Down)
    chosen = screen.model.row_object(screen.list.currentIndex().row())
    assert chosen is not None
    qtbot.keyClick(screen.list, Qt.Key.Key_Return)
    sessions = window.current_screen()
    assert isinstance(sessions, SessionsScreen)
    assert sessions.editor.session is not None and sessions.editor.session.id == chosen.record_id


def _open_kind(qtbot, window: MainWindow, kind: EntryKind) -> str:
    screen = timeline(qtbot, window)
    row = screen.model.find_row(lambda e: e.kind is kind)
    assert row >= 0
    screen.list.setFocus()
    screen.list.setCurrentIndex(screen.model.index(row, 0))
    entry = screen.model.row_object(row)
    assert entry is not None
    qtbot.keyClick(screen.list, Qt.Key.Key_Return)
    return entry.opens


def test_enter_opens_activities_plans_and_notes_in_their_own_screens(
    qtbot, window: MainWindow, store: Store, answer_modal
) -> None:
    store.notes.add(
        Note(person_id=tom(store), noted_on=date(2026, 1, 1), body="An older note", kind=NoteKind.QUICK_NOTE)
    )
    window.set_working_with(tom(store))
    activity_id = _open_kind(qtbot, window, EntryKind.ACTIVITY)
    activities = window.current_screen()
    assert isinstance(activities, ActivitiesScreen)
    assert activities.editor.activity is not None and activities.editor.activity.id == activity_id

    plan_id = _open_kind(qtbot, window, EntryKind.LEAP_REVIEW)
    leap = window.current_screen()
    assert isinstance(leap, LeapScreen)
    assert leap.plan is not None and leap.plan.id == plan_id

    seen: list[str] = []

    def edit(dialog: NoteDialog) -> None:
        seen.append(dialog.text.text())
        qtbot.keyClicks(dialog.text, " and more")
        qtbot.keyClick(dialog.text, Qt.Key.Key_Return)

    answer_modal(NoteDialog, edit)
    note_id = _open_kind(qtbot, window, EntryKind.NOTE)
    assert seen == ["An older note"]
    assert store.notes.get(note_id).body == "An older note and more"


def test_private_note_text_leaves_the_timeline_while_sharing(qtbot, window: MainWindow, store: Store) -> None:
    store.notes.add(
        Note(
            person_id=tom(store),
            noted_on=today(),
            body="PRIVATE-MARK worry",
            visibility=Visibility.MENTOR_PRIVATE,
            finish_later=True,
        )
    )
    window.set_working_with(tom(store))
    screen = timeline(qtbot, window)
    assert any("PRIVATE-MARK" in t for t in visible_texts(window))
    qtbot.keyClick(focused(), Qt.Key.Key_H, CTRL | SHIFT)
    assert window.privacy.hidden
    assert screen.model.total() > 0
    assert not any("PRIVATE-MARK" in t for t in visible_texts(window))
    window.go_to("home")
    assert not any("PRIVATE-MARK" in t for t in visible_texts(window))
    qtbot.keyClick(focused(), Qt.Key.Key_H, CTRL | SHIFT)
    window.go_to("timeline")
    assert any("PRIVATE-MARK" in t for t in visible_texts(window))


def test_another_mentee_never_on_the_timeline_while_sharing(qtbot, window: MainWindow, store: Store) -> None:
    screen = timeline(qtbot, window)
    qtbot.keyClick(focused(), Qt.Key.Key_H, CTRL | SHIFT)
    screen.set_mentee(tom(store))
    assert screen.model.total() == 0
    assert "Tom Reilly" not in screen.heading.text()


def test_home_and_the_mentee_page_open_the_timeline_with_alt_t(
    qtbot, window: MainWindow, store: Store
) -> None:
    home = window.go_to("home")
    assert isinstance(home, HomeScreen)
    home.table.setFocus()
    rows = range(home.caseload.rowCount())
    row = next(i for i in rows if getattr(home.caseload.row_object(i), "mentee_name", "") == "Tom Reilly")
    home.table.selectRow(row)
    qtbot.keyClick(home.table, Qt.Key.Key_T, ALT)
    qtbot.waitUntil(lambda: isinstance(window.current_screen(), TimelineScreen))
    screen = window.current_screen()
    assert isinstance(screen, TimelineScreen)
    assert screen.heading.text().endswith("Tom Reilly")
    assert focused() is screen.list

    window.set_working_with("")
    window.open_person(tom(store))
    qtbot.keyClick(focused(), Qt.Key.Key_T, ALT)
    qtbot.waitUntil(lambda: window.current_screen() is screen)
    assert screen.heading.text().endswith("Tom Reilly")


def test_with_nobody_in_front_the_note_asks_who_it_is_about(
    qtbot, window: MainWindow, store: Store, answer_modal
) -> None:
    window.set_working_with("")
    assert timeline(qtbot, window).mentee_in_front() is None
    said: list[str] = []
    chosen: list[object] = []

    def fill(dialog: NoteDialog) -> None:
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.text)
        chosen.append(dialog.mentee.currentData())
        qtbot.keyClicks(dialog.text, "Whose is this")
        qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
        said.append(dialog.message.text())
        dialog.mentee.setCurrentIndex(dialog.mentee.findData(tom(store)))
        qtbot.keyClick(dialog.text, Qt.Key.Key_Return)

    answer_modal(NoteDialog, fill)
    qtbot.keyClick(focused(), Qt.Key.Key_N, CTRL | SHIFT)
    assert chosen == [""]
    assert said and "Nothing was saved" in said[0]
    last = store.notes._where("body = ?", ["Whose is this"])
    assert [n.person_id for n in last] == [tom(store)]
