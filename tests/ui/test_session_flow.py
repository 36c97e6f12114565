"""A mentor's session, typed as it happens: nothing is lost, private notes stay private."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from windows import active_window

from leadapp.domain.enums import ActionStatus, PersonKind, SessionStatus
from leadapp.domain.ids import today
from leadapp.domain.people import Person
from leadapp.store.sessions import MARK_END, MARK_START
from leadapp.store.store import Store
from leadapp.ui.actions.actions_screen import ActionsScreen
from leadapp.ui.home.home_screen import HomeScreen
from leadapp.ui.main_window import MainWindow
from leadapp.ui.sessions.new_session_dialog import NewSessionDialog
from leadapp.ui.sessions.session_model import MATCH_COLUMN
from leadapp.ui.sessions.sessions_screen import SessionsScreen
from leadapp.ui.widgets.autosave import SAVE_DELAY_MS
from leadapp.ui.widgets.rich_text_delegate import MARKED_ROLE, RichTextDelegate

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def focused() -> object:
    return QApplication.focusWidget()


@pytest.fixture
def caseload(store: Store) -> Store:
    store.settings.set("owner_role", "mentor")
    store.people.add(Person(full_name="Morgan Hale", kind=PersonKind.MENTOR, is_owner=True))
    store.people.add(Person(full_name="Asha Patel", profession="physiotherapist"))
    store.people.add(Person(full_name="Tom Reilly", profession="paramedic"))
    return store


def test_session_from_caseload_survives_closing_without_saving(
    qtbot, caseload, db_path: Path, ref, answer_modal
):
    window = active_window(qtbot, caseload, ref)
    home = window.current_screen()
    assert isinstance(home, HomeScreen)
    asha_row = home.caseload.find_row(lambda e: e.mentee_name == "Asha Patel")
    home.table.selectRow(asha_row)

    def choose_template(dialog: NewSessionDialog) -> None:
        assert dialog.mentee.currentText() == "Asha Patel"
        dialog.template.setFocus()
        qtbot.keyClicks(dialog.template, "Career")
        assert dialog.template.currentData() == "career_conversation"
        qtbot.keyClick(dialog.template, Qt.Key.Key_Return)

    answer_modal(NewSessionDialog, choose_template)
    qtbot.mouseClick(home.session_button, Qt.MouseButton.LeftButton)
    sessions = window.current_screen()
    assert isinstance(sessions, SessionsScreen)
    editor = sessions.editor
    assert sessions.pages.currentWidget() is editor
    template_agenda = "\n".join(ref.template("career_conversation").agenda)
    assert editor.agenda.toPlainText() == template_agenda
    assert editor.session.template == "career_conversation"

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(lambda: focused() is editor.notes)
    qtbot.keyClicks(editor.notes, "Talked about the band 8a post and the interview panel.")
    editor.agenda.moveCursor(editor.agenda.textCursor().MoveOperation.End)
    qtbot.keyClick(editor.agenda, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.agenda, "Practise the presentation")
    for text in ("Draft the presentation", "Ask Priya to be a referee", "Book a mock interview"):
        qtbot.keyClick(focused(), Qt.Key.Key_Return, CTRL)
        qtbot.waitUntil(lambda: editor.actions_panel.rows and focused() is editor.actions_panel.rows[-1].text)
        qtbot.keyClicks(focused(), text)
    qtbot.keyClick(focused(), Qt.Key.Key_1, ALT)
    qtbot.keyClick(focused(), Qt.Key.Key_4, ALT)
    assert editor.chips.codes() == ["widening", "leaps"]
    session_id = editor.session.id
    window.close()
    caseload.close()

    reopened = Store.open(db_path)
    saved = reopened.sessions.get(session_id)
    assert saved.shared_notes == "Talked about the band 8a post and the interview panel."
    assert saved.agenda == template_agenda + "\nPractise the presentation"
    assert saved.categories == ["widening", "leaps"]
    assert saved.status is SessionStatus.PLANNED, "nobody pressed Start"
    assert [a.text for a in reopened.actions.for_session(session_id)] == [
        "Draft the presentation",
        "Ask Priya to be a referee",
        "Book a mock interview",
    ]
    again = active_window(qtbot, reopened, ref)
    shown = again.go_to("sessions")
    assert isinstance(shown, SessionsScreen)
    shown.open_session(session_id)
    assert shown.editor.notes.toPlainText() == saved.shared_notes
    assert shown.editor.agenda.toPlainText() == saved.agenda
    assert [row.text.text() for row in shown.editor.actions_panel.rows] == [
        "Draft the presentation",
        "Ask Priya to be a referee",
        "Book a mock interview",
    ]
    assert shown.editor.chips.codes() == ["widening", "leaps"]
    again.close()
    reopened.close()


def test_typing_is_saved_within_a_second_of_stopping(qtbot, caseload, ref) -> None:
    window = active_window(qtbot, caseload, ref)
    sessions = window.go_to("sessions")
    assert isinstance(sessions, SessionsScreen)
    asha = caseload.people.listing([PersonKind.MENTEE])[0]
    from leadapp.store.session_planning import start_session

    session = start_session(caseload, ref, asha.id, today(), today())
    sessions.open_session(session.id)
    qtbot.keyClicks(sessions.editor.reflection, "I felt heard")
    assert caseload.sessions.get(session.id).reflection == ""
    qtbot.wait(SAVE_DELAY_MS + 300)
    assert caseload.sessions.get(session.id).reflection == "I felt heard"
    qtbot.keyClick(sessions.editor.reflection, Qt.Key.Key_Z, CTRL)
    assert sessions.editor.reflection.toPlainText() != "I felt heard"


@pytest.fixture
def demo(demo_window: MainWindow) -> MainWindow:
    return demo_window


def test_hide_private_notes_hides_them_everywhere(qtbot, demo: MainWindow, store: Store) -> None:
    sessions = demo.go_to("sessions")
    assert isinstance(sessions, SessionsScreen)
    held = store.sessions._where("status = 'held'", limit=1)[0]
    store.sessions.update(
        held.__class__(**{**held.__dict__, "mentor_private": "Quietly worried about burnout"})
    )
    demo.mentee_switcher.setCurrentIndex(demo.mentee_switcher.findData(held.mentee_id))
    sessions.open_session(held.id)
    assert sessions.editor.private.isVisibleTo(demo)
    qtbot.keyClick(demo, Qt.Key.Key_H, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert demo.privacy.hidden
    assert demo.privacy_strip.isVisibleTo(demo)
    assert "Sharing your screen" in demo.privacy_strip.text()
    assert sessions.pages.currentWidget() is sessions.editor
    assert not sessions.editor.private.isVisibleTo(demo)
    assert demo.privacy_state.text() == "Private notes hidden"
    sessions.show_list()
    sessions.search.setText("burnout")
    sessions.reload()
    qtbot.waitUntil(lambda: not sessions.search_busy())
    assert sessions.model.total() == 0
    qtbot.keyClick(demo, Qt.Key.Key_H, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert not demo.privacy.hidden
    qtbot.waitUntil(lambda: not sessions.search_busy())
    assert sessions.model.total() == 1
    assert "burnout" in sessions.model.index(0, 5).data()


def test_hiding_private_notes_takes_a_found_private_passage_out_of_the_list(
    qtbot, demo: MainWindow, store: Store
) -> None:
    """The list's cells hold their texts: a private passage shown by a search leaves them when private
    notes are hidden, not only the next search."""
    sessions = demo.go_to("sessions")
    assert isinstance(sessions, SessionsScreen)
    held = store.sessions._where("status = 'held'", limit=1)[0]
    store.sessions.update(
        held.__class__(**{**held.__dict__, "mentor_private": "Quietly worried about burnout"})
    )
    sessions.search.setText("burnout")
    sessions.reload()
    qtbot.waitUntil(lambda: not sessions.search_busy())
    model = sessions.model

    def shown() -> list[str]:
        return [
            str(model.index(row, column).data(role) or "")
            for row in range(model.rowCount())
            for column in range(model.columnCount())
            for role in (Qt.ItemDataRole.DisplayRole, MARKED_ROLE)
        ]

    assert any("burnout" in text for text in shown())
    qtbot.keyClick(demo, Qt.Key.Key_H, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: not sessions.search_busy())
    assert not any("burnout" in text.lower() for text in shown())


def test_search_finds_and_highlights(qtbot, demo: MainWindow, store: Store) -> None:
    sessions = demo.go_to("sessions")
    assert isinstance(sessions, SessionsScreen)
    sessions.focus_search()
    assert focused() is sessions.search
    qtbot.keyClicks(sessions.search, "chairing")
    qtbot.waitUntil(lambda: sessions.model.query.text == "chairing")
    assert sessions.model.total() > 0
    marked = sessions.model.index(0, MATCH_COLUMN).data(MARKED_ROLE)
    assert f"{MARK_START}chairing{MARK_END}" in marked.lower()
    assert isinstance(sessions.table.itemDelegateForColumn(MATCH_COLUMN), RichTextDelegate)


def test_next_session_date_plans_the_next_session(qtbot, demo: MainWindow, store: Store) -> None:
    sessions = demo.go_to("sessions")
    assert isinstance(sessions, SessionsScreen)
    asha = store.people.listing([PersonKind.MENTEE], text="Asha")[0]
    from leadapp.store.session_planning import start_session

    session = start_session(store, demo.ref, asha.id, today(), today())
    sessions.open_session(session.id)
    later = today() + timedelta(days=300)
    sessions.editor.next_date.clear()
    qtbot.keyClicks(sessions.editor.next_date, later.strftime("%d/%m/%Y"))
    sessions.editor.flush()
    planned = store.sessions.planned_on(asha.id, later)
    assert planned is not None and planned.status is SessionStatus.PLANNED


def test_in_session_view_keeps_only_what_is_needed(qtbot, demo: MainWindow, store: Store) -> None:
    sessions = demo.go_to("sessions")
    assert isinstance(sessions, SessionsScreen)
    held = store.sessions._where("status = 'held'", limit=1)[0]
    sessions.open_session(held.id)
    qtbot.keyClick(demo, Qt.Key.Key_F11)
    editor = sessions.editor
    assert editor.in_session_button.isChecked()
    assert editor.notes.isVisibleTo(demo) and editor.chips.isVisibleTo(demo)
    assert editor.actions_panel.isVisibleTo(demo)
    assert editor.agenda.isVisibleTo(demo), "the agenda, carried items included, stays in view"
    assert not editor.header.isVisibleTo(demo) and not editor.reflection.isVisibleTo(demo)
    assert not demo.navigation.isVisibleTo(demo)
    assert editor.elapsed.isVisibleTo(demo) and "min of" in editor.elapsed.text()
    assert editor.notes.font().pointSizeF() > editor.agenda.font().pointSizeF()
    qtbot.keyClick(demo, Qt.Key.Key_F11)
    assert demo.navigation.isVisibleTo(demo) and editor.agenda.isVisibleTo(demo)


def test_actions_overview_marks_done_and_reschedules(qtbot, demo: MainWindow, store: Store) -> None:
    screen = demo.go_to("actions")
    assert isinstance(screen, ActionsScreen)
    screen.show_filter.setCurrentIndex(screen.show_filter.findData("overdue"))
    overdue = screen.model.total()
    assert overdue > 0
    assert all(screen.model.index(r, 1).data() == "Overdue" for r in range(screen.model.rowCount()))
    first = screen.model.row_object(0).action
    screen.table.selectRow(0)
    qtbot.keyClick(screen.table, Qt.Key.Key_D, CTRL)
    assert store.actions.get(first.id).status is ActionStatus.DONE
    assert screen.model.total() == overdue - 1
    second = screen.model.row_object(0).action
    screen.table.selectRow(0)
    qtbot.keyClicks(screen.new_due, "31/12/2099")
    qtbot.mouseClick(screen.reschedule_button, Qt.MouseButton.LeftButton)
    assert store.actions.get(second.id).due_date.year == 2099
    screen.table.selectRow(0)
    qtbot.keyClicks(screen.new_due, "30/02/2027")
    qtbot.mouseClick(screen.reschedule_button, Qt.MouseButton.LeftButton)
    assert "is not a date" in screen.message.text()


def test_new_session_carries_open_actions_into_the_agenda(
    qtbot, demo: MainWindow, store: Store, answer_modal
):
    tom = store.people.listing([PersonKind.MENTEE], text="Tom")[0]
    open_texts = [a.text for a in store.actions.open_for_mentee(tom.id)]
    assert open_texts

    def accept(dialog: NewSessionDialog) -> None:
        dialog.mentee.setCurrentIndex(dialog.mentee.findData(tom.id))
        dialog.when.clear()
        qtbot.keyClicks(dialog.when, today().strftime("%d/%m/%Y"))
        dialog.accept()

    answer_modal(NewSessionDialog, accept)
    qtbot.keyClick(demo, Qt.Key.Key_N, CTRL)
    demo.activateWindow()
    sessions = demo.current_screen()
    assert isinstance(sessions, SessionsScreen)
    agenda = sessions.editor.agenda.toPlainText()
    assert "Carried over from last time:" in agenda
    for text in open_texts:
        assert f"Follow up: {text}" in agenda


def test_leaving_a_field_saves_at_once(qtbot, caseload, ref) -> None:
    window = active_window(qtbot, caseload, ref)
    sessions = window.go_to("sessions")
    assert isinstance(sessions, SessionsScreen)
    from leadapp.store.session_planning import start_session

    asha = caseload.people.listing([PersonKind.MENTEE])[0]
    session = start_session(caseload, ref, asha.id, today(), today())
    sessions.open_session(session.id)
    sessions.editor.notes.setFocus()
    qtbot.waitUntil(lambda: focused() is sessions.editor.notes)
    qtbot.keyClicks(sessions.editor.notes, "Said yes to the secondment")
    sessions.editor.agenda.setFocus()
    qtbot.waitUntil(lambda: focused() is sessions.editor.agenda)
    assert caseload.sessions.get(session.id).shared_notes == "Said yes to the secondment"


def test_an_action_left_empty_is_dropped_on_leaving(qtbot, caseload, ref) -> None:
    window = active_window(qtbot, caseload, ref)
    sessions = window.go_to("sessions")
    assert isinstance(sessions, SessionsScreen)
    from leadapp.store.session_planning import start_session

    asha = caseload.people.listing([PersonKind.MENTEE])[0]
    session = start_session(caseload, ref, asha.id, today(), today())
    sessions.open_session(session.id)
    sessions.editor.actions_panel.add_action()
    sessions.editor.actions_panel.add_action()
    qtbot.keyClicks(sessions.editor.actions_panel.rows[1].text, "Book the shadowing day")
    assert len(caseload.actions.for_session(session.id)) == 2
    qtbot.mouseClick(sessions.editor.back_button, Qt.MouseButton.LeftButton)
    assert [a.text for a in caseload.actions.for_session(session.id)] == ["Book the shadowing day"]


def test_a_save_that_fails_is_kept_and_retried(qtbot, caseload, ref, monkeypatch) -> None:
    """A locked database costs nothing: the edit stays pending, is retried, and closing asks first."""
    from PySide6.QtWidgets import QMessageBox

    from leadapp.store.errors import DatabaseLockedError
    from leadapp.store.session_planning import start_session
    from leadapp.ui.widgets.autosave import Autosaver

    window = active_window(qtbot, caseload, ref)
    sessions = window.go_to("sessions")
    assert isinstance(sessions, SessionsScreen)
    asha = caseload.people.listing([PersonKind.MENTEE])[0]
    session = start_session(caseload, ref, asha.id, today(), today())
    sessions.open_session(session.id)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    real_save = caseload.sessions.save_edits

    def locked(*_args: object, **_kwargs: object) -> object:
        raise DatabaseLockedError(caseload.path)

    monkeypatch.setattr(caseload.sessions, "save_edits", locked)
    qtbot.keyClicks(sessions.editor.notes, "Words typed while the file was locked")
    sessions.editor.flush()
    sessions.editor.flush()
    assert len(warnings) == 1 and "in use" in warnings[0]
    assert sessions.editor.autosaver.pending and Autosaver.unsaved_within(window)
    assert "retrying" in window.save_state.text()

    asked: list[str] = []

    def retry_after_unlock(*_args: object, **_kwargs: object) -> QMessageBox.StandardButton:
        asked.append("asked")
        monkeypatch.setattr(caseload.sessions, "save_edits", real_save)
        return QMessageBox.StandardButton.Retry

    monkeypatch.setattr(QMessageBox, "question", retry_after_unlock)
    window.close()
    assert asked == ["asked"]
    assert caseload.sessions.get(session.id).shared_notes == "Words typed while the file was locked"


def test_marking_done_elsewhere_is_not_undone_by_the_open_session(qtbot, caseload, ref) -> None:
    from leadapp.store.session_planning import start_session

    window = active_window(qtbot, caseload, ref)
    sessions = window.go_to("sessions")
    assert isinstance(sessions, SessionsScreen)
    asha = caseload.people.listing([PersonKind.MENTEE])[0]
    session = start_session(caseload, ref, asha.id, today(), today())
    sessions.open_session(session.id)
    sessions.editor.actions_panel.add_action()
    row = sessions.editor.actions_panel.rows[0]
    qtbot.keyClicks(row.text, "Book the shadowing day")
    row.autosaver.flush()
    caseload.actions.mark_done(row.action.id, today())
    assert row.done.isChecked()
    qtbot.keyClicks(row.text, " with the COO")
    row.autosaver.flush()
    saved = caseload.actions.get(row.action.id)
    assert saved.text == "Book the shadowing day with the COO"
    assert saved.status is ActionStatus.DONE and saved.done_on == today()


def test_the_actions_list_behind_a_session_reads_its_changes_when_shown_again(
    qtbot, demo: MainWindow, store: Store
) -> None:
    """Typing in a session saves every pause; the actions list behind it waits until it is in front."""
    actions = demo.go_to("actions")
    assert isinstance(actions, ActionsScreen)
    actions.show_filter.setCurrentIndex(actions.show_filter.findData("all"))
    qtbot.waitUntil(actions.model.counted)
    before = actions.model.total()
    resets: list[None] = []
    actions.model.modelReset.connect(lambda: resets.append(None))
    sessions = demo.go_to("sessions")
    assert isinstance(sessions, SessionsScreen)
    held = store.sessions._where("status = 'held'", limit=1)[0]
    sessions.open_session(held.id)
    editor = sessions.editor
    qtbot.keyClicks(editor.notes, " More on the rota.")
    editor.autosaver.flush()
    editor.actions_panel.add_action()
    qtbot.keyClicks(editor.actions_panel.rows[-1].text, "Ask about the rota")
    editor.actions_panel.rows[-1].autosaver.flush()
    qtbot.waitUntil(lambda: any(a.text == "Ask about the rota" for a in store.actions.for_session(held.id)))
    assert resets == [], "nothing read while the list was behind the session"

    shown = demo.go_to("actions")
    assert shown is actions and len(resets) == 1, "read once, on being shown"
    qtbot.waitUntil(actions.model.counted)
    assert actions.model.total() == before + 1
