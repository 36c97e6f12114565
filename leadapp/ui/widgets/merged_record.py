"""An editor's record kept in step with the database: saves send only what changed, and others' changes show.

A second window, or an exchange import, may change the record an editor has open. The editor remembers the
record as the database last held it (the base); a save sends the person's edits against that base and the
store merges them field by field. Fields changed elsewhere are put into the editor's widgets; a field both
sides changed is saved holding both versions and named in an inline notice, where the person keeps mine,
theirs or both.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from datetime import date
from enum import Enum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QWidget

from leadapp.domain.merge import Conflict, keep_both
from leadapp.domain.records import Record
from leadapp.store.errors import StoreError
from leadapp.store.repository import Repository, Saved
from leadapp.ui.widgets.autosave import Autosaver
from leadapp.ui.widgets.date_field import format_date
from leadapp.ui.widgets.roles import Panel

R = TypeVar("R", bound=Record)


def set_plain_text(area: QPlainTextEdit, text: str) -> None:
    """Replace a text area's text only when it differs, keeping the cursor as far from the end as it was.

    Text joined after a conflict gains the other window's words before the person's own, so their cursor
    stays where they were typing.
    """
    old = area.toPlainText()
    if old == text:
        return
    from_end = len(old) - area.textCursor().position()
    area.setPlainText(text)
    cursor = area.textCursor()
    cursor.setPosition(max(0, len(text) - from_end))
    area.setTextCursor(cursor)


def _describe(value: Any) -> str:
    if value is None or value == "" or value == []:
        return "nothing"
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, Enum):
        return str(value.value).replace("_", " ")
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    return str(value)


class ConflictNotice(Panel):
    """Names a field changed both here and elsewhere, one at a time, with the three ways to settle it."""

    chosen = Signal(object, object)
    """(the Conflict, the value to keep)"""

    def __init__(self, field_names: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__("notice", parent)
        self.field_names = field_names
        self.queue: list[Conflict] = []
        self.setAccessibleName(self.tr("Changed in another window"))
        layout = QHBoxLayout(self)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("What changed in another window"))
        layout.addWidget(self.message, 1)
        buttons = QHBoxLayout()
        self.keep_mine = QPushButton(self.tr("Keep mine"))
        self.keep_theirs = QPushButton(self.tr("Keep theirs"))
        self.keep_both = QPushButton(self.tr("Keep both"))
        self.keep_mine.setToolTip(self.tr("Use what you wrote here and drop the other window's version"))
        self.keep_theirs.setToolTip(self.tr("Use the other window's version and drop yours"))
        self.keep_both.setToolTip(self.tr("Keep both versions, the other window's first, with a divider"))
        for button in (self.keep_mine, self.keep_theirs, self.keep_both):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.keep_mine.clicked.connect(lambda: self._choose("mine"))
        self.keep_theirs.clicked.connect(lambda: self._choose("theirs"))
        self.keep_both.clicked.connect(lambda: self._choose("both"))
        self.hide()

    def add(self, conflicts: Sequence[Conflict]) -> None:
        for conflict in conflicts:
            self.queue = [c for c in self.queue if c.field != conflict.field]
            self.queue.append(conflict)
        self._show_first()

    def clear(self) -> None:
        self.queue = []
        self.hide()

    def _show_first(self) -> None:
        if not self.queue:
            self.hide()
            return
        conflict = self.queue[0]
        name = self.field_names.get(conflict.field, conflict.field.replace("_", " "))
        both = keep_both(conflict.mine, conflict.theirs, conflict.base)
        if isinstance(conflict.mine, str):
            text = self.tr(
                "{0} was also changed in another window while you were writing here. Nothing is lost: "
                "both versions are in the field, the other window's first."
            ).format(name)
        elif both is not None:
            text = self.tr(
                "{0} was also changed in another window. Both are kept for now: {1}. Yours was {2}."
            ).format(name, _describe(both), _describe(conflict.mine))
        else:
            text = self.tr(
                "{0} was also changed in another window, to {1}. Yours was {2}; it is kept only if you "
                "choose it."
            ).format(name, _describe(conflict.theirs), _describe(conflict.mine))
        more = len(self.queue) - 1
        if more:
            text += " " + self.tr("({0} more to settle after this.)").format(more)
        self.message.setText(text)
        self.keep_both.setVisible(both is not None)
        self.show()

    def _choose(self, which: str) -> None:
        if not self.queue:
            return
        conflict = self.queue.pop(0)
        if which == "mine":
            value = conflict.mine
        elif which == "theirs":
            value = conflict.theirs
        else:
            value = keep_both(conflict.mine, conflict.theirs, conflict.base)
        self._show_first()
        self.chosen.emit(conflict, value)


class MergedRecord(QObject, Generic[R]):
    """The base record of one editor, and the saves and refreshes that keep it honest.

    `apply(record, fields)` puts the named fields of `record` into the editor's widgets without counting
    as an edit. `problem` hears a write that failed, to show it as every editor does. Saves name this object
    as their initiator; made a child of its editor, it lets the editor's watch pass over its own echo.
    `save_edits(base, mine, initiator)` is the store's use case for a save that writes more than the record
    (the repository's own `save_edits`, keeping both versions of a conflict, when not given).
    """

    def __init__(
        self,
        repository: Repository[R],
        autosaver: Autosaver,
        notice: ConflictNotice,
        apply: Callable[[R, set[str]], None],
        problem: Callable[[str], None],
        parent: QObject | None = None,
        save_edits: Callable[[R, R, object], Saved[R]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.repository = repository
        self.save_edits = save_edits or self._save_edits
        self.autosaver = autosaver
        self.notice = notice
        self.apply = apply
        self.problem = problem
        self.base: R | None = None
        notice.chosen.connect(self._keep)

    def _save_edits(self, base: R, mine: R, initiator: object) -> Saved[R]:
        return self.repository.save_edits(base, mine, keep_both=True, initiator=initiator)

    def load(self, record: R | None) -> None:
        self.base = record
        self.notice.clear()

    def save(self, mine: R) -> Saved[R] | None:
        """Send the edits in `mine`; None when the write failed (the edit then stays pending)."""
        base = self.base
        if base is None:
            return None
        if mine == base:
            return Saved(base)
        try:
            saved = self.save_edits(base, mine, self)
        except StoreError as error:
            self.problem(str(error))
            return None
        self.base = saved.record
        elsewhere = _differing(saved.record, mine)
        if elsewhere:
            self.apply(saved.record, elsewhere)
        if saved.conflicts:
            self.notice.add(saved.conflicts)
        return saved

    def follow(self) -> bool:
        """Take in changes made elsewhere; True when the widgets changed. Unsaved edits are saved first."""
        base = self.base
        if base is None:
            return False
        if self.autosaver.pending:
            self.autosaver.flush()
            return self.base is not None and self.base != base
        current = self.repository.find(base.id)
        if current is None:
            return False
        changed = _differing(current, base)
        self.base = current
        if changed:
            self.apply(current, changed)
        return bool(changed)

    def _keep(self, conflict: Conflict, value: Any) -> None:
        self.autosaver.flush()
        base = self.base
        if base is None or value is None:
            return
        self.save(dataclasses.replace(base, **{conflict.field: value}))
        if self.base is not None and getattr(self.base, conflict.field) == value:
            self.apply(self.base, {conflict.field})


def _differing(one: Record, other: Record) -> set[str]:
    return {
        f.name
        for f in dataclasses.fields(one)
        if f.name not in ("updated_at", "created_at") and getattr(one, f.name) != getattr(other, f.name)
    }
