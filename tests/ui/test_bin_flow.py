"""Remove acts at once but costs nothing: Ctrl+Z or the status message's Undo brings a record back, the
bin lists what was removed until it is emptied, and Tab never lands on Remove straight after a due date."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from windows import active_window

from leadapp.domain.activities import Activity
from leadapp.domain.enums import PersonKind
from leadapp.domain.ids import today
from leadapp.domain.people import Person
from leadapp.domain.sessions import Action
from leadapp.store.session_planning import start_session
from leadapp.store.sessions import ActionQuery
from leadapp.store.store import Store
from leadapp.ui.activities.activities_screen import ActivitiesScreen
from leadapp.ui.bin.bin_dialog import BinDialog
from leadapp.ui.main_window import MainWindow
from leadapp.ui.sessions.sessions_screen import SessionsScreen

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def focused() -> object:
    return QApplication.focusWidget()


@pytest.fixture
def window(qtbot, store: Store, ref) -> MainWindow:
    store.settings.set("owner_role", "mentor")
    store.people.add(Person(full_name="Morgan Hale", kind=PersonKind.MENTOR, is_owner=True))
    store.people.add(Person(full_name="Tom Reid", profession="paramedic"))
    return active_window(qtbot, store, ref)


def _session_with_actions(qtbot, window: MainWindow, ref, *texts: str) -> SessionsScreen:
    store = window.store
    tom = store.people.listing([PersonKind.MENTEE])[0]
    session = start_session(store, ref, tom.id, today(), today())
    for text in texts:
        store.actions.add(
            Action(mentee_id=tom.id, session_id=session.id, text=text, due_date=date(2026, 4, 1))
        )
    sessions = window.go_to("sessions")
    assert isinstance(sessions, SessionsScreen)
    sessions.open_session(session.id)
    return sessions


def _press_remove_of_first_action(qtbot, sessions: SessionsScreen) -> None:
    """Keyboard only: from the Add action button, Tab reaches the first Remove; Space presses it."""
    panel = sessions.editor.actions_panel
    sessions.window().activateWindow()
    qtbot.waitUntil(sessions.window().isActiveWindow)
    qtbot.waitUntil(lambda: panel.rows[0].remove.isVisible())
    panel.add_button.setFocus()
    qtbot.waitUntil(lambda: focused() is panel.add_button)
    qtbot.keyClick(panel.add_button, Qt.Key.Key_Tab)
    assert focused() is panel.rows[0].remove
    qtbot.keyClick(panel.rows[0].remove, Qt.Key.Key_Space)


def test_tab_from_a_due_date_goes_to_the_next_action_not_to_remove(qtbot, window, ref) -> None:
    sessions = _session_with_actions(qtbot, window, ref, "Book the course", "Ask about the secondment")
    rows = sessions.editor.actions_panel.rows
    rows[0].due.setFocus()
    qtbot.waitUntil(lambda: focused() is rows[0].due)
    qtbot.keyClick(rows[0].due, Qt.Key.Key_Tab)
    assert focused() is rows[1].done
    rows[1].due.setFocus()
    qtbot.waitUntil(lambda: focused() is rows[1].due)
    qtbot.keyClick(rows[1].due, Qt.Key.Key_Tab)
    assert focused() is sessions.editor.actions_panel.add_button


def test_ctrl_z_brings_back_a_removed_action(qtbot, window, ref) -> None:
    store = window.store
    sessions = _session_with_actions(qtbot, window, ref, "Book the course", "Ask about the secondment")
    panel = sessions.editor.actions_panel
    session_id = panel.session.id if panel.session else ""
    _press_remove_of_first_action(qtbot, sessions)

    assert [a.text for a in store.actions.for_session(session_id)] == ["Ask about the secondment"]
    assert [row.action.text for row in panel.rows] == ["Ask about the secondment"]
    assert window.undo_message.isVisible()
    assert "Book the course" in window.undo_message.text.text()
    assert focused() is panel.add_button

    qtbot.keyClick(panel.add_button, Qt.Key.Key_Z, CTRL)

    assert [a.text for a in store.actions.for_session(session_id)] == [
        "Book the course",
        "Ask about the secondment",
    ]
    qtbot.waitUntil(
        lambda: (
            [row.action.text for row in panel.rows]
            == [
                "Book the course",
                "Ask about the secondment",
            ]
        )
    )
    assert "is back" in window.undo_message.text.text()


def test_ctrl_z_in_a_text_field_undoes_typing_and_leaves_the_removal(qtbot, window, ref) -> None:
    store = window.store
    sessions = _session_with_actions(qtbot, window, ref, "Book the course")
    _press_remove_of_first_action(qtbot, sessions)
    notes = sessions.editor.notes
    notes.setFocus()
    qtbot.waitUntil(lambda: focused() is notes)
    qtbot.keyClicks(notes, "Rota")
    qtbot.keyClick(notes, Qt.Key.Key_Z, CTRL)
    assert notes.toPlainText() == ""
    assert store.actions.count_listing(ActionQuery()) == 0


def test_the_undo_button_in_the_status_message_restores(qtbot, window, ref) -> None:
    store = window.store
    sessions = _session_with_actions(qtbot, window, ref, "Book the course")
    _press_remove_of_first_action(qtbot, sessions)
    assert store.actions.count_listing(ActionQuery()) == 0
    window.undo_message.button.setFocus()
    qtbot.keyClick(window.undo_message.button, Qt.Key.Key_Space)
    assert store.actions.count_listing(ActionQuery()) == 1


def test_edit_menu_letters_are_unique_and_do_not_clash_with_other_menus(window) -> None:
    titles = [a.text() for a in window.menuBar().actions()]
    assert "&Edit" in titles
    letters = [t[t.index("&") + 1].lower() for t in titles]
    assert len(letters) == len(set(letters))
    edit = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    entries = [a.text() for a in edit.actions() if not a.isSeparator()]
    assert entries == ["&Undo remove", "Cu&t", "&Copy", "&Paste", "&Bin…"]
    item_letters = [t[t.index("&") + 1].lower() for t in entries]
    assert len(item_letters) == len(set(item_letters))


def test_edit_menu_copy_and_paste_act_on_the_focused_field(qtbot, window, ref) -> None:
    sessions = _session_with_actions(qtbot, window, ref)
    notes, agenda = sessions.editor.notes, sessions.editor.agenda
    notes.setFocus()
    qtbot.waitUntil(lambda: focused() is notes)
    qtbot.keyClicks(notes, "Secondment")
    notes.selectAll()
    actions = {a.objectName(): a for a in window.actions()}
    actions["copy"].trigger()
    agenda.setFocus()
    qtbot.waitUntil(lambda: focused() is agenda)
    agenda.moveCursor(agenda.textCursor().MoveOperation.End)
    actions["paste"].trigger()
    assert agenda.toPlainText().endswith("Secondment")


def test_the_bin_lists_restores_and_empties_with_one_confirmation(qtbot, window, ref, answer_modal) -> None:
    store = window.store
    sessions = _session_with_actions(qtbot, window, ref, "Book the course", "Ask about the secondment")
    _press_remove_of_first_action(qtbot, sessions)
    seen: list[str] = []

    def restore(dialog: BinDialog) -> None:
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        seen.append(dialog.model.data(dialog.model.index(0, 1)))
        seen.append(dialog.model.data(dialog.model.index(0, 0)))
        qtbot.keyClick(dialog.table, Qt.Key.Key_R, ALT)
        qtbot.waitUntil(lambda: dialog.model.rowCount() == 0)
        seen.append(str(dialog.model.rowCount()))
        qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)

    answer_modal(BinDialog, restore)
    next(a for a in window.actions() if a.objectName() == "open-bin").trigger()
    assert seen == ["Book the course", "Action", "0"]
    assert store.actions.count_listing(ActionQuery()) == 2

    _press_remove_of_first_action(qtbot, sessions)
    asked: list[str] = []

    def confirm(box: QMessageBox) -> None:
        asked.append(box.text())
        delete = next(b for b in box.buttons() if b.text() == "Delete for good")
        delete.click()

    def empty(dialog: BinDialog) -> None:
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        answer_modal(QMessageBox, confirm)
        qtbot.keyClick(dialog.table, Qt.Key.Key_E, ALT)
        qtbot.waitUntil(lambda: dialog.model.rowCount() == 0)
        seen.append(str(dialog.model.rowCount()))
        dialog.reject()

    seen.clear()
    answer_modal(BinDialog, empty)
    next(a for a in window.actions() if a.objectName() == "open-bin").trigger()
    assert seen == ["0"]
    assert len(asked) == 1 and "Book the course" in asked[0]
    assert store.db.execute("select count(*) from actions").fetchone()[0] == 1
    assert (
        store.db.execute("select count(*) from actions_fts where actions_fts match 'course'").fetchone()[0]
        == 0
    )


def test_evidence_opens_saves_out_and_comes_back_after_removal(
    qtbot, window, ref, tmp_path: Path, monkeypatch
) -> None:
    store = window.store
    tom = store.people.listing([PersonKind.MENTEE])[0]
    activity = store.activities.add(Activity(person_id=tom.id, title="Ran the audit"))
    original = tmp_path / "audit.pdf"
    original.write_bytes(b"%PDF-1.4 the audit of handovers")
    store.evidence.attach_file(activity.id, original)
    activities = window.go_to("activities")
    assert isinstance(activities, ActivitiesScreen)
    activities.open_activity(activity.id)
    panel = activities.editor.evidence
    activities.editor.evidence_section.set_open(True)
    panel.items.setFocus()
    panel.items.setCurrentRow(0)

    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    qtbot.keyClick(panel.items, Qt.Key.Key_Return)
    assert len(opened) == 1
    written = Path(opened[0].toLocalFile())
    assert written.name == "audit.pdf" and written.read_bytes() == original.read_bytes()

    copy = tmp_path / "out" / "kept.pdf"
    copy.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(copy), ""))
    panel.save_button.setFocus()
    qtbot.keyClick(panel.save_button, Qt.Key.Key_Space)
    assert copy.read_bytes() == original.read_bytes()
    assert [p.name for p in copy.parent.iterdir()] == ["kept.pdf"]

    panel.remove.setFocus()
    qtbot.keyClick(panel.remove, Qt.Key.Key_Space)
    assert panel.items.count() == 0
    qtbot.keyClick(panel.remove, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: panel.items.count() == 1)
    assert "audit.pdf" in panel.items.item(0).text()


def test_a_removed_milestone_comes_back_with_ctrl_z(qtbot, window, ref) -> None:
    from leadapp.domain.leaps import LeapMilestone
    from leadapp.store.leap_planning import new_plan
    from leadapp.ui.leap.leap_screen import LeapScreen
    from leadapp.ui.leap.plan_rows import MilestoneRow

    store = window.store
    tom = store.people.listing([PersonKind.MENTEE])[0]
    plan = new_plan(store, ref, tom.id, "Secondment", date(2026, 1, 1))
    store.leap_milestones.add(LeapMilestone(plan_id=plan.id, title="Meet the service lead"))
    window.mentee_switcher.setCurrentIndex(window.mentee_switcher.findData(tom.id))
    leap = window.go_to("leap")
    assert isinstance(leap, LeapScreen)

    def milestones() -> list[MilestoneRow]:
        return [row for row in leap.editor.rows if isinstance(row, MilestoneRow)]

    [row] = milestones()
    remove = next(b for b in row.findChildren(type(window.undo_message.button)) if b.text() == "Remove")
    remove.setFocus()
    qtbot.waitUntil(lambda: focused() is remove)
    qtbot.keyClick(remove, Qt.Key.Key_Space)
    assert store.leap_milestones.for_plan(plan.id) == []
    qtbot.waitUntil(lambda: milestones() == [])
    leap.editor.title.setFocus()
    qtbot.waitUntil(lambda: focused() is leap.editor.title)
    qtbot.keyClick(leap.editor.title, Qt.Key.Key_Z, CTRL)
    assert store.leap_milestones.for_plan(plan.id) == []
    window.undo_message.button.setFocus()
    qtbot.waitUntil(lambda: focused() is window.undo_message.button)
    qtbot.keyClick(window.undo_message.button, Qt.Key.Key_Z, CTRL)
    assert [m.title for m in store.leap_milestones.for_plan(plan.id)] == ["Meet the service lead"]
    assert [r.title.text() for r in milestones()] == ["Meet the service lead"]


def test_delete_on_the_sessions_list_removes_a_session_with_its_actions_and_ctrl_z_restores(
    qtbot, window, ref
) -> None:
    store = window.store
    sessions = _session_with_actions(qtbot, window, ref, "Book the course")
    session_id = sessions.editor.session.id if sessions.editor.session else ""
    sessions.show_list()
    table = sessions.table
    qtbot.waitUntil(lambda: sessions.model.rowCount() == 1)
    table.setFocus()
    table.selectRow(0)
    qtbot.waitUntil(lambda: focused() is table)
    qtbot.keyClick(table, Qt.Key.Key_Delete)

    assert store.sessions.find(session_id) is None
    assert store.actions.count_listing(ActionQuery()) == 0
    qtbot.waitUntil(lambda: sessions.model.rowCount() == 0)
    assert "Session with Tom Reid" in window.undo_message.text.text()

    qtbot.keyClick(table, Qt.Key.Key_Z, CTRL)
    assert store.sessions.find(session_id) is not None
    assert [a.text for a in store.actions.for_session(session_id)] == ["Book the course"]
    qtbot.waitUntil(lambda: sessions.model.rowCount() == 1)


def test_tab_after_a_milestone_date_goes_to_the_next_milestone_not_to_remove(qtbot, window, ref) -> None:
    from leadapp.domain.leaps import LeapMilestone
    from leadapp.store.leap_planning import new_plan
    from leadapp.ui.leap.leap_screen import LeapScreen
    from leadapp.ui.leap.plan_rows import MilestoneRow

    store = window.store
    tom = store.people.listing([PersonKind.MENTEE])[0]
    plan = new_plan(store, ref, tom.id, "Secondment", date(2026, 1, 1))
    for title in ("Meet the service lead", "Shadow a board meeting"):
        store.leap_milestones.add(LeapMilestone(plan_id=plan.id, title=title))
    window.mentee_switcher.setCurrentIndex(window.mentee_switcher.findData(tom.id))
    leap = window.go_to("leap")
    assert isinstance(leap, LeapScreen)
    first, second = [row for row in leap.editor.rows if isinstance(row, MilestoneRow)]
    first.done.setFocus()
    qtbot.waitUntil(lambda: focused() is first.done)
    qtbot.keyClick(first.done, Qt.Key.Key_Tab)
    assert focused() is second.title
    second.done.setFocus()
    qtbot.waitUntil(lambda: focused() is second.done)
    qtbot.keyClick(second.done, Qt.Key.Key_Tab)
    assert focused() is leap.editor.add_milestone
    qtbot.keyClick(leap.editor.add_milestone, Qt.Key.Key_Tab)
    assert focused() is first.remove


def test_ctrl_c_in_a_list_still_copies_the_current_cell(qtbot, window, ref) -> None:
    sessions = _session_with_actions(qtbot, window, ref)
    sessions.show_list()
    qtbot.waitUntil(lambda: sessions.model.rowCount() == 1)
    table = sessions.table
    table.setFocus()
    table.setCurrentIndex(sessions.model.index(0, 1))
    qtbot.waitUntil(lambda: focused() is table)
    QApplication.clipboard().clear()
    qtbot.keyClick(table, Qt.Key.Key_C, CTRL)
    assert QApplication.clipboard().text() == "Tom Reid"
