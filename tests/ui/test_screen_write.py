"""A refused write is one plain sentence on the screen's `problem` signal, and nothing is changed."""

from __future__ import annotations

import os

from PySide6.QtWidgets import QMessageBox, QWidget

from leadapp.domain.activities import Activity
from leadapp.domain.enums import PersonKind
from leadapp.domain.ids import today
from leadapp.domain.people import Person
from leadapp.store.activities import ActivityQuery
from leadapp.store.session_planning import start_session
from leadapp.store.store import Store
from leadapp.ui.main_window import MainWindow
from leadapp.ui.screen import StoreWriting
from leadapp.ui.sessions.sessions_screen import SessionsScreen


class Writer(StoreWriting, QWidget):
    pass


def test_write_returns_the_result_or_none_with_the_reason_on_problem(qtbot, store: Store) -> None:
    writer = Writer()
    qtbot.addWidget(writer)
    said: list[str] = []
    writer.problem.connect(said.append)
    asha = store.people.add(Person(full_name="Asha Patel", kind=PersonKind.MENTEE))

    renamed = writer.write(store.people.set_fields, asha.id, full_name="Asha Patel-Shah")
    assert renamed is not None and renamed.full_name == "Asha Patel-Shah"
    assert said == []

    assert writer.write(store.people.set_fields, "no-such-person", full_name="Nobody") is None
    assert len(said) == 1 and "\n" not in said[0]
    assert [p.full_name for p in store.people.listing()] == ["Asha Patel-Shah"]

    activity = store.activities.add(Activity(person_id=asha.id, title="Shadowed the clinical lead"))
    assert writer.wrote(store.activities.remove, activity.id)
    assert store.activities.find(activity.id) is None
    assert said == [said[0]]
    assert not writer.wrote(store.activities.set_fields, activity.id, title="Gone")
    assert len(said) == 2


def test_a_refused_write_from_a_screen_is_said_once_and_changes_nothing(
    qtbot, ref, tmp_path, monkeypatch
) -> None:
    path = tmp_path / "leadapp.sqlite3"
    store = Store.open(path)
    store.people.add(Person(full_name="Morgan Hale", kind=PersonKind.MENTOR, is_owner=True))
    asha = store.people.add(Person(full_name="Asha Patel", kind=PersonKind.MENTEE))
    session = start_session(store, ref, asha.id, today(), today())
    window = MainWindow(store, ref)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    sessions = window.go_to("sessions")
    assert isinstance(sessions, SessionsScreen)
    sessions.open_session(session.id)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warnings.append(text))

    moved = tmp_path / "elsewhere.sqlite3"
    os.rename(path, moved)
    sessions.editor.activity_button.click()

    assert len(warnings) == 1 and "moved or deleted" in warnings[0]
    assert window.current_screen() is sessions
    os.rename(moved, path)
    assert store.activities.listing(ActivityQuery()) == []
    window.close()
    store.close()
