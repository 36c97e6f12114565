"""Actions across sessions: open and overdue first, by owner and mentee, to mark done or reschedule."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from leadapp.domain.enums import ActionOwner, ActionStatus
from leadapp.domain.ids import today
from leadapp.domain.sessions import ActionListing
from leadapp.store.changes import Table
from leadapp.store.errors import StoreError
from leadapp.store.sessions import ActionQuery
from leadapp.store.store import Store
from leadapp.ui import labels
from leadapp.ui.events import DataEvents, WhenShown
from leadapp.ui.screen import Screen
from leadapp.ui.theme import ERROR, ERROR_ON_DARK
from leadapp.ui.widgets.date_field import DateField, format_date
from leadapp.ui.widgets.paged_model import Column, PagedTableModel
from leadapp.ui.widgets.roles import set_role
from leadapp.ui.widgets.tables import list_table

SHOW_OPEN, SHOW_OVERDUE, SHOW_DONE, SHOW_ALL = "open", "overdue", "done", "all"


class ActionModel(PagedTableModel[ActionListing]):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._coloured: set[int] = set()
        """Rows whose cells hold the overdue colour: only they need it taken off when another row takes
        their place (a call into Qt for each cell of every row read cost about 3 ms a page)."""

    def dress(self, position: int, row: ActionListing) -> None:
        """An overdue action's row is in the error colour, in the theme's shade when the row is read."""
        brush = None
        if row.action.is_overdue(today()):
            dark = QApplication.palette().window().color().lightness() < 128
            brush = QBrush(QColor(ERROR_ON_DARK if dark else ERROR))
            self._coloured.add(position)
        elif position in self._coloured:
            self._coloured.discard(position)
        else:
            return
        for column in range(self.columnCount()):
            self.setData(self.index(position, column), brush, Qt.ItemDataRole.ForegroundRole)

    def recolour(self) -> None:
        """The overdue rows in the new theme's shade (the views are told of each cell)."""
        for position in range(self.rowCount()):
            row = self.row_object(position)
            if row is not None:
                self.dress(position, row)


