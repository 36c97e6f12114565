"""`leadapp backup` and `leadapp restore` on the command line, and a backup killed part-way."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from leadapp.app import main
from leadapp.domain.enums import PersonKind
from leadapp.domain.people import Person
from leadapp.store.backups import backup_folder, integrity_problem, list_backups, make_backup
from leadapp.store.instance_lock import InstanceLock
from leadapp.store.store import Store


def _database_with(path: Path, *names: str) -> Path:
    store = Store.open(path)
    for name in names:
        store.people.add(Person(full_name=name, kind=PersonKind.MENTEE))
    store.close()
    return path


def test_backup_command_writes_a_checked_copy_to_the_backups_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _database_with(tmp_path / "leadapp.sqlite3", "Asha Patel")
    assert main(["backup", "--db", str(db)]) == 0
    out = capsys.readouterr().out.strip()
    [made] = list(backup_folder(db).glob("*.sqlite3"))
    assert out == f"Backed up {db} to {made} (checked)."
    assert integrity_problem(made) == ""


def test_backup_command_with_out_and_refusals(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = _database_with(tmp_path / "leadapp.sqlite3", "Asha Patel")
    out = tmp_path / "copy.sqlite3"
    assert main(["backup", "--db", str(db), "--out", str(out)]) == 0
    assert list_backups(db) == [] and integrity_problem(out) == ""
    capsys.readouterr()
    before = db.read_bytes()
    assert main(["backup", "--db", str(db), "--out", str(db)]) == 3
    assert "is your LeadApp database" in capsys.readouterr().err
    assert main(["backup", "--db", str(tmp_path / "missing.sqlite3")]) == 3
    assert "There is no database" in capsys.readouterr().err
    text = tmp_path / "notes.sqlite3"
    text.write_text("shopping list\n" * 100)
    assert main(["backup", "--db", str(text)]) == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not a LeadApp database" in err
    assert db.read_bytes() == before


def test_restore_command_puts_a_backup_back_and_keeps_the_replaced_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _database_with(tmp_path / "leadapp.sqlite3", "Asha Patel")
    made = make_backup(db, "manual")
    _database_with(db, "Ben Ode")
    assert main(["restore", str(made), "--db", str(db)]) == 0
    line = capsys.readouterr().out.strip()
    assert line.startswith(f"Restored {made} to {db}; the file it replaced was kept as ")
    store = Store.open(db)
    try:
        assert [p.full_name for p in store.people.mentees()] == ["Asha Patel"]
    finally:
        store.close()


def test_restore_is_refused_while_the_app_has_the_database_open(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _database_with(tmp_path / "leadapp.sqlite3", "Asha Patel")
    made = make_backup(db, "manual")
    before = db.read_bytes()
    lock = InstanceLock(db).acquire()
    try:
        assert main(["restore", str(made), "--db", str(db)]) == 3
    finally:
        lock.release()
    err = capsys.readouterr().err
    assert "already open in LeadApp" in err and str(os.getpid()) in err
    assert db.read_bytes() == before


def test_restoring_a_damaged_backup_is_refused_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _database_with(tmp_path / "leadapp.sqlite3", "Asha Patel")
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 4000)
    before = db.read_bytes()
    assert main(["restore", str(bad), "--db", str(db)]) == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot be restored" in err
    assert db.read_bytes() == before


BACKUP_LOOP = """
import sys
from leadapp.store.backups import make_backup
print("ready", flush=True)
while True:
    make_backup(sys.argv[1], "hourly")
"""


def _big_database(path: Path) -> Path:
    _database_with(path, "Asha Patel")
    conn = sqlite3.connect(path)
    conn.execute("create table padding (data blob)")
    conn.executemany("insert into padding values (randomblob(4000))", [()] * 6000)
    conn.commit()
    conn.close()
    return path


def test_a_backup_killed_part_way_leaves_the_previous_backups_valid(tmp_path: Path) -> None:
    """SIGKILL a process in a loop of backups at spread-out moments; every listed backup stays good."""
    db = _big_database(tmp_path / "leadapp.sqlite3")
    first = make_backup(db, "start")
    started = time.perf_counter()
    make_backup(db, "start")
    one_backup_s = time.perf_counter() - started
    killed_mid_write = 0
    for attempt in range(6):
        child = subprocess.Popen(
            [sys.executable, "-c", BACKUP_LOOP, str(db)], stdout=subprocess.PIPE, text=True
        )
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        time.sleep(one_backup_s * (0.5 + attempt * 0.7))
        parts_before = list(backup_folder(db).glob(".*.part"))
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        killed_mid_write += bool(parts_before)
        listed = list_backups(db)
        assert listed and all(info.good for info in listed), [i.path.name for i in listed if not i.good]
        assert all(not p.name.startswith(".") for p in (info.path for info in listed))
    assert killed_mid_write > 0, "no kill landed while a backup was being written"
    assert first in [info.path for info in list_backups(db)] or len(list_backups(db)) >= 10
