"""A search shows its first rows as soon as they are read, highlighted; the rest arrive as the list scrolls.

The worker reads the rows the list has room for rather than 200, so a search answers sooner; the list is
still full to its bottom, and scrolling must still reach every match, in the same order and with the same
passages as the store lists them.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex

from leadapp.demo import write_large
from leadapp.domain.enums import OwnerRole
from leadapp.store.sessions import MARK_END, MARK_START
from leadapp.store.store import Store
from leadapp.ui.privacy import Privacy
from leadapp.ui.sessions.session_model import MATCH_COLUMN
from leadapp.ui.sessions.sessions_screen import SessionsScreen
from leadapp.ui.widgets.rich_text_delegate import MARKED_ROLE


def test_a_search_shows_highlighted_first_rows_and_scrolls_to_every_match_in_order(
    qtbot, store: Store, ref, data_events
) -> None:
    write_large(store, seed=5, mentees=3)
    screen = SessionsScreen(store, ref, data_events, Privacy(), OwnerRole.MENTOR)
    qtbot.addWidget(screen)
    screen.show()
    screen.search.setText("falls")
    screen.reload()
    qtbot.waitUntil(lambda: screen.model.query.text == "falls" and not screen.search_busy())

    model = screen.model
    expected = store.sessions.listing(model.query, limit=10_000)
    qtbot.waitUntil(model.counted)  # counted on the list's worker once the rows are shown
    assert model.total() == len(expected)
    assert screen.summary.text() == f"{len(expected):,} sessions"
    viewport = screen.table.viewport()
    assert screen.table.rowAt(viewport.height() - 1) != -1, "rows to the list's bottom"
    assert model.rowCount() <= screen.table.rowAt(viewport.height() - 1) + 3 < len(expected)
    marked = model.data(model.index(0, MATCH_COLUMN), MARKED_ROLE)
    assert MARK_START in marked and MARK_END in marked and "falls" in marked.lower()

    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    shown = [model.row_object(row) for row in range(model.rowCount())]
    assert shown == expected
