"""A full disk, as a person meets it: told plainly, nothing typed lost, saved once space is back."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox
from windows import shown_window

from leadapp.domain.enums import PersonKind
from leadapp.domain.ids import today
from leadapp.domain.people import Person
from leadapp.store.session_planning import start_session
from leadapp.store.store import Store
from leadapp.ui.sessions.sessions_screen import SessionsScreen
from leadapp.ui.widgets.autosave import Autosaver

PASTED = "Agreed to shadow the clinical lead at two governance meetings before the interview. " * 1500


def test_typed_notes_stay_on_screen_on_a_full_disk_and_are_saved_once_space_is_back(
    qtbot, ref, tiny_disk, monkeypatch
) -> None:
    store = Store.open(tiny_disk.path / "leadapp.sqlite3")
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

    tiny_disk.fill()
    qtbot.keyClicks(sessions.editor.notes, "Shadowing: ")
    sessions.editor.notes.insertPlainText(PASTED)  # a long paste, more than the disk has room for
    sessions.editor.flush()

    assert warnings and "disk" in warnings[0] and "full" in warnings[0] and "I/O" not in warnings[0]
    assert sessions.editor.notes.toPlainText() == "Shadowing: " + PASTED
    assert Autosaver.unsaved_within(window)
    assert store.sessions.get(session.id).shared_notes == ""

    tiny_disk.free()
    sessions.editor.flush()
    assert store.sessions.get(session.id).shared_notes == "Shadowing: " + PASTED
    assert not Autosaver.unsaved_within(window)
    window.close()
    store.close()


def test_starting_on_a_full_disk_says_the_disk_is_full_in_a_message_not_a_traceback(
    qapp, tiny_disk, monkeypatch, window_guard
) -> None:
    from leadapp.app import EXIT_STORE, run_gui

    path = tiny_disk.path / "leadapp.sqlite3"
    Store.open(path).close()
    tiny_disk.fill()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *_a: shown.append(text))
    assert run_gui(path, demo=False, smoke=False) == EXIT_STORE
    assert len(shown) == 1 and "full" in shown[0] and "I/O" not in shown[0]