class ActionsScreen(Screen, QWidget):
    def __init__(self, store: Store, events: DataEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.mentee_id: str | None = None
        self.setAccessibleName(self.tr("Actions"))
        owners = labels.action_owners()
        statuses = labels.action_statuses()

        def status_text(row: ActionListing) -> str:
            if row.action.is_overdue(today()):
                return self.tr("Overdue")
            return statuses[row.action.status]

        columns: list[Column[ActionListing]] = [
            Column(self.tr("Due"), lambda r: format_date(r.action.due_date)),
            Column(self.tr("Status"), status_text),
            Column(self.tr("Action"), lambda r: r.action.text or self.tr("(no text yet)")),
            Column(self.tr("Mentee"), lambda r: r.mentee_name),
            Column(self.tr("Owner"), lambda r: owners[r.action.owner]),
            Column(self.tr("Agreed"), lambda r: format_date(r.session_date)),
        ]
        self.model = ActionModel(
            columns,
            self._fetch,
            self._count,
            self,
            ids=lambda: self.store.actions.listing_ids(self.query()),
            by_ids=self.store.actions.listing_by_ids,
        )
        self.model.count_in_background(self.store.path, self._counting)
        self.model.order_in_background(self.store.path, self._ordering)

        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Actions"))
        set_role(title, "heading")
        layout.addWidget(title)
        self.summary = QLabel()
        set_role(self.summary, "secondary")
        layout.addWidget(self.summary)
        filters = QHBoxLayout()
        self.show_filter = QComboBox()
        self.show_filter.setAccessibleName(self.tr("Show"))
        for code, text in (
            (SHOW_OPEN, self.tr("Open")),
            (SHOW_OVERDUE, self.tr("Overdue")),
            (SHOW_DONE, self.tr("Done")),
            (SHOW_ALL, self.tr("All")),
        ):
            self.show_filter.addItem(text, code)
        self.owner_filter = QComboBox()
        self.owner_filter.setAccessibleName(self.tr("Owner"))
        self.owner_filter.addItem(self.tr("Anyone's"), "")
        for owner, text in owners.items():
            self.owner_filter.addItem(text, owner.value)
        filters.addWidget(self.show_filter)
        filters.addWidget(self.owner_filter)
        filters.addStretch(1)
        layout.addLayout(filters)

        self.table = list_table(self.tr("Actions list"), self.model)
        layout.addWidget(self.table, 1)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)

        buttons = QHBoxLayout()
        self.done_button = QPushButton(self.tr("Mark done (Ctrl+D)"))
        self.done_button.clicked.connect(self.mark_done)
        QShortcut(QKeySequence("Ctrl+D"), self, self.mark_done)
        self.reopen_button = QPushButton(self.tr("Reopen"))
        self.reopen_button.clicked.connect(self.reopen)
        self.new_due = DateField()
        self.new_due.setAccessibleName(self.tr("New due date"))
        self.new_due.setPlaceholderText(self.tr("New due date"))
        self.reschedule_button = QPushButton(self.tr("Reschedule"))
        self.reschedule_button.clicked.connect(self.reschedule)
        self.new_due.returnPressed.connect(self.reschedule)
        self.message = QLabel()
        set_role(self.message, "error")
        for widget in (self.done_button, self.reopen_button, self.new_due, self.reschedule_button):
            buttons.addWidget(widget)
        buttons.addWidget(self.message, 1)
        layout.addLayout(buttons)

        self.show_filter.currentIndexChanged.connect(self.reload)
        self.owner_filter.currentIndexChanged.connect(self.reload)
        events.watch(self, {Table.ACTIONS, Table.SESSIONS}, WhenShown(self, self.reload))
        self.reload()

    def changeEvent(self, event: QEvent) -> None:
        """A new theme (a palette change) gives the overdue rows its own shade of the error colour: the
        colour is set on the cells when their rows are read."""
        if event.type() == QEvent.Type.PaletteChange:
            self.model.recolour()
        super().changeEvent(event)

    def query(self) -> ActionQuery:
        show = self.show_filter.currentData()
        owner = self.owner_filter.currentData() or None
        statuses: tuple[ActionStatus, ...] = {
            SHOW_OPEN: (ActionStatus.OPEN,),
            SHOW_OVERDUE: (ActionStatus.OPEN,),
            SHOW_DONE: (ActionStatus.DONE,),
            SHOW_ALL: (),
        }[show]
        return ActionQuery(
            mentee_id=self.mentee_id,
            owner=ActionOwner(owner).value if owner else None,
            statuses=statuses,
            overdue_on=today() if show == SHOW_OVERDUE else None,
        )

    def _fetch(self, offset: int, limit: int) -> list[ActionListing]:
        return self.store.actions.listing(self.query(), limit=limit, offset=offset)

    def _count(self) -> int:
        return self.store.actions.count_listing(self.query())

    def _counting(self) -> Callable[[Store], int]:
        query = self.query()
        return lambda reader: reader.actions.count_listing(query)

    def _ordering(self) -> Callable[[Store], list[str]]:
        query = self.query()
        return lambda reader: reader.actions.listing_ids(query)

    def reload(self) -> None:
        self.model.reload()
        base = ActionQuery(mentee_id=self.mentee_id)
        open_count = self.store.actions.count_listing(base)
        overdue = self.store.actions.count_listing(ActionQuery(mentee_id=self.mentee_id, overdue_on=today()))
        self.summary.setText(self.tr("{0} open, {1} overdue").format(open_count, overdue))
        self.empty.setText(
            self.tr("Nothing here. Actions agreed in sessions appear here until they are done.")
            if not self.model.total()
            else ""
        )
        self.empty.setVisible(not self.model.total())

    def set_mentee(self, mentee_id: str | None) -> None:
        self.mentee_id = mentee_id
        self.reload()

    def refresh(self) -> None:
        self.reload()

    def _selected(self) -> ActionListing | None:
        index = self.table.currentIndex()
        return self.model.row_object(index.row()) if index.isValid() else None

    def _apply(self, change: str) -> None:
        row = self._selected()
        if row is None:
            self.message.setText(self.tr("Choose an action first."))
            return
        self.message.clear()
        position = self.table.currentIndex().row()
        try:
            if change == "done":
                self.store.actions.mark_done(row.action.id, today())
            elif change == "reopen":
                self.store.actions.reopen(row.action.id)
            else:
                if not self.new_due.is_valid():
                    self.message.setText(self.new_due.error)
                    return
                if self.new_due.value() is None:
                    self.message.setText(self.tr("Type the new due date first, for example 31/01/2027."))
                    return
                self.store.actions.reschedule(row.action.id, self.new_due.value())
                self.new_due.clear()
        except StoreError as error:
            self.message.setText(str(error))
            return
        self.reload()
        if self.model.rowCount():
            self.table.selectRow(min(position, self.model.rowCount() - 1))

    def mark_done(self) -> None:
        self._apply("done")

    def reopen(self) -> None:
        self._apply("reopen")

    def reschedule(self) -> None:
        self._apply("reschedule")
