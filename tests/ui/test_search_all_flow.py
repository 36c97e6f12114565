"""Ctrl+F: one search over every kind of record, driven from the keyboard, private only while shown."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from windows import active_window

from leadapp.domain.activities import Activity
from leadapp.domain.enums import PersonKind, SessionStatus, Visibility
from leadapp.domain.notes import Note
from leadapp.domain.people import Person
from leadapp.domain.search_all import HitKind
from leadapp.domain.sessions import Action, Session
from leadapp.store.sessions import MARK_END, MARK_START
from leadapp.store.store import Store
from leadapp.ui.activities.activities_screen import ActivitiesScreen
from leadapp.ui.main_window import MainWindow
from leadapp.ui.search_all.search_dialog import HIT_ROLE, SearchDialog
from leadapp.ui.sessions.sessions_screen import SessionsScreen
from leadapp.ui.widgets.rich_text_delegate import MARKED_ROLE

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
DAY = date(2026, 3, 2)


@pytest.fixture
def window(qtbot, store: Store, ref) -> MainWindow:
    store.settings.set("owner_role", "mentor")
    store.people.add(Person(full_name="Morgan Hale", kind=PersonKind.MENTOR, is_owner=True))
    asha = store.people.add(Person(full_name="Asha Patel"))
    tom = store.people.add(Person(full_name="Tom Reilly"))
    held = store.sessions.add(
        Session(
            mentee_id=asha.id,
            session_date=DAY,
            status=SessionStatus.HELD,
            shared_notes="We talked about chairing the falls meeting",
            mentor_private="Quietly worried about burnout",
        )
    )
    store.sessions.add(
        Session(mentee_id=tom.id, session_date=DAY, status=SessionStatus.HELD, agenda="Chairing the huddle")
    )
    store.activities.add(Activity(person_id=asha.id, title="Chaired the falls group", start_date=DAY))
    store.actions.add(Action(mentee_id=asha.id, session_id=held.id, text="Chair next month's huddle"))
    store.notes.add(Note(person_id=asha.id, noted_on=DAY, body="Chairing idea: rotate the chair"))
    store.notes.add(
        Note(person_id=asha.id, noted_on=DAY, body="Burnout signs", visibility=Visibility.MENTOR_PRIVATE)
    )
    return active_window(qtbot, store, ref)


def open_search(qtbot, window: MainWindow) -> SearchDialog:
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    dialog = window.search_all
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.search)
    return dialog


def search(qtbot, dialog: SearchDialog, words: str) -> None:
    dialog.search.selectAll()
    qtbot.keyClicks(dialog.search, words)
    qtbot.waitUntil(lambda: not dialog.busy())


def shown(dialog: SearchDialog) -> dict[str, list[str]]:
    """What the list shows: each group's title, then its rows' texts."""
    groups: dict[str, list[str]] = {}
    for row in range(dialog.model.rowCount()):
        group = dialog.model.index(row, 0)
        groups[group.data()] = [
            f"{dialog.model.index(r, 0, group).data()} | {dialog.model.index(r, 1, group).data()}"
            for r in range(dialog.model.rowCount(group))
        ]
    return groups


def test_one_search_finds_every_kind_and_enter_opens_the_record(qtbot, window: MainWindow, store) -> None:
    dialog = open_search(qtbot, window)
    search(qtbot, dialog, "chair")
    groups = shown(dialog)
    assert list(groups) == ["Sessions (2)", "Activities (1)", "Actions (1)", "Notes (1)"]
    assert any("Chaired the falls group · Asha Patel" in row for row in groups["Activities (1)"])
    first_session = dialog.model.index(0, 1, dialog.model.index(0, 0))
    marked = first_session.data(MARKED_ROLE)
    assert MARK_START in marked and MARK_END in marked

    qtbot.keyClick(dialog.search, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is dialog.results
    hit = dialog.current_hit()
    assert hit is not None and hit.kind is HitKind.SESSION
    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    sessions = window.current_screen()
    assert isinstance(sessions, SessionsScreen)
    assert sessions.pages.currentWidget() is sessions.editor
    assert sessions.editor.session is not None and sessions.editor.session.id == hit.record_id

    dialog = open_search(qtbot, window)
    assert dialog.search.text() == "chair"
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    activities_group = next(
        dialog.model.index(r, 0)
        for r in range(dialog.model.rowCount())
        if "Activities" in dialog.model.index(r, 0).data()
    )
    dialog.results.setCurrentIndex(dialog.model.index(0, 0, activities_group))
    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    activities = window.current_screen()
    assert isinstance(activities, ActivitiesScreen)
    assert activities.editor.title.text() == "Chaired the falls group"


def test_private_only_while_shown_and_no_other_mentee_while_sharing(qtbot, window: MainWindow, store) -> None:
    dialog = open_search(qtbot, window)
    search(qtbot, dialog, "burnout")
    groups = shown(dialog)
    assert list(groups) == ["Sessions (1)", "Notes (1)"]
    assert "worried about burnout" in groups["Sessions (1)"][0]

    asha = store.people.listing([PersonKind.MENTEE], text="Asha")[0]
    window.set_working_with(asha.id)
    qtbot.keyClick(dialog.search, Qt.Key.Key_H, CTRL | SHIFT)
    assert window.privacy.hidden
    assert "burnout" not in str(shown(dialog)).lower()
    qtbot.waitUntil(lambda: not dialog.busy())
    assert shown(dialog) == {}
    assert "Nothing matches" in dialog.summary.text()

    search(qtbot, dialog, "chairing")
    names = {dialog.model.data(idx, HIT_ROLE).person_name for idx in _hit_indexes(dialog)}
    assert names == {"Asha Patel"}
    qtbot.keyClick(dialog.search, Qt.Key.Key_H, CTRL | SHIFT)
    assert not window.privacy.hidden
    qtbot.waitUntil(lambda: not dialog.busy())
    names = {dialog.model.data(idx, HIT_ROLE).person_name for idx in _hit_indexes(dialog)}
    assert names == {"Asha Patel", "Tom Reilly"}


def _hit_indexes(dialog: SearchDialog) -> list:
    found = []
    for row in range(dialog.model.rowCount()):
        group = dialog.model.index(row, 0)
        found += [dialog.model.index(r, 0, group) for r in range(dialog.model.rowCount(group))]
    return found
