"""Every search box's clear button has a name a screen reader can say."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLineEdit, QToolButton

from leadapp.domain.enums import OwnerRole
from leadapp.store.store import Store
from leadapp.ui.main_window import MainWindow
from leadapp.ui.privacy import Privacy
from leadapp.ui.search_all.search_dialog import SearchDialog


def spoken_clear_button(qtbot, field: QLineEdit) -> str:
    field.setText("chair")
    buttons = [button for button in field.findChildren(QToolButton) if button.isVisibleTo(field)]
    assert len(buttons) == 1
    return QAccessible.queryAccessibleInterface(buttons[0]).text(QAccessible.Text.Name)


def test_search_everything_names_its_clear_button(qtbot, store: Store) -> None:
    dialog = SearchDialog(store, Privacy(), OwnerRole.MENTOR)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    assert spoken_clear_button(qtbot, dialog.search) == "Clear the search"


def test_the_list_screens_name_their_clear_buttons(qtbot, demo_window: MainWindow) -> None:
    for key in ("sessions", "activities", "people"):
        screen = demo_window.go_to(key)
        assert spoken_clear_button(qtbot, screen.search) == "Clear the search", key  # type: ignore[attr-defined]
