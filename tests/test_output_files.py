"""Files the app writes (PDFs, backups) never land on the database and never stay behind half-written."""

from __future__ import annotations

import io
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from leadapp.demo import write_demo
from leadapp.store.store import Store


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("outputs") / "demo.sqlite3"
    store = Store.open(path)
    write_demo(store)
    store.close()
    return path


def report(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_DATA_HOME=str(home))
    return subprocess.run(
        [sys.executable, "-m", "leadapp", "report", "caseload", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


def one_plain_line(result: subprocess.CompletedProcess[str]) -> bool:
    return len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


def mentees(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("select count(*) from people where kind = 'mentee'").fetchone()[0])
    finally:
        conn.close()


def test_report_out_onto_the_database_is_refused_and_the_database_survives(tmp_path: Path, demo_db) -> None:
    db = tmp_path / "db.sqlite3"
    db.write_bytes(demo_db.read_bytes())
    before = db.read_bytes()
    result = report("--db", str(db), "--out", str(db), home=tmp_path)
    assert result.returncode != 0 and one_plain_line(result)
    assert "database" in result.stderr
    assert db.read_bytes() == before and mentees(db) == 4


def test_report_out_onto_the_database_by_another_name_is_refused(tmp_path: Path, demo_db) -> None:
    db = tmp_path / "db.sqlite3"
    db.write_bytes(demo_db.read_bytes())
    alias = tmp_path / "alias.pdf"
    alias.symlink_to(db)
    result = report("--db", str(db), "--out", str(alias), home=tmp_path)
    assert result.returncode != 0 and one_plain_line(result)
    assert mentees(db) == 4


@pytest.mark.parametrize("suffix", ["-wal", "-shm", "-journal"])
def test_report_out_onto_the_databases_side_files_is_refused(suffix: str, tmp_path: Path, demo_db) -> None:
    db = tmp_path / "db.sqlite3"
    db.write_bytes(demo_db.read_bytes())
    side = Path(f"{db}{suffix}")
    result = report("--db", str(db), "--out", str(side), home=tmp_path)
    assert result.returncode != 0 and one_plain_line(result)
    assert not side.exists() or not side.read_bytes().startswith(b"%PDF")


def test_report_out_onto_an_existing_file_that_is_not_a_pdf_is_refused(tmp_path: Path, demo_db) -> None:
    letter = tmp_path / "letter.docx"
    letter.write_bytes(b"PK\x03\x04 a letter the mentee wrote")
    result = report("--db", str(demo_db), "--out", str(letter), home=tmp_path)
    assert result.returncode != 0 and one_plain_line(result)
    assert "not a PDF" in result.stderr
    assert letter.read_bytes() == b"PK\x03\x04 a letter the mentee wrote"


def test_report_out_over_an_older_pdf_replaces_it(tmp_path: Path, demo_db) -> None:
    out = tmp_path / "caseload.pdf"
    out.write_bytes(b"%PDF-1.4 an older copy")
    result = report("--db", str(demo_db), "--out", str(out), home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert len(PdfReader(io.BytesIO(out.read_bytes())).pages) >= 1
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_a_full_disk_leaves_no_partial_pdf_behind(tmp_path: Path, demo_db, tiny_disk) -> None:
    out = tiny_disk.path / "caseload.pdf"
    tiny_disk.fill(leave=2048)
    result = report("--db", str(demo_db), "--out", str(out), home=tmp_path)
    assert result.returncode != 0 and one_plain_line(result)
    assert "full" in result.stderr
    assert sorted(p.name for p in tiny_disk.path.iterdir()) == ["filler.bin"]
    tiny_disk.free()
    assert report("--db", str(demo_db), "--out", str(out), home=tmp_path).returncode == 0
    assert len(PdfReader(str(out)).pages) >= 1


def test_a_full_disk_during_the_pre_upgrade_backup_leaves_no_partial_backup(tiny_disk) -> None:
    fixture = Path(__file__).parent / "fixtures" / "schema-m001.sqlite3"
    db = tiny_disk.path / "old.sqlite3"
    db.write_bytes(fixture.read_bytes())
    tiny_disk.fill(leave=fixture.stat().st_size // 3)
    from leadapp.store.errors import StoreError

    with pytest.raises(StoreError, match="full"):
        Store.open(db)
    assert sorted(p.name for p in tiny_disk.path.iterdir()) == ["filler.bin", "old.sqlite3"]
    assert db.read_bytes() == fixture.read_bytes()
