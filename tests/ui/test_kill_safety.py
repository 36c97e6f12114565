"""Killing the app mid-session loses nothing that was typed and leaves a sound database."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

CHILD = Path(__file__).with_name("typing_child.py")
TEXT = "Agreed to shadow the deputy COO next month and write up what she learns"


def test_sigkill_two_seconds_after_typing_keeps_every_word(tmp_path: Path) -> None:
    db = tmp_path / "killed.sqlite3"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path))
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(db), TEXT],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    try:
        assert child.stdout is not None
        session_id = child.stdout.readline().strip()
        assert child.stdout.readline().strip() == "TYPED"
        time.sleep(2)
        assert child.poll() is None, "the app must still be running when it is killed"
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == -signal.SIGKILL
    connection = sqlite3.connect(db)
    try:
        assert connection.execute("pragma integrity_check").fetchone()[0] == "ok"
        notes, private = connection.execute(
            "select shared_notes, mentor_private from sessions where id = ?", [session_id]
        ).fetchone()
    finally:
        connection.close()
    assert notes == TEXT
    assert private == "private " + TEXT
