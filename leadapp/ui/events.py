"""The application-wide `data_changed` signal, fed by the store's write listeners."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from leadapp.store.store import Store

ELSEWHERE_CHECK_MS = 1000


class DataEvents(QObject):
    """Screens connect here to refresh what they show, whoever made the change."""

    data_changed = Signal(str, list)
    saved = Signal()
    changed_elsewhere = Signal()
    """Another connection wrote to the database: open editors take in what it changed."""

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        store.changes.subscribe(self._on_change)
        store.changed_elsewhere()
        self._elsewhere = QTimer(self)
        self._elsewhere.setInterval(ELSEWHERE_CHECK_MS)
        self._elsewhere.timeout.connect(self._check_elsewhere)
        self._elsewhere.start()

    def _check_elsewhere(self) -> None:
        if self._store.changed_elsewhere():
            self.changed_elsewhere.emit()

    def _on_change(self, table: str, ids: list[str]) -> None:
        self.data_changed.emit(table, ids)
        self.saved.emit()

    def detach(self) -> None:
        self._elsewhere.stop()
        self._store.changes.unsubscribe(self._on_change)
