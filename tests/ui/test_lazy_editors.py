"""Opening the Sessions or Activities list builds no editor page: that page is built when a record is opened.

About half of opening the session list was building its hidden editor; these tests keep the list's path free
of it, including what the window asks of every screen while the list shows (save, print, sharing, F11).
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from leadapp.ui.activities.activities_screen import ActivitiesScreen
from leadapp.ui.main_window import MainWindow
from leadapp.ui.sessions.sessions_screen import SessionsScreen

HIDE_KEYS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_sessions_list_builds_no_editor_until_a_session_opens(qtbot, demo_window: MainWindow) -> None:
    sessions = demo_window.go_to("sessions")
    assert isinstance(sessions, SessionsScreen)
    assert sessions.model.rowCount() > 0
    assert not sessions.record_open()
    assert sessions.mentee_in_front() is None
    assert not sessions.print_current()
    sessions.toggle_in_session()
    demo_window.flush()
    sessions.show_list()
    qtbot.keyClick(demo_window, Qt.Key.Key_H, HIDE_KEYS)
    qtbot.keyClick(demo_window, Qt.Key.Key_H, HIDE_KEYS)
    assert sessions._editor is None

    listed = sessions.model.row_object(0)
    assert listed is not None
    sessions.open_session(listed.session.id)
    assert sessions._editor is not None
    assert sessions.record_open()
    assert sessions.pages.currentWidget() is sessions.editor
    assert sessions.mentee_in_front() == listed.session.mentee_id


def test_activities_list_builds_no_editor_until_an_activity_opens(qtbot, demo_window: MainWindow) -> None:
    activities = demo_window.go_to("activities")
    assert isinstance(activities, ActivitiesScreen)
    assert activities.model.rowCount() > 0
    demo_window.flush()
    activities.show_list()
    qtbot.keyClick(demo_window, Qt.Key.Key_H, HIDE_KEYS)
    qtbot.keyClick(demo_window, Qt.Key.Key_H, HIDE_KEYS)
    assert activities._editor is None

    listed = activities.model.row_object(0)
    assert listed is not None
    activities.open_activity(listed.activity.id)
    assert activities._editor is not None
    assert activities.editor.activity is not None and activities.editor.activity.id == listed.activity.id
    assert activities.pages.currentIndex() == 1
