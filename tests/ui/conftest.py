"""Fixtures of the UI tests: databases written once per run and copied, and the main window on them.

Creating a database runs every migration and the demo caseload is some hundreds of writes; a test needs the
result, not the writing, so each is made once per run and copied in (a file copy, or SQLite's backup into a
store already open). The store under test is still each test's own real file in tmp_path.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from windows import active_window

from leadapp.demo import write_demo
from leadapp.domain.reference import Reference
from leadapp.store.store import Store
from leadapp.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def windows_end_with_their_test(qtbot: Any) -> Iterator[None]:
    """Every window a test opened is deleted when the test ends, after the jobs it started have finished.

    A screen or editor made without a parent lived on, in Qt, until Python's cycle collector reached its
    wrapper at some moment of a later test; the collector first empties each object of a cycle, so a model
    could lose its attributes while its view, still alive, asked it for rows: a segmentation fault in
    whichever test was running then (met in full runs, never in a file run alone). Deleted here, each window
    and everything in it goes at a known moment, while nothing is painting, and its wrappers are left with
    nothing to call into. Windows are deleted, not closed: closing asks about unsaved work.
    The test's garbage is collected after this (tests/conftest.py, `garbage_collected_with_its_test`).
    """
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from leadapp.ui.jobs import wait_for_jobs

    before = set(QApplication.topLevelWidgets())
    yield
    wait_for_jobs(10_000)
    for widget in QApplication.topLevelWidgets():
        if widget not in before:
            widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(scope="session")
def new_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database as Store.open creates it: migrated, and empty."""
    path = tmp_path_factory.mktemp("new") / "leadapp.sqlite3"
    Store.open(path).close()
    return path


@pytest.fixture(scope="session")
def demo_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo caseload of first run, written once for the whole run."""
    path = tmp_path_factory.mktemp("demo") / "leadapp.sqlite3"
    store = Store.open(path)
    write_demo(store)
    store.close()
    return path


@pytest.fixture
def store(db_path: Path, new_database: Path) -> Iterator[Store]:
    """The test's own database, as a new one is, copied rather than migrated again."""
    shutil.copyfile(new_database, db_path)
    opened = Store.open(db_path)
    yield opened
    opened.close()


@pytest.fixture
def demo_store(store: Store, demo_database: Path) -> Store:
    """The test's store holding the demo caseload, as write_demo(store) leaves it."""
    with closing(sqlite3.connect(demo_database)) as written:
        written.backup(store.db.conn)
    return store


@pytest.fixture
def window(qtbot: Any, store: Store, ref: Reference) -> MainWindow:
    """The main window on the test's store, shown and active; closed at the end before the store is."""
    return active_window(qtbot, store, ref)


@pytest.fixture
def demo_window(qtbot: Any, demo_store: Store, ref: Reference) -> MainWindow:
    """The main window on the demo caseload, shown and active."""
    return active_window(qtbot, demo_store, ref)
