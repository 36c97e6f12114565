"""The mentee in front of you drives Ctrl+N, "Working with" and the mentee page, by keyboard."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from leadapp.domain.enums import PersonKind, SessionStatus
from leadapp.domain.ids import today
from leadapp.domain.sessions import Session
from leadapp.store.mentee_overview import mentee_overview
from leadapp.store.store import Store
from leadapp.ui.balance.balance_screen import BalanceScreen
from leadapp.ui.home.home_screen import HomeScreen
from leadapp.ui.leap.leap_screen import LeapScreen
from leadapp.ui.main_window import MainWindow
from leadapp.ui.people.people_screen import PeopleScreen
from leadapp.ui.reports.reports_screen import ReportsScreen
from leadapp.ui.sessions.new_session_dialog import NewSessionDialog
from leadapp.ui.sessions.sessions_screen import SessionsScreen

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(demo_window: MainWindow) -> MainWindow:
    return demo_window


def person_id(store: Store, name: str) -> str:
    return next(p.id for p in store.people.listing([PersonKind.MENTEE]) if p.full_name == name)


def visible_text(root: QWidget) -> str:
    """What a person reads on the page: every shown label as plain text."""
    document = QTextDocument()
    texts = []
    for label in root.findChildren(QLabel):
        if label.isVisibleTo(root):
            document.setHtml(label.text())
            texts.append(document.toPlainText())
    return "\n".join(texts)


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def highlight_on_home(qtbot, window: MainWindow, name: str) -> HomeScreen:
    """Ctrl+1, into the caseload, then Down until the named mentee's row is current."""
    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)
    home = window.current_screen()
    assert isinstance(home, HomeScreen)
    home.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is home.table)
    press(qtbot, Qt.Key.Key_Home, CTRL)
    for _ in range(home.caseload.total()):
        entry = home.caseload.row_object(home.table.currentIndex().row())
        if entry is not None and entry.mentee_name == name:
            break
        press(qtbot, Qt.Key.Key_Down)
    return home


def open_from_home(qtbot, window: MainWindow, name: str) -> PeopleScreen:
    """Highlight the mentee on Home and press Enter, as a mentor would when they sit down."""
    highlight_on_home(qtbot, window, name)
    press(qtbot, Qt.Key.Key_Return)
    people = window.current_screen()
    assert isinstance(people, PeopleScreen)
    return people


def start_with_ctrl_n(qtbot, window: MainWindow, answer_modal, seen: dict[str, str]) -> None:
    def accept(dialog: NewSessionDialog) -> None:
        seen["combo"] = dialog.mentee.currentText()
        heading = getattr(dialog, "mentee_heading", None)
        seen["heading"] = heading.text() if heading is not None else ""
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    answer_modal(NewSessionDialog, accept)
    press(qtbot, Qt.Key.Key_N, CTRL)


def test_ctrl_n_on_home_starts_with_the_highlighted_mentee_not_the_first(
    qtbot, window: MainWindow, store: Store, answer_modal
) -> None:
    tom = person_id(store, "Tom Reilly")
    before = len(store.sessions.for_mentee(tom))
    home = highlight_on_home(qtbot, window, "Tom Reilly")
    assert home.selected_mentee() == tom
    seen: dict[str, str] = {}
    start_with_ctrl_n(qtbot, window, answer_modal, seen)
    assert seen == {"combo": "Tom Reilly", "heading": "Tom Reilly"}
    sessions = window.current_screen()
    assert isinstance(sessions, SessionsScreen)
    assert sessions.editor.session is not None and sessions.editor.session.mentee_id == tom
    assert len(store.sessions.for_mentee(tom)) in (before, before + 1)
    assert store.sessions.get(sessions.editor.session.id).mentee_id == tom
    assert window.current_mentee() == tom


def test_ctrl_n_in_people_uses_the_open_mentee(qtbot, window: MainWindow, store: Store, answer_modal) -> None:
    tom = person_id(store, "Tom Reilly")
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    people = window.current_screen()
    assert isinstance(people, PeopleScreen)
    people.search.setFocus()
    qtbot.keyClicks(people.search, "Tom")
    press(qtbot, Qt.Key.Key_Tab)
    people.table.setFocus()
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    assert window.current_mentee() == tom
    seen: dict[str, str] = {}
    start_with_ctrl_n(qtbot, window, answer_modal, seen)
    assert seen["combo"] == "Tom Reilly"
    sessions = window.current_screen()
    assert isinstance(sessions, SessionsScreen)
    assert sessions.editor.session is not None and sessions.editor.session.mentee_id == tom


def test_ctrl_n_with_nobody_in_front_asks_who_instead_of_choosing_the_first(
    qtbot, window: MainWindow, store: Store, answer_modal
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_4, CTRL)
    count = store.sessions.count()
    seen: dict[str, str] = {}

    def try_accept(dialog: NewSessionDialog) -> None:
        seen["combo"] = dialog.mentee.currentText()
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
        seen["error"] = dialog.error.text()
        dialog.reject()

    answer_modal(NewSessionDialog, try_accept)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    assert seen["combo"] == ""
    assert "Choose" in seen["error"]
    assert store.sessions.count() == count


