"""The application-wide `data_changed` signal, fed by the store's write listeners, and the way to watch it.

A screen says what it shows with `events.watch(owner, tables, handler)`: the handler hears changes to those
tables only, and never a change its owner (or anything inside the owner) made itself. Editors pass
themselves as the initiator of their writes, so an editor watching its own table hears other windows and
other screens, not the echo of its own typing. Choose as owner the widget the handler refreshes: a list
watched by its table view still hears the saves of the editor beside it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget

from leadapp.store.changes import ChangeSet, Table
from leadapp.store.store import Store

ELSEWHERE_CHECK_MS = 1000

EVERY_TABLE = frozenset(Table)

ChangeHandler = Callable[[ChangeSet], None]


def made_within(change: ChangeSet, owner: QObject) -> bool:
    """True when the change's initiator is `owner` or one of its descendants in Qt's object tree."""
    node = change.initiator if isinstance(change.initiator, QObject) else None
    while node is not None:
        if node is owner:
            return True
        node = node.parent()
    return False


class Watch(QObject):
    """One declaration of what its owner refreshes on; the owner's child, so it goes when the owner goes."""

    def __init__(self, owner: QObject, tables: Iterable[Table], handler: ChangeHandler) -> None:
        super().__init__(owner)
        self.owner = owner
        self.tables = frozenset(tables)
        self._handler = handler

    @Slot(object)
    def take(self, change: ChangeSet) -> None:
        if change.table in self.tables and not made_within(change, self.owner):
            self._handler(change)


class WhenShown(QObject):
    """Calls `read` now while `screen` is in front, else once when the screen is next shown.

    Every autosave is a change other sections hear, and while one is in front the others would read again
    for nothing a person can see: the actions list counts every action twice on each reload, which at 16x
    the large database took longer than a frame, and its worker sorted every id again. A window not yet
    shown reads at once, as building a screen does.
    """

    def __init__(self, screen: QWidget, read: Callable[[], None]) -> None:
        super().__init__(screen)
        self._screen = screen
        self._read = read
        self.behind = False
        screen.installEventFilter(self)

    def __call__(self, _change: object = None) -> None:
        self.now_or_later(self._read)

    def now_or_later(self, now: Callable[[], None]) -> None:
        """`now` while the screen is in front; behind another section, the whole `read` when next shown."""
        if self._screen.window().isVisible() and not self._screen.isVisible():
            self.behind = True
        else:
            now()

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self.behind:
            self.behind = False
            self._read()
        return False


class DataEvents(QObject):
    """Screens watch here to refresh what they show, whoever made the change."""

    data_changed = Signal(object)
    """A `ChangeSet`, for each write the store announces."""
    saved = Signal()
    changed_elsewhere = Signal()
    """Another connection wrote to the database: open editors take in what it changed."""
    disk_problem = Signal(str)
    """Saved changes could not be made sure on the disk (the message), or '' once they are again."""

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        store.changes.subscribe(self._on_change)
        store.changed_elsewhere()
        self._elsewhere = QTimer(self)
        self._elsewhere.setInterval(ELSEWHERE_CHECK_MS)
        self._elsewhere.timeout.connect(self._check_elsewhere)
        self._elsewhere.start()
        store.listen_for_disk_problems(self._on_disk_problem)

    def watch(self, owner: QObject, tables: Iterable[Table], handler: ChangeHandler) -> Watch:
        """Call `handler(change)` for each change to one of `tables` not made by `owner` or its children."""
        watch = Watch(owner, tables, handler)
        self.data_changed.connect(watch.take)
        return watch

    def _check_elsewhere(self) -> None:
        if self._store.changed_elsewhere():
            self.changed_elsewhere.emit()

    def _on_disk_problem(self, message: str) -> None:
        """Called on the store's sync thread: the signal carries the message over to this object's thread."""
        self.disk_problem.emit(message)

    def _on_change(self, change: ChangeSet) -> None:
        self.data_changed.emit(change)
        self.saved.emit()

    def detach(self) -> None:
        self._elsewhere.stop()
        self._store.changes.unsubscribe(self._on_change)
        self._store.stop_listening_for_disk_problems(self._on_disk_problem)
