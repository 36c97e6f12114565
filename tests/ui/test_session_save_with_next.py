"""A session's notes and its next-session date are saved together: if the follow-up cannot be planned,
the notes are not half-saved but stay on screen, pending, and go in with the follow-up on the next try."""

from __future__ import annotations

from datetime import date, timedelta

from leadapp.domain.enums import OwnerRole, SessionStatus
from leadapp.domain.people import Person
from leadapp.domain.sessions import Session
from leadapp.store.errors import StoreError
from leadapp.store.store import Store
from leadapp.ui.privacy import Privacy
from leadapp.ui.sessions.session_editor import SessionEditor

HELD_ON = date(2026, 3, 2)
NEXT = HELD_ON + timedelta(days=14)


def test_notes_and_the_next_session_are_saved_together(qtbot, store: Store, ref, monkeypatch) -> None:
    asha = store.people.add(Person(full_name="Asha Patel"))
    held = store.sessions.add(Session(mentee_id=asha.id, session_date=HELD_ON, status=SessionStatus.HELD))
    editor = SessionEditor(store, ref, Privacy(), OwnerRole.MENTOR)
    qtbot.addWidget(editor)
    editor.load(held)
    problems: list[str] = []
    editor.problem.connect(problems.append)

    def full_disk(*_args: object, **_kwargs: object) -> object:
        raise StoreError("The disk is full. Nothing was saved.")

    with monkeypatch.context() as patched:
        patched.setattr(store.sessions, "add", full_disk)
        qtbot.keyClicks(editor.notes, "Agreed to chair the falls group")
        qtbot.keyClicks(editor.next_date, NEXT.strftime("%d/%m/%Y"))
        editor.flush()
        assert problems == ["The disk is full. Nothing was saved."]
        assert store.sessions.get(held.id) == held, "nothing of the save is kept"
        assert editor.autosaver.pending
        assert editor.notes.toPlainText() == "Agreed to chair the falls group"

    editor.flush()
    saved = store.sessions.get(held.id)
    assert (saved.shared_notes, saved.next_session_date) == ("Agreed to chair the falls group", NEXT)
    follow_ups = [s for s in store.sessions.for_mentee(asha.id) if s.status is SessionStatus.PLANNED]
    assert [s.session_date for s in follow_ups] == [NEXT]
    assert not editor.autosaver.pending
