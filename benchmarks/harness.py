"""What the one-benchmark scripts share: their options, the large database they run on, and the timing loop.

Each script runs alone (`.venv/bin/python benchmarks/NAME.py`), with this folder first on the import path, so
they import this module by name. A script given no --db gets the large demo database (seed 1) written into a
temporary folder that goes when it ends, so no run leaves a 100 MB file behind.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from leadapp.demo import write_large
from leadapp.documents import DocumentKind, DocumentRequest
from leadapp.domain.enums import SessionStatus
from leadapp.domain.sessions import Session
from leadapp.store.store import Store

T = TypeVar("T")

LONG_SENTENCE = "We talked about chairing the falls prevention group and what the board will ask next. "


def options(description: str | None, runs: int | None = None) -> argparse.ArgumentParser:
    """--db, and --runs with this script's own default; a script adds its other options to what it gets."""
    parser = argparse.ArgumentParser(description=description)
    if runs is not None:
        parser.add_argument("--runs", type=int, default=runs)
    parser.add_argument("--db", type=Path)
    return parser


@contextmanager
def large_store(db: Path | None) -> Iterator[Store]:
    """The database at `db` (written first if empty), or the large one in a temporary folder; closed after."""
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(db or Path(folder) / "large.sqlite3")
        try:
            if store.sessions.count() == 0:
                write_large(store, seed=1)
            yield store
        finally:
            store.close()


def large_copy(db: Path | None, folder: Path) -> Path:
    """A file this run may change: a copy of `db` in `folder`, or the large database written there."""
    path = folder / "large.sqlite3"
    if db is not None:
        shutil.copyfile(db, path)
    else:
        store = Store.open(path)
        write_large(store, seed=1)
        store.close()
    return path


def busiest_documents(store: Store) -> dict[str, DocumentRequest]:
    """The PDFs timed on the large database: the busiest mentee's portfolio and a session, the caseload."""
    busiest = store.activities.busiest_person()
    assert busiest is not None
    session = store.sessions._where("mentee_id = ? and status = 'held'", [busiest], limit=1)[0].id
    return {
        "portfolio PDF, busiest mentee": DocumentRequest(DocumentKind.PORTFOLIO, busiest),
        "session summary PDF": DocumentRequest(DocumentKind.SESSION, session),
        "caseload PDF": DocumentRequest(DocumentKind.CASELOAD),
    }


def long_summary(store: Store, mentee_id: str, notes: str) -> DocumentRequest:
    """The summary of a new held session whose shared notes are `notes`, as long notes are timed."""
    session = store.sessions.add(
        Session(
            mentee_id=mentee_id, session_date=date(2026, 3, 12), status=SessionStatus.HELD, shared_notes=notes
        )
    )
    return DocumentRequest(DocumentKind.SESSION, session.id)


def shown_words(words: str) -> str:
    """Search words as a line of output shows them: a flood of words is cut short and counted."""
    return words if len(words) < 30 else f"{words[:6]}… ({len(words):,} characters)"


def timings(runs: int, work: Callable[[], object]) -> list[float]:
    """Seconds each of `runs` calls of `work` took."""
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        samples.append(time.perf_counter() - started)
    return samples


def timed(label: str, work: Callable[[], T]) -> T:
    """`work` done once, with the seconds it took printed after `label`; its result handed back."""
    started = time.perf_counter()
    result = work()
    print(f"{label}: {time.perf_counter() - started:.2f} s")
    return result


def median_ms(samples: list[float]) -> str:
    return f"{statistics.median(samples) * 1000:.1f} ms"


def long_list_screens(store: Store) -> dict[str, Callable[[], Any]]:
    """A builder for each long list's screen, as the app makes it, the actions list showing all actions (it
    opens on the open ones)."""
    from leadapp.domain.enums import OwnerRole
    from leadapp.domain.reference import reference
    from leadapp.ui.actions.actions_screen import SHOW_ALL, ActionsScreen
    from leadapp.ui.activities.activities_screen import ActivitiesScreen
    from leadapp.ui.events import DataEvents
    from leadapp.ui.privacy import Privacy
    from leadapp.ui.sessions.sessions_screen import SessionsScreen

    ref, events = reference(), DataEvents(store)

    def actions() -> ActionsScreen:
        screen = ActionsScreen(store, events)
        screen.show_filter.setCurrentIndex(screen.show_filter.findData(SHOW_ALL))
        return screen

    return {
        "sessions": lambda: SessionsScreen(store, ref, events, Privacy(), OwnerRole.MENTOR),
        "activities": lambda: ActivitiesScreen(store, ref, events, OwnerRole.MENTOR),
        "actions": actions,
    }
