"""Start and End session: the two steps that give a session in the room a clear beginning and end."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from leadapp.domain.session_flow import SessionFlowError, can_end, can_start
from leadapp.domain.sessions import Session
from leadapp.store.errors import StoreError
from leadapp.store.session_lifecycle import begin
from leadapp.store.store import Store
from leadapp.ui.sessions.wrap_up_dialog import WrapUpDialog
from leadapp.ui.widgets.roles import make_primary

START_KEYS = "Ctrl+Shift+S"
END_KEYS = "Ctrl+Shift+E"


class SessionSteps(QWidget):
    """Shows the one step that fits the session's state; the rules are the domain's."""

    stepped = Signal(object)
    print_requested = Signal(str)
    problem = Signal(str)

    def __init__(
        self,
        store: Store,
        current: Callable[[], Session | None],
        flush: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self._current = current
        self._flush = flush
        self.mentee_name = ""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.start_button = QPushButton(self.tr("Start session"))
        self.start_button.setToolTip(
            self.tr("The session is under way: planned becomes in progress ({0})").format(START_KEYS)
        )
        self.start_button.setAccessibleDescription(self.start_button.toolTip())
        make_primary(self.start_button)
        self.end_button = QPushButton(self.tr("End session…"))
        self.end_button.setAccessibleName(self.tr("End session"))
        self.end_button.setToolTip(
            self.tr("Check the actions, set the next date, print or save the summary ({0})").format(END_KEYS)
        )
        self.end_button.setAccessibleDescription(self.end_button.toolTip())
        make_primary(self.end_button)
        layout.addWidget(self.start_button)
        layout.addWidget(self.end_button)
        self.start_button.clicked.connect(self.start)
        self.end_button.clicked.connect(self.end)
        for keys, slot in ((START_KEYS, self.start), (END_KEYS, self.end)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)
        self.show_for(None)

    def show_for(self, session: Session | None) -> None:
        """One button: Start while planned, End once under way (its keys also end a planned session)."""
        self.start_button.setVisible(session is not None and can_start(session))
        self.end_button.setVisible(session is not None and can_end(session) and not can_start(session))

    def start(self) -> None:
        session = self._current()
        if session is None or not self.isVisible() or not can_start(session):
            return
        self._flush()
        session = self._current()
        assert session is not None
        try:
            updated = begin(self.store, session, datetime.now())
        except (SessionFlowError, StoreError) as error:
            self.problem.emit(str(error))
            return
        self.show_for(updated)
        self.stepped.emit(updated)
        self.end_button.setFocus()

    def end(self) -> None:
        session = self._current()
        if session is None or not self.isVisible() or not can_end(session):
            return
        self._flush()
        session = self._current()
        assert session is not None
        dialog = WrapUpDialog(self.store, session, self.mentee_name, self)
        if dialog.exec() != WrapUpDialog.DialogCode.Accepted or dialog.ending is None:
            return
        ended = dialog.ending.session
        self.show_for(ended)
        self.stepped.emit(ended)
        if dialog.print_summary.isChecked():
            self.print_requested.emit(ended.id)
