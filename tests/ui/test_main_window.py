"""The main window: navigation, status bar, settings, help, and what a screen reader can name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from leadapp.domain.enums import OwnerRole
from leadapp.store.store import Store
from leadapp.ui.about_dialog import AboutDialog
from leadapp.ui.first_run import FirstRunDialog
from leadapp.ui.home.home_screen import HomeScreen
from leadapp.ui.main_window import MainWindow
from leadapp.ui.people.people_screen import PeopleScreen
from leadapp.ui.people.relationship_dialog import RelationshipDialog
from leadapp.ui.settings_dialog import SettingsDialog
from leadapp.ui.shortcuts_dialog import ShortcutsDialog

INTERACTIVE = (QAbstractButton, QLineEdit, QPlainTextEdit, QComboBox, QAbstractItemView)


def unnamed_controls(root: QWidget) -> list[str]:
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(root):
            continue
        if isinstance(widget.parent(), QComboBox | QAbstractItemView | QAbstractSpinBox):
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        if interface is None or not interface.text(QAccessible.Text.Name).strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} in {type(root).__name__}")
    return missing


def test_every_section_is_reachable_by_shortcut_and_named(qtbot, demo_window: MainWindow) -> None:
    demo_window.activateWindow()
    qtbot.waitUntil(demo_window.isActiveWindow)
    for position, section in enumerate(demo_window.sections):
        demo_window.navigation.setCurrentRow(0)
        for action in next(m.menu() for m in demo_window.menuBar().actions() if m.text() == "&Go").actions():
            if action.shortcut().toString() == section.shortcut:
                action.trigger()
        assert demo_window.stack.currentIndex() == position, section.title
        assert unnamed_controls(demo_window.current_screen()) == [], section.title
    assert unnamed_controls(demo_window) == []


def test_ctrl_number_keys_switch_sections(qtbot, demo_window: MainWindow) -> None:
    demo_window.activateWindow()
    qtbot.waitUntil(demo_window.isActiveWindow)
    qtbot.keyClick(demo_window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(demo_window.current_screen(), PeopleScreen)
    qtbot.keyClick(demo_window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(demo_window.current_screen(), HomeScreen)


def test_dialogs_name_every_control(qtbot, store: Store, ref, demo_window) -> None:
    people = store.people.listing()
    relationship = store.relationships._where()[0]
    for dialog in (
        FirstRunDialog(ref),
        SettingsDialog(store),
        AboutDialog(ref, store.path),
        ShortcutsDialog(demo_window.shortcut_list()),
        RelationshipDialog(people, relationship),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        assert unnamed_controls(dialog) == [], type(dialog).__name__
        dialog.close()


def test_status_bar_names_the_database(demo_window: MainWindow, store: Store) -> None:
    assert str(store.path) in demo_window.location.text()


def test_home_lists_the_caseload_and_opens_a_mentee(qtbot, demo_window: MainWindow) -> None:
    home = demo_window.section_screen("home")
    assert isinstance(home, HomeScreen)
    assert home.caseload.total() == 4
    assert "Hello, Morgan" in home.greeting.text()
    first = home.caseload.row_object(0)
    home.table.setCurrentIndex(home.caseload.index(0, 0))
    home.table.activated.emit(home.caseload.index(0, 0))
    people = demo_window.current_screen()
    assert isinstance(people, PeopleScreen)
    assert people.pages.currentWidget() is people.mentee_page
    assert people.mentee_page.person_id == first.mentee_id


def test_settings_apply_and_persist(qtbot, store: Store, demo_window) -> None:
    dialog = SettingsDialog(store)
    qtbot.addWidget(dialog)
    before = QApplication.font().pointSizeF()
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.text_size.setCurrentIndex(dialog.text_size.findData(150))
    assert store.settings.get("theme") == "dark"
    assert store.settings.get("text_size") == "150"
    assert QApplication.palette().window().color().lightness() < 80
    assert QApplication.font().pointSizeF() > before
    dialog.theme.setCurrentIndex(dialog.theme.findData("light"))
    dialog.text_size.setCurrentIndex(dialog.text_size.findData(100))
    assert QApplication.palette().window().color().lightness() > 200


def test_shortcuts_window_lists_every_section(demo_window: MainWindow) -> None:
    listed = dict(demo_window.shortcut_list())
    for section in demo_window.sections:
        assert section.shortcut in listed


def test_a_mentee_owner_sees_my_mentoring(qtbot, store: Store, ref) -> None:
    store.settings.set("owner_role", OwnerRole.MENTEE.value)
    window = MainWindow(store, ref)
    qtbot.addWidget(window)
    assert window.navigation.item(0).text() == "My mentoring"


def test_the_name_check_catches_an_unnamed_field(qtbot) -> None:
    """Guards the check above: a field with no label or name must be reported."""
    holder = QWidget()
    qtbot.addWidget(holder)
    QLineEdit(holder)
    holder.show()
    assert len(unnamed_controls(holder)) == 1


def test_filled_screens_name_every_control(qtbot, demo_window: MainWindow, store: Store) -> None:
    """With a mentee chosen, the plan's rows, an open session and an open activity are all named."""
    from leadapp.ui.activities.activities_screen import ActivitiesScreen
    from leadapp.ui.sessions.sessions_screen import SessionsScreen

    tom = demo_window.mentee_switcher.findText("Tom Reilly", Qt.MatchFlag.MatchStartsWith)
    demo_window.mentee_switcher.setCurrentIndex(tom)
    for key in ("leap", "balance", "reports"):
        assert unnamed_controls(demo_window.go_to(key)) == [], key
    sessions = demo_window.go_to("sessions")
    assert isinstance(sessions, SessionsScreen)
    sessions.open_session(sessions.model.row_object(0).session.id)
    sessions.editor.actions_panel.add_action()
    assert unnamed_controls(sessions) == []
    activities = demo_window.go_to("activities")
    assert isinstance(activities, ActivitiesScreen)
    activities.open_activity(activities.model.row_object(0).activity.id)
    for section in (activities.editor.value_section, activities.editor.evidence_section):
        section.set_open(True)
    assert unnamed_controls(activities) == []
