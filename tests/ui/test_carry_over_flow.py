"""Carried-over items reach a planned session however it was made, once, and stay gone when removed."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from windows import shown_window

from leadapp.domain.agenda import CARRIED_HEADING
from leadapp.domain.enums import PersonKind, SessionStatus
from leadapp.domain.ids import today
from leadapp.domain.people import Person
from leadapp.domain.sessions import Action, Session
from leadapp.store.store import Store
from leadapp.ui.main_window import MainWindow
from leadapp.ui.sessions.sessions_screen import SessionsScreen

ACTIONS = ["Draft the business case", "Book a shadowing day", "Ask HR about secondments"]


@pytest.fixture
def asha(store: Store) -> Person:
    """Asha with a session held last week that left three actions open."""
    store.settings.set("owner_role", "mentor")
    store.people.add(Person(full_name="Morgan Hale", kind=PersonKind.MENTOR, is_owner=True))
    asha = store.people.add(Person(full_name="Asha Patel", profession="physiotherapist"))
    held = store.sessions.add(
        Session(mentee_id=asha.id, session_date=today() - timedelta(days=7), status=SessionStatus.HELD)
    )
    for text in ACTIONS:
        store.actions.add(Action(mentee_id=asha.id, session_id=held.id, text=text))
    return asha


def open_sessions(qtbot, store: Store, ref) -> tuple[MainWindow, SessionsScreen]:
    window = shown_window(qtbot, store, ref)
    sessions = window.go_to("sessions")
    assert isinstance(sessions, SessionsScreen)
    return window, sessions


def open_from_list(qtbot, sessions: SessionsScreen, session_id: str) -> None:
    """Back to the list, choose the row, press Enter: as a person opens a session."""
    sessions.show_list()
    qtbot.waitUntil(lambda: not sessions.search_busy())
    row = sessions.model.find_row(lambda r: r.session.id == session_id)
    assert row >= 0
    sessions.table.setFocus()
    sessions.table.setCurrentIndex(sessions.model.index(row, 0))
    qtbot.keyClick(sessions.table, Qt.Key.Key_Return)
    assert sessions.pages.currentWidget() is sessions.editor
    assert sessions.editor.session is not None and sessions.editor.session.id == session_id


def test_a_follow_up_planned_through_next_session_opens_with_the_open_actions(
    qtbot, store: Store, ref, asha: Person
) -> None:
    _, sessions = open_sessions(qtbot, store, ref)
    held = store.sessions._where("status = 'held'")[0]
    sessions.open_session(held.id)
    later = today() + timedelta(days=21)
    sessions.editor.next_date.clear()
    qtbot.keyClicks(sessions.editor.next_date, later.strftime("%d/%m/%Y"))
    sessions.editor.flush()
    follow_up = store.sessions.planned_on(asha.id, later)
    assert follow_up is not None and follow_up.agenda == ""

    open_from_list(qtbot, sessions, follow_up.id)
    shown = sessions.editor.agenda.toPlainText()
    saved = store.sessions.find(follow_up.id)
    assert saved is not None
    for text in ACTIONS:
        assert f"Follow up: {text}" in shown
        assert f"Follow up: {text}" in saved.agenda
    assert shown.startswith(CARRIED_HEADING)


def test_an_agenda_typed_in_advance_keeps_its_lines_with_the_carried_items_below(
    qtbot, store: Store, ref, asha: Person
) -> None:
    planned = store.sessions.add(
        Session(
            mentee_id=asha.id,
            session_date=today() + timedelta(days=3),
            status=SessionStatus.PLANNED,
            agenda="Talk about the board paper\nAsk about the rota",
        )
    )
    _, sessions = open_sessions(qtbot, store, ref)
    open_from_list(qtbot, sessions, planned.id)
    lines = sessions.editor.agenda.toPlainText().split("\n")
    assert lines[:2] == ["Talk about the board paper", "Ask about the rota"]
    assert lines[3] == CARRIED_HEADING
    assert lines[4:] == [f"Follow up: {text}" for text in ACTIONS]

    # Typed in the app ahead of time, then a new action is set elsewhere: it joins below on the next opening.
    cursor = sessions.editor.agenda.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    sessions.editor.agenda.setTextCursor(cursor)
    sessions.editor.agenda.setFocus()
    qtbot.keyClicks(sessions.editor.agenda, "Celebrate the award ")
    store.actions.add(Action(mentee_id=asha.id, text="Send the reference"))
    open_from_list(qtbot, sessions, planned.id)
    lines = sessions.editor.agenda.toPlainText().split("\n")
    assert lines[0] == "Celebrate the award Talk about the board paper"
    assert lines[-1] == "Follow up: Send the reference"
    assert sum(line == CARRIED_HEADING for line in lines) == 1


def test_a_deleted_carried_line_does_not_come_back(qtbot, store: Store, ref, asha: Person) -> None:
    planned = store.sessions.add(
        Session(mentee_id=asha.id, session_date=today() + timedelta(days=3), status=SessionStatus.PLANNED)
    )
    _, sessions = open_sessions(qtbot, store, ref)
    open_from_list(qtbot, sessions, planned.id)
    agenda = sessions.editor.agenda
    gone = f"Follow up: {ACTIONS[1]}"
    block = agenda.document().find(gone).block()
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    agenda.setTextCursor(cursor)
    agenda.setFocus()
    qtbot.keyClick(agenda, Qt.Key.Key_Delete)
    qtbot.keyClick(agenda, Qt.Key.Key_Delete)
    assert gone not in agenda.toPlainText()

    open_from_list(qtbot, sessions, planned.id)
    saved = store.sessions.find(planned.id)
    assert saved is not None
    for text in (sessions.editor.agenda.toPlainText(), saved.agenda):
        assert gone not in text
        assert f"Follow up: {ACTIONS[0]}" in text and f"Follow up: {ACTIONS[2]}" in text


def test_starting_a_planned_session_carries_what_is_still_open(qtbot, store: Store, ref, asha) -> None:
    from leadapp.store.session_lifecycle import begin

    planned = store.sessions.add(
        Session(mentee_id=asha.id, session_date=today(), status=SessionStatus.PLANNED)
    )
    started = begin(store, planned)
    assert started.status is SessionStatus.IN_PROGRESS
    for text in ACTIONS:
        assert f"Follow up: {text}" in started.agenda


def test_add_to_calendar_from_the_editor_and_from_the_next_session_field(
    qtbot, store: Store, ref, asha: Person, tmp_path, monkeypatch
) -> None:
    from icalendar import Calendar
    from PySide6.QtWidgets import QFileDialog

    chosen = iter([tmp_path / "planned", tmp_path / "next.ics"])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(next(chosen)), ""))
    planned = store.sessions.add(
        Session(
            mentee_id=asha.id,
            session_date=today() + timedelta(days=3),
            status=SessionStatus.PLANNED,
            start_time="09:15",
            mentor_private="PRIVATE-MARKER",
        )
    )
    _, sessions = open_sessions(qtbot, store, ref)
    open_from_list(qtbot, sessions, planned.id)
    editor = sessions.editor
    assert editor.calendar_button.isVisibleTo(editor)
    qtbot.mouseClick(editor.calendar_button, Qt.MouseButton.LeftButton)
    raw = (tmp_path / "planned.ics").read_bytes()
    assert b"PRIVATE-MARKER" not in raw and b"Follow up" not in raw
    event = Calendar.from_ical(raw).walk("VEVENT")[0]
    assert str(event["uid"]).startswith(planned.id) and str(event["summary"]) == "Mentoring: Asha Patel"
    assert "Saved to" in editor.calendar_saved.text()

    held = store.sessions._where("status = 'held'")[0]
    open_from_list(qtbot, sessions, held.id)
    assert not editor.calendar_button.isVisibleTo(editor)
    later = today() + timedelta(days=30)
    editor.next_date.clear()
    qtbot.keyClicks(editor.next_date, later.strftime("%d/%m/%Y"))
    qtbot.mouseClick(editor.next_calendar, Qt.MouseButton.LeftButton)
    follow_up = store.sessions.planned_on(asha.id, later)
    assert follow_up is not None
    event = Calendar.from_ical((tmp_path / "next.ics").read_bytes()).walk("VEVENT")[0]
    assert str(event["uid"]).startswith(follow_up.id)
    assert event.decoded("dtstart") == later


def test_start_session_carries_what_arrived_since_opening(qtbot, store: Store, ref, asha: Person) -> None:
    planned = store.sessions.add(
        Session(mentee_id=asha.id, session_date=today(), status=SessionStatus.PLANNED, start_time="09:00")
    )
    window, sessions = open_sessions(qtbot, store, ref)
    open_from_list(qtbot, sessions, planned.id)
    store.actions.add(Action(mentee_id=asha.id, text="Send the reference"))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(
        sessions.editor.notes,
        Qt.Key.Key_S,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    started = store.sessions.find(planned.id)
    assert started is not None and started.status is SessionStatus.IN_PROGRESS
    shown = sessions.editor.agenda.toPlainText()
    assert shown == started.agenda
    assert shown.endswith("Follow up: Send the reference")
    assert shown.count(CARRIED_HEADING) == 1
