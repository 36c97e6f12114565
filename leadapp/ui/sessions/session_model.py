"""The session list model: paged from the store, sortable, with the search match shown highlighted."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt

from leadapp.domain.reference import Reference
from leadapp.domain.sessions import SessionListing
from leadapp.store.sessions import SessionQuery
from leadapp.store.store import Store
from leadapp.ui import labels
from leadapp.ui.widgets.date_field import format_date
from leadapp.ui.widgets.paged_model import Column, PagedTableModel
from leadapp.ui.widgets.rich_text_delegate import MARKED_ROLE, plain

SORT_KEYS = {0: "date", 1: "mentee", 2: "status", 4: "open"}
MATCH_COLUMN = 5


@dataclass(frozen=True)
class FirstPage:
    query: SessionQuery
    total: int | None
    """None while uncounted: the list's counting worker counts once the rows are shown."""
    rows: list[SessionListing]


SEARCH_FIRST_ROWS = 60
"""Rows a search reads before showing its results when the screen does not say how many it shows."""


def first_page(store: Store, query: SessionQuery, rows: int = SEARCH_FIRST_ROWS) -> FirstPage:
    """What a search shows first, read on a worker's own connection; later pages load as the list scrolls.
    Reading, marking passages in and placing rows out of sight was most of a search's time: the screen asks
    for the rows its list has room for, and the view asks for the rest as it scrolls (at once, should the
    window grow). Fewer rows than asked for are all there are: no count is needed."""
    found = store.sessions.search_page(query, rows)
    return FirstPage(query, len(found) if len(found) < rows else None, found)


class SessionListModel(PagedTableModel[SessionListing]):
    def __init__(self, store: Store, ref: Reference, parent: Any = None) -> None:
        self.store = store
        self.query = SessionQuery()
        statuses = labels.session_statuses()
        shorts = {c.code: c.short for c in ref.categories}
        columns: list[Column[SessionListing]] = [
            Column(self.tr("Date"), lambda r: format_date(r.session.session_date)),
            Column(self.tr("Mentee"), lambda r: r.mentee_name),
            Column(self.tr("Status"), lambda r: statuses[r.session.status]),
            Column(
                self.tr("Categories"), lambda r: ", ".join(shorts.get(c, c) for c in r.session.categories)
            ),
            Column(self.tr("Open actions"), lambda r: str(r.open_actions) if r.open_actions else ""),
            Column(self.tr("Match"), lambda r: plain(r.snippet)),
        ]
        self._never_loaded = True
        """Turning sorting on asks for the order the list already has: no read until the screen's first."""
        super().__init__(
            columns,
            self._fetch,
            self._count,
            parent,
            ids=lambda: self.store.sessions.listing_ids(self.query),
            by_ids=lambda ids: self.store.sessions.listing_by_ids(self.query, ids),
        )
        self.count_in_background(store.path, self._counting)
        self.order_in_background(store.path, self._ordering)

    def _fetch(self, offset: int, limit: int) -> list[SessionListing]:
        return self.store.sessions.listing(self.query, limit=limit, offset=offset)

    def _count(self) -> int:
        return self.store.sessions.count_listing(self.query)

    def _counting(self) -> Callable[[Store], int]:
        query = self.query
        return lambda reader: reader.sessions.count_listing(query)

    def _ordering(self) -> Callable[[Store], list[str]]:
        query = self.query
        return lambda reader: reader.sessions.listing_ids(query)

    def set_query(self, query: SessionQuery) -> None:
        self.query = query
        self.reload()

    def dress(self, position: int, row: SessionListing) -> None:
        """A search's passage keeps its marks for the delegate, which draws the matched words bold."""
        self.setData(self.index(position, MATCH_COLUMN), row.snippet or None, MARKED_ROLE)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column)
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        unchanged = (key, descending) == (self.query.sort, self.query.descending)
        self.query = SessionQuery(**{**self.query.__dict__, "sort": key, "descending": descending})
        if not (unchanged and self._never_loaded):
            self.reload()

    def reload(self) -> None:
        self._never_loaded = False
        super().reload()

    def show_results(self, query: SessionQuery, total: int | None, rows: list[SessionListing]) -> None:
        self._never_loaded = False
        self.query = query
        self.show_loaded(total, rows)
