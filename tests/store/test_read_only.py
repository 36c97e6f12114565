"""A database LeadApp cannot write to is refused when it is opened, never shown as if edits would be saved.

We run as root here, where file modes do not stop writes: the immutable attribute (chattr +i) does, for root
too, so it stands in for a read-only file or folder; and the command line is also run as an ordinary user
(setpriv, uid 65534) against plain file modes. Where either is unavailable the tests say so and skip.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from leadapp.store.errors import ReadOnlyError
from leadapp.store.store import Store


@pytest.fixture
def make_immutable() -> Iterator[Callable[[Path], None]]:
    marked: list[Path] = []

    def mark(path: Path) -> None:
        if shutil.which("chattr") is None:
            pytest.skip("chattr is not available, so a read-only file cannot be made for root here")
        done = subprocess.run(["chattr", "+i", str(path)], capture_output=True, check=False)
        if done.returncode != 0:
            pytest.skip(f"this filesystem refuses chattr +i: {done.stderr.decode().strip()}")
        marked.append(path)

    yield mark
    for path in reversed(marked):
        subprocess.run(["chattr", "-i", str(path)], check=False)


@pytest.fixture
def saved_db(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "leadapp.sqlite3"
    Store.open(path).close()
    return path


def test_a_read_only_database_file_is_refused_at_open(saved_db: Path, make_immutable) -> None:
    make_immutable(saved_db)
    with pytest.raises(ReadOnlyError, match="read-only"):
        Store.open(saved_db)


def test_a_database_in_a_read_only_folder_is_refused_at_open(saved_db: Path, make_immutable) -> None:
    make_immutable(saved_db.parent)
    with pytest.raises(ReadOnlyError, match="read-only"):
        Store.open(saved_db)


def test_a_new_database_in_a_read_only_folder_is_refused(tmp_path: Path, make_immutable) -> None:
    make_immutable(tmp_path)
    with pytest.raises(ReadOnlyError):
        Store.open(tmp_path / "new.sqlite3")


def test_when_sqlite_itself_opened_the_file_read_only_the_open_is_refused(saved_db: Path) -> None:
    """The last check at open asks SQLite for the write lock. Making SQLite alone fall back to read-only
    for real (an immutable WAL index) crashed SQLite with SIGBUS here, so a read-only connection stands in."""
    import sqlite3

    from sqlite_utils import Database

    from leadapp.store.database import _probe_writable
    from leadapp.store.errors import translate

    db = Database(sqlite3.connect(f"file:{saved_db}?mode=ro", uri=True))
    try:
        with pytest.raises(sqlite3.OperationalError) as caught:
            _probe_writable(db)
        assert isinstance(translate(caught.value, saved_db), ReadOnlyError)
    finally:
        db.close()


def _smoke(path: Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_DATA_HOME=str(home))
    return subprocess.run(
        [sys.executable, "-m", "leadapp", "--smoke", "--db", str(path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


def test_smoke_on_a_read_only_database_exits_non_zero_in_one_line(
    saved_db: Path, tmp_path: Path, make_immutable
) -> None:
    make_immutable(saved_db)
    result = _smoke(saved_db, tmp_path)
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "read-only" in lines[0] and "Traceback" not in result.stderr


def test_the_window_says_plainly_that_a_read_only_database_cannot_be_opened(
    qapp, saved_db: Path, make_immutable, monkeypatch, window_guard
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from leadapp.app import EXIT_STORE, run_gui

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text, *_a: shown.append(text))
    make_immutable(saved_db)
    assert run_gui(saved_db, demo=False, smoke=False) == EXIT_STORE
    assert len(shown) == 1
    assert "read-only" in shown[0] and "Traceback" not in shown[0]


def _as_nobody(path: Path, folder: Path) -> subprocess.CompletedProcess[str]:
    """`--smoke` run by an ordinary user (uid 65534), for whom file modes really do stop writes."""
    import leadapp

    home = folder / "home"
    home.mkdir(mode=0o777, exist_ok=True)
    home.chmod(0o777)
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_DATA_HOME=str(home),
        XDG_STATE_HOME=str(home),
        XDG_CACHE_HOME=str(home),
        XDG_RUNTIME_DIR=str(home),
        PYTHONPATH=str(Path(leadapp.__file__).parent.parent),
    )
    command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
    return subprocess.run(
        [*command, sys.executable, "-m", "leadapp", "--smoke", "--db", str(path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


@pytest.fixture
def shared_folder() -> Iterator[Path]:
    if os.geteuid() != 0 or shutil.which("setpriv") is None:
        pytest.skip("needs root and setpriv to run the app as an ordinary user")
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="leadapp-read-only-", dir="/tmp"))
    folder.chmod(0o777)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.parametrize("read_only", ["file", "folder"])
def test_smoke_by_a_user_who_cannot_write_the_file_or_its_folder_exits_non_zero(
    shared_folder: Path, read_only: str
) -> None:
    path = shared_folder / "leadapp.sqlite3"
    Store.open(path).close()
    if read_only == "file":
        path.chmod(0o644)  # root's file: the ordinary user may read it, not write it
    else:
        path.chmod(0o666)
        shared_folder.chmod(0o755)  # no room for the WAL and its index
    before = path.read_bytes()
    result = _as_nobody(path, shared_folder)
    assert result.returncode != 0, result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "read-only" in lines[0], result.stderr
    assert path.read_bytes() == before
