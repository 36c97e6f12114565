"""`leadapp report` writes the same PDFs as the app, and refuses bad input in one line."""

from __future__ import annotations

import io
import os
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
        session = store.sessions.where("status = 'held' and mentor_private != ''", limit=1)[0].id
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
