"""The database moved or deleted while the app is open: said plainly, nothing typed lost, saved once the
file is back."""

from __future__ import annotations

import os

from PySide6.QtWidgets import QMessageBox
from windows import shown_window

from leadapp.domain.enums import PersonKind
from leadapp.domain.ids import today
from leadapp.domain.people import Person
from leadapp.store.session_planning import start_session
from leadapp.store.store import Store
from leadapp.ui.sessions.sessions_screen import SessionsScreen
from leadapp.ui.widgets.autosave import Autosaver


def test_typed_notes_stay_on_screen_while_the_database_is_moved_away_and_are_saved_when_it_is_back(
    qtbot, ref, tmp_path, monkeypatch
) -> None:
    path = tmp_path / "leadapp.sqlite3"
    store = Store.open(path)
    store.settings.set("owner_role", "mentor")
    store.people.add(Person(full_name="Morgan Hale", kind=PersonKind.MENTOR, is_owner=True))
    asha = store.people.add(Person(full_name="Asha Patel", profession="physiotherapist"))
    session = start_session(store, ref, asha.id, today(), today())
    window = shown_window(qtbot, store, ref)
    sessions = window.go_to("sessions")
    assert isinstance(sessions, SessionsScreen)
    sessions.open_session(session.id)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warnings.append(text))

    moved = tmp_path / "elsewhere.sqlite3"
    os.rename(path, moved)
    qtbot.keyClicks(sessions.editor.notes, "Agreed to shadow the clinical lead")
    sessions.editor.flush()

    assert warnings and "moved or deleted" in warnings[0] and "\n" not in warnings[0]
    assert sessions.editor.notes.toPlainText() == "Agreed to shadow the clinical lead"
    assert Autosaver.unsaved_within(window)
    assert not path.exists()

    os.rename(moved, path)
    sessions.editor.flush()
    assert store.sessions.get(session.id).shared_notes == "Agreed to shadow the clinical lead"
    assert not Autosaver.unsaved_within(window)
    window.close()
    store.close()
