"""Home's quiet "To finish" list: what someone marked "finish later", with no count in a badge and no
reminder. It shows only when something is marked and says nothing more than what and whose."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout, QWidget

from leadapp.domain.enums import Visibility
from leadapp.domain.one_line import first_line
from leadapp.domain.sharing import SharingScope
from leadapp.store.changes import Table
from leadapp.store.store import Store
from leadapp.store.to_finish import ToFinish, to_finish
from leadapp.ui.widgets.date_field import format_date
from leadapp.ui.widgets.paged_model import Column, PagedTableModel
from leadapp.ui.widgets.roles import set_role
from leadapp.ui.widgets.tables import list_table

VISIBLE_ROWS = 5
WATCHED = frozenset({Table.SESSIONS, Table.ACTIVITIES, Table.NOTES, Table.PEOPLE})


class ToFinishList(QWidget):
    open_record = Signal(str, str, str)
    """Table, record id and person, for the window to open the record's editor."""

    def __init__(self, store: Store, own_private: Visibility, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.own_private = own_private
        self.scope = SharingScope()
        self.person_id: str | None = None
        self._rows: list[ToFinish] = []
        kinds: dict[str, str] = {
            Table.SESSIONS: self.tr("Session"),
            Table.ACTIVITIES: self.tr("Activity"),
            Table.NOTES: self.tr("Note"),
        }
        columns: list[Column[ToFinish]] = [
            Column(self.tr("What"), lambda r: kinds.get(r.table, r.table)),
            Column(self.tr("Who"), lambda r: r.person_name),
            Column(self.tr("Date"), lambda r: format_date(date.fromisoformat(r.day)) if r.day else ""),
            Column(
                self.tr("First line"),
                lambda r: (
                    self.tr("Private text hidden while sharing")
                    if r.text is None
                    else first_line(r.text) or self.tr("(nothing written yet)")
                ),
            ),
        ]
        self.model: PagedTableModel[ToFinish] = PagedTableModel(
            columns, lambda offset, limit: self._rows[offset : offset + limit], lambda: len(self._rows), self
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self.tr("To finish"))
        set_role(self.title, "subheading")
        layout.addWidget(self.title)
        self.table: QTableView = list_table(self.tr("To finish"), self.model)
        self.table.setAccessibleDescription(self.tr("Things marked to finish later. Enter opens one."))
        self.table.activated.connect(self._open)
        layout.addWidget(self.table)
        self.hide()  # until the first refresh, which the screen holding it asks for with its sharing scope

    def set_scope(self, scope: SharingScope, person_id: str | None = None) -> None:
        self.scope, self.person_id = scope, person_id
        self.refresh()

    def refresh(self) -> None:
        self._rows = to_finish(self.store, self.scope, self.own_private, self.person_id)
        self.model.reload()
        rows = min(len(self._rows), VISIBLE_ROWS)
        line = self.table.verticalHeader().defaultSectionSize()
        self.table.setFixedHeight(line * rows + self.table.horizontalHeader().sizeHint().height() + 4)
        self.setVisible(bool(self._rows))

    def _open(self, index: QModelIndex) -> None:
        row = self.model.row_object(index.row())
        if row is not None:
            self.open_record.emit(row.table, row.record_id, row.person_id)
