"""The first day with LeadApp, by keyboard: first run, a mentee added in People, and a restart."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from windows import active_window

from leadapp.domain.enums import PersonKind
from leadapp.store.store import Store
from leadapp.ui.first_run import FirstRunChoice, FirstRunDialog, complete_first_run
from leadapp.ui.main_window import MainWindow
from leadapp.ui.people.people_screen import AddPersonDialog, PeopleScreen


def type_into_focus(qtbot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def test_first_run_then_add_mentee_survives_restart(qtbot, db_path: Path, ref, answer_modal) -> None:
    store = Store.open(db_path)
    dialog = FirstRunDialog(ref)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.full_name)
    type_into_focus(qtbot, "Morgan Hale")
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.profession
    type_into_focus(qtbot, "Occupational")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.organisation
    type_into_focus(qtbot, "Northfield NHS Trust")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    assert dialog.choice is FirstRunChoice.START
    owner = complete_first_run(store, dialog)
    assert owner.profession == "occupational_therapist"

    window = active_window(qtbot, store, ref)
    press(qtbot, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    people = window.section_screen("people")
    assert isinstance(people, PeopleScreen)
    assert window.current_screen() is people

    def fill(add: AddPersonDialog) -> None:
        qtbot.keyClicks(add.full_name, "Asha Patel")
        qtbot.keyClick(add.full_name, Qt.Key.Key_Return)

    answer_modal(AddPersonDialog, fill)
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(
        lambda: people.editor.person is not None and people.editor.person.full_name == "Asha Patel"
    )
    qtbot.waitUntil(lambda: window.focusWidget() is people.editor.full_name)
    qtbot.keyClicks(people.editor.organisation, "Northfield NHS Trust")
    qtbot.keyClicks(people.editor.aspirations, "Lead an MSK service")
    window.close()
    store.close()

    reopened = Store.open(db_path)
    again = MainWindow(reopened, ref)
    qtbot.addWidget(again)
    listed = again.go_to("people")
    assert isinstance(listed, PeopleScreen)
    names = [listed.model.row_object(row).full_name for row in range(listed.model.rowCount())]
    assert names == ["Morgan Hale", "Asha Patel"]
    row = listed.model.find_row(lambda p: p.full_name == "Asha Patel")
    shown = [listed.model.index(row, column).data() for column in range(listed.model.columnCount())]
    assert shown == ["Asha Patel", "Mentee", "", "Northfield NHS Trust"]
    asha = reopened.people.listing([PersonKind.MENTEE])[0]
    assert asha.aspirations == "Lead an MSK service"
    assert reopened.people.owner().full_name == "Morgan Hale"
    again.close()
    reopened.close()
