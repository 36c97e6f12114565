"""A read-only table model that fetches rows from the store a page at a time.

Views call `canFetchMore`/`fetchMore` as the user scrolls, so a list of tens of thousands of rows opens with
one short page read and one count (none when that page is not full); Qt fetches more at once if the first page
does not fill the view. Counting reads every listed row, so it grows with the database (55 ms for 96,000
sessions): a model given `count_in_background` counts a full first page on a worker instead, and the list
opens in the same time at any size; `total_known` says when the count has come.

Given `ids` and `by_ids`, later pages come from one sort of the listing's ids, read by id: skipping rows
with OFFSET re-sorts everything shown before, so the end of a long list was the slowest page to reach.
Sorting every id takes longer than any page (10-25 ms for the 1x lists, half a second at 16x); done on the
window's thread when scrolling started, it was the one stalled page. A model given `order_in_background`
reads the ids on the same worker once the count is known (for rows read elsewhere, a search's first page,
once scrolling starts), and a page asked for before they come is read by offset, as the first was. Without
it the ids are sorted when scrolling starts.

The model is a QStandardItemModel whose cells are filled as rows are read. A view asks seven roles of every
cell it paints, and a model answering in Python was called about 800 times a paint of 22 rows; the cells
answer in C++, and a search's first paint fell from about 19 to 13 ms. The cells are made by the model
from its prototype (`setData`), never as Python QStandardItems: each of those kept a Python wrapper alive
for as long as the model lived (120,000 for a scrolled list of all actions), and removed rows left theirs
behind. Rows keep their records beside the cells (`row_object`). A subclass may still answer a role in
Python (`data`), at that cost for its own list; `dress` sets any further role a delegate reads.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Generic, NamedTuple, TypeVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel

from leadapp.store.store import Store
from leadapp.ui.widgets.background_query import BackgroundQuery

T = TypeVar("T")
PAGE_SIZE = 50
"""Rows read each time scrolling reaches the end of those read: a page read by id costs about its length
(200 activities with their people's names took 10-15 ms, close to a frame), and a person scrolling sees
about forty rows at a time. Filling the cells is about two calls into Qt a cell, a few milliseconds for
100 rows: at 50 the slowest page of the sessions list fell from about 21 to 10 ms."""
FIRST_PAGE = 60
"""Rows read when a list opens: a tall window shows about forty; reading 200 rows into records took longer
than the rest of opening the list."""

Index = QModelIndex | QPersistentModelIndex
Counting = Callable[[], Callable[[Store], int]]
Ordering = Callable[[], Callable[[Store], list[str]]]


class Column(NamedTuple, Generic[T]):
    title: str
    text: Callable[[T], str]


CELL_FLAGS = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
"""A read-only list's cells, as a plain table model gives them: never edited, dragged or dropped on."""


class PagedTableModel(QStandardItemModel, Generic[T]):
    """Empty until `reload()`, so a screen can build its filters before the first query."""

    total_known = Signal()

    def __init__(
        self,
        columns: Sequence[Column[T]],
        fetch: Callable[[int, int], list[T]],
        count: Callable[[], int],
        parent: Any = None,
        ids: Callable[[], list[str]] | None = None,
        by_ids: Callable[[list[str]], list[T]] | None = None,
    ) -> None:
        super().__init__(0, len(columns), parent)
        self._columns = list(columns)
        self.setHorizontalHeaderLabels([column.title for column in self._columns])
        prototype = QStandardItem()
        prototype.setFlags(CELL_FLAGS)
        self.setItemPrototype(prototype)
        self._fetch = fetch
        self._count = count
        self._ids, self._by_ids = ids, by_ids
        self._order: list[str] | None = None
        self._order_coming = False
        self._order_when_scrolled = False
        """Rows shown from elsewhere: their ids are to be asked of the worker when scrolling starts."""
        self._position = 0
        self._rows: list[T] = []
        self.first_rows = FIRST_PAGE
        """Rows a reload reads first; a screen that knows how many its list has room for says so."""
        self._total: int | None = 0
        self._worker: BackgroundQuery | None = None
        self._count_job: Counting | None = None
        self._count_after_paint = QTimer(self)
        self._count_after_paint.setSingleShot(True)
        self._count_after_paint.setInterval(0)
        self._count_after_paint.timeout.connect(self._count_shown)
        self._order_job: Ordering | None = None

    def _worker_on(self, db_path: Path) -> None:
        if self._worker is None:
            self._worker = BackgroundQuery(db_path, self)

    def count_in_background(self, db_path: Path, counting: Counting) -> None:
        """`counting` is asked at each reload for a count of what the list now shows, to run on a worker's
        own read-only connection; the newest reload's count is the one kept."""
        self._worker_on(db_path)
        self._count_job = counting

    def order_in_background(self, db_path: Path, ordering: Ordering) -> None:
        """`ordering` is asked at each reload for the ids of what the list now shows, in its order, to read on
        the counting worker once the count has come (read with it, they held the count back: the sort takes
        longer). Only the newest reload's ids are kept. Needs `count_in_background`."""
        self._worker_on(db_path)
        self._order_job = ordering

    def reload(self) -> None:
        self.beginResetModel()
        self._order = None
        self._order_when_scrolled = False
        self._rows = self._fetch(0, self.first_rows)
        full = len(self._rows) == self.first_rows
        self.stop_counting()
        worker = self._worker
        counting = self._count_job if full and worker is not None else None
        ordering = self._order_job() if counting is not None and self._order_job is not None else None
        self._order_coming = ordering is not None
        self._total = None if counting else self._count() if full else len(self._rows)
        self._place(self._rows, 0)
        self.endResetModel()
        if counting is None or worker is None:
            self.total_known.emit()
            return

        def counted(total: int) -> None:
            self._counted(total)
            self._read_order(ordering)

        worker.run(counting(), counted, lambda _error: counted(self._count()))

    def _read_order(self, ordering: Callable[[Store], list[str]] | None) -> None:
        """Started once the count is known, and only when there are rows beyond those shown."""
        if ordering is None or self._worker is None or not self.canFetchMore(QModelIndex()):
            self._order_coming = False
            return
        self._order_coming = True
        self._worker.run(ordering, self._ordered, self._not_ordered)

    def _ordered(self, ids: list[str]) -> None:
        """Rows already read by offset are the start of this order: later pages go on from there by id."""
        self._order_coming = False
        if self._order is None:
            self._order, self._position = ids, len(self._rows)

    def _not_ordered(self, _error: Exception) -> None:
        """Scrolling further sorts the ids on the window's connection, as a model without a worker does."""
        self._order_coming = False

    def order_known(self) -> bool:
        """True once later pages are read by id."""
        return self._order is not None

    def stop_counting(self) -> None:
        """Rows are about to be replaced from elsewhere (a search): a count or an order still on its way is
        not theirs."""
        self._order_coming = False
        self._count_after_paint.stop()
        if self._worker is not None:
            self._worker.cancel()

    def _counted(self, total: int) -> None:
        """The count is known (from the worker, or from reading the list to its end): any other on its way
        is dropped."""
        self.stop_counting()
        self._total = max(total, len(self._rows))
        self.total_known.emit()

    def counted(self) -> bool:
        """False while a count is on its way: `total()` is then the rows read so far."""
        return self._total is not None

    def show_loaded(self, total: int | None, rows: list[T]) -> None:
        """Rows read elsewhere (a search's first page, on a worker), with their count, or None to have the
        counting worker count them now they are shown. When scrolling first reaches their end, the ids of the
        rest are asked of the counting worker and that page is read through `fetch`: sorted on the window's
        thread, the ids of a search matching thousands stalled that page, and read at once after every
        search, they would be read for each pause in typing, mostly for nothing."""
        self.stop_counting()
        self.beginResetModel()
        self._order = None
        self._total, self._rows = total, list(rows)
        self._place(self._rows, 0)
        self.endResetModel()
        self._order_when_scrolled = self._order_job is not None
        if total is not None:
            self.total_known.emit()
        elif self._worker is not None and self._count_job is not None:
            self._count_after_paint.start()
        else:
            self._counted(self._count())

    def _count_shown(self) -> None:
        """The count of rows shown without one, begun once they are painted: the window's thread handles
        the paint the rows asked for before a timer that is due at once. Begun with the rows, the count's
        worker took turns at the interpreter with the paint's Python delegate, and the paint of a search
        took 7.5–10.5 ms instead of 6.6–6.8."""
        if self._total is None and self._worker is not None and self._count_job is not None:
            self._worker.run(self._count_job(), self._counted, lambda _error: self._counted(self._count()))

    def _next_page(self) -> list[T]:
        if self._ids is None or self._by_ids is None:
            return self._fetch(len(self._rows), PAGE_SIZE)
        if self._order is None:
            if self._order_when_scrolled and self._order_job is not None:
                self._order_when_scrolled = False
                self._read_order(self._order_job())
            if self._order_coming:  # never waits for the worker: read like the first page
                return self._fetch(len(self._rows), PAGE_SIZE)
            self._order, self._position = self._ids(), len(self._rows)
            if self._total is None:
                self._counted(len(self._order))
        while self._position < len(self._order):
            wanted = self._order[self._position : self._position + PAGE_SIZE]
            self._position += len(wanted)
            found = self._by_ids(wanted)
            if found:  # a page whose rows were all removed since the sort is passed over
                return found
        return []

    def set_source(self, fetch: Callable[[int, int], list[T]], count: Callable[[], int]) -> None:
        self._fetch, self._count = fetch, count
        self.reload()

    def total(self) -> int:
        return len(self._rows) if self._total is None else self._total

    def row_object(self, row: int) -> T | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and (self._total is None or len(self._rows) < self._total)

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid():
            return
        more = self._next_page()
        if not more:
            self._counted(len(self._rows))
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self._rows.extend(more)
        self._place(more, start)
        self.endInsertRows()
        if self._total is None and self._order is None and len(more) < PAGE_SIZE:
            self._counted(len(self._rows))

    def column_texts(self, column: int, count: int) -> list[str]:
        """The text shown in `column` for the first `count` rows, for sizing the column without a call
        through Qt for each cell."""
        text = self._columns[column].text
        return [text(row) for row in self._rows[:count]]

    def dress(self, position: int, row: T) -> None:
        """Sets any role besides the texts that a row's delegate reads (a role this row has no value for is
        cleared: the cells may have shown another row)."""

    def _place(self, rows: Sequence[T], first: int) -> None:
        """Puts `rows` in the cells from row `first` on, between this model's own announcement of a reset or
        an insert, which tells the views: QStandardItemModel's notice of each change is held back (a view
        told of each row would lay itself out again for every one). Cells shown before keep their items
        and are given new values; cells the model has not made are made from its prototype in C++."""
        columns = self._columns
        quiet = self.blockSignals(True)
        try:
            self.setRowCount(first + len(rows))
            index, set_data = self.index, self.setData
            for position, row in enumerate(rows, first):
                for number, column in enumerate(columns):
                    set_data(index(position, number), column.text(row))
                self.dress(position, row)
        finally:
            self.blockSignals(quiet)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The store gives the order: the cells are never sorted apart from the records beside them."""

    def find_row(self, predicate: Callable[[T], bool]) -> int:
        """Position of the first loaded row matching, fetching further pages as needed; -1 if none."""
        while True:
            for position, row in enumerate(self._rows):
                if predicate(row):
                    return position
            if not self.canFetchMore(QModelIndex()):
                return -1
            self.fetchMore(QModelIndex())
