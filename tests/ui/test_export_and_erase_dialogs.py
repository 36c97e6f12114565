"""File ▸ Export… and the erase confirmation, driven by keys and clicks as a person would."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from windows import active_window

from leadapp.store.backups import backup_files
from leadapp.store.erasure import BackupHooks
from leadapp.store.store import Store
from leadapp.ui.export_dialog import EVERYONE, ExportDialog
from leadapp.ui.people.erase_dialog import EraseDialog
from leadapp.ui.privacy import Privacy
from tests.store.planted import plant

MARK = "DLGMARK"


def shown(qtbot, dialog: QDialog) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)


def test_export_dialog_writes_the_chosen_persons_records_in_the_chosen_formats(
    qtbot, store: Store, ref, tmp_path: Path
) -> None:
    planted = plant(store, MARK)
    store.db.table("sessions").update(planted.ids["sessions"][0], {"mentor_private": "PRIVATE-WORDS"})
    dialog = ExportDialog(store, ref, Privacy())
    shown(qtbot, dialog)
    dialog.who.setCurrentIndex(dialog.who.findData(planted.mentee.id))
    qtbot.mouseClick(dialog.csv, Qt.MouseButton.LeftButton)
    dialog.folder.clear()
    qtbot.keyClicks(dialog.folder, str(tmp_path))
    assert not dialog.include_private.isChecked()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=20000)
    folder = dialog.result_.folder if dialog.result_ else tmp_path
    assert (folder / "leadapp-export.json").exists()
    assert not (folder / "csv").exists()
    assert [p.name for p in (folder / "markdown").iterdir()] == [f"Mena {MARK}.md"]
    everything = b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())
    assert b"PRIVATE-WORDS" not in everything
    assert b"KEEPME aspirations" not in everything


def test_while_sharing_private_notes_cannot_be_ticked_and_only_shown_people_are_offered(
    qtbot, store: Store, ref
) -> None:
    planted = plant(store, MARK)
    privacy = Privacy()
    privacy.set_front(planted.mentee.id)
    privacy.set_hidden(True)
    dialog = ExportDialog(store, ref, privacy)
    shown(qtbot, dialog)
    assert not dialog.include_private.isEnabled()
    offered = {dialog.who.itemData(i) for i in range(dialog.who.count())}
    assert EVERYONE not in offered and planted.other.id not in offered and planted.mentee.id in offered


def test_a_missing_folder_is_said_plainly_and_nothing_is_written(
    qtbot, store: Store, ref, tmp_path: Path
) -> None:
    plant(store, MARK)
    dialog = ExportDialog(store, ref, None)
    shown(qtbot, dialog)
    dialog.folder.setText(str(tmp_path / "nowhere"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "There is no folder" in dialog.message.text()
    assert not (tmp_path / "nowhere").exists()


def test_erase_dialog_needs_the_full_name_names_what_goes_and_offers_to_delete_backups(
    qtbot, store: Store, tmp_path: Path
) -> None:
    planted = plant(store, MARK)
    backup = tmp_path / "old-backup.sqlite3"
    backup.write_bytes(b"backup holding " + MARK.encode())
    made: list[Path] = []

    def make() -> Path:
        made.append(backup)
        return backup

    hooks = BackupHooks(make=make, existing=lambda: [backup], gone_by=lambda _p: date(2099, 1, 27))
    dialog = EraseDialog(store, planted.mentee.id, hooks=hooks)
    shown(qtbot, dialog)
    texts = " ".join(label.text() for label in dialog.findChildren(type(dialog.message)))
    assert "2 sessions" in texts and "bin" in texts and "27/01/2099" in texts
    qtbot.keyClicks(dialog.typed, "Mena Someone")
    assert not dialog.erase_button.isEnabled()
    dialog.typed.clear()
    qtbot.keyClicks(dialog.typed, f"mena {MARK.lower()}")
    assert dialog.erase_button.isEnabled()
    qtbot.mouseClick(dialog.delete_backups, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert made == [backup] and not backup.exists()
    assert (
        store.db.execute("select count(*) from people where id = ?", [planted.mentee.id]).fetchone()[0] == 0
    )
    assert store.people.find(planted.other.id) is not None


def test_people_screen_erases_a_person_after_their_name_is_typed(
    qtbot, store: Store, ref, answer_modal
) -> None:
    from leadapp.ui.people.people_screen import PeopleScreen

    planted = plant(store, MARK)
    window = active_window(qtbot, store, ref)
    window.go_to("people")
    people = window.current_screen()
    assert isinstance(people, PeopleScreen)
    assert people.select(planted.mentee.id)
    assert people.editor.erase_button.isVisibleTo(people.editor)

    def confirm(dialog: EraseDialog) -> None:
        qtbot.keyClicks(dialog.typed, f"Mena {MARK}")
        qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)

    answer_modal(EraseDialog, confirm)
    qtbot.mouseClick(people.editor.erase_button, Qt.MouseButton.LeftButton)
    assert (
        store.db.execute("select count(*) from people where id = ?", [planted.mentee.id]).fetchone()[0] == 0
    )
    assert people.model.find_row(lambda p: p.id == planted.mentee.id) < 0
    assert people.editor.person is None
    backups = [found for found, _when, reason in backup_files(store.path) if reason == "before-erasure"]
    assert len(backups) == 1
    people.select(planted.owner.id)
    assert not people.editor.erase_button.isVisibleTo(people.editor)


def test_file_menu_opens_export(qtbot, store: Store, ref, answer_modal) -> None:
    plant(store, MARK)
    window = active_window(qtbot, store, ref)
    file_menu = window.menuBar().actions()[0].menu()
    export = next(a for a in file_menu.actions() if a.text() == "&Export…")
    seen: list[str] = []

    def look(dialog: ExportDialog) -> None:
        seen.append(dialog.windowTitle())
        dialog.reject()

    answer_modal(ExportDialog, look)
    export.trigger()
    assert seen == ["Export"]


def test_sharing_started_with_the_dialog_open_unticks_private_notes_and_hides_other_mentees(
    qtbot, store: Store, ref
) -> None:
    planted = plant(store, MARK)
    privacy = Privacy()
    privacy.set_front(planted.mentee.id)
    dialog = ExportDialog(store, ref, privacy)
    shown(qtbot, dialog)
    qtbot.mouseClick(dialog.include_private, Qt.MouseButton.LeftButton)
    assert dialog.include_private.isChecked()
    privacy.set_hidden(True)
    assert not dialog.include_private.isChecked() and not dialog.include_private.isEnabled()
    assert dialog.who.findText("Otto Other") < 0
