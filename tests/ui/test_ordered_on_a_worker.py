"""A long list's ids are sorted on a worker, so the page where scrolling starts does not stall.

Later pages of the sessions, activities and actions lists are read by id from one sort of the whole listing.
That sort took longer than any page; it now runs on the counting worker once the count has come, and a page
asked for before the ids arrive is read by offset. These tests hold the scrolled list to the same rows, order
and count as one plain listing, with the window's connection never sorting the whole listing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QThreadPool
from traces import statements_on_the_window_connection
from windows import activities_screen

from leadapp.demo import write_large
from leadapp.domain.enums import OwnerRole
from leadapp.store.activities import ActivityQuery
from leadapp.store.sessions import SessionQuery
from leadapp.store.store import Store
from leadapp.ui.actions.actions_screen import SHOW_ALL, ActionsScreen
from leadapp.ui.jobs import wait_for_jobs
from leadapp.ui.privacy import Privacy
from leadapp.ui.sessions.sessions_screen import SessionsScreen
from leadapp.ui.widgets.paged_model import PAGE_SIZE

ID_SORT = re.compile(r"^select (\w+\.)?id( |,).*\border by\b", re.IGNORECASE | re.DOTALL)


def id_sorts(statements: list[str]) -> list[str]:
    """Statements that read every id of a listing in its order (a page's rows are read with `select *`)."""
    return [sql for sql in statements if ID_SORT.match(sql.strip()) and " limit " not in sql.lower()]


def _row_id(row: Any) -> str:
    for part in ("session", "activity", "action"):
        if hasattr(row, part):
            return str(getattr(row, part).id)
    raise AssertionError(row)


def _shown(model: Any) -> list[str]:
    return [_row_id(model.row_object(row)) for row in range(model.rowCount())]


def _read_to_the_end(qtbot, model: Any) -> None:
    """As the view does while the person scrolls: a page at a time, events handled between pages."""
    for _ in range(1000):
        if not model.canFetchMore(QModelIndex()):
            assert wait_for_jobs(10_000)  # answers on their way are handled while the screen is held
            qtbot.wait(30)
            return
        model.fetchMore(QModelIndex())
        qtbot.wait(1)
    raise AssertionError("the list never ended")


def _sessions(qtbot, store: Store, ref, data_events) -> tuple[Any, Callable[[], list[str]]]:
    screen = SessionsScreen(store, ref, data_events, Privacy(), OwnerRole.MENTOR)
    qtbot.addWidget(screen)
    screen.show()
    return screen, lambda: [r.session.id for r in store.sessions.listing(SessionQuery(), limit=100_000)]


def _activities(qtbot, store: Store, ref, data_events) -> tuple[Any, Callable[[], list[str]]]:
    screen = activities_screen(qtbot, store, ref, data_events)
    screen.show()
    return screen, lambda: [
        r.activity.id for r in store.activities.listing_with_names(ActivityQuery(), limit=100_000)
    ]


def _actions(qtbot, store: Store, ref, data_events) -> tuple[Any, Callable[[], list[str]]]:
    screen = ActionsScreen(store, data_events)
    qtbot.addWidget(screen)
    screen.show()
    screen.show_filter.setCurrentIndex(screen.show_filter.findData(SHOW_ALL))
    return screen, lambda: [r.action.id for r in store.actions.listing(screen.query(), limit=100_000)]


LISTS = {"sessions": _sessions, "activities": _activities, "actions": _actions}


@pytest.mark.parametrize("name", list(LISTS))
def test_once_the_ids_have_come_scrolling_shows_every_row_once_in_order_with_no_sort_on_the_window(
    qtbot, store: Store, ref, data_events, name: str
) -> None:
    write_large(store, seed=1, mentees=3)
    screen, listed = LISTS[name](qtbot, store, ref, data_events)
    model = screen.model
    qtbot.waitUntil(lambda: model.counted() and model.order_known())
    with statements_on_the_window_connection(store) as seen:
        _read_to_the_end(qtbot, model)
    expected = listed()
    assert len(expected) >= 300
    assert _shown(model) == expected
    assert model.counted() and model.total() == len(expected)
    assert id_sorts(seen) == []


@pytest.mark.parametrize("name", list(LISTS))
def test_scrolling_before_the_ids_come_reads_by_offset_then_by_id_each_row_once_in_order(
    qtbot, store: Store, ref, data_events, name: str
) -> None:
    write_large(store, seed=1, mentees=3)
    with statements_on_the_window_connection(store) as seen:
        screen, listed = LISTS[name](qtbot, store, ref, data_events)
        model = screen.model
        # No event has been handled since the list opened, so nothing from the worker can have arrived.
        first = model.rowCount()
        model.fetchMore(QModelIndex())
        assert model.rowCount() == first + PAGE_SIZE
        assert not model.order_known()
        qtbot.waitUntil(model.order_known)
        _read_to_the_end(qtbot, model)
    expected = listed()
    assert len(expected) >= 300
    assert _shown(model) == expected
    assert model.counted() and model.total() == len(expected)
    assert id_sorts(seen) == []
    if name != "actions":
        assert screen.summary.text() == f"{len(expected):,} {name}"


def test_a_reload_while_the_worker_sorts_drops_the_older_ids(qtbot, store: Store, ref, data_events) -> None:
    write_large(store, seed=1, mentees=3)
    screen = SessionsScreen(store, ref, data_events, Privacy(), OwnerRole.MENTOR)
    qtbot.addWidget(screen)
    screen.show()
    model = screen.model
    model.set_query(SessionQuery(sort="date"))
    workers = QThreadPool.globalInstance()
    assert workers.waitForDone(10_000)
    # The count arrives; events posted while these are handled (the ids' arrival) wait for a later turn.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.MetaCall)
    assert model.counted() and not model.order_known()
    assert workers.waitForDone(10_000)  # the ids by date are read; their arrival is not handled yet
    by_mentee = SessionQuery(sort="mentee")
    model.set_query(by_mentee)
    qtbot.waitUntil(model.order_known)
    _read_to_the_end(qtbot, model)
    expected = [r.session.id for r in store.sessions.listing(by_mentee, limit=100_000)]
    by_date = [r.session.id for r in store.sessions.listing(SessionQuery(sort="date"), limit=100_000)]
    assert expected != by_date
    assert _shown(model) == expected
    assert model.total() == len(expected)


def test_search_results_longer_than_a_page_have_their_ids_read_on_the_worker(
    qtbot, store: Store, ref, data_events
) -> None:
    """The first page of a search comes from the searching worker; once scrolling starts, the ids of the
    rest come from the counting worker (the first page scrolled to is read by offset), so scrolling the
    results never sorts every match on the window's thread, and a search nobody scrolls reads no ids."""
    write_large(store, seed=1, mentees=3)
    screen, _listed = _sessions(qtbot, store, ref, data_events)
    model = screen.model
    qtbot.waitUntil(lambda: model.counted() and model.order_known())
    screen.search.setText("business case")
    screen.reload()
    qtbot.waitUntil(lambda: not screen.search_busy() and model.query.text == "business case")
    assert wait_for_jobs(10_000)
    qtbot.wait(30)
    assert not model.order_known(), "no ids read until the results are scrolled"
    first = model.rowCount()
    with statements_on_the_window_connection(store) as seen:
        model.fetchMore(QModelIndex())
        assert model.rowCount() == first + PAGE_SIZE
        qtbot.waitUntil(model.order_known)
        _read_to_the_end(qtbot, model)
    expected = [r.session.id for r in store.sessions.listing(screen.query(), limit=100_000)]
    assert len(expected) > first + PAGE_SIZE
    assert _shown(model) == expected
    assert model.total() == len(expected)
    assert id_sorts(seen) == []
