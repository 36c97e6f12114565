"""Every damaged or foreign file, on every command: one plain line, exit 3, the file unchanged.

Real conditions, not patched exceptions: a page overwritten on disk, a text file, a database from a newer
version, and a backup written to a filesystem that fills up.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from leadapp.domain.enums import PersonKind
from leadapp.domain.people import Person
from leadapp.store.backups import backup_folder, list_backups, make_backup
from leadapp.store.errors import DiskFullError
from leadapp.store.store import Store


def _leadapp_database(path: Path) -> Path:
    store = Store.open(path)
    store.people.add(Person(full_name="Morgan Hale", kind=PersonKind.MENTOR, is_owner=True))
    store.people.add(Person(full_name="Asha Patel", kind=PersonKind.MENTEE))
    store.close()
    return path


def overwrite_pages(path: Path) -> bytes:
    """Overwrite the start of every page after the first with noise, as a failing disk might; return the
    damaged bytes (the WAL is checkpointed first, so the damage is in the file itself)."""
    conn = sqlite3.connect(path)
    conn.execute("pragma wal_checkpoint(TRUNCATE)")
    page_size = conn.execute("pragma page_size").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    for page in range(1, len(data) // page_size):
        data[page * page_size : page * page_size + 64] = b"\xa5" * 64
    path.write_bytes(bytes(data))
    return bytes(data)


def corrupt_page(path: Path) -> None:
    overwrite_pages(_leadapp_database(path))


def not_a_database(path: Path) -> None:
    path.write_text("Mentoring notes, typed in a text editor.\n" * 200, encoding="utf-8")


def newer_schema(path: Path) -> None:
    _leadapp_database(path)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(
            "insert into _sqlite_migrations (migration_set, name, applied_at) values (?, ?, ?)",
            ["leadapp", "m999_from_the_future", "2030-01-01 00:00:00+00:00"],
        )
    conn.close()


CONDITIONS: dict[str, tuple[Callable[[Path], None], str]] = {
    "corrupt page": (corrupt_page, "failed its integrity check"),
    "not a database": (not_a_database, "is not a LeadApp database"),
    "newer schema": (newer_schema, "newer version of LeadApp"),
}
COMMANDS = {
    "app start": ["--smoke", "--db", "{db}"],
    "report": ["report", "caseload", "--db", "{db}", "--out", "{out}"],
    "backup": ["backup", "--db", "{db}"],
}


@pytest.mark.parametrize("command", sorted(COMMANDS))
@pytest.mark.parametrize("condition", sorted(CONDITIONS))
def test_each_bad_file_is_one_plain_line_and_left_unchanged(
    tmp_path: Path, condition: str, command: str
) -> None:
    make, words = CONDITIONS[condition]
    db = tmp_path / "leadapp.sqlite3"
    make(db)
    for side in (Path(f"{db}-wal"), Path(f"{db}-shm")):
        side.unlink(missing_ok=True)
    before = db.read_bytes()
    args = [a.format(db=db, out=tmp_path / "caseload.pdf") for a in COMMANDS[command]]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "leadapp", *args], capture_output=True, text=True, env=env, timeout=120
    )
    err = done.stderr.strip()
    if command == "backup" and condition == "newer schema":
        # A backup copies what is there: a newer version's database is copied whole and unchanged.
        assert done.returncode == 0 and list_backups(db)[0].good
        assert db.read_bytes() == before
        return
    assert done.returncode == 3, (done.stdout, err)
    assert "\n" not in err and "Traceback" not in err and words in err, err
    assert db.read_bytes() == before
    assert not (tmp_path / "caseload.pdf").exists()
    assert not list(backup_folder(db).glob("*.sqlite3")) if backup_folder(db).exists() else True


def test_a_backup_on_a_full_disk_says_so_and_leaves_the_earlier_backups(tiny_disk) -> None:
    db = _leadapp_database(tiny_disk.path / "leadapp.sqlite3")
    first = make_backup(db, "start")
    tiny_disk.fill(leave=8192)
    with pytest.raises(DiskFullError, match="is full"):
        make_backup(db, "hourly")
    assert [info.path for info in list_backups(db)] == [first]
    assert all(info.good for info in list_backups(db))
    assert [p.name for p in backup_folder(db).iterdir()] == [first.name]
    tiny_disk.free()
    assert make_backup(db, "hourly").exists()
