"""The list tables' columns fit their title and the widest of the first rows, as Qt's own sizing did."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QHeaderView, QTableView, QTreeWidget

from leadapp.ui.widgets.list_model import ListModel
from leadapp.ui.widgets.paged_model import Column, PagedTableModel
from leadapp.ui.widgets.tables import SIZING_ROWS, list_table, own_viewport


@dataclass(frozen=True)
class Entry:
    name: str
    place: str


def _qt_fit(table: QTableView, column: int) -> int:
    """What the header's ResizeToContents gives a column: its title or its widest cell, whichever is wider."""
    return max(table.horizontalHeader().sectionSizeHint(column), table.sizeHintForColumn(column))


def _entries(count: int, long_at: int = 3) -> list[Entry]:
    return [
        Entry("A much longer name than the rest" if n == long_at else f"Name {n}", f"Ward {n % 7}")
        for n in range(count)
    ]


def test_columns_fit_like_resize_to_contents_for_every_new_set_of_rows(qtbot) -> None:
    model: ListModel[Entry] = ListModel([Column("Who", lambda e: e.name), Column("Where", lambda e: e.place)])
    table = list_table("Entries", model, stretch_column=1)
    qtbot.addWidget(table)
    table.resize(900, 500)
    table.show()
    assert table.horizontalHeader().sectionSize(0) == _qt_fit(table, 0), "empty: the title's width"
    model.set_rows(_entries(10))
    assert table.horizontalHeader().sectionSize(0) == _qt_fit(table, 0)
    wide = table.horizontalHeader().sectionSize(0)
    model.set_rows(_entries(10, long_at=-1))
    assert table.horizontalHeader().sectionSize(0) == _qt_fit(table, 0) < wide, "a new set sizes again"
    model.set_rows(_entries(SIZING_ROWS + 20, long_at=SIZING_ROWS + 5))
    assert table.horizontalHeader().sectionSize(0) < wide, "only the first rows are measured, as before"
    assert table.horizontalHeader().sectionResizeMode(1) == QHeaderView.ResizeMode.Stretch


def test_a_paged_list_is_sized_from_its_column_texts_when_its_rows_arrive(qtbot) -> None:
    rows = _entries(40)
    model: PagedTableModel[Entry] = PagedTableModel(
        [Column("Who", lambda e: e.name), Column("Where", lambda e: e.place), Column("Note", lambda e: "")],
        lambda offset, limit: rows[offset : offset + limit],
        lambda: len(rows),
    )
    table = list_table("Entries", model)
    qtbot.addWidget(table)
    table.show()
    model.reload()
    assert model.column_texts(0, 4) == [e.name for e in rows[:4]]
    for column in (0, 1):
        assert table.horizontalHeader().sectionSize(column) == _qt_fit(table, column)


def test_rows_added_a_few_at_a_time_and_a_new_text_size_are_fitted_too(qtbot) -> None:
    model = QStandardItemModel(0, 2)
    model.setHorizontalHeaderLabels(["Key", "What it does"])
    table = list_table("Keys", model)
    qtbot.addWidget(table)
    table.show()
    model.appendRow([QStandardItem("Ctrl+Shift+Alt+Something long"), QStandardItem("Does a thing")])
    qtbot.waitUntil(lambda: table.horizontalHeader().sectionSize(0) == _qt_fit(table, 0))
    before = table.horizontalHeader().sectionSize(0)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font = QFont(app.font())
    larger = QFont(font)
    larger.setPointSizeF(font.pointSizeF() * 1.5)
    app.setFont(larger)
    try:
        qtbot.waitUntil(lambda: table.horizontalHeader().sectionSize(0) > before)
        assert table.horizontalHeader().sectionSize(0) == _qt_fit(table, 0)
    finally:
        app.setFont(font)


class _Paints(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        self.count += event.type() == QEvent.Type.Paint
        return False


def test_new_rows_are_painted_once_not_again_after_sizing(qtbot) -> None:
    model: ListModel[Entry] = ListModel([Column("Who", lambda e: e.name), Column("Where", lambda e: e.place)])
    table = list_table("Entries", model)
    qtbot.addWidget(table)
    table.resize(700, 400)
    table.show()
    model.set_rows(_entries(20, long_at=2))
    qtbot.wait(50)
    paints = _Paints()
    table.viewport().installEventFilter(paints)
    model.set_rows(_entries(20, long_at=-1))
    qtbot.waitUntil(lambda: paints.count > 0)
    qtbot.wait(50)
    assert paints.count == 1


def test_a_column_shown_again_fits_the_rows_it_now_shows(qtbot) -> None:
    """The activities list hides its Mentee column for one mentee's scope; shown again, it must fit again."""
    model: ListModel[Entry] = ListModel([Column("Where", lambda e: e.place), Column("Who", lambda e: e.name)])
    table = list_table("Entries", model, stretch_column=0)
    qtbot.addWidget(table)
    table.resize(900, 500)
    table.show()
    table.setColumnHidden(1, True)
    model.set_rows(_entries(10))
    table.setColumnHidden(1, False)
    qtbot.waitUntil(lambda: table.horizontalHeader().sectionSize(1) == _qt_fit(table, 1))


def test_own_viewport_is_the_viewport_qt_gives(qtbot) -> None:
    table = list_table(
        "Places", PagedTableModel([Column("Name", lambda e: e.name)], lambda _o, _n: [], lambda: 0)
    )
    tree = QTreeWidget()
    qtbot.addWidget(table)
    qtbot.addWidget(tree)
    for area in (table, table.horizontalHeader(), tree, tree.header()):
        assert own_viewport(area) is area.viewport()
