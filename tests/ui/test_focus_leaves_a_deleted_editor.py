"""An editor deleted while one of its fields has the focus and an edit is pending.

Qt moves the focus out of a field as it deletes it, and the autosaver's "focus left the editor" watch heard
that move from widgets already half taken apart: reading the editor then raised "Internal C++ object already
deleted" from inside Qt's deletion, on every such deletion.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from leadapp.domain.enums import PersonKind
from leadapp.domain.people import Person
from leadapp.domain.reference import Reference
from leadapp.store.store import Store
from leadapp.ui.people.person_editor import PersonEditor


def test_deleting_an_editor_with_a_focused_field_and_a_pending_edit_raises_nothing(
    qtbot, store: Store, ref: Reference
) -> None:
    store.people.add(Person(full_name="Morgan Hale", kind=PersonKind.MENTOR, is_owner=True))
    asha = store.people.add(Person(full_name="Asha Patel"))
    editor = PersonEditor(store, ref)
    editor.load(store.people.get(asha.id))
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    editor.notes.setFocus()
    qtbot.waitUntil(editor.notes.hasFocus)
    qtbot.keyClicks(editor.notes, "Half a thought")
    assert editor.autosaver.pending
    editor.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    assert QApplication.focusWidget() is None or QApplication.focusWidget() is not editor.notes
