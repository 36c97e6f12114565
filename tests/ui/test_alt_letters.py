"""Alt letters: one per field on every screen and dialog, none shared with the menu bar."""

from __future__ import annotations

from datetime import date

import pytest
from keyboard_audit import (
    KeyboardAudit,
    alt_jump_misses,
    ambiguous_shortcuts,
    dialogs_never_opened,
    mnemonic,
    walk_every_screen,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from windows import activate, active_window, choose_mentee, shown_window

from leadapp.domain.enums import OwnerRole, PersonKind
from leadapp.domain.people import Person
from leadapp.store.session_planning import start_session
from leadapp.store.store import Store
from leadapp.ui.first_run import FirstRunDialog
from leadapp.ui.leap.review_dialog import ReviewDialog
from leadapp.ui.main_window import MainWindow

ALT = Qt.KeyboardModifier.AltModifier


def test_mnemonic_reads_qt_ampersands() -> None:
    assert mnemonic("Stat&us") == "u"
    assert mnemonic("Notes && reflection") is None
    assert mnemonic("A && B &Cee") == "c"
    assert mnemonic("Trailing &") is None


def test_the_audit_finds_a_key_two_shortcuts_answer(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    editor = QLineEdit(window)
    QShortcut(QKeySequence("Esc"), window)
    inner = QShortcut(QKeySequence("Esc"), editor)
    inner.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    QShortcut(QKeySequence("Alt+Left"), editor).setContext(Qt.ShortcutContext.WidgetShortcut)
    window.show()
    assert ambiguous_shortcuts(window) == ["Esc: shortcut on QLineEdit and shortcut on QWidget"]


@pytest.mark.usefixtures("demo_store")
@pytest.mark.parametrize("role", [OwnerRole.MENTOR, OwnerRole.MENTEE])
def test_no_screen_or_dialog_shares_an_alt_letter(qtbot, store: Store, ref, monkeypatch, role) -> None:
    if role is OwnerRole.MENTEE:
        store.settings.set("owner_role", role.value)
    audit = KeyboardAudit(monkeypatch)
    window = shown_window(qtbot, store, ref)
    walk_every_screen(window, audit)
    assert len(audit.looked_at) > len(window.sections)
    assert "\n".join(audit.problems) == ""
    if role is OwnerRole.MENTOR:
        assert dialogs_never_opened(audit) == []


def test_alt_n_in_first_run_reaches_the_name_and_keeps_the_role(qtbot, ref) -> None:
    dialog = FirstRunDialog(ref)
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    dialog.mentee.click()
    for _ in range(2):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, ALT)
        assert QApplication.focusWidget() is dialog.full_name
    qtbot.keyClicks(dialog.full_name, "Sam Okafor")
    assert dialog.role() is OwnerRole.MENTEE
    assert alt_jump_misses(qtbot, dialog) == []


@pytest.fixture
def session_window(qtbot, store: Store, ref) -> tuple[MainWindow, str]:
    store.settings.set("owner_role", "mentor")
    store.people.add(Person(full_name="Morgan Hale", kind=PersonKind.MENTOR, is_owner=True))
    tom = store.people.add(Person(full_name="Tom Reilly", profession="paramedic"))
    session = start_session(store, ref, tom.id, date(2026, 3, 2), date(2026, 3, 2), duration_min=60)
    window = active_window(qtbot, store, ref)
    return window, session.id


def test_alt_u_then_alt_down_in_the_session_editor_leaves_the_duration_alone(
    qtbot, store: Store, session_window
) -> None:
    window, session_id = session_window
    sessions = window.go_to("sessions")
    sessions.open_session(session_id)
    editor = sessions.editor
    qtbot.waitUntil(editor.notes.hasFocus)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, ALT)
    assert QApplication.focusWidget() is editor.status
    qtbot.keyClick(editor.status, Qt.Key.Key_U, ALT)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_U, ALT)
    assert QApplication.focusWidget() is editor.duration
    editor.flush()
    assert store.sessions.get(session_id).duration_min == 60
    assert alt_jump_misses(qtbot, window) == []


@pytest.mark.usefixtures("demo_store")
def test_every_alt_letter_of_the_leap_plan_and_review_reaches_its_field(
    qtbot, store: Store, ref, monkeypatch
) -> None:
    window = active_window(qtbot, store, ref)
    mentee = next(
        p.id for p in store.people.listing([PersonKind.MENTEE]) if store.leap_plans.for_mentee(p.id)
    )
    choose_mentee(window, mentee)
    leap = window.go_to("leap")
    assert leap.plan is not None
    assert alt_jump_misses(qtbot, window) == []
    dialog = ReviewDialog(leap.plan.id, [], parent=window)
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    assert alt_jump_misses(qtbot, dialog) == []
