"""Add to calendar…: a planned session saved as an .ics file the person opens in their own calendar.

No calendar is reached over the network; the file is the hand-over, which works with Outlook, Google and Apple
alike and keeps the app offline.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget

from leadapp.domain.sessions import Session
from leadapp.store.store import Store
from leadapp.ui.screen import StoreWriting


def suggested_name(mentee_name: str, session: Session) -> str:
    words = re.sub(r"[^\w -]+", "", mentee_name).strip() or "session"
    return f"Mentoring {words} {session.session_date.isoformat()}.ics"


class CalendarButton(StoreWriting, QPushButton):
    """Writes the session `target()` gives (after `flush()`, so what is on screen is what goes in)."""

    saved = Signal(str)

    def __init__(
        self,
        text: str,
        store: Store,
        target: Callable[[], Session | None],
        flush: Callable[[], None],
        mentee_name: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(text, parent)
        self.store = store
        self._target = target
        self._flush = flush
        self._mentee_name = mentee_name
        self.clicked.connect(self.export)

    def export(self) -> None:
        self._flush()
        session = self._target()
        if session is None:
            self.problem.emit(self.tr("There is no planned session to add to a calendar yet."))
            return
        start = str(Path.home() / suggested_name(self._mentee_name(), session))
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Add to calendar"), start, self.tr("Calendar file (*.ics)")
        )
        if not path:
            return
        if not path.lower().endswith(".ics"):
            path += ".ics"
        from leadapp.store.calendar_export import export_calendar  # icalendar takes ~90 ms to load

        if self.wrote(export_calendar, self.store, session.id, Path(path)):
            self.saved.emit(path)
