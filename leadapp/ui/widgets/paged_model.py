"""A read-only table model that fetches rows from the store a page at a time.

Views call `canFetchMore`/`fetchMore` as the user scrolls, so a list of tens of thousands of rows opens with
one short page read and one count (none when that page is not full); Qt fetches more at once if the first page
does not fill the view. Counting reads every listed row, so it grows with the database (55 ms for 96,000
sessions): a model given `count_in_background` counts a full first page on a worker instead, and the list
opens in the same time at any size; `total_known` says when the count has come.

Given `ids` and `by_ids`, later pages come from one sort of the ids taken when scrolling starts, read by id:
skipping rows with OFFSET re-sorts everything shown before, so the end of a long list was the slowest page to
reach.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from leadapp.store.store import Store
from leadapp.ui.widgets.background_query import BackgroundQuery

T = TypeVar("T")
PAGE_SIZE = 200
FIRST_PAGE = 60
"""Rows read when a list opens: a tall window shows about forty; reading 200 rows into records took longer
than the rest of opening the list."""
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
TEXT_ROLES = frozenset({int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.AccessibleTextRole)})

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[T]):
    title: str
    text: Callable[[T], str]


class PagedTableModel(QAbstractTableModel, Generic[T]):
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
        super().__init__(parent)
        self._columns = list(columns)
        self._fetch = fetch
        self._count = count
        self._ids, self._by_ids = ids, by_ids
        self._order: list[str] | None = None
        self._position = 0
        self._rows: list[T] = []
        self._total: int | None = 0
        self._background: tuple[BackgroundQuery, Callable[[], Callable[[Store], int]]] | None = None

    def count_in_background(self, db_path: Path, counting: Callable[[], Callable[[Store], int]]) -> None:
        """`counting` is asked at each reload for a count of what the list now shows, to run on a worker's
        own read-only connection; the newest reload's count is the one kept."""
        self._background = (BackgroundQuery(db_path, self), counting)

    def reload(self) -> None:
        self.beginResetModel()
        self._order = None
        self._rows = self._fetch(0, FIRST_PAGE)
        full = len(self._rows) == FIRST_PAGE
        self.stop_counting()
        later = self._background if full else None
        self._total = None if later else self._count() if full else len(self._rows)
        self.endResetModel()
        if later is None:
            self.total_known.emit()
            return
        counter, counting = later
        counter.run(counting(), self._counted, lambda _error: self._counted(self._count()))

    def stop_counting(self) -> None:
        """Rows are about to be replaced from elsewhere (a search): a count still on its way is not theirs."""
        if self._background is not None:
            self._background[0].cancel()

    def _counted(self, total: int) -> None:
        """The count is known (from the worker, or from reading the list to its end): any other on its way
        is dropped."""
        self.stop_counting()
        self._total = max(total, len(self._rows))
        self.total_known.emit()

    def counted(self) -> bool:
        """False while a count is on its way: `total()` is then the rows read so far."""
        return self._total is not None

    def show_loaded(self, total: int, rows: list[T]) -> None:
        """Rows read elsewhere (on a worker): later pages are fetched through `fetch` as usual."""
        self.stop_counting()
        self.beginResetModel()
        self._order = None
        self._total, self._rows = total, list(rows)
        self.endResetModel()
        self.total_known.emit()

    def _next_page(self) -> list[T]:
        if self._ids is None or self._by_ids is None:
            return self._fetch(len(self._rows), PAGE_SIZE)
        if self._order is None:
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

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

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
        self.endInsertRows()
        if self._total is None and self._order is None and len(more) < PAGE_SIZE:
            self._counted(len(self._rows))

    def column_texts(self, column: int, count: int) -> list[str]:
        """The text `data()` shows in `column` for the first `count` rows, for sizing the column without a
        call through Qt for each cell."""
        text = self._columns[column].text
        return [text(row) for row in self._rows[:count]]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Asked thousands of times while a list is sized and painted, mostly for roles it has no answer
        for: those return before anything else is looked at."""
        text = role in TEXT_ROLES
        if not text and role != ROW_ROLE:
            return None
        position = index.row()
        if not 0 <= position < len(self._rows) or not index.isValid():
            return None
        row = self._rows[position]
        return self._columns[index.column()].text(row) if text else row

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._columns)
        ):
            return self._columns[section].title
        return None

    def find_row(self, predicate: Callable[[T], bool]) -> int:
        """Position of the first loaded row matching, fetching further pages as needed; -1 if none."""
        while True:
            for position, row in enumerate(self._rows):
                if predicate(row):
                    return position
            if not self.canFetchMore(QModelIndex()):
                return -1
            self.fetchMore(QModelIndex())
