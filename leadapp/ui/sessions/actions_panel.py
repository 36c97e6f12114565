"""Actions agreed in a session: one row each, added with Ctrl+Enter, saved as typed."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from leadapp.domain.enums import ActionOwner, ActionStatus
from leadapp.domain.ids import today
from leadapp.domain.sessions import Action, Session
from leadapp.store.changes import Table
from leadapp.store.store import Store
from leadapp.ui import labels
from leadapp.ui.screen import StoreWriting
from leadapp.ui.widgets.autosave import Autosaver
from leadapp.ui.widgets.choices import fill_items, select_data
from leadapp.ui.widgets.date_field import DateField
from leadapp.ui.widgets.merged_record import ConflictNotice, MergedRecord
from leadapp.ui.widgets.roles import set_role
from leadapp.ui.widgets.tab_order import removal_last
from leadapp.ui.widgets.tick_boxes import outlined


class ActionRow(StoreWriting, QWidget):
    removed = Signal(str)

    def __init__(self, store: Store, action: Action, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.autosaver = Autosaver(self.save, self)
        self.conflicts = ConflictNotice(
            {
                "text": self.tr("Action {0}").format(number),
                "owner": self.tr("Action {0} owner").format(number),
                "due_date": self.tr("Action {0} due date").format(number),
                "status": self.tr("Action {0} done").format(number),
                "done_on": self.tr("Action {0} done on").format(number),
            }
        )
        self.merged = MergedRecord(
            store.actions, self.autosaver, self.conflicts, self._apply, self.problem.emit, self
        )
        self.merged.load(action)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        layout = QHBoxLayout()
        outer.addLayout(layout)
        outer.addWidget(self.conflicts)
        self.done = outlined(QCheckBox())
        self.done.setAccessibleName(self.tr("Action {0} done").format(number))
        self.done.setChecked(action.status is ActionStatus.DONE)
        self.text = QLineEdit(action.text)
        self.text.setPlaceholderText(self.tr("What will be done"))
        self.text.setAccessibleName(self.tr("Action {0}").format(number))
        self.text.setMinimumWidth(self.text.fontMetrics().averageCharWidth() * 24)
        self.text.setCursorPosition(0)
        self.owner = QComboBox()
        self.owner.setAccessibleName(self.tr("Action {0} owner").format(number))
        fill_items(self.owner, [(k.value, v) for k, v in labels.action_owners().items()])
        select_data(self.owner, action.owner.value)
        self.due = DateField()
        self.due.setAccessibleName(self.tr("Action {0} due date").format(number))
        self.due.set_value(action.due_date)
        self.due.setMaximumWidth(self.due.fontMetrics().averageCharWidth() * 14)
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.setAccessibleName(self.tr("Remove action {0}").format(number))
        self.remove.setToolTip(self.tr("Moves the action to the bin; Ctrl+Z brings it back"))
        layout.addWidget(self.done)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.owner)
        layout.addWidget(self.due)
        layout.addWidget(self.remove)
        self.text.textEdited.connect(self.autosaver.touch)
        self.text.editingFinished.connect(self.autosaver.flush)
        self.due.date_changed.connect(self.autosaver.touch)
        self.due.editingFinished.connect(self.autosaver.flush)
        self.owner.activated.connect(self._save_now)
        self.done.toggled.connect(self._save_now)
        self.remove.clicked.connect(self._remove)

    @property
    def action(self) -> Action:
        """The action as the database last held it: the base that saves merge against."""
        base = self.merged.base
        assert base is not None
        return base

    def show_record(self, action: Action) -> None:
        """Take in a change made elsewhere (Actions screen), unless this row holds unsaved typing."""
        if self.autosaver.pending or action == self.action:
            return
        self.merged.base = action
        self._apply(action, {"text", "owner", "due_date", "status"})

    def _apply(self, action: Action, fields: set[str]) -> None:
        for widget in (self.text, self.owner, self.due, self.done):
            widget.blockSignals(True)
        if "text" in fields and self.text.text() != action.text:
            self.text.setText(action.text)
        if "owner" in fields:
            select_data(self.owner, action.owner.value)
        if "due_date" in fields:
            self.due.set_value(action.due_date)
        if "status" in fields:
            self.done.setChecked(action.status is ActionStatus.DONE)
        for widget in (self.text, self.owner, self.due, self.done):
            widget.blockSignals(False)

    def _save_now(self, *_args: object) -> None:
        self.autosaver.touch()
        self.autosaver.flush()

    def save(self) -> bool:
        done = self.done.isChecked()
        updated = replace(
            self.action,
            text=self.text.text().strip(),
            owner=ActionOwner(self.owner.currentData()),
            due_date=self.due.value() if self.due.is_valid() else self.action.due_date,
            status=ActionStatus.DONE if done else ActionStatus.OPEN,
            done_on=(self.action.done_on or today()) if done else None,
        )
        return self.merged.save(updated) is not None

    def _remove(self) -> None:
        self.autosaver.flush()
        if self.wrote(self.store.actions.remove, self.action.id):
            self.removed.emit(self.action.id)


class ActionsPanel(StoreWriting, QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.session: Session | None = None
        self.rows: list[ActionRow] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.rows_layout = QVBoxLayout()
        outer.addLayout(self.rows_layout)
        self.empty = QLabel(self.tr("No actions yet. Press Ctrl+Enter to add one."))
        set_role(self.empty, "secondary")
        outer.addWidget(self.empty)
        self.add_button = QPushButton(self.tr("Add action (Ctrl+Enter)"))
        self.add_button.clicked.connect(self.add_action)
        outer.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(self.add_action)

    def load(self, session: Session | None) -> None:
        self.flush()
        self.discard_blank()
        for row in self.rows:
            row.setParent(None)
            row.deleteLater()
        self.rows = []
        self.session = session
        if session is not None:
            for action in self.store.actions.for_session(session.id):
                self._add_row(action)
        self._sync_empty()

    def _add_row(self, action: Action) -> ActionRow:
        row = ActionRow(self.store, action, len(self.rows) + 1, self)
        row.problem.connect(self.problem)
        row.removed.connect(self._on_removed)
        self.rows_layout.addWidget(row)
        self.rows.append(row)
        self._order_tabs()
        return row

    def _order_tabs(self) -> None:
        """Tick, text, owner and due date of each action, then Add action, then the Remove buttons."""
        removal_last([((r.done, r.text, r.owner, r.due), r.remove) for r in self.rows], self.add_button)

    def add_action(self) -> None:
        session = self.session
        if session is None or not self.isVisible():
            return
        action = Action(mentee_id=session.mentee_id, session_id=session.id, text="")
        added = self.write(self.store.actions.add, action, initiator=self)
        if added is None:
            return
        row = self._add_row(added)
        self._sync_empty()
        QTimer.singleShot(0, row.text.setFocus)
        row.text.setFocus()
        QTimer.singleShot(0, lambda: self._bring_into_view(row))

    def _bring_into_view(self, row: ActionRow) -> None:
        """A new action is typed where it can be seen, even when the column has scrolled."""
        holder = self.parentWidget()
        while holder is not None and not isinstance(holder, QScrollArea):
            holder = holder.parentWidget()
        if isinstance(holder, QScrollArea) and row in self.rows:
            # The column grows by a row only once pending layout requests are handled; do that first.
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            holder.ensureWidgetVisible(row)

    def _on_removed(self, action_id: str) -> None:
        for row in list(self.rows):
            if row.action.id == action_id:
                focused = QApplication.focusWidget()
                had_focus = focused is not None and row.isAncestorOf(focused)
                self.rows.remove(row)
                row.setParent(None)
                row.deleteLater()
                if had_focus:
                    self.add_button.setFocus()
        self._sync_empty()

    def _sync_empty(self) -> None:
        self.empty.setVisible(not self.rows)

    def flush(self) -> None:
        for row in self.rows:
            row.autosaver.flush()

    def refresh_from_store(self) -> None:
        """Rows follow the database after a write made outside this panel: deleted actions leave, and
        restored ones come back. The panel's own adds and saves name it as initiator, so the screen's watch
        does not call this for them; one being added is shown by `add_action` itself."""
        self._bring_back_restored()
        for row in list(self.rows):
            current = self.store.actions.find(row.action.id)
            if current is None:
                self._on_removed(row.action.id)
            else:
                row.show_record(current)

    def _bring_back_restored(self) -> None:
        """Rows for restored actions join in the store's order; rows being typed in are left as they are."""
        session = self.session
        if session is None:
            return
        stored = self.store.actions.for_session(session.id)
        shown = {row.action.id: row for row in self.rows}
        if all(action.id in shown for action in stored):
            return
        for action in stored:
            if action.id not in shown:
                shown[action.id] = self._add_row(action)
        order = {action.id: place for place, action in enumerate(stored)}
        self.rows.sort(key=lambda row: order.get(row.action.id, len(order)))
        for row in self.rows:
            self.rows_layout.removeWidget(row)
            self.rows_layout.addWidget(row)
        self._order_tabs()
        self._sync_empty()

    def discard_blank(self) -> None:
        """An action added but never written is dropped on leaving the session, not left as an empty row."""
        for row in list(self.rows):
            blank = not row.action.text.strip() and not row.text.text().strip()
            if blank and self.wrote(self.store.bin.purge, Table.ACTIONS, row.action.id):
                self._on_removed(row.action.id)

    def pending(self) -> bool:
        return any(row.autosaver.pending for row in self.rows)
