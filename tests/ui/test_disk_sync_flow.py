"""A save whose fsync fails after the commit returned (wal_sync.py) is shown as a failed save is.

The words stay in the editor, the status bar does not say "Saved", closing asks before going, and once the
disk takes the changes the window says saved again. The syncer's `fsync` is the only seam.
"""

from __future__ import annotations

import errno
import os
from typing import Any

from PySide6.QtWidgets import QMessageBox
from windows import shown_window

from leadapp.domain.enums import PersonKind
from leadapp.domain.ids import today
from leadapp.domain.people import Person
from leadapp.store.session_planning import start_session
from leadapp.store.store import Store
from leadapp.ui.sessions.sessions_screen import SessionsScreen


class Disk:
    """os.fsync, or an I/O error while `failing`."""

    def __init__(self) -> None:
        self.failing = False

    def __call__(self, fd: int) -> None:
        if self.failing:
            raise OSError(errno.EIO, "Input/output error")
        os.fsync(fd)


def test_a_failed_sync_after_a_save_keeps_the_words_says_so_and_asks_at_closing(
    qtbot: Any, ref: Any, store: Store, monkeypatch: Any
) -> None:
    store.settings.set("owner_role", "mentor")
    store.people.add(Person(full_name="Morgan Hale", kind=PersonKind.MENTOR, is_owner=True))
    asha = store.people.add(Person(full_name="Asha Patel", profession="physiotherapist"))
    session = start_session(store, ref, asha.id, today(), today())
    assert store.syncer is not None
    disk = Disk()
    store.syncer.fsync = disk
    store.syncer.retry_s = 0.1
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warnings.append(text))
    asked: list[str] = []

    def question(_parent: Any, _title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Retry if len(asked) == 1 else QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "question", question)
    window = shown_window(qtbot, store, ref)
    sessions = window.go_to("sessions")
    assert isinstance(sessions, SessionsScreen)
    sessions.open_session(session.id)

    disk.failing = True
    qtbot.keyClicks(sessions.editor.notes, "Agreed to shadow the deputy chief operating officer")
    sessions.editor.flush()  # the commit returns; its fsync, on the syncer's thread, fails

    qtbot.waitUntil(lambda: bool(warnings), timeout=5000)
    assert "could not make sure" in warnings[0] and "Input/output error" in warnings[0]
    assert window.save_state.text() == "Not saved yet: retrying"
    assert sessions.editor.notes.toPlainText() == "Agreed to shadow the deputy chief operating officer"
    qtbot.keyClicks(sessions.editor.notes, ".")
    sessions.editor.flush()  # a later save goes through, but is not called saved while the disk fails
    qtbot.wait(50)
    assert window.save_state.text() == "Not saved yet: retrying"
    assert len(warnings) == 1  # said once, not at every retry

    window.close()  # asks, tries again (still failing), asks again; this test then closes without
    assert len(asked) == 2 and "could not make sure" in asked[0]

    assert store.sessions.get(session.id).shared_notes.endswith("officer.")  # committed, kept trying
    disk.failing = False
    qtbot.waitUntil(lambda: store.disk_problem == "", timeout=5000)


def test_the_window_says_saved_again_once_the_disk_takes_the_changes(
    qtbot: Any, ref: Any, store: Store, monkeypatch: Any
) -> None:
    store.settings.set("owner_role", "mentor")
    store.people.add(Person(full_name="Morgan Hale", kind=PersonKind.MENTOR, is_owner=True))
    asha = store.people.add(Person(full_name="Asha Patel"))
    session = start_session(store, ref, asha.id, today(), today())
    assert store.syncer is not None
    disk = Disk()
    store.syncer.fsync = disk
    store.syncer.retry_s = 0.1
    monkeypatch.setattr(QMessageBox, "warning", lambda *_a: None)
    window = shown_window(qtbot, store, ref)
    sessions = window.go_to("sessions")
    assert isinstance(sessions, SessionsScreen)
    sessions.open_session(session.id)

    disk.failing = True
    qtbot.keyClicks(sessions.editor.notes, "Agreed")
    sessions.editor.flush()
    qtbot.waitUntil(lambda: window.save_state.text() == "Not saved yet: retrying", timeout=5000)
    disk.failing = False
    qtbot.waitUntil(lambda: window.save_state.text().startswith("Saved at"), timeout=5000)
    window.close()  # nothing left to ask about
    assert store.disk_problem == ""
