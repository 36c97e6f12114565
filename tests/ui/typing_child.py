"""Run by test_kill_safety in a subprocess: the real main window and session editor, typed into.

Prints the session id, then TYPED after the last keystroke, and keeps the event loop running until killed.
With --steady instead of a text it types word after word into the shared notes, never pausing long enough
for the debounce to fire, and prints how many characters are in after each word, until killed.
"""

from __future__ import annotations

import os
import sys
from itertools import count

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
    if text == "--steady":
        typed = 0
        for number in count():
            word = steady_word(number)
            QTest.keyClicks(sessions.editor.notes, word, delay=15)
            typed += len(word)
            print(typed, flush=True)
    QTest.keyClicks(sessions.editor.notes, text, delay=5)
    QTest.keyClicks(sessions.editor.private.text, "private " + text, delay=5)
    print("TYPED", flush=True)
    app.exec()


def steady_word(number: int) -> str:
    return f"w{number:05d} "


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
