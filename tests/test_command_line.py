"""`python -m leadapp` as a person (or CI) runs it: each test is a real process on a temporary home folder."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from leadapp import __version__
from leadapp.store.locations import DB_ENV


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """Offscreen Qt, and every per-user folder inside tmp_path so nothing touches the real user's data."""
    home = tmp_path / "home"
    home.mkdir()
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {DB_ENV, "DISPLAY", "WAYLAND_DISPLAY"} and not key.startswith("XDG_")
    }
    environment.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_STATE_HOME=str(home / "state"),
        XDG_RUNTIME_DIR=str(runtime),
    )
    return environment


def leadapp(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "leadapp", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


def _mentees(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        query = "select count(*) from people where kind = 'mentee' and deleted_at is null"
        return int(conn.execute(query).fetchone()[0])
    finally:
        conn.close()


def test_version(env: dict[str, str]) -> None:
    result = leadapp(env, "--version")
    assert result.returncode == 0
    assert __version__ in result.stdout
    assert result.stdout.strip() == f"LeadApp {__version__}"


def test_smoke_on_a_new_file_creates_the_database(env: dict[str, str], tmp_path: Path) -> None:
    path = tmp_path / "new" / "leadapp.sqlite3"
    result = leadapp(env, "--smoke", "--db", str(path))
    assert result.returncode == 0, result.stderr
    assert path.is_file()
    conn = sqlite3.connect(path)
    try:
        tables = {row[0] for row in conn.execute("select name from sqlite_master where type = 'table'")}
    finally:
        conn.close()
    assert {"people", "sessions", "_sqlite_migrations"} <= tables
    assert _mentees(path) == 0, "smoke never writes the demo unless asked"


def test_smoke_on_a_text_file_fails_in_one_plain_line(env: dict[str, str], tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("Agenda for Thursday\n- falls pathway\n", encoding="utf-8")
    before = path.read_bytes()

    result = leadapp(env, "--smoke", "--db", str(path))

    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "not a LeadApp database" in lines[0]
    assert path.read_bytes() == before


def test_smoke_with_demo_writes_the_demo_caseload(env: dict[str, str], tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite3"
    result = leadapp(env, "--smoke", "--demo", "--db", str(path))
    assert result.returncode == 0, result.stderr
    assert _mentees(path) == 4


def test_the_database_can_come_from_the_environment(env: dict[str, str], tmp_path: Path) -> None:
    path = tmp_path / "from-env" / "leadapp.sqlite3"
    result = leadapp({**env, DB_ENV: str(path)}, "--smoke")
    assert result.returncode == 0, result.stderr
    assert path.is_file()
    assert not (Path(env["XDG_DATA_HOME"]) / "LeadApp" / "leadapp.sqlite3").exists()


def test_without_db_or_environment_the_data_folder_is_used(env: dict[str, str]) -> None:
    """The default location follows XDG_DATA_HOME, which is how the other tests keep to tmp_path."""
    result = leadapp(env, "--smoke")
    assert result.returncode == 0, result.stderr
    assert (Path(env["XDG_DATA_HOME"]) / "LeadApp" / "leadapp.sqlite3").is_file()


def test_an_unknown_option_is_a_usage_error(env: dict[str, str]) -> None:
    result = leadapp(env, "--no-such-option")
    assert result.returncode == 2
    assert "usage" in result.stderr.lower()


def test_no_display_is_one_plain_line(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-m", "leadapp", "--db", str(tmp_path / "x.sqlite3")],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 2
    assert "no display found" in result.stderr and len(result.stderr.strip().splitlines()) == 1
