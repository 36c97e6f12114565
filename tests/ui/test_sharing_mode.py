"""Sharing mode, driven by the keys a mentor presses with a mentee beside them or a screen shared.

Ctrl+Shift+H must work wherever the focus is (the in-session view, a modal dialog, a preview); while it is on,
only the mentee in front of you is on screen and nothing private or sensitive is; it survives a restart.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QDialog
from windows import activate, active_window, choose_mentee

from leadapp.documents import DocumentKind
from leadapp.domain.enums import PersonKind
from leadapp.store.store import Store
from leadapp.ui.home.home_screen import HomeScreen
from leadapp.ui.leap.leap_screen import LeapScreen
from leadapp.ui.leap.review_dialog import ReviewDialog
from leadapp.ui.main_window import MainWindow
from leadapp.ui.people.people_screen import PeopleScreen
from leadapp.ui.people.relationship_dialog import RelationshipDialog
from leadapp.ui.reports.reports_screen import ReportsScreen
from leadapp.ui.sessions.new_session_dialog import NewSessionDialog
from leadapp.ui.sessions.sessions_screen import SessionsScreen
from leadapp.ui.settings_dialog import SettingsDialog
from tests.ui.visible_text import everything_on_screen, visible_texts

HIDE_KEYS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
MARK = "QQSECRET"
OTHER_NAME = f"Quentin {MARK}name"
SENSITIVE_WORDS = (
    "low wellbeing",
    "leap-of-faith review due",
    "confidence and wellbeing",
    "(1 low, 5 high)",
)
RATING_HEADINGS = ("confidence", "wellbeing")


def open_window(qtbot, store: Store, ref) -> MainWindow:
    """A new main window on the database, at the laptop size the issue was found on."""
    return active_window(qtbot, store, ref, size=(1366, 768))


@pytest.fixture
def planted(store: Store, demo_store: Store) -> dict[str, str]:
    """The demo caseload with a marker in every private or sensitive field, and in another mentee's name."""
    plan = store.leap_plans._where("status in ('committed', 'in_progress')", limit=1)[0]
    front = store.people.get(plan.mentee_id)
    store.people.update(replace(front, notes=f"{MARK} going through a divorce"))
    others = [p for p in store.people.listing([PersonKind.MENTEE]) if p.id != front.id]
    other = store.people.update(replace(others[0], full_name=OTHER_NAME, notes=f"{MARK} other person's note"))
    for session in store.sessions._where("mentee_id in (?, ?)", [front.id, other.id]):
        store.sessions.update(
            replace(session, mentor_private=f"{MARK} private", mentee_private=f"{MARK} mentee private")
        )
    return {"front": front.id, "front_name": front.full_name, "other": other.id}


def leaks(texts: list[str]) -> list[str]:
    return [
        text
        for text in texts
        if MARK in text
        or any(word in text.lower() for word in SENSITIVE_WORDS)
        or text.strip().lower() in RATING_HEADINGS
    ]


def test_ctrl_shift_h_works_in_the_in_session_view_and_the_strip_shows_there(
    qtbot, store: Store, ref, planted: dict[str, str]
) -> None:
    window = open_window(qtbot, store, ref)
    choose_mentee(window, planted["front"])
    sessions = window.go_to("sessions")
    assert isinstance(sessions, SessionsScreen)
    session = store.sessions._where("mentee_id = ? and status = 'held'", [planted["front"]], limit=1)[0]
    sessions.open_session(session.id)
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert not window.toolbar.isVisibleTo(window)
    sessions.editor.notes.setFocus()
    qtbot.keyClick(sessions.editor.notes, Qt.Key.Key_H, HIDE_KEYS)
    assert window.privacy.hidden
    assert window.privacy_strip.isVisibleTo(window)
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert not sessions.editor.private.isVisibleTo(window)
    assert leaks(visible_texts(window)) == []


