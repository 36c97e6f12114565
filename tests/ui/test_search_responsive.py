"""Searching never holds the window: repeated words cost nothing extra and a search runs on a worker.

Before, every typed word became another prefix term and each page's snippets re-ran the whole MATCH on the
UI thread: 400 × "a" took 12 s and 16,000 × "a" never ended, with the window frozen.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from leadapp.domain.enums import OwnerRole
from leadapp.store.errors import StoreError
from leadapp.store.sessions import SessionQuery
from leadapp.store.store import Store
from leadapp.ui.privacy import Privacy
from leadapp.ui.sessions.sessions_screen import SessionsScreen
from leadapp.ui.widgets.background_query import BackgroundQuery

FOREVER = "with recursive c(x) as (select 1 union all select x + 1 from c) select count(*) from c"


@pytest.fixture
def screen(qtbot, store: Store, ref, demo_store: Store, data_events) -> SessionsScreen:
    widget = SessionsScreen(store, ref, data_events, Privacy(), OwnerRole.MENTOR)
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.mark.usefixtures("demo_store")
def test_a_word_typed_sixteen_thousand_times_finds_what_the_word_finds(store: Store) -> None:
    once = store.sessions.count_listing(SessionQuery(text="a"))
    assert once > 0
    flood = SessionQuery(text="a " * 16_000)
    assert store.sessions.count_listing(flood) == once
    assert len(store.sessions.listing(flood)) == min(once, 200)


def test_a_search_is_never_run_on_the_ui_thread(qtbot, screen: SessionsScreen, monkeypatch) -> None:
    ui_thread = threading.current_thread()
    searched_on: list[threading.Thread] = []
    real_listing = type(screen.store.sessions).search_page

    def search_page(repository, query, limit):  # type: ignore[no-untyped-def]
        if query.text:
            searched_on.append(threading.current_thread())
        return real_listing(repository, query, limit)

    monkeypatch.setattr(type(screen.store.sessions), "search_page", search_page)
    qtbot.keyClicks(screen.search, "chairing")
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.model.query.text == "chairing" and not screen.search_busy())
    assert screen.model.total() > 0
    assert searched_on and ui_thread not in searched_on


def _run_forever(runner: BackgroundQuery, answers: list[Any], problems: list[Any]) -> None:
    """Starts a query that never ends on `runner`'s worker, and returns once it runs."""
    started = threading.Event()

    def forever(reader: Store) -> object:
        started.set()
        return reader.db.execute(FOREVER).fetchone()

    runner.run(forever, answers.append, problems.append)
    assert started.wait(5)


def test_a_newer_request_stops_a_running_query_at_once(qtbot, db_path: Path, store: Store) -> None:
    """A query that would never end is interrupted by the next request; only the newest answer arrives."""
    runner = BackgroundQuery(db_path)
    answers: list[object] = []
    problems: list[Exception] = []
    _run_forever(runner, answers, problems)
    runner.run(lambda reader: reader.db.execute("select 42").fetchone()[0], answers.append, problems.append)
    qtbot.waitUntil(lambda: not runner.busy(), timeout=5000)
    assert answers == [42]
    assert problems == []


def test_a_failed_search_is_reported_in_words(qtbot, screen: SessionsScreen, monkeypatch) -> None:
    def broken(repository, query, limit):  # type: ignore[no-untyped-def]
        raise StoreError("LeadApp could not search just now.")

    monkeypatch.setattr(type(screen.store.sessions), "search_page", broken)
    with qtbot.waitSignal(screen.problem) as said:
        screen.search.setText("chairing")
        screen.reload()
    assert said.args == ["LeadApp could not search just now."]


def test_hiding_private_notes_clears_private_matches_before_the_new_search_returns(
    qtbot, screen: SessionsScreen, store: Store
) -> None:
    held = store.sessions._where("status = ?", ["held"], limit=1)[0]
    store.sessions.update(held.__class__(**{**held.__dict__, "mentor_private": "Quietly zebracrossing"}))
    screen.search.setText("zebracrossing")
    screen.reload()
    qtbot.waitUntil(lambda: not screen.search_busy() and screen.model.total() == 1)
    screen.privacy.set_hidden(True)
    shown = [screen.model.index(r, c).data() for r in range(screen.model.rowCount()) for c in range(6)]
    assert not any("zebracrossing" in (text or "") for text in shown)
    qtbot.waitUntil(lambda: not screen.search_busy())
    assert screen.model.total() == 0


def test_a_closed_screens_query_stops_at_once(qtbot, db_path: Path, store: Store) -> None:
    """Deleting the object that asked (a screen closed) stops its query on the worker rather than letting it
    run to its end beside the next screen's work, and delivers nothing."""
    from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool

    runner = BackgroundQuery(db_path)
    answers: list[object] = []
    _run_forever(runner, answers, answers)
    runner.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert QThreadPool.globalInstance().waitForDone(5000), "the query still runs"
    qtbot.wait(20)
    assert answers == []
