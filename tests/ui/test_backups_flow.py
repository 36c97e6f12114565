"""File ▸ Backups…, the guided restore at start, and a second LeadApp refused by name."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from leadapp.domain.enums import PersonKind
from leadapp.domain.people import Person
from leadapp.store.backups import list_backups, make_backup
from leadapp.store.errors import StoreError
from leadapp.store.instance_lock import lock_path
from leadapp.store.store import Store
from leadapp.ui.backups import safe_start
from leadapp.ui.backups.backups_dialog import BackupsDialog
from leadapp.ui.main_window import MainWindow
from tests.test_failing_files import overwrite_pages
from tests.ui.test_main_window import unnamed_controls


def _file_action(window: MainWindow, text: str):
    file_menu = window.menuBar().actions()[0].menu()
    return next(a for a in file_menu.actions() if a.text().replace("&", "") == text)


@pytest.fixture
def window(demo_window: MainWindow) -> MainWindow:
    return demo_window


def test_backups_dialog_lists_counts_backs_up_now_and_names_every_control(
    qtbot, window: MainWindow, answer_modal
) -> None:
    make_backup(window.store, "start")
    mentees = len(window.store.people.mentees(include_archived=True))
    seen: dict[str, object] = {}

    def act(dialog: BackupsDialog) -> None:
        qtbot.waitUntil(lambda: dialog.model.rowCount() == 1 and dialog.back_up_button.isEnabled())
        qtbot.mouseClick(dialog.back_up_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.model.rowCount() == 2 and dialog.back_up_button.isEnabled())
        index = dialog.model.index
        seen["why"] = [dialog.model.data(index(row, 1)) for row in range(2)]
        seen["mentees"] = dialog.model.data(index(0, 2))
        seen["check"] = dialog.model.data(index(0, 5))
        seen["message"] = dialog.message.text()
        seen["unnamed"] = unnamed_controls(dialog)
        dialog.reject()

    answer_modal(BackupsDialog, act)
    _file_action(window, "Backups…").trigger()
    assert seen["why"] == ["Backed up by you", "At start"]
    assert seen["mentees"] == str(mentees) and seen["check"] == "Good"
    assert seen["message"].startswith("Backed up and checked.")
    assert seen["unnamed"] == []
    assert window.restore_request is None and window.isVisible()


def test_restore_from_the_menu_asks_then_closes_the_window_for_the_restore(
    qtbot, window: MainWindow, answer_modal
) -> None:
    made = make_backup(window.store, "manual")

    def confirm(box: QMessageBox) -> None:
        box.button(QMessageBox.StandardButton.Yes).click()

    def act(dialog: BackupsDialog) -> None:
        qtbot.waitUntil(lambda: dialog.restore_button.isEnabled())
        answer_modal(QMessageBox, confirm)
        qtbot.keyClick(dialog, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)

    answer_modal(BackupsDialog, act)
    _file_action(window, "Backups…").trigger()
    assert window.restore_request == made
    qtbot.waitUntil(lambda: not window.isVisible())


def test_a_database_failing_its_check_at_start_offers_the_newest_good_backup(
    qtbot, tmp_path: Path, answer_modal
) -> None:
    db = tmp_path / "leadapp.sqlite3"
    store = Store.open(db)
    store.people.add(Person(full_name="Asha Patel", kind=PersonKind.MENTEE))
    make_backup(store, "start")
    store.people.add(Person(full_name="Ben Ode", kind=PersonKind.MENTEE))
    newest = make_backup(store, "hourly")
    store.close()
    damaged = overwrite_pages(db)
    seen: dict[str, object] = {}

    def done(box: QMessageBox) -> None:
        seen["done"] = box.text()
        box.accept()

    def act(dialog: BackupsDialog) -> None:
        qtbot.waitUntil(lambda: dialog.model.rowCount() == 2 and dialog.restore_button.isEnabled())
        seen["title"] = dialog.windowTitle()
        seen["selected"] = dialog.selected().path
        seen["unnamed"] = unnamed_controls(dialog)
        answer_modal(QMessageBox, done)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    answer_modal(BackupsDialog, act)
    reopened = safe_start.open_for_app(db)
    try:
        assert sorted(p.full_name for p in reopened.people.mentees()) == ["Asha Patel", "Ben Ode"]
    finally:
        reopened.close()
        safe_start.release_locks()
    assert seen["title"] == "Restore from a backup" and seen["selected"] == newest
    assert seen["unnamed"] == []
    [aside] = list(tmp_path.glob("leadapp.damaged-*.sqlite3"))
    assert aside.read_bytes() == damaged
    assert str(aside) in str(seen["done"])
    assert not lock_path(db).exists()


def test_quitting_the_guided_restore_leaves_the_damaged_file_as_it_is(
    qtbot, tmp_path: Path, answer_modal
) -> None:
    db = tmp_path / "leadapp.sqlite3"
    Store.open(db).close()
    damaged = overwrite_pages(db)
    answer_modal(BackupsDialog, lambda dialog: dialog.close_button.click())
    with pytest.raises(StoreError, match="no backup was restored"):
        safe_start.open_for_app(db)
    assert db.read_bytes() == damaged
    assert not lock_path(db).exists()


def _smoke(db: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "leadapp", "--smoke", "--db", str(db)]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=120, check=False)


def test_a_second_leadapp_on_the_same_database_is_refused_by_name(tmp_path: Path) -> None:
    db = tmp_path / "leadapp.sqlite3"
    Store.open(db).close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from leadapp.store.instance_lock import InstanceLock\n"
            "InstanceLock(sys.argv[1]).acquire()\n"
            "print('ready', flush=True)\n"
            "time.sleep(60)\n",
            str(db),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        before = db.read_bytes()
        second = _smoke(db)
    finally:
        holder.kill()
        holder.wait()
    assert second.returncode == 3
    line = second.stderr.strip()
    assert "\n" not in line and "already open in LeadApp on" in line
    assert socket.gethostname() in line and f"process {holder.pid}" in line
    assert db.read_bytes() == before
    restarted = _smoke(db)
    assert restarted.returncode == 0, restarted.stderr
    assert list_backups(db), "the start backs up a database that changed since its last backup"


def test_the_schedule_backs_up_at_start_and_again_only_after_edits(qtbot, window: MainWindow) -> None:
    db = window.store.path
    schedule = safe_start.BackupSchedule(window, db, interval_ms=100)
    qtbot.waitUntil(lambda: schedule.last_made is not None and not schedule.running, timeout=10000)
    assert "-start." in schedule.last_made.name
    first = schedule.last_made
    qtbot.wait(400)
    assert len(list_backups(db)) == 1, "no edits, so no hourly backup"
    qtbot.wait(50)
    window.store.people.add(Person(full_name="Ben Ode", kind=PersonKind.MENTEE))
    later = first.stat().st_mtime + 2
    os.utime(f"{db}-wal", (later, later))
    qtbot.waitUntil(lambda: schedule.last_made != first and not schedule.running, timeout=10000)
    assert "-hourly." in schedule.last_made.name
    schedule.timer.stop()


def test_a_database_in_a_synced_folder_gets_a_warning_at_start(tmp_path: Path, monkeypatch, capsys) -> None:
    db = tmp_path / "OneDrive - NHS Trust" / "leadapp.sqlite3"
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warnings.append(text))
    store = safe_start.open_for_app(db)
    store.close()
    safe_start.release_locks()
    assert warnings and "OneDrive folder" in warnings[0]
    assert "OneDrive folder" in capsys.readouterr().err
