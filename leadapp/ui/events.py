"""The application-wide `data_changed` signal, fed by the store's write listeners."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from leadapp.store.store import Store


class DataEvents(QObject):
    """Screens connect here to refresh what they show, whoever made the change."""

    data_changed = Signal(str, list)
    saved = Signal()

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        store.changes.subscribe(self._on_change)

    def _on_change(self, table: str, ids: list[str]) -> None:
        self.data_changed.emit(table, ids)
        self.saved.emit()

    def detach(self) -> None:
        self._store.changes.unsubscribe(self._on_change)
