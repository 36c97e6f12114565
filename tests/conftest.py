"""Shared fixtures. Qt runs offscreen; every test gets its own real SQLite file."""

from __future__ import annotations

import os
import subprocess
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Window sizes are kept in the user's config folder; tests and the apps they start use a throwaway one.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="leadapp-test-config-")

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest

from leadapp.domain.reference import Reference, reference
from leadapp.store.store import Store

W = TypeVar("W")


@pytest.fixture(autouse=True)
def own_window_settings(tmp_path: Path) -> None:
    """Window sizes live in QSettings, per machine: each test gets its own, never the user's."""
    from PySide6.QtCore import QSettings

    folder = str(tmp_path / "qsettings")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "leadapp.sqlite3"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    opened = Store.open(db_path)
    yield opened
    opened.close()


@pytest.fixture
def data_events(qtbot: Any, store: Store) -> Iterator[Any]:
    """The change notices for `store` that a screen built outside a main window needs, stopped at the end.

    Made inline without a parent, a DataEvents outlived its test (the store's listener list holds it) until a
    garbage collection deleted it at some moment of a later test, at times while its own polling timer was
    being dispatched: a segmentation fault in whichever test was running then.
    """
    from leadapp.ui.events import DataEvents

    made = DataEvents(store)
    yield made
    made.detach()


@pytest.fixture(scope="session")
def ref() -> Reference:
    return reference()


@pytest.fixture
def answer_modal(qtbot: Any) -> Callable[[type[W], Callable[[W], None]], None]:
    """Act on the next modal dialog of a type once it opens, as a person would, while exec() runs."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def arrange(kind: type[W], act: Callable[[W], None]) -> None:
        def look() -> None:
            widget = QApplication.activeModalWidget()
            if isinstance(widget, kind):
                act(widget)
            else:
                QTimer.singleShot(20, look)

        QTimer.singleShot(0, look)

    return arrange


class TinyDisk:
    """A real 4 MB filesystem (tmpfs) that a test fills up and frees, as a full laptop disk would be."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.filler = path / "filler.bin"

    def fill(self, leave: int = 0) -> None:
        """Write a filler file until the disk is full, then give back `leave` bytes."""
        with self.filler.open("ab", buffering=0) as handle:
            try:
                while handle.write(b"\0" * 4096):
                    pass
            except OSError:
                pass
        if leave:
            with self.filler.open("r+b") as handle:
                handle.truncate(max(0, self.filler.stat().st_size - leave))

    def free(self) -> None:
        self.filler.unlink(missing_ok=True)


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[TinyDisk]:
    """Skipped where this process may not mount a filesystem (mounting needs root)."""
    folder = tmp_path / "tiny-disk"
    folder.mkdir()
    try:
        mounted = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(folder)], capture_output=True, check=False
        )
    except OSError as error:
        pytest.skip(f"cannot mount a small filesystem here: {error}")
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small filesystem here: {mounted.stderr.decode().strip()}")
    try:
        yield TinyDisk(folder)
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


@pytest.fixture
def window_guard(qapp: Any) -> Iterator[None]:
    """For a test that expects the app to refuse to open: a window opened by mistake is closed after 3 s, so
    the test fails rather than hangs. Stopped when the test ends, so it never closes a later test's window."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(QApplication.closeAllWindows)
    guard.start(3000)
    yield
    guard.stop()
