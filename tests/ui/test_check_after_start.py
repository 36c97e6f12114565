"""Damage found by the integrity check that finishes after the window is shown: said as plainly as at start,
the same guided restore offered, and nothing written to the file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from leadapp.app import keep_caseload_current
from leadapp.domain.enums import PersonKind
from leadapp.domain.ids import today
from leadapp.domain.people import Person
from leadapp.store.backups import backup_folder, make_backup
from leadapp.store.caseload import KeptCaseload, caseload_rows
from leadapp.store.store import Store
from leadapp.ui.backups import safe_start
from leadapp.ui.backups.backups_dialog import BackupsDialog
from leadapp.ui.home.home_screen import HomeScreen
from leadapp.ui.main_window import MainWindow
from tests.store.test_check_later import damage_index, leadapp_database


def _window_on(qtbot, path: Path, ref) -> tuple[MainWindow, Store]:
    store = Store.open(path, check_later=True)
    window = MainWindow(store, ref)
    qtbot.addWidget(window)
    window.show()
    return window, store


def test_declining_the_restore_says_so_closes_the_window_and_leaves_the_file(
    qtbot, tmp_path: Path, ref, answer_modal
) -> None:
    path = leadapp_database(tmp_path / "leadapp.sqlite3")
    damaged = damage_index(path)
    window, store = _window_on(qtbot, path, ref)
    seen: dict[str, object] = {}

    def told(box: QMessageBox) -> None:
        seen["told"] = box.text()
        box.accept()

    def decline(dialog: BackupsDialog) -> None:
        seen["title"] = dialog.windowTitle()
        answer_modal(QMessageBox, told)
        dialog.close_button.click()

    answer_modal(BackupsDialog, decline)
    watch = safe_start.IntegrityWatch(window, store)
    with qtbot.waitSignal(watch.failed, timeout=30_000) as failed:
        pass
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    store.close()
    assert failed.args and failed.args[0]
    assert seen["title"] == "Restore from a backup"
    assert "failed its integrity check" in str(seen["told"]) and "left as it is" in str(seen["told"])
    assert window.restore_request is None
    assert path.read_bytes() == damaged


def test_choosing_a_backup_restores_it_once_the_window_has_closed(
    qtbot, tmp_path: Path, ref, answer_modal
) -> None:
    path = leadapp_database(tmp_path / "leadapp.sqlite3")
    made = make_backup(path, "start")
    damage_index(path)
    window, store = _window_on(qtbot, path, ref)

    def choose(dialog: BackupsDialog) -> None:
        qtbot.waitUntil(lambda: dialog.model.rowCount() == 1 and dialog.restore_button.isEnabled())
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    answer_modal(BackupsDialog, choose)
    safe_start.IntegrityWatch(window, store)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=30_000)
    store.close()
    assert window.restore_request == made


def test_a_sound_file_lets_the_start_up_backup_go_ahead(qtbot, tmp_path: Path, ref) -> None:
    path = leadapp_database(tmp_path / "leadapp.sqlite3")
    window, store = _window_on(qtbot, path, ref)
    watch = safe_start.IntegrityWatch(window, store)
    with qtbot.waitSignal(watch.passed, timeout=30_000):
        pass
    assert window.isVisible()
    store.close()


def test_the_smoke_start_on_damage_found_late_is_one_line_exit_3_and_no_write(tmp_path: Path) -> None:
    path = leadapp_database(tmp_path / "leadapp.sqlite3")
    damaged = damage_index(path)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "leadapp", "--smoke", "--db", str(path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    err = done.stderr.strip().splitlines()
    refusal = [line for line in err if "failed its integrity check" in line]
    assert done.returncode == 3, (done.stdout, done.stderr)
    assert len(refusal) == 1 and "Traceback" not in done.stderr, done.stderr
    assert path.read_bytes() == damaged
    assert not backup_folder(path).exists() or not list(backup_folder(path).glob("*.sqlite3"))


def test_home_on_a_new_day_reads_the_caseload_whole_and_the_kept_one_catches_up_once_checked(
    qtbot, tmp_path: Path, ref
) -> None:
    """The first start of a day cannot move the kept caseload on (a write) while the file is checked: Home
    reads it whole meanwhile, and the kept one moves on to the day as soon as the check has passed."""
    path = leadapp_database(tmp_path / "leadapp.sqlite3")
    store = Store.open(path)
    store.people.add(Person(full_name="Asha Patel", kind=PersonKind.MENTEE))
    store.db.execute("update caseload_day set day = '2001-01-01'")
    store.db.conn.commit()
    store.close()
    window, store = _window_on(qtbot, path, ref)
    home = window.current_screen()
    assert isinstance(home, HomeScreen)
    assert str(home.caseload.data(home.caseload.index(0, 0))) == "Asha Patel"
    assert store.db.execute("select day from caseload_day").fetchone()[0] == "2001-01-01"
    watch = safe_start.IntegrityWatch(window, store)
    keep_caseload_current(watch, store)
    with qtbot.waitSignal(watch.passed, timeout=30_000):
        pass
    assert store.db.execute("select day from caseload_day").fetchone()[0] == today().isoformat()
    assert isinstance(caseload_rows(store, today()), KeptCaseload)
    store.close()
