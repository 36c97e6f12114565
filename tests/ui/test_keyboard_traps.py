"""Keyboard traps: Tab must always leave a table, whichever screen or dialog it sits in."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication
from windows import activate

from leadapp.domain.enums import PersonKind
from leadapp.store.store import Store
from leadapp.ui.balance.balance_screen import BalanceScreen
from leadapp.ui.leap.leap_screen import LeapScreen
from leadapp.ui.main_window import MainWindow
from leadapp.ui.shortcuts_dialog import ShortcutsDialog


def tab_leaves(qtbot, table: QAbstractItemView, presses: int = 3) -> bool:
    """Put focus on the table's first cell and press Tab as a person would; True once focus is elsewhere."""
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    table.setCurrentIndex(table.model().index(0, 0))
    for _ in range(presses):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if QApplication.focusWidget() is not table:
            return True
    return False


def mentee_with_plan(store: Store) -> str:
    for person in store.people.listing([PersonKind.MENTEE]):
        if store.leap_plans.for_mentee(person.id):
            return person.id
    raise AssertionError("the demo has a leap plan")


def test_tab_leaves_the_leap_reviews_table(qtbot, store: Store, demo_window: MainWindow) -> None:
    mentee = mentee_with_plan(store)
    demo_window.mentee_switcher.setCurrentIndex(demo_window.mentee_switcher.findData(mentee))
    leap = demo_window.go_to("leap")
    assert isinstance(leap, LeapScreen)
    assert leap.editor.reviews.model().rowCount() > 1
    assert tab_leaves(qtbot, leap.editor.reviews)


def test_tab_leaves_the_balance_readiness_table(qtbot, store: Store, demo_window: MainWindow) -> None:
    demo_window.mentee_switcher.reach()
    demo_window.mentee_switcher.setCurrentIndex(1)
    balance = demo_window.go_to("balance")
    assert isinstance(balance, BalanceScreen)
    assert balance.readiness.model().rowCount() > 1
    assert tab_leaves(qtbot, balance.readiness)


def test_tab_leaves_the_keyboard_shortcuts_list(qtbot, demo_window: MainWindow) -> None:
    dialog = ShortcutsDialog(demo_window.shortcut_list(), demo_window)
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    table = dialog.findChild(QAbstractItemView)
    assert table is not None
    assert tab_leaves(qtbot, table)
