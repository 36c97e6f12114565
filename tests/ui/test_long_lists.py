"""Long lists scroll to their end showing every row once, in the order the database sorts them.

Later pages of the sessions, actions and activities lists are read by id from one sort of the listing's ids,
read on a worker after the count (benchmarks/suite.py times the pages); these tests hold that paging to the
same rows and order as one plain listing.
"""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem
from PySide6.QtWidgets import QAbstractItemView, QLineEdit
from windows import activities_screen

from leadapp.demo import write_large
from leadapp.domain.enums import OwnerRole
from leadapp.store.activities import ActivityQuery
from leadapp.store.sessions import SessionQuery
from leadapp.store.store import Store
from leadapp.ui.actions.actions_screen import SHOW_ALL, ActionsScreen
from leadapp.ui.activities.activities_screen import ActivitiesScreen
from leadapp.ui.jobs import wait_for_jobs
from leadapp.ui.privacy import Privacy
from leadapp.ui.sessions.sessions_screen import SessionsScreen


def _answers_arrived(qtbot) -> None:
    """A list's count and ids come from a worker, and Python's cycle collector is held until each answer has
    been handled on this thread. Scrolled to its end by keystrokes alone, a list can still have one on its way
    when the test ends; handled in teardown, after the test had let the screen go, it was followed (about one
    run in five) by the model's attributes gone while its view still asked it for rows, then a segmentation
    fault. The answers are handled here, while the screen is still held."""
    assert wait_for_jobs(10_000)
    qtbot.wait(30)


def _scroll_to_end(qtbot, screen: ActivitiesScreen) -> list[str]:
    screen.table.setFocus()
    qtbot.waitUntil(screen.model.counted)
    for _ in range(50):
        qtbot.keyClick(screen.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        if screen.model.counted() and screen.model.rowCount() == screen.model.total():
            break
    _answers_arrived(qtbot)
    return [screen.model.row_object(row).activity.id for row in range(screen.model.rowCount())]  # type: ignore[union-attr]


def test_scrolling_the_activities_list_to_its_end_shows_every_activity_once_in_order(
    qtbot, store: Store, ref, data_events
) -> None:
    write_large(store, seed=1, mentees=2)
    screen = activities_screen(qtbot, store, ref, data_events)
    screen.resize(900, 600)
    screen.show()
    shown = _scroll_to_end(qtbot, screen)
    listed = [a.id for a in store.activities.listing(ActivityQuery(), limit=10_000)]
    assert len(listed) == 1000
    assert shown == listed


def test_an_activity_removed_while_scrolling_is_not_shown_on_later_pages(
    qtbot, store: Store, ref, data_events
) -> None:
    write_large(store, seed=1, mentees=2)
    screen = activities_screen(qtbot, store, ref, data_events)
    screen.resize(900, 600)
    screen.show()
    qtbot.keyClick(screen.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    listed = [a.id for a in store.activities.listing(ActivityQuery(), limit=10_000)]
    gone = listed[-1]
    store.activities.remove(gone)
    shown = _scroll_to_end(qtbot, screen)
    assert gone not in shown
    assert shown == [i for i in listed if i != gone][: len(shown)]


def _scroll_ids(qtbot, table, model) -> list[str]:
    table.setFocus()
    qtbot.waitUntil(model.counted)
    for _ in range(50):
        qtbot.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        if model.counted() and model.rowCount() == model.total():
            break
    _answers_arrived(qtbot)
    return [model.row_object(row) for row in range(model.rowCount())]


@pytest.mark.parametrize("sort", ["date", "mentee", "open"])
def test_scrolling_the_session_list_to_its_end_follows_its_sort(
    qtbot, store: Store, ref, sort: str, data_events
) -> None:
    write_large(store, seed=1, mentees=3)
    screen = SessionsScreen(store, ref, data_events, Privacy(), OwnerRole.MENTOR)
    qtbot.addWidget(screen)
    screen.show()
    query = SessionQuery(sort=sort)
    screen.model.set_query(query)
    shown = [row.session.id for row in _scroll_ids(qtbot, screen.table, screen.model)]
    listed = [row.session.id for row in store.sessions.listing(query, limit=10_000)]
    assert len(listed) == 300
    assert shown == listed


def test_scrolling_all_actions_to_the_end_shows_each_once_in_order(
    qtbot, store: Store, ref, data_events
) -> None:
    write_large(store, seed=1, mentees=3)
    screen = ActionsScreen(store, data_events)
    qtbot.addWidget(screen)
    screen.show()
    screen.show_filter.setCurrentIndex(screen.show_filter.findData(SHOW_ALL))
    shown = [row.action.id for row in _scroll_ids(qtbot, screen.table, screen.model)]
    listed = [row.action.id for row in store.actions.listing(screen.query(), limit=100_000)]
    assert len(listed) > 400
    assert shown == listed


def test_no_key_starts_editing_a_listed_cell(qtbot, store: Store, ref, data_events) -> None:
    """A listed cell is an item of a QStandardItemModel, which could be editable: neither its flags nor
    the view let a key start editing it."""
    write_large(store, seed=1, mentees=2)
    screen = SessionsScreen(store, ref, data_events, Privacy(), OwnerRole.MENTOR)
    qtbot.addWidget(screen)
    screen.show()
    table = screen.table
    table.setFocus()
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0)
    index = screen.model.index(0, 1)
    table.setCurrentIndex(index)
    shown = index.data()
    for key in (Qt.Key.Key_F2, Qt.Key.Key_Space, Qt.Key.Key_A):
        qtbot.keyClick(table, key)
        assert table.state() != QAbstractItemView.State.EditingState
    assert not table.viewport().findChildren(QLineEdit)
    assert screen.model.index(0, 1).data() == shown
    _answers_arrived(qtbot)


def test_a_list_scrolled_to_its_end_holds_no_python_cells(qtbot, store: Store, ref, data_events) -> None:
    """The model makes its cells in C++: a QStandardItem made in Python keeps its Python wrapper alive as
    long as the model lives, one for every cell of every row read, and for rows removed since."""
    write_large(store, seed=1, mentees=3)
    screen = SessionsScreen(store, ref, data_events, Privacy(), OwnerRole.MENTOR)
    qtbot.addWidget(screen)
    screen.show()
    rows = _scroll_ids(qtbot, screen.table, screen.model)
    assert len(rows) == 300
    screen.search.setText("falls")
    screen.reload()
    qtbot.waitUntil(lambda: screen.model.query.text == "falls" and not screen.search_busy())
    assert 0 < screen.model.rowCount() < 300
    gc.collect()
    cells = [thing for thing in gc.get_objects() if isinstance(thing, QStandardItem)]
    assert len(cells) <= 1, "no more than the model's prototype"
    _answers_arrived(qtbot)
