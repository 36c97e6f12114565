"""Shared fixtures. Qt runs offscreen; every test gets its own real SQLite file."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Window sizes are kept in the user's config folder; tests and the apps they start use a throwaway one.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="leadapp-test-config-")

from collections.abc import Callable, Generator, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest

from leadapp.domain.reference import Reference, reference
from leadapp.store.store import Store

W = TypeVar("W")


_OPEN_WINDOWS = pytest.StashKey[list[Any]]()
"""The windows open when a test's body returned, held until its teardown."""


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Generator[None, Any, Any]:
    """Every window open when a test's body returns is held until the test's teardown has deleted it.

    A screen or editor a test made without a parent is owned by Python. Once the test function returned,
    nothing but a reference cycle among Python objects (a helper naming the screen back) kept it, yet it was
    still on screen: pytest-qt then processes events, which paints it, and a Python call in that paint
    (ContrastStyle.drawPrimitive, a delegate) could set off an automatic collection that deleted the
    window in the middle of painting it. The core dump of one such full run showed QPushButton.paintEvent
    on freed memory; the crashes moved from test to test, once in two or three full runs. Held here, the
    windows go in teardown (tests/ui/conftest.py deletes them), while nothing is painting.
    """
    result = yield
    if "PySide6.QtWidgets" in sys.modules:
        from PySide6.QtWidgets import QApplication

        if QApplication.instance() is not None:
            item.stash[_OPEN_WINDOWS] = list(QApplication.topLevelWidgets())
    return result


@pytest.fixture(autouse=True)
def garbage_collected_with_its_test(request: pytest.FixtureRequest) -> Iterator[None]:
    """Each test's garbage is collected as it ends, and what outlives it is set aside from collection.

    Parentless Qt objects a test made (a Privacy, a detached DataEvents, a dropped row and the lambda that
    names it) waited in reference cycles for an automatic collection, which came due at whatever moment of
    a later test allocated, perhaps while Qt was inside one of them: a segmentation fault in an unrelated
    test. Collected here (after tests/ui/conftest.py has deleted the test's windows, and once the windows
    held since the test's body returned are let go), they go while nothing runs. `gc.freeze` then keeps
    everything still alive out of every later collection, as the app does with what its start made, so
    each test's collection walks only what that test allocated.
    """
    yield
    if _OPEN_WINDOWS in request.node.stash:
        del request.node.stash[_OPEN_WINDOWS]
    gc.collect()
    gc.freeze()


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