def test_opening_a_mentee_from_home_sets_working_with_and_reports_balance_leap_follow(
    qtbot, window: MainWindow, store: Store
) -> None:
    tom = person_id(store, "Tom Reilly")
    highlight_on_home(qtbot, window, "Tom Reilly")
    press(qtbot, Qt.Key.Key_Return)
    assert window.current_mentee() == tom
    assert window.mentee_switcher.currentText().startswith("Tom Reilly")
    qtbot.keyClick(window, Qt.Key.Key_0, CTRL)
    reports = window.current_screen()
    assert isinstance(reports, ReportsScreen)
    assert reports.person.currentData() == tom
    qtbot.keyClick(window, Qt.Key.Key_7, CTRL)
    balance = window.current_screen()
    assert isinstance(balance, BalanceScreen) and balance.person_scope() == tom
    qtbot.keyClick(window, Qt.Key.Key_8, CTRL)
    leap = window.current_screen()
    assert isinstance(leap, LeapScreen) and leap.person_scope() == tom
    asha = person_id(store, "Asha Patel")
    highlight_on_home(qtbot, window, "Asha Patel")
    press(qtbot, Qt.Key.Key_Return)
    assert reports.person.currentData() == asha


def test_enter_on_a_home_row_opens_the_mentee_page(qtbot, window: MainWindow, store: Store) -> None:
    tom = person_id(store, "Tom Reilly")
    people = open_from_home(qtbot, window, "Tom Reilly")
    page = people.mentee_page
    assert people.pages.currentWidget() is page
    overview = mentee_overview(store, tom, today())
    assert overview is not None
    text = visible_text(page)
    assert "Tom Reilly" in page.name.text()
    assert "Paramedic" in text and "Band 7" in text
    for flag in overview.flags:
        assert flag.lower() in text.lower()
    assert overview.agreements and all(a.text in text for a in overview.agreements)
    assert all(a.text in text for a in overview.open_actions)
    assert overview.plan is not None and overview.plan.title in text
    assert page.start_button.text().replace("&", "") in ("Start today's session", "Open today's session")
    press(qtbot, Qt.Key.Key_Escape)
    assert people.pages.currentWidget() is not page


def test_start_todays_session_on_the_mentee_page_reuses_the_planned_one(
    qtbot, window: MainWindow, store: Store
) -> None:
    tom = person_id(store, "Tom Reilly")
    planned = store.sessions.add(
        Session(mentee_id=tom, session_date=today() + timedelta(days=1), status=SessionStatus.PLANNED)
    )
    count = store.sessions.count()
    people = open_from_home(qtbot, window, "Tom Reilly")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is people.mentee_page.start_button)
    press(qtbot, Qt.Key.Key_Space)
    sessions = window.current_screen()
    assert isinstance(sessions, SessionsScreen)
    assert sessions.editor.session is not None and sessions.editor.session.id == planned.id
    assert store.sessions.get(planned.id).session_date == today()
    assert store.sessions.count() == count


def test_edit_profile_from_the_mentee_page_opens_the_profile_form(
    qtbot, window: MainWindow, store: Store
) -> None:
    tom = person_id(store, "Tom Reilly")
    people = open_from_home(qtbot, window, "Tom Reilly")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is people.mentee_page.start_button)
    press(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: people.pages.currentWidget() is not people.mentee_page)
    assert people.editor.person is not None and people.editor.person.id == tom
    qtbot.waitUntil(lambda: QApplication.focusWidget() is people.editor.full_name)


def test_hiding_private_notes_takes_the_mentee_page_flags_off_screen(
    qtbot, window: MainWindow, store: Store
) -> None:
    people = open_from_home(qtbot, window, "Tom Reilly")
    assert "wellbeing" in visible_text(people.mentee_page).lower()
    press(qtbot, Qt.Key.Key_H, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert window.privacy.hidden
    assert "wellbeing" not in visible_text(people.mentee_page).lower()
    press(qtbot, Qt.Key.Key_H, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert "wellbeing" in visible_text(people.mentee_page).lower()


def test_sharing_for_another_mentee_takes_an_open_mentee_page_off_screen(
    qtbot, window: MainWindow, store: Store
) -> None:
    """The page of a mentee who is not the one in front of you never stays up on a shared screen."""
    people = open_from_home(qtbot, window, "Tom Reilly")
    assert people.pages.currentWidget() is people.mentee_page
    asha = window.mentee_switcher.findData(person_id(store, "Asha Patel"))
    window.mentee_switcher.setCurrentIndex(asha)
    press(qtbot, Qt.Key.Key_H, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert window.privacy.hidden
    assert people.pages.currentWidget() is not people.mentee_page
    assert "Tom Reilly" not in visible_text(people)