def hidden_from_the_new_session_dialog(qtbot, window, answer_modal) -> list[bool]:  # type: ignore[no-untyped-def]
    """Ctrl+Shift+H pressed in the New session dialog (Ctrl+N): whether notes were hidden, seen inside."""
    seen: list[bool] = []

    def in_dialog(dialog: NewSessionDialog) -> None:
        qtbot.keyClick(dialog.template, Qt.Key.Key_H, HIDE_KEYS)
        seen.append(window.privacy.hidden)
        dialog.reject()

    answer_modal(NewSessionDialog, in_dialog)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    return seen


def test_ctrl_shift_h_works_in_a_modal_dialog(qtbot, store: Store, ref, planted, answer_modal) -> None:
    window = open_window(qtbot, store, ref)
    assert hidden_from_the_new_session_dialog(qtbot, window, answer_modal) == [True]
    assert window.privacy.hidden


def test_ctrl_shift_h_works_in_settings_both_ways(qtbot, store, ref, planted, answer_modal) -> None:
    window = open_window(qtbot, store, ref)
    seen: list[bool] = []

    def in_dialog(dialog: SettingsDialog) -> None:
        qtbot.keyClick(dialog.theme, Qt.Key.Key_H, HIDE_KEYS)
        seen.append(window.privacy.hidden)
        qtbot.keyClick(dialog.theme, Qt.Key.Key_H, HIDE_KEYS)
        seen.append(window.privacy.hidden)
        dialog.reject()

    answer_modal(SettingsDialog, in_dialog)
    window.open_settings()
    assert seen == [True, False]


def test_ctrl_shift_h_works_in_the_preview_of_a_plan(qtbot, store, ref, planted) -> None:
    window = open_window(qtbot, store, ref)
    plan = store.leap_plans._where("mentee_id = ?", [planted["front"]], limit=1)[0]
    dialog = window.preview(DocumentKind.LEAP, plan.id)
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog.preview, Qt.Key.Key_H, HIDE_KEYS)
    assert window.privacy.hidden
    dialog.close()


def test_the_button_says_what_pressing_it_will_do(qtbot, store, ref, planted) -> None:
    window = open_window(qtbot, store, ref)
    assert window.privacy_action.text() == "Hide private notes"
    qtbot.keyClick(window, Qt.Key.Key_H, HIDE_KEYS)
    assert window.privacy_action.text() == "Show private notes"
    qtbot.keyClick(window, Qt.Key.Key_H, HIDE_KEYS)
    assert window.privacy_action.text() == "Hide private notes"


def test_sharing_mode_is_kept_across_a_restart(qtbot, store: Store, ref, planted) -> None:
    window = open_window(qtbot, store, ref)
    choose_mentee(window, planted["front"])
    qtbot.keyClick(window, Qt.Key.Key_H, HIDE_KEYS)
    window.close()
    again = open_window(qtbot, store, ref)
    assert again.privacy.hidden
    assert again.privacy_strip.isVisibleTo(again)
    assert again.privacy_action.text() == "Show private notes"
    assert again.current_mentee() == planted["front"]
    assert not again.mentee_switcher.isEnabled()
    assert leaks(visible_texts(again)) == []
    qtbot.keyClick(again, Qt.Key.Key_H, HIDE_KEYS)
    again.close()
    third = open_window(qtbot, store, ref)
    assert not third.privacy.hidden


def walk_every_section(window: MainWindow) -> list[str]:
    found: list[str] = []
    for section in window.sections:
        window.go_to(section.key)
        found += [f"{section.key}: {text}" for text in leaks(everything_on_screen())]
    return found


