"""Screens declare what they refresh on; an editor's own save never refreshes it, another writer's does.

`events.watch` is tested on its own (tables, initiators, lifetime) and through real editors: the session
editor open in two windows on one file, and the People editor beside its list in one window.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from leadapp.domain.enums import PersonKind
from leadapp.domain.ids import today
from leadapp.domain.people import Person
from leadapp.domain.sessions import Session
from leadapp.store.changes import ChangeSet, Table
from leadapp.store.session_planning import start_session
from leadapp.store.store import Store
from leadapp.ui.events import DataEvents
from leadapp.ui.main_window import MainWindow
from leadapp.ui.people.people_screen import PeopleScreen
from leadapp.ui.sessions.session_editor import SessionEditor
from leadapp.ui.sessions.sessions_screen import SessionsScreen
from tests.ui.test_session_flow import make_window


@pytest.fixture
def events(store: Store) -> Iterator[DataEvents]:
    made = DataEvents(store)
    yield made
    made.detach()


def test_a_watch_hears_its_tables_from_anyone_but_its_owner_and_what_is_inside_it(
    qtbot, store: Store, events: DataEvents
) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    inside = QObject(QObject(owner))
    elsewhere = QObject()
    heard: list[ChangeSet] = []
    events.watch(owner, {Table.PEOPLE}, heard.append)

    store.people.add(Person(full_name="By the owner"), initiator=owner)
    store.people.add(Person(full_name="By a grandchild of the owner"), initiator=inside)
    by_other = store.people.add(Person(full_name="By another editor"), initiator=elsewhere)
    by_nobody = store.people.add(Person(full_name="By nobody in particular"))
    store.settings.set("theme", "dark")

    assert heard == [
        ChangeSet(Table.PEOPLE, (by_other.id,), elsewhere),
        ChangeSet(Table.PEOPLE, (by_nobody.id,), None),
    ]


def test_a_watch_goes_with_its_owner(qtbot, store: Store, events: DataEvents) -> None:
    owner = QObject()
    heard: list[ChangeSet] = []
    events.watch(owner, {Table.PEOPLE}, heard.append)
    store.people.add(Person(full_name="Heard"))
    with qtbot.waitSignal(owner.destroyed):
        owner.deleteLater()
    store.people.add(Person(full_name="Not heard"))
    assert len(heard) == 1


def held_notes(db_path: Path, session_id: str) -> str:
    connection = sqlite3.connect(db_path)
    try:
        return str(
            connection.execute("select shared_notes from sessions where id = ?", [session_id]).fetchone()[0]
        )
    finally:
        connection.close()


@pytest.fixture
def session(store: Store, ref) -> Session:
    store.settings.set("owner_role", "mentor")
    store.people.add(Person(full_name="Morgan Hale", kind=PersonKind.MENTOR, is_owner=True))
    mentee = store.people.add(Person(full_name="Asha Patel"))
    return start_session(store, ref, mentee.id, today(), today())


@pytest.fixture
def two_windows(qtbot, db_path: Path, ref, session: Session) -> Iterator[list[SessionEditor]]:
    opened: list[tuple[MainWindow, Store]] = []
    editors = []
    for _side in "AB":
        own = Store.open(db_path)
        window = MainWindow(own, ref)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        screen = window.go_to("sessions")
        assert isinstance(screen, SessionsScreen)
        screen.open_session(session.id)
        opened.append((window, own))
        editors.append(screen.editor)
    yield editors
    for window, own in opened:
        window.close()
        own.close()


def count_follows(editor: SessionEditor, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Each time the editor is asked to take in changes from the database, and what its agenda was then."""
    calls: list[str] = []
    real = editor.follow_store

    def follow() -> None:
        calls.append(editor.agenda.toPlainText())
        real()

    monkeypatch.setattr(editor, "follow_store", follow)
    return calls


def test_an_editors_own_save_does_not_refresh_it_but_another_windows_save_does(
    qtbot, two_windows: list[SessionEditor], db_path: Path, session: Session, monkeypatch
) -> None:
    a, b = two_windows
    follows = count_follows(a, monkeypatch)

    a.notes.setFocus()
    qtbot.keyClicks(a.notes, "Talked through the deputy role")
    a.flush()
    assert held_notes(db_path, session.id) == "Talked through the deputy role"
    assert follows == []

    b.agenda.setFocus()
    qtbot.keyClicks(b.agenda, "Written in the other window")
    b.flush()
    qtbot.waitUntil(lambda: "Written in the other window" in a.agenda.toPlainText(), timeout=5000)
    assert follows
    assert a.notes.toPlainText() == "Talked through the deputy role"


def test_the_people_editor_passes_over_its_own_save_and_its_list_does_not(
    qtbot, store: Store, ref, monkeypatch
) -> None:
    store.settings.set("owner_role", "mentor")
    store.people.add(Person(full_name="Morgan Hale", kind=PersonKind.MENTOR, is_owner=True))
    champion = store.people.add(Person(full_name="Jo Barnes", kind=PersonKind.CHAMPION))
    window = make_window(qtbot, store, ref)
    people = window.go_to("people")
    assert isinstance(people, PeopleScreen)
    people.edit_profile(champion.id)
    editor = people.editor
    follows: list[str] = []
    real = editor.follow_store
    monkeypatch.setattr(editor, "follow_store", lambda: (follows.append("follow"), real()))

    editor.job_title.setFocus()
    qtbot.keyClicks(editor.job_title, "Head of therapies")
    editor.autosaver.flush()
    assert store.people.get(champion.id).job_title == "Head of therapies"
    assert follows == []

    editor.full_name.setFocus()
    editor.full_name.selectAll()
    qtbot.keyClicks(editor.full_name, "Jo Barnes-Price")
    editor.autosaver.flush()
    assert follows == []
    assert people.model.find_row(lambda p: p.full_name == "Jo Barnes-Price") >= 0

    store.people.set_fields(champion.id, organisation="Written by another writer")
    assert follows == ["follow"]
    assert editor.organisation.text() == "Written by another writer"


def test_an_actions_own_save_leaves_what_was_typed_in_its_box(
    qtbot, store: Store, ref, session: Session
) -> None:
    """The echo of a save once rewrote the box with the stored, trimmed text, taking a space typed before
    a pause; the row's own save no longer comes back to it."""
    window = make_window(qtbot, store, ref)
    screen = window.go_to("sessions")
    assert isinstance(screen, SessionsScreen)
    screen.open_session(session.id)
    panel = screen.editor.actions_panel
    panel.add_action()
    assert len(panel.rows) == 1
    row = panel.rows[0]
    row.text.setFocus()
    qtbot.keyClicks(row.text, "Book ")
    row.autosaver.flush()
    assert store.actions.get(row.action.id).text == "Book"
    assert row.text.text() == "Book "
    qtbot.keyClicks(row.text, "the course")
    row.autosaver.flush()
    assert store.actions.get(row.action.id).text == "Book the course"
    assert len(panel.rows) == 1
