"""Removing the selected row of a list (a session, an activity): the Delete key or a Remove button below it.

The record goes to the bin with what belongs to it, and the status bar offers Undo, so neither asks first.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTableView

from leadapp.store.repository import Repository
from leadapp.ui.screen import StoreWriting


def removal_row(
    table: QTableView,
    repository: Repository,
    selected_id: Callable[[int], str | None],
    name: str,
    writer: StoreWriting,
) -> QHBoxLayout:
    """A row holding the Remove button for `table`; Delete on the table does the same. A refused removal
    is said on the `writer`'s problem signal."""

    def remove() -> None:
        rows = table.selectionModel().selectedRows()
        if not rows:
            return
        place = rows[0].row()
        record_id = selected_id(place)
        if record_id is None:
            return
        if not writer.wrote(repository.remove, record_id):
            return
        table.setFocus()
        left = table.model().rowCount()
        if left:
            table.selectRow(min(place, left - 1))

    button = QPushButton(table.tr("Remove {0} (Delete)").format(name))
    button.setAccessibleName(table.tr("Remove the selected {0}").format(name))
    button.setToolTip(table.tr("Moves it to the bin; Ctrl+Z brings it back"))
    button.clicked.connect(remove)
    key = QShortcut(QKeySequence(Qt.Key.Key_Delete), table, remove)
    key.setContext(Qt.ShortcutContext.WidgetShortcut)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(button)
    return row
