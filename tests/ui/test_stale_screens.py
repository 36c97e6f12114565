"""Screens follow edits made elsewhere: no stale filter, choice, title or hidden button."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from windows import active_window

from leadapp.domain.enums import PersonKind
from leadapp.domain.ids import today
from leadapp.store.session_planning import start_session
from leadapp.store.store import Store
from leadapp.ui.leap.leap_screen import LeapScreen
from leadapp.ui.reports.reports_screen import ReportsScreen
from leadapp.ui.sessions.sessions_screen import SessionsScreen


def tom(store: Store) -> str:
    return store.people.listing([PersonKind.MENTEE], text="Tom")[0].id


@pytest.mark.usefixtures("demo_store")
def test_archiving_the_chosen_mentee_clears_the_filters(qtbot, store, ref) -> None:
    window = active_window(qtbot, store, ref)
    sessions = window.go_to("sessions")
    assert isinstance(sessions, SessionsScreen)
    window.mentee_switcher.setCurrentIndex(window.mentee_switcher.findData(tom(store)))
    assert sessions.mentee_id == tom(store)
    store.people.archive(tom(store))
    assert window.mentee_switcher.currentData() == ""
    assert sessions.mentee_id is None


@pytest.mark.usefixtures("demo_store")
def test_the_chosen_session_stays_chosen_while_others_save(qtbot, store, ref) -> None:
    window = active_window(qtbot, store, ref)
    reports = window.go_to("reports")
    assert isinstance(reports, ReportsScreen)
    reports.person.setCurrentIndex(reports.person.findData(tom(store)))
    reports.session.setCurrentIndex(reports.session.count() - 1)
    chosen = reports.session.currentData()
    first = store.sessions.get(reports.session.itemData(0))
    store.sessions.update(replace(first, shared_notes=first.shared_notes + " More."))
    assert reports.session.currentData() == chosen


@pytest.mark.usefixtures("demo_store")
def test_the_plan_list_follows_the_plan_title(qtbot, store, ref) -> None:
    window = active_window(qtbot, store, ref)
    window.mentee_switcher.setCurrentIndex(window.mentee_switcher.findData(tom(store)))
    leap = window.go_to("leap")
    assert isinstance(leap, LeapScreen)
    leap.editor.title.selectAll()
    qtbot.keyClicks(leap.editor.title, "Acting head of urgent care")
    leap.flush()
    assert leap.plans.currentText().startswith("Acting head of urgent care")


@pytest.mark.usefixtures("demo_store")
def test_the_leap_review_button_returns_after_the_in_session_view(qtbot, store, ref) -> None:
    window = active_window(qtbot, store, ref)
    session = start_session(store, ref, tom(store), today(), today())
    sessions = window.go_to("sessions")
    assert isinstance(sessions, SessionsScreen)
    sessions.open_session(session.id)
    assert sessions.editor.leap_button.isVisibleTo(window)
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert not sessions.editor.leap_button.isVisibleTo(window)
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert sessions.editor.leap_button.isVisibleTo(window)
