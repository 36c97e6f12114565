"""The compact, keyboard-friendly table every list screen uses."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

SIZING_ROWS = 30
"""Columns fit their contents judged on this many rows; measuring every loaded row costs seconds."""


def list_table(name: str, model: QAbstractItemModel, stretch_column: int | None = None) -> QTableView:
    """Rows selected whole, one at a time, read-only; Tab leaves the table rather than walking its cells.

    Every table in the app is made here, so none can become a keyboard trap (a QTableWidget walks Tab
    through every cell by default: forty presses to get past a short list).
    """
    table = QTableView()
    table.setAccessibleName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.setTabKeyNavigation(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setResizeContentsPrecision(SIZING_ROWS)
    if stretch_column is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    return table
