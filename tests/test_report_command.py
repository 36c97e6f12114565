"""`leadapp report` writes the same PDFs as the app, and refuses bad input in one line."""

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
from leadapp.domain.enums import PersonKind
from leadapp.store.store import Store


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("report") / "demo.sqlite3"
    store = Store.open(path)
    write_demo(store)
    store.close()
    return path


def run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_DATA_HOME=str(home))
    return subprocess.run(
        [sys.executable, "-m", "leadapp", "report", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


def ids(db: Path) -> tuple[str, str]:
    store = Store.open(db)
    try:
        tom = store.people.listing([PersonKind.MENTEE], text="Tom")[0].id
        session = store.sessions._where("status = 'held' and mentor_private != ''", limit=1)[0].id
    finally:
        store.close()
    return tom, session


@pytest.mark.parametrize("kind", ["session", "portfolio", "leap", "caseload", "assessment", "appraisal"])
def test_each_report_is_written(kind: str, demo_db: Path, tmp_path: Path) -> None:
    tom, session = ids(demo_db)
    record = {"session": session, "portfolio": tom, "leap": tom, "caseload": ""}.get(kind, tom)
    out = tmp_path / f"{kind}.pdf"
    result = run(kind, *([record] if record else []), "--db", str(demo_db), "--out", str(out), home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Wrote" in result.stdout
    assert len(PdfReader(io.BytesIO(out.read_bytes())).pages) >= 1


def test_private_notes_only_when_asked(demo_db: Path, tmp_path: Path) -> None:
    _tom, session = ids(demo_db)
    plain, private = tmp_path / "plain.pdf", tmp_path / "private.pdf"
    run("session", session, "--db", str(demo_db), "--out", str(plain), home=tmp_path)
    run("session", session, "--db", str(demo_db), "--out", str(private), "--include-private", home=tmp_path)

    def text(path: Path) -> str:
        return " ".join(page.extract_text() for page in PdfReader(str(path)).pages)

    assert "workload" not in text(plain)
    assert "workload" in text(private)


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["session", "no-such-id"], "No session"),
        (["portfolio"], "needs an id"),
        (["leap", "nobody"], "leap-of-faith plan"),
        (["assessment", "nobody"], "No person"),
        (["portfolio", "x", "--from", "31/02/2026"], "is not a date"),
    ],
)
def test_bad_input_is_one_plain_line(args: list[str], words: str, demo_db: Path, tmp_path: Path) -> None:
    result = run(*args, "--db", str(demo_db), "--out", str(tmp_path / "x.pdf"), home=tmp_path)
    assert result.returncode != 0
    assert words in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_missing_database_and_unwritable_output(demo_db: Path, tmp_path: Path) -> None:
    missing = run(
        "caseload", "--db", str(tmp_path / "none.sqlite3"), "--out", str(tmp_path / "c.pdf"), home=tmp_path
    )
    assert missing.returncode != 0 and "no database" in missing.stderr
    assert not (tmp_path / "none.sqlite3").exists()
    blocked = run(
        "caseload", "--db", str(demo_db), "--out", str(tmp_path / "no" / "dir" / "c.pdf"), home=tmp_path
    )
    assert blocked.returncode != 0 and "could not write" in blocked.stderr
    assert "Traceback" not in blocked.stderr


def test_report_on_a_zero_byte_file_refuses_and_leaves_it_empty(tmp_path: Path) -> None:
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    result = run("caseload", "--db", str(empty), "--out", str(tmp_path / "c.pdf"), home=tmp_path)
    assert result.returncode != 0
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert empty.stat().st_size == 0
    assert not (tmp_path / "c.pdf").exists()


def test_report_never_upgrades_an_older_database(tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite3"
    old.write_bytes((Path(__file__).parent / "fixtures" / "schema-m001.sqlite3").read_bytes())
    before = old.read_bytes()
    result = run("caseload", "--db", str(old), "--out", str(tmp_path / "c.pdf"), home=tmp_path)
    assert result.returncode != 0 and "older version" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert old.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.sqlite3"]


# Where the PDF goes: never over the database or a file that is not a PDF, never half-written.


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
    result = run("caseload", "--db", str(db), "--out", str(db), home=tmp_path)
    assert result.returncode != 0 and one_plain_line(result)
    assert "database" in result.stderr
    assert db.read_bytes() == before and mentees(db) == 4


def test_report_out_onto_the_database_by_another_name_is_refused(tmp_path: Path, demo_db) -> None:
    db = tmp_path / "db.sqlite3"
    db.write_bytes(demo_db.read_bytes())
    alias = tmp_path / "alias.pdf"
    alias.symlink_to(db)
    result = run("caseload", "--db", str(db), "--out", str(alias), home=tmp_path)
    assert result.returncode != 0 and one_plain_line(result)
    assert mentees(db) == 4


@pytest.mark.parametrize("suffix", ["-wal", "-shm", "-journal"])
def test_report_out_onto_the_databases_side_files_is_refused(suffix: str, tmp_path: Path, demo_db) -> None:
    db = tmp_path / "db.sqlite3"
    db.write_bytes(demo_db.read_bytes())
    side = Path(f"{db}{suffix}")
    result = run("caseload", "--db", str(db), "--out", str(side), home=tmp_path)
    assert result.returncode != 0 and one_plain_line(result)
    assert not side.exists() or not side.read_bytes().startswith(b"%PDF")


def test_report_out_onto_an_existing_file_that_is_not_a_pdf_is_refused(tmp_path: Path, demo_db) -> None:
    letter = tmp_path / "letter.docx"
    letter.write_bytes(b"PK\x03\x04 a letter the mentee wrote")
    result = run("caseload", "--db", str(demo_db), "--out", str(letter), home=tmp_path)
    assert result.returncode != 0 and one_plain_line(result)
    assert "not a PDF" in result.stderr
    assert letter.read_bytes() == b"PK\x03\x04 a letter the mentee wrote"


def test_report_out_over_an_older_pdf_replaces_it(tmp_path: Path, demo_db) -> None:
    out = tmp_path / "caseload.pdf"
    out.write_bytes(b"%PDF-1.4 an older copy")
    result = run("caseload", "--db", str(demo_db), "--out", str(out), home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert len(PdfReader(io.BytesIO(out.read_bytes())).pages) >= 1
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_a_full_disk_leaves_no_partial_pdf_behind(tmp_path: Path, demo_db, tiny_disk) -> None:
    out = tiny_disk.path / "caseload.pdf"
    tiny_disk.fill(leave=2048)
    result = run("caseload", "--db", str(demo_db), "--out", str(out), home=tmp_path)
    assert result.returncode != 0 and one_plain_line(result)
    assert "full" in result.stderr
    assert sorted(p.name for p in tiny_disk.path.iterdir()) == ["filler.bin"]
    tiny_disk.free()
    assert run("caseload", "--db", str(demo_db), "--out", str(out), home=tmp_path).returncode == 0
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
