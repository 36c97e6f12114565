"""Dates typed as people write them: short forms are read, what cannot be read is said in words next to
the field, and an end before its start is refused with a reason rather than saved."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from windows import active_window

from leadapp.domain.activities import Activity
from leadapp.domain.enums import PersonKind
from leadapp.domain.people import Person
from leadapp.store.leap_planning import new_plan
from leadapp.store.store import Store
from leadapp.ui.activities.activities_screen import ActivitiesScreen
from leadapp.ui.leap.leap_screen import LeapScreen
from leadapp.ui.main_window import MainWindow
from leadapp.ui.widgets.date_field import DateField


@pytest.fixture
def tom(store: Store) -> Person:
    store.settings.set("owner_role", "mentor")
    store.people.add(Person(full_name="Morgan Hale", kind=PersonKind.MENTOR, is_owner=True))
    return store.people.add(Person(full_name="Tom Reid", profession="paramedic"))


@pytest.fixture
def window(qtbot, store: Store, ref, tom: Person) -> MainWindow:
    return active_window(qtbot, store, ref)


def type_date(qtbot, field: DateField, text: str) -> None:
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClicks(field, text)


def message_under(field: DateField) -> str:
    message = field._message
    return message.text() if message is not None and message.isVisible() else ""


def test_short_dates_are_read_and_a_wrong_one_is_explained_beside_the_field(
    qtbot, window: MainWindow, store: Store, tom: Person
) -> None:
    activity = store.activities.add(Activity(person_id=tom.id, title="Shadowed the service lead"))
    activities = window.go_to("activities")
    assert isinstance(activities, ActivitiesScreen)
    activities.open_activity(activity.id)
    editor = activities.editor

    type_date(qtbot, editor.start, "3/12/25")
    qtbot.keyClick(editor.start, Qt.Key.Key_Tab)
    assert message_under(editor.start) == ""
    assert editor.start.text() == "03/12/2025"
    qtbot.waitUntil(lambda: store.activities.get(activity.id).start_date == date(2025, 12, 3))

    type_date(qtbot, editor.end, "31/2/27")
    assert "February 2027 has 28 days" in message_under(editor.end)
    message = editor.end._message
    assert message is not None
    assert message.geometry().top() >= editor.end.mapTo(window, editor.end.rect().bottomLeft()).y()

    type_date(qtbot, editor.end, "1/12/25")
    assert "end date (01/12/2025) is before the start date (03/12/2025)" in message_under(editor.end)
    qtbot.keyClick(editor.end, Qt.Key.Key_Tab)
    editor.flush()
    assert store.activities.get(activity.id).end_date is None

    type_date(qtbot, editor.end, "today")
    qtbot.keyClick(editor.end, Qt.Key.Key_Tab)
    editor.flush()
    assert message_under(editor.end) == ""
    assert store.activities.get(activity.id).end_date == date.today()


def test_a_leap_review_date_before_its_start_is_not_saved(
    qtbot, window: MainWindow, store: Store, ref, tom: Person
) -> None:
    plan = new_plan(store, ref, tom.id, "Secondment", date(2026, 5, 1))
    window.mentee_switcher.setCurrentIndex(window.mentee_switcher.findData(tom.id))
    leap = window.go_to("leap")
    assert isinstance(leap, LeapScreen)
    editor = leap.editor
    type_date(qtbot, editor.start, "1.5.26")
    type_date(qtbot, editor.review_date, "1.4.26")
    assert "next review (01/04/2026) is before the start date (01/05/2026)" in message_under(
        editor.review_date
    )
    editor.flush()
    saved = store.leap_plans.get(plan.id)
    assert saved.review_date != date(2026, 4, 1)

    type_date(qtbot, editor.review_date, "1.6.26")
    editor.flush()
    assert message_under(editor.review_date) == ""
    assert store.leap_plans.get(plan.id).review_date == date(2026, 6, 1)


def test_the_message_leaves_with_its_field(qtbot, window: MainWindow, store: Store, ref, tom: Person) -> None:
    from leadapp.domain.ids import today
    from leadapp.domain.sessions import Action
    from leadapp.store.session_planning import start_session
    from leadapp.ui.sessions.sessions_screen import SessionsScreen
    from leadapp.ui.widgets.field_message import FieldMessage

    session = start_session(store, ref, tom.id, today(), today())
    store.actions.add(Action(mentee_id=tom.id, session_id=session.id, text="Book the course"))
    sessions = window.go_to("sessions")
    assert isinstance(sessions, SessionsScreen)
    sessions.open_session(session.id)
    row = sessions.editor.actions_panel.rows[0]
    type_date(qtbot, row.due, "30/2/26")

    def shown() -> list[FieldMessage]:
        return [m for m in window.findChildren(FieldMessage) if m.isVisible()]

    assert [m.text() for m in shown()] == [row.due.error]
    row.remove.setFocus()
    qtbot.keyClick(row.remove, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: shown() == [])
