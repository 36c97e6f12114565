"""The screen-sharing switch: while on, nothing private and no other mentee is anywhere on screen."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from leadapp.domain.people import Person
from leadapp.domain.sharing import SharingScope


class Privacy(QObject):
    changed = Signal(bool)
    scope_changed = Signal()
    """Emitted when sharing starts or stops and when the mentee in front of you changes while sharing."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hidden = False
        self._front: str | None = None

    @property
    def hidden(self) -> bool:
        return self._hidden

    @property
    def scope(self) -> SharingScope:
        return SharingScope(self._hidden, self._front)

    def shows(self, person: Person) -> bool:
        return self.scope.shows(person)

    def set_front(self, mentee_id: str | None) -> None:
        """The mentee in front of you, from "Working with"; the only mentee shown while sharing."""
        if mentee_id != self._front:
            self._front = mentee_id
            if self._hidden:
                self.scope_changed.emit()

    def set_hidden(self, hidden: bool) -> None:
        if hidden != self._hidden:
            self._hidden = hidden
            self.changed.emit(hidden)
            self.scope_changed.emit()
