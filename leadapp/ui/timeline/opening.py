"""From a timeline card, a "to finish" row or the quick-note key to the record's own screen.

Kept out of the main window so the window only wires signals; each function takes the window and opens
records through it the way every other request does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from leadapp.domain.enums import OwnerRole, Visibility
from leadapp.domain.sharing import own_private_level
from leadapp.domain.timeline import EntryKind
from leadapp.store.changes import Table
from leadapp.ui.notes.note_dialog import NoteDialog

if TYPE_CHECKING:
    from leadapp.ui.main_window import MainWindow

SESSION_KINDS = {EntryKind.SESSION, EntryKind.ACTION_SET, EntryKind.ACTION_DONE}
TABLE_KINDS: dict[str, EntryKind] = {
    Table.SESSIONS: EntryKind.SESSION,
    Table.ACTIVITIES: EntryKind.ACTIVITY,
    Table.NOTES: EntryKind.NOTE,
}
"""A record opened from Home's To finish list comes by its table; one from a timeline card by its kind."""


def own_private(window: MainWindow) -> Visibility:
    return own_private_level(window.role is OwnerRole.MENTOR)


def open_record(window: MainWindow, kind_text: str, record_id: str, mentee_id: str) -> None:
    """Enter on a card: the session, activity, plan or note itself, with its mentee in front of you."""
    kind = TABLE_KINDS.get(kind_text) or EntryKind(kind_text)
    if mentee_id:
        window.set_working_with(mentee_id)
    if kind in SESSION_KINDS and record_id:
        window.open_in("sessions", record_id)
    elif kind in SESSION_KINDS:
        window.go_to("actions")
    elif kind is EntryKind.ACTIVITY:
        window.open_in("activities", record_id)
    elif kind in (EntryKind.LEAP_PLAN, EntryKind.LEAP_REVIEW):
        window.open_in("leap", record_id)
    elif kind in (EntryKind.NOTE, EntryKind.REFLECTION):
        open_note(window, record_id)
    else:
        window.go_to("assessment")


def open_note(window: MainWindow, note_id: str) -> None:
    note = window.store.notes.find(note_id)
    if note is None:
        return
    if note.visibility is not Visibility.SHARED and window.privacy.hidden:
        QMessageBox.information(
            window,
            window.tr("Private note"),
            window.tr("This note is private. Stop sharing (Ctrl+Shift+H) to open it."),
        )
        return
    NoteDialog(
        window.store, window.ref, window.privacy, own_private(window), note.person_id, note, window
    ).exec()


def quick_note(window: MainWindow) -> NoteDialog:
    """Ctrl+Shift+N from anywhere: the dialog sits over whatever is open, and focus goes back to it."""
    parent = QApplication.activeWindow() or window
    typing_in = QApplication.focusWidget()
    dialog = NoteDialog(
        window.store, window.ref, window.privacy, own_private(window), window.mentee_in_front(), None, parent
    )
    dialog.exec()
    if typing_in is not None:
        typing_in.activateWindow()
        typing_in.setFocus(Qt.FocusReason.OtherFocusReason)
    if dialog.saved is not None:
        person = window.store.people.find(dialog.saved.person_id)
        window.statusBar().showMessage(
            window.tr("Note kept for {0}.").format(person.full_name if person else ""), 8000
        )
    return dialog
