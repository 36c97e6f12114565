"""Run by test_kill_safety in a subprocess: the real main window and session editor, typed into.

Prints the session id, then TYPED after the last keystroke, and keeps the event loop running until killed.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from leadapp.domain.enums import PersonKind
from leadapp.domain.ids import today
from leadapp.domain.people import Person
from leadapp.domain.reference import reference
from leadapp.store.session_planning import start_session
from leadapp.store.store import Store
from leadapp.ui.main_window import MainWindow
from leadapp.ui.sessions.sessions_screen import SessionsScreen


def main(db_path: str, text: str) -> None:
    app = QApplication(sys.argv[:1])
    store = Store.open(db_path)
    store.people.add(Person(full_name="Morgan Hale", kind=PersonKind.MENTOR, is_owner=True))
    mentee = store.people.add(Person(full_name="Asha Patel"))
    session = start_session(store, reference(), mentee.id, today(), today())
    window = MainWindow(store, reference())
    window.show()
    sessions = window.go_to("sessions")
    assert isinstance(sessions, SessionsScreen)
    sessions.open_session(session.id)
    print(session.id, flush=True)
    QTest.keyClicks(sessions.editor.notes, text, delay=5)
    QTest.keyClicks(sessions.editor.private.text, "private " + text, delay=5)
    print("TYPED", flush=True)
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