def test_sharing_shows_only_the_mentee_in_front_of_you_and_nothing_sensitive(
    qtbot, store: Store, ref, planted: dict[str, str], answer_modal
) -> None:
    window = open_window(qtbot, store, ref)
    choose_mentee(window, planted["front"])
    people = window.go_to("people")
    assert isinstance(people, PeopleScreen)
    people.select(planted["front"])
    sessions = window.go_to("sessions")
    assert isinstance(sessions, SessionsScreen)
    held = store.sessions._where("mentee_id = ? and status = 'held'", [planted["front"]], limit=1)[0]
    sessions.open_session(held.id)
    window.go_to("leap")
    window.go_to("home")
    assert MARK in " ".join(everything_on_screen())

    qtbot.keyClick(window.current_screen(), Qt.Key.Key_H, HIDE_KEYS)

    assert walk_every_section(window) == []
    assert not window.mentee_switcher.isEnabled()
    assert [window.mentee_switcher.itemData(i) for i in range(window.mentee_switcher.count())] == [
        planted["front"]
    ]
    assert planted["front_name"] in window.privacy_strip.text()
    home = window.go_to("home")
    assert isinstance(home, HomeScreen)
    assert home.caseload.rowCount() == 1
    assert planted["front_name"] in visible_texts(home.table)
    people = window.go_to("people")
    assert isinstance(people, PeopleScreen)
    listed = [people.model.row_object(row) for row in range(people.model.rowCount())]
    assert [p.id for p in listed if p is not None and p.kind is PersonKind.MENTEE] == [planted["front"]]
    assert people.editor.person is not None and people.editor.person.id == planted["front"]
    assert not people.editor.notes.isVisibleTo(window)
    reports = window.go_to("reports")
    assert isinstance(reports, ReportsScreen)
    assert "Caseload" not in [reports.kind.itemText(i) for i in range(reports.kind.count())]

    dialog_leaks: list[str] = []

    def look(dialog: QDialog) -> None:
        dialog_leaks.extend(leaks(everything_on_screen()))
        dialog.reject()

    answer_modal(NewSessionDialog, look)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    people = window.go_to("people")
    assert isinstance(people, PeopleScreen)
    answer_modal(RelationshipDialog, look)
    people.editor.add_relationship_button.click()
    leap = window.go_to("leap")
    assert isinstance(leap, LeapScreen)
    answer_modal(ReviewDialog, look)
    leap.editor.add_review_button.click()
    assert dialog_leaks == []


def test_sharing_with_no_mentee_chosen_shows_no_mentee_records(qtbot, store: Store, ref, planted) -> None:
    window = open_window(qtbot, store, ref)
    qtbot.keyClick(window, Qt.Key.Key_H, HIDE_KEYS)
    names = [p.full_name for p in store.people.listing([PersonKind.MENTEE])]
    assert "Choose" in window.privacy_strip.text()
    for section in window.sections:
        window.go_to(section.key)
        shown = " ".join(everything_on_screen())
        assert [name for name in names if name in shown] == [], section.key
        assert leaks(everything_on_screen()) == [], section.key
    qtbot.keyClick(window, Qt.Key.Key_H, HIDE_KEYS)
    assert window.mentee_switcher.isEnabled()
    assert window.mentee_switcher.count() == len(names) + 1


def test_reports_say_why_private_notes_cannot_be_included(qtbot, store: Store, ref, planted) -> None:
    window = open_window(qtbot, store, ref)
    choose_mentee(window, planted["front"])
    reports = window.go_to("reports")
    assert isinstance(reports, ReportsScreen)
    qtbot.keyClick(reports.kind, Qt.Key.Key_H, HIDE_KEYS)
    assert not reports.include_private.isEnabled()
    shown = " ".join(visible_texts(reports))
    assert "while sharing your screen" in shown
    held = store.sessions._where("mentee_id = ? and status = 'held'", [planted["front"]], limit=1)[0]
    dialog = window.preview(DocumentKind.SESSION, held.id, private_option=True)
    qtbot.waitExposed(dialog)
    assert "while sharing your screen" in " ".join(visible_texts(dialog))
    dialog.close()


