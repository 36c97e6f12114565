"""Killing the app mid-session loses nothing that was typed and leaves a sound database."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from itertools import pairwise
from pathlib import Path

from typing_child import steady_word

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


STEADY_SECONDS = 8.0
SAVE_WITHIN_SECONDS = 2.5
"""Autosave promises a write at least every 2 s while typing goes on; half a second is the margin."""


def _steady_text(characters: int) -> str:
    text = ""
    number = 0
    while len(text) < characters:
        text += steady_word(number)
        number += 1
    return text


def test_sigkill_during_steady_typing_keeps_all_but_the_last_two_seconds(tmp_path: Path) -> None:
    """Typing that never pauses long enough for the debounce is still saved every two seconds."""
    db = tmp_path / "steady.sqlite3"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path))
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(db), "--steady"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    progress: list[tuple[float, int]] = []
    try:
        assert child.stdout is not None
        session_id = child.stdout.readline().strip()
        started = time.monotonic()
        while time.monotonic() - started < STEADY_SECONDS:
            line = child.stdout.readline()
            assert line, "the typing child stopped early"
            progress.append((time.monotonic(), int(line)))
        assert child.poll() is None, "the app must still be typing when it is killed"
        child.send_signal(signal.SIGKILL)
        killed_at = time.monotonic()
        child.wait(10)
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == -signal.SIGKILL
    gaps = [later - earlier for (earlier, _a), (later, _b) in pairwise(progress)]
    assert max(gaps) < 0.6, "the typing must never pause long enough for the debounce to fire"
    must_hold = max(typed for when, typed in progress if when <= killed_at - SAVE_WITHIN_SECONDS)
    assert must_hold > 50
    connection = sqlite3.connect(db)
    try:
        assert connection.execute("pragma integrity_check").fetchone()[0] == "ok"
        row = connection.execute("select shared_notes from sessions where id = ?", [session_id]).fetchone()
        notes = row[0]
    finally:
        connection.close()
    assert _steady_text(len(notes)).startswith(notes)
    assert len(notes) >= must_hold, f"{len(notes)} of the {must_hold} characters typed by then were saved"
