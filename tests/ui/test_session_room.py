"""In the room, keyboard only: a session starts and ends, the notes get the space, F11 keeps what is needed.

Each test is named for a failure seen when a tired mentor tried it live.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, QRect, Qt, QThreadPool
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QCheckBox
from windows import active_window

from leadapp.domain.enums import ActionOwner, PersonKind, SessionStatus
from leadapp.domain.ids import today
from leadapp.domain.people import Person
from leadapp.domain.sessions import Action, Session
from leadapp.reports.session_report import session_pdf
from leadapp.store.session_planning import start_session
from leadapp.store.store import Store
from leadapp.store.summaries import session_summary
from leadapp.ui.home.home_screen import HomeScreen
from leadapp.ui.leap.review_dialog import ReviewDialog
from leadapp.ui.main_window import MainWindow
from leadapp.ui.reports.preview_dialog import PreviewDialog
from leadapp.ui.sessions.new_session_dialog import NewSessionDialog
from leadapp.ui.sessions.sessions_screen import SessionsScreen
from leadapp.ui.sessions.wrap_up_dialog import WrapUpDialog
from leadapp.ui.theme import apply_theme

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
LAPTOP = (1366, 728)
"""A laptop screen less its taskbar: the room a session is typed in."""


def focused() -> object:
    return QApplication.focusWidget()


@pytest.fixture
def text_150(qapp) -> Iterator[None]:
    """150 % text, as Settings sets it; the light theme at 100 % is put back afterwards."""
    apply_theme(qapp, "light", 150)
    yield
    apply_theme(qapp, "light", 100)


@pytest.fixture
def dark(qapp) -> Iterator[None]:
    apply_theme(qapp, "dark", 100)
    yield
    apply_theme(qapp, "light", 100)


@pytest.fixture
def caseload(store: Store) -> Store:
    store.settings.set("owner_role", "mentor")
    store.people.add(Person(full_name="Morgan Hale", kind=PersonKind.MENTOR, is_owner=True))
    store.people.add(Person(full_name="Asha Patel", profession="physiotherapist"))
    return store


def _asha(store: Store) -> Person:
    return store.people.listing([PersonKind.MENTEE], text="Asha")[0]


def _editor_on(window: MainWindow, session_id: str):
    sessions = window.go_to("sessions")
    assert isinstance(sessions, SessionsScreen)
    sessions.open_session(session_id)
    return sessions.editor


def _in_view(widget, scroll) -> bool:
    viewport = scroll.viewport()
    placed = QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size())
    return viewport.rect().contains(placed)


# Start and End session ---------------------------------------------------------------------------------


def test_a_new_session_today_is_not_held_before_start_and_end_reuses_the_planned_one(
    qtbot, caseload: Store, ref, answer_modal
) -> None:
    """Ctrl+N, Return: planned; Ctrl+Shift+S: in progress; Ctrl+Shift+E: the wrap-up, one next session."""
    asha = _asha(caseload)
    booked = caseload.sessions.add(
        Session(mentee_id=asha.id, session_date=today() + timedelta(days=14), agenda="Board paper")
    )
    window = active_window(qtbot, caseload, ref, LAPTOP)
    window.mentee_switcher.setCurrentIndex(window.mentee_switcher.findData(asha.id))
    answer_modal(NewSessionDialog, lambda dialog: qtbot.keyClick(dialog, Qt.Key.Key_Return))
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    sessions = window.current_screen()
    assert isinstance(sessions, SessionsScreen)
    editor = sessions.editor
    session_id = editor.session.id
    assert caseload.sessions.get(session_id).status is SessionStatus.PLANNED
    assert editor.status.currentData() == "planned"
    assert editor.steps.start_button.isVisibleTo(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: focused() is editor.notes)

    qtbot.keyClick(focused(), Qt.Key.Key_S, CTRL_SHIFT)
    assert caseload.sessions.get(session_id).status is SessionStatus.IN_PROGRESS
    assert editor.status.currentText() == "In progress"
    assert not editor.steps.start_button.isVisibleTo(window)
    assert editor.steps.end_button.isVisibleTo(window)

    editor.notes.setFocus()
    qtbot.keyClicks(editor.notes, "Agreed to apply for the 8a post.")
    qtbot.keyClick(focused(), Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: editor.actions_panel.rows and focused() is editor.actions_panel.rows[-1].text)
    qtbot.keyClicks(focused(), "Draft the personal statement")

    later = today() + timedelta(days=28)
    seen: dict[str, str] = {}

    def wrap_up(dialog: WrapUpDialog) -> None:
        try:
            fill_in(dialog)
        finally:
            if dialog.isVisible():
                seen["left open"] = dialog.error.text()
                dialog.reject()

    def fill_in(dialog: WrapUpDialog) -> None:
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        seen["checks"] = dialog.checks.text()
        seen["hint"] = dialog.next_hint.text()
        seen["suggested"] = dialog.next_date.text()
        owner = dialog.rows[0][2]
        owner.setFocus()
        qtbot.keyClicks(owner, "Mentor")
        due = dialog.rows[0][3]
        due.setFocus()
        qtbot.keyClicks(due, (today() + timedelta(days=7)).strftime("%d/%m/%Y"))
        qtbot.keyClick(dialog, Qt.Key.Key_N, ALT)
        assert focused() is dialog.next_date
        qtbot.keyClick(dialog.next_date, Qt.Key.Key_A, CTRL)
        qtbot.keyClicks(dialog.next_date, later.strftime("%d/%m/%Y"))
        seen["moved"] = dialog.next_hint.text()
        qtbot.keyClick(dialog.next_date, Qt.Key.Key_Return)

    answer_modal(WrapUpDialog, wrap_up)
    qtbot.keyClick(focused(), Qt.Key.Key_E, CTRL_SHIFT)

    assert "left open" not in seen
    assert "Action 1 has no due date." in seen["checks"]
    assert seen["suggested"] == booked.session_date.strftime("%d/%m/%Y")
    assert "moves to this date" in seen["moved"]
    ended = caseload.sessions.get(session_id)
    assert ended.status is SessionStatus.HELD
    assert ended.next_session_date == later
    assert ended.shared_notes == "Agreed to apply for the 8a post."
    planned = caseload.sessions._where("mentee_id = ? and status = 'planned'", [asha.id])
    assert [(s.id, s.session_date, s.agenda) for s in planned] == [(booked.id, later, "Board paper")]
    action = caseload.actions.for_session(session_id)[0]
    assert (action.text, action.owner) == ("Draft the personal statement", ActionOwner.MENTOR)
    assert action.due_date == today() + timedelta(days=7)
    assert editor.status.currentText() == "Held"
    assert not editor.steps.end_button.isVisibleTo(window)
    qtbot.waitUntil(lambda: any(w.isVisible() for w in window.findChildren(PreviewDialog)))
    preview = next(w for w in window.findChildren(PreviewDialog) if w.isVisible())
    qtbot.waitUntil(lambda: preview.preview.document is not None, timeout=10_000)
    printed = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(preview.preview.document.pdf)).pages)
    assert "Draft the personal statement" in printed and "Held" in printed
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0, timeout=10_000)
    qtbot.wait(50)
    preview.close()


def test_cancelling_the_wrap_up_changes_nothing(qtbot, caseload: Store, ref, answer_modal) -> None:
    session = start_session(caseload, ref, _asha(caseload).id, today(), today())
    window = active_window(qtbot, caseload, ref, LAPTOP)
    editor = _editor_on(window, session.id)
    answer_modal(WrapUpDialog, lambda dialog: qtbot.keyClick(dialog, Qt.Key.Key_Escape))
    qtbot.keyClick(editor.notes, Qt.Key.Key_E, CTRL_SHIFT)
    assert caseload.sessions.get(session.id).status is SessionStatus.PLANNED
    assert caseload.sessions._count("status = 'planned'") == 1


def test_a_next_date_before_the_session_is_refused_in_the_wrap_up(
    qtbot, caseload: Store, ref, answer_modal
) -> None:
    session = start_session(caseload, ref, _asha(caseload).id, today(), today())
    window = active_window(qtbot, caseload, ref, LAPTOP)
    editor = _editor_on(window, session.id)
    said: dict[str, str] = {}

    def wrong_date(dialog: WrapUpDialog) -> None:
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        qtbot.keyClick(dialog, Qt.Key.Key_N, ALT)
        qtbot.keyClicks(dialog.next_date, (today() - timedelta(days=3)).strftime("%d/%m/%Y"))
        qtbot.keyClick(dialog.next_date, Qt.Key.Key_Return)
        said["error"] = dialog.error.text()
        assert dialog.isVisible()
        dialog.reject()

    answer_modal(WrapUpDialog, wrong_date)
    qtbot.keyClick(editor.notes, Qt.Key.Key_E, CTRL_SHIFT)
    assert said["error"] == "The next session must come after this one."
    assert caseload.sessions.get(session.id).status is SessionStatus.PLANNED


# Room to write -----------------------------------------------------------------------------------------


def test_shared_notes_get_the_room_at_150_percent_and_the_private_panel_folds(
    qtbot, caseload: Store, ref, text_150
) -> None:
    session = start_session(
        caseload, ref, _asha(caseload).id, today(), today(), template="career_conversation"
    )
    caseload.sessions.update(replace(session, mentor_private="Check in about the rota"))
    window = active_window(qtbot, caseload, ref, LAPTOP)
    editor = _editor_on(window, session.id)
    qtbot.wait(50)
    line = editor.notes.fontMetrics().lineSpacing()
    assert editor.notes.viewport().height() >= line * 7, "seven lines of notes or more at 150 % on 1366×768"
    assert editor.notes.height() > editor.private.height() * 2
    assert editor.private.height() < line * 3, "the private panel is one line when folded"
    assert not editor.private.text.isVisibleTo(window)
    assert editor.private.state.text().startswith("1 line written"), "folded, it still says there is text"


def test_the_private_panel_opens_from_the_keyboard_and_says_so(qtbot, caseload: Store, ref) -> None:
    session = start_session(caseload, ref, _asha(caseload).id, today(), today())
    window = active_window(qtbot, caseload, ref, LAPTOP)
    editor = _editor_on(window, session.id)
    editor.notes.setFocus()
    assert editor.private.state.text().startswith("Nothing written yet")
    assert "folded" in editor.private.toggle.accessibleDescription()
    qtbot.keyClick(editor.notes, Qt.Key.Key_P, ALT)
    qtbot.waitUntil(lambda: editor.private.text.isVisibleTo(window))
    qtbot.waitUntil(lambda: focused() is editor.private.text)
    assert "open" in editor.private.toggle.accessibleDescription()
    qtbot.keyClicks(editor.private.text, "Ask about burnout gently")
    editor.flush()
    assert caseload.sessions.get(session.id).mentor_private == "Ask about burnout gently"


def test_a_new_action_scrolls_into_view(qtbot, caseload: Store, ref, text_150) -> None:
    session = start_session(
        caseload, ref, _asha(caseload).id, today(), today(), template="career_conversation"
    )
    window = active_window(qtbot, caseload, ref, LAPTOP)
    editor = _editor_on(window, session.id)
    qtbot.keyClick(editor.notes, Qt.Key.Key_1, ALT)
    qtbot.keyClick(editor.notes, Qt.Key.Key_4, ALT)
    scroll = editor.actions_panel.parentWidget().parentWidget().parentWidget()
    for number in range(1, 5):
        qtbot.keyClick(focused(), Qt.Key.Key_Return, CTRL)
        qtbot.waitUntil(lambda n=number: len(editor.actions_panel.rows) == n)
        row = editor.actions_panel.rows[-1]
        qtbot.waitUntil(lambda r=row: _in_view(r.text, scroll))
        assert focused() is row.text
        qtbot.keyClicks(row.text, f"Action {number}")


# F11 ---------------------------------------------------------------------------------------------------


def test_in_session_view_shows_the_agenda_with_carried_items_and_takes_a_private_jot(
    qtbot, caseload: Store, ref
) -> None:
    asha = _asha(caseload)
    caseload.actions.add(Action(mentee_id=asha.id, text="Send the audit slides"))
    session = start_session(caseload, ref, asha.id, today(), today())
    caseload.sessions.update(replace(session, mentor_private="Earlier thought"))
    window = active_window(qtbot, caseload, ref, LAPTOP)
    editor = _editor_on(window, session.id)
    qtbot.keyClick(editor.notes, Qt.Key.Key_F11)
    assert editor.in_session_button.isChecked()
    assert editor.agenda.isVisibleTo(window)
    assert "Follow up: Send the audit slides" in editor.agenda.toPlainText()
    assert editor.private.jot.isVisibleTo(window)
    assert not editor.private.text.isVisibleTo(window)
    qtbot.keyClick(editor.notes, Qt.Key.Key_J, ALT)
    assert focused() is editor.private.jot
    qtbot.keyClicks(editor.private.jot, "Seems tired today")
    qtbot.keyClick(editor.private.jot, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.private.jot, "Ask about leave")
    editor.flush()
    saved = caseload.sessions.get(session.id)
    assert saved.mentor_private == "Earlier thought\nSeems tired today\nAsk about leave"
    assert saved.shared_notes == ""

    qtbot.keyClick(editor.notes, Qt.Key.Key_H, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert window.privacy.hidden
    assert editor.in_session_button.isChecked(), "sharing keeps the open session: its mentee is in front"
    assert not editor.private.isVisibleTo(window), "the jot hides with every private note"
    qtbot.keyClick(editor.notes, Qt.Key.Key_H, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert not window.privacy.hidden
    assert editor.private.jot.isVisibleTo(window)


def test_escape_leaves_the_in_session_view(qtbot, caseload: Store, ref) -> None:
    session = start_session(caseload, ref, _asha(caseload).id, today(), today())
    window = active_window(qtbot, caseload, ref, LAPTOP)
    editor = _editor_on(window, session.id)
    qtbot.keyClick(editor.notes, Qt.Key.Key_F11)
    assert editor.in_session_button.isChecked()
    qtbot.keyClick(editor.notes, Qt.Key.Key_Escape)
    assert not editor.in_session_button.isChecked()
    assert window.navigation.isVisibleTo(window)
    assert editor.header.isVisibleTo(window)


# The carried-over block --------------------------------------------------------------------------------


def test_a_line_typed_after_the_carried_block_is_not_filed_under_it(qtbot, caseload: Store, ref) -> None:
    import io

    from pypdf import PdfReader

    asha = _asha(caseload)
    caseload.actions.add(Action(mentee_id=asha.id, text="Send the audit slides"))
    session = start_session(caseload, ref, asha.id, today(), today(), template="open")
    window = active_window(qtbot, caseload, ref, LAPTOP)
    editor = _editor_on(window, session.id)
    editor.agenda.setFocus()
    editor.agenda.moveCursor(editor.agenda.textCursor().MoveOperation.End)
    qtbot.keyClick(editor.agenda, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.agenda, "Ask about the rota")
    editor.flush()

    document = editor.agenda.document()
    last = document.lastBlock()
    carried = last.previous()
    assert carried.text().startswith("Follow up: Send the audit slides")
    assert any(r.format.fontItalic() for r in carried.layout().formats()), "carried lines are marked"
    assert not any(r.format.fontItalic() for r in last.layout().formats()), "the typed line is not"

    pdf = session_pdf(session_summary(caseload, session.id), ref)
    words = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert words.index("Ask about the rota") < words.index("Carried over from last time")
    assert words.index("Carried over from last time") < words.index("Follow up: Send the audit slides")


# Leap review from a session ----------------------------------------------------------------------------


@pytest.mark.usefixtures("demo_store")
def test_a_leap_review_from_a_session_moves_the_next_review_and_home_follows(
    qtbot, store: Store, ref, answer_modal
) -> None:
    tom = store.people.listing([PersonKind.MENTEE], text="Tom")[0]
    plan = store.leap_plans.for_mentee(tom.id)[0]
    store.leap_plans.update(replace(plan, review_date=today() - timedelta(days=2)))
    window = active_window(qtbot, store, ref, LAPTOP)
    home = window.current_screen()
    assert isinstance(home, HomeScreen)

    def flags() -> tuple[str, ...]:
        rows = (home.caseload.row_object(row) for row in range(home.caseload.rowCount()))
        return next(e for e in rows if e is not None and e.mentee_id == tom.id).leap_flags

    assert "leap-of-faith review due" in flags() and "low wellbeing at last review" in flags()

    session = start_session(store, ref, tom.id, today(), today())
    editor = _editor_on(window, session.id)

    def review(dialog: ReviewDialog) -> None:
        dialog.wellbeing.setFocus()
        qtbot.keyClick(dialog.wellbeing, Qt.Key.Key_A, CTRL)
        qtbot.keyClicks(dialog.wellbeing, "4")
        qtbot.keyClick(dialog.wellbeing, Qt.Key.Key_Return)

    answer_modal(ReviewDialog, review)
    editor.leap_button.setFocus()
    qtbot.keyClick(editor.leap_button, Qt.Key.Key_Space)

    moved = store.leap_plans.get(plan.id)
    assert moved.review_date is not None and moved.review_date > today()
    window.go_to("home")
    assert flags() == ()


# Dark theme ---------------------------------------------------------------------------------------------


def _luminance(colour: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green()) + 0.0722 * channel(colour.blue())


def _contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_action_tick_boxes_can_be_seen_in_the_dark_theme(qtbot, caseload: Store, ref, dark) -> None:
    session = start_session(caseload, ref, _asha(caseload).id, today(), today())
    window = active_window(qtbot, caseload, ref, LAPTOP)
    editor = _editor_on(window, session.id)
    qtbot.waitUntil(lambda: focused() is editor.notes)
    qtbot.keyClick(editor.notes, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: len(editor.actions_panel.rows) == 1)
    tick: QCheckBox = editor.actions_panel.rows[0].done
    image = tick.grab().toImage()
    background = tick.palette().window().color()
    best = max(
        _contrast(image.pixelColor(x, y), background)
        for x in range(image.width())
        for y in range(image.height())
    )
    assert best >= 3.0, f"the tick box edge stands out from the page ({best:.1f}:1)"
