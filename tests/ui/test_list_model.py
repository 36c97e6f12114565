"""The list model of the Bin and Backups dialogs: a column is a title and the text shown for a row."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from leadapp.domain.bin import BinEntry
from leadapp.ui.widgets.list_model import ListModel
from leadapp.ui.widgets.paged_model import Column
from leadapp.ui.widgets.tables import list_table

ENTRIES = [
    BinEntry("sessions", "s1", "Session on 2 March", "2026-03-02T09:00:00Z"),
    BinEntry("actions", "a1", "Book the course", "2026-03-03T10:30:00Z"),
]


def model() -> ListModel[BinEntry]:
    return ListModel([Column("Title", lambda e: e.title), Column("Table", lambda e: e.table)])


def test_rows_are_shown_by_their_columns_and_nothing_else(qtbot) -> None:
    shown = model()
    assert shown.rowCount() == 0
    shown.set_rows(ENTRIES)
    assert (shown.rowCount(), shown.columnCount()) == (2, 2)
    assert shown.rowCount(shown.index(0, 0)) == 0, "a list: no row has rows below it"
    assert [shown.headerData(c, Qt.Orientation.Horizontal) for c in range(2)] == ["Title", "Table"]
    assert shown.headerData(0, Qt.Orientation.Vertical) is None
    assert shown.data(shown.index(1, 0)) == "Book the course"
    assert shown.data(shown.index(0, 1)) == "sessions"
    assert shown.data(shown.index(0, 0), Qt.ItemDataRole.EditRole) is None
    assert shown.data(QModelIndex()) is None


def test_the_selected_row_is_the_one_chosen_in_the_table(qtbot) -> None:
    shown = model()
    table = list_table("Removed records", shown)
    qtbot.addWidget(table)
    shown.set_rows(ENTRIES)
    assert shown.selected(table) is None
    table.selectRow(1)
    assert shown.selected(table) == ENTRIES[1]
    shown.set_rows(ENTRIES[:1])
    assert shown.selected(table) is None, "a reset clears the choice rather than pointing past the end"