def contrast(one: QColor, two: QColor) -> float:
    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(colour.redF())
            + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF())
        )

    light, dark = sorted((luminance(one), luminance(two)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_padlock_stands_out_in_both_themes(qtbot, theme: str) -> None:
    """WCAG asks 3:1 for a graphic that carries meaning; the padlock says "private"."""
    from leadapp.ui.sessions.private_panel import PrivatePanel
    from leadapp.ui.theme import apply_theme

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, theme, 100)
    try:
        panel = PrivatePanel("My private notes (mentor)")
        qtbot.addWidget(panel)
        panel.resize(400, 200)
        panel.show()
        qtbot.waitExposed(panel)
        image = panel.grab().toImage()
        corner = {
            image.pixelColor(x, y).name()
            for x in range(panel.width() - 24, panel.width() - 4)
            for y in range(4, 20)
        }
        pixmap = panel.lock.pixmap().toImage()
        body = pixmap.pixelColor(pixmap.width() // 2, int(pixmap.height() * 0.7))
        best = min(contrast(body, QColor(colour)) for colour in corner)
        assert best >= 3.0, f"padlock contrast {best:.2f}:1 in {theme} against {corner}"
    finally:
        apply_theme(app, "light", 100)


def test_a_preview_made_while_sharing_leaves_out_the_ratings(qtbot, store: Store, ref, planted) -> None:
    from tests.ui.test_print_flow import pdf_text

    window = open_window(qtbot, store, ref)
    choose_mentee(window, planted["front"])
    dialog = window.preview(DocumentKind.PORTFOLIO, planted["front"])
    qtbot.waitUntil(lambda: dialog.preview.document is not None)
    assert "wellbeing 2 (of 5)" in pdf_text(dialog.preview.document.pdf)
    qtbot.keyClick(dialog.preview, Qt.Key.Key_H, HIDE_KEYS)
    qtbot.waitUntil(
        lambda: (
            dialog.preview.document is not None
            and "wellbeing — (of 5)" in pdf_text(dialog.preview.document.pdf)
        )
    )
    assert "wellbeing 2" not in pdf_text(dialog.preview.document.pdf)
    dialog.close()


def test_a_mentee_sharing_their_own_screen_still_sees_their_own_sessions(qtbot, store: Store, ref) -> None:
    from leadapp.domain.enums import OwnerRole
    from leadapp.domain.ids import today
    from leadapp.domain.people import Person
    from leadapp.store.session_planning import start_session

    store.settings.set("owner_role", OwnerRole.MENTEE.value)
    me = store.people.add(Person(full_name="Sam Okafor", kind=PersonKind.MENTEE, is_owner=True))
    start_session(store, ref, me.id, today(), today())
    window = open_window(qtbot, store, ref)
    qtbot.keyClick(window, Qt.Key.Key_H, HIDE_KEYS)
    assert window.current_mentee() == me.id
    sessions = window.go_to("sessions")
    assert isinstance(sessions, SessionsScreen)
    assert sessions.model.total() == 1


def test_as_the_app_starts_the_key_works_before_the_first_turn_and_everywhere_after_it(
    qtbot, store: Store, ref, planted, answer_modal
) -> None:
    """The start shows its window before the filter that catches the key everywhere is installed (see
    MainWindow): until the event loop's first turn the window's own action answers the key."""
    window = MainWindow(store, ref, sharing_key_everywhere=False)
    qtbot.addWidget(window)
    activate(qtbot, window)
    qtbot.keyClick(window.current_screen(), Qt.Key.Key_H, HIDE_KEYS)
    assert window.privacy.hidden
    qtbot.keyClick(window.current_screen(), Qt.Key.Key_H, HIDE_KEYS)
    assert not window.privacy.hidden
    attached: list[bool] = []
    QTimer.singleShot(0, window, lambda: attached.append(True))
    QTimer.singleShot(0, window, window.sharing.attach)  # as leadapp.app.run_gui does
    qtbot.waitUntil(lambda: bool(attached))
    QApplication.processEvents()
    assert hidden_from_the_new_session_dialog(qtbot, window, answer_modal) == [True]
