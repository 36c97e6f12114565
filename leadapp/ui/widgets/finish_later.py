"""The "finish later" toggle every editor shares: one key, its state in its words, one field written.

Marking is a quiet promise to yourself, so the toggle writes only `finish_later` (never the fields being
typed) and Home lists what is marked, without badges or reminders.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton, QWidget

from leadapp.store.errors import StoreError

SHORTCUT = "Ctrl+Shift+L"


class FieldWriter(Protocol):
    def set_fields(self, record_id: str, **values: Any) -> Any: ...


class FinishLaterButton(QPushButton):
    problem = Signal(str)

    def __init__(
        self,
        writer: FieldWriter,
        before: Callable[[], object],
        host: QWidget,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.writer = writer
        self.before = before
        self.record_id: str | None = None
        self.setCheckable(True)
        self.setToolTip(self.tr("Keep this in Home's “To finish” list ({0})").format(SHORTCUT))
        self._show(False)
        self.toggled.connect(self._toggled)
        shortcut = QShortcut(QKeySequence(SHORTCUT), host)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self._by_key)

    def show_for(self, record_id: str | None, on: bool) -> None:
        self.record_id = record_id
        self.setEnabled(record_id is not None)
        self.blockSignals(True)
        self.setChecked(on)
        self.blockSignals(False)
        self._show(on)

    def _by_key(self) -> None:
        if self.isEnabled():
            self.toggle()

    def _show(self, on: bool) -> None:
        # Short words: the editors' top rows must fit 1366×768 at 150 % text; the key is in the tooltip.
        self.setText(self.tr("✓ Marked to finish") if on else self.tr("Finish later"))
        self.setAccessibleName(self.tr("Finish later"))
        self.setAccessibleDescription(
            self.tr("Marked to finish later; listed on Home") if on else self.tr("Not marked to finish later")
        )

    def _toggled(self, on: bool) -> None:
        if self.record_id is None:
            return
        self.before()
        try:
            self.writer.set_fields(self.record_id, finish_later=on)
        except StoreError as error:
            self.show_for(self.record_id, not on)
            self.problem.emit(str(error))
            return
        self._show(on)
