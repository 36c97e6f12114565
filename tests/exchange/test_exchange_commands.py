"""`leadapp export` and `leadapp import`: files between two databases from the command line, one line each."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from exchange_pair import make_pair
from fuzz_bundles import database_bytes

from leadapp.store.store import Store


def run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_DATA_HOME=str(home))
    return subprocess.run(
        [sys.executable, "-m", "leadapp", *args], capture_output=True, text=True, env=env, timeout=120
    )


def test_export_then_import_between_two_databases(tmp_path: Path) -> None:
    pair = make_pair(tmp_path)
    mentee_here, mentor_there, session_id = pair.mentee_here, pair.mentor_there, pair.session_id
    pair.close()
    mentor_db, mentee_db = tmp_path / "mentor.sqlite3", tmp_path / "mentee.sqlite3"
    out = tmp_path / "for-asha.leadapp"
    made = run("export", "--for", mentee_here, "--out", str(out), "--db", str(mentor_db), home=tmp_path)
    assert made.returncode == 0, made.stderr
    assert made.stdout.strip() == f"Wrote an update file for Asha Mentee to {out}"

    first = run("import", str(out), "--db", str(mentee_db), home=tmp_path)
    assert first.returncode == 4
    assert (
        first.stderr.count("\n") == 1 and "Morgan Mentor" in first.stderr and "Traceback" not in first.stderr
    )

    opened = run("import", str(out), "--db", str(mentee_db), "--from", mentor_there, home=tmp_path)
    assert opened.returncode == 0, opened.stderr
    assert opened.stdout.startswith("Opened the update from Morgan Mentor: new: 1 agreement, 1 session")
    again = run("import", str(out), "--db", str(mentee_db), home=tmp_path)
    assert again.returncode == 0 and "opened before: nothing changed" in again.stdout
    store = Store.open(mentee_db)
    assert store.sessions.get(session_id).agenda == "Talk about the board"
    store.close()


def test_passphrase_files_and_refusals_are_one_line(tmp_path: Path) -> None:
    pair = make_pair(tmp_path)
    mentee_here, mentor_there = pair.mentee_here, pair.mentor_there
    pair.close()
    mentor_db, mentee_db = tmp_path / "mentor.sqlite3", tmp_path / "mentee.sqlite3"
    (tmp_path / "pw").write_text("river stones\n")
    (tmp_path / "bad").write_text("wrong\n")
    out = tmp_path / "x.leadapp"
    made = run(
        "export",
        "--for",
        mentee_here,
        "--out",
        str(out),
        "--passphrase-file",
        str(tmp_path / "pw"),
        "--db",
        str(mentor_db),
        home=tmp_path,
    )
    assert made.returncode == 0, made.stderr
    before = database_bytes(mentee_db)
    wrong = run(
        "import",
        str(out),
        "--passphrase-file",
        str(tmp_path / "bad"),
        "--from",
        mentor_there,
        "--db",
        str(mentee_db),
        home=tmp_path,
    )
    assert wrong.returncode == 4
    assert (
        wrong.stderr == "leadapp: The passphrase is not right, or the file was changed after it was made.\n"
    )
    assert database_bytes(mentee_db) == before
    (tmp_path / "junk.leadapp").write_bytes(b"not an update")
    junk = run("import", str(tmp_path / "junk.leadapp"), "--db", str(mentee_db), home=tmp_path)
    assert (junk.returncode, junk.stderr) == (4, "leadapp: This file is not a LeadApp update file.\n")
    missing = run("import", str(out), "--db", str(tmp_path / "none.sqlite3"), home=tmp_path)
    assert missing.returncode == 3 and "there is no database" in missing.stderr
    nobody = run("export", "--for", "nobody", "--out", str(out), "--db", str(mentor_db), home=tmp_path)
    assert (nobody.returncode, nobody.stderr) == (4, "leadapp: That person is not in this database.\n")
