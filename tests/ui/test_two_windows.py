"""Two windows on one database, each with its own connection: neither wipes the other's words.

The same merge protects an editor from an exchange import arriving while it is open.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from leadapp.domain.enums import PersonKind
from leadapp.domain.ids import today
from leadapp.domain.merge import BOTH_DIVIDER
from leadapp.domain.people import Person
from leadapp.store.session_planning import start_session
from leadapp.store.store import Store
from leadapp.ui.main_window import MainWindow
from leadapp.ui.sessions.session_editor import SessionEditor
from leadapp.ui.sessions.sessions_screen import SessionsScreen


def held(db_path: Path, session_id: str) -> dict[str, str]:
    """What the file holds, read by a connection of its own."""
    connection = sqlite3.connect(db_path)
    connection.row_factory = sqlite3.Row
    try:
        row = connection.execute("select * from sessions where id = ?", [session_id]).fetchone()
        return dict(row)
    finally:
        connection.close()


@pytest.fixture
def session_id(store: Store, ref) -> str:
    store.settings.set("owner_role", "mentor")
    store.people.add(Person(full_name="Morgan Hale", kind=PersonKind.MENTOR, is_owner=True))
    mentee = store.people.add(Person(full_name="Asha Patel"))
    return start_session(store, ref, mentee.id, today(), today()).id


@pytest.fixture
def windows(qtbot, db_path: Path, ref, session_id: str) -> Iterator[tuple[MainWindow, MainWindow]]:
    opened = []
    for _side in "AB":
        own = Store.open(db_path)
        window = MainWindow(own, ref)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        screen = window.go_to("sessions")
        assert isinstance(screen, SessionsScreen)
        screen.open_session(session_id)
        opened.append((window, own))
    yield opened[0][0], opened[1][0]
    for window, own in opened:
        window.close()
        own.close()


def editor_of(window: MainWindow) -> SessionEditor:
    screen = window.section_screen("sessions")
    assert isinstance(screen, SessionsScreen)
    return screen.editor


def type_into(qtbot, widget, text: str) -> None:
    widget.setFocus()
    widget.moveCursor(widget.textCursor().MoveOperation.End)
    qtbot.keyClicks(widget, text)


def test_a_second_window_saving_its_reflection_keeps_the_first_windows_notes(
    qtbot, windows, db_path: Path, session_id: str
) -> None:
    window_a, window_b = windows
    a, b = editor_of(window_a), editor_of(window_b)
    type_into(qtbot, a.notes, "Talked through the deputy role")
    type_into(qtbot, a.private.text, "Seems anxious about the interview")
    qtbot.waitUntil(lambda: not a.autosaver.pending, timeout=5000)
    type_into(qtbot, b.reflection, "I want to try the acting-up post")
    qtbot.waitUntil(lambda: not b.autosaver.pending, timeout=5000)

    row = held(db_path, session_id)
    assert row["shared_notes"] == "Talked through the deputy role"
    assert row["mentor_private"] == "Seems anxious about the interview"
    assert row["reflection"] == "I want to try the acting-up post"

    qtbot.waitUntil(lambda: a.reflection.toPlainText() == "I want to try the acting-up post", timeout=5000)
    assert a.notes.toPlainText() == "Talked through the deputy role"
    assert b.notes.toPlainText() == "Talked through the deputy role"
    assert b.private.text.toPlainText() == "Seems anxious about the interview"
    assert not window_a.save_state.text().startswith("Saved")


def both_edit_the_notes(qtbot, windows) -> tuple[SessionEditor, SessionEditor]:
    """A saves its notes; B, which loaded the session before that, then saves different notes."""
    window_a, window_b = windows
    a, b = editor_of(window_a), editor_of(window_b)
    type_into(qtbot, a.notes, "Alpha: A's account")
    a.flush()
    type_into(qtbot, b.notes, "Beta: B's account")
    b.flush()
    return a, b


def test_both_windows_editing_the_notes_keeps_both_and_says_so(
    qtbot, windows, db_path: Path, session_id: str
) -> None:
    a, b = both_edit_the_notes(qtbot, windows)
    both = "Alpha: A's account" + BOTH_DIVIDER + "Beta: B's account"
    assert held(db_path, session_id)["shared_notes"] == both
    assert b.notes.toPlainText() == both
    assert b.conflicts.isVisible()
    assert "Notes (shared)" in b.conflicts.message.text()
    qtbot.waitUntil(lambda: a.notes.toPlainText() == both, timeout=5000)
    assert not b.autosaver.pending


@pytest.mark.parametrize(
    ("button", "kept"),
    [("keep_mine", "Beta: B's account"), ("keep_theirs", "Alpha: A's account"), ("keep_both", None)],
)
def test_the_person_chooses_which_notes_to_keep(
    qtbot, windows, db_path: Path, session_id: str, button: str, kept: str | None
) -> None:
    a, b = both_edit_the_notes(qtbot, windows)
    kept = kept or "Alpha: A's account" + BOTH_DIVIDER + "Beta: B's account"
    qtbot.mouseClick(getattr(b.conflicts, button), Qt.MouseButton.LeftButton)
    assert not b.conflicts.isVisible()
    assert held(db_path, session_id)["shared_notes"] == kept
    assert b.notes.toPlainText() == kept
    qtbot.waitUntil(lambda: a.notes.toPlainText() == kept, timeout=5000)


def test_an_update_arriving_while_the_editor_is_open_is_shown_and_kept(
    qtbot, store: Store, ref, db_path: Path, session_id: str
) -> None:
    """An exchange import writes through the same store while the person is mid-sentence elsewhere."""
    window = MainWindow(store, ref)
    qtbot.addWidget(window)
    window.show()
    screen = window.go_to("sessions")
    assert isinstance(screen, SessionsScreen)
    screen.open_session(session_id)
    editor = screen.editor
    type_into(qtbot, editor.reflection, "Half a thought about the post")
    assert editor.autosaver.pending
    store.sessions.set_fields(session_id, shared_notes="Notes that came in an update")
    assert editor.notes.toPlainText() == "Notes that came in an update"
    qtbot.waitUntil(lambda: not editor.autosaver.pending, timeout=5000)
    row = held(db_path, session_id)
    assert row["shared_notes"] == "Notes that came in an update"
    assert row["reflection"] == "Half a thought about the post"
    window.close()
