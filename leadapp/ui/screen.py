"""What every section screen shares with the window, and the one way a widget reports a refused write.

The window talks to a section only through this vocabulary: it tells the screen whose records to show
(`set_mentee`), asks it to save (`flush`), to print what is on screen (`print_current`) or to open a record
(`open_record`), and listens to its requests (the signals below). A screen re-emits what its editors and
panels ask, so the window never reaches inside a screen, and a new section needs no change to the window.

Both classes are mixins, listed before the Qt class (`class LeapScreen(Screen, QScrollArea)`), so a scroll
area, a frame or a dialog can be a screen or write to the store as well as a plain widget can.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, ParamSpec, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from leadapp.store.errors import StoreError

if TYPE_CHECKING:
    from leadapp.ui.privacy import Privacy

    _Widget = QWidget
else:  # a mixin: the Qt class comes from the class that uses it
    _Widget = object

P = ParamSpec("P")
T = TypeVar("T")


class StoreWriting(_Widget):
    """A widget whose writes can be refused (disk full, database busy, a record gone): it says so in one
    plain sentence on `problem`, and what it showed stays as it was."""

    problem = Signal(str)

    def write(self, write: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T | None:
        """The write's result, or None when the store refused it (the reason goes to `problem`)."""
        try:
            return write(*args, **kwargs)
        except StoreError as error:
            self.problem.emit(str(error))
            return None

    def wrote(self, write: Callable[P, object], *args: P.args, **kwargs: P.kwargs) -> bool:
        """For writes that return nothing: whether it went through (the reason goes to `problem` if not)."""
        try:
            write(*args, **kwargs)
        except StoreError as error:
            self.problem.emit(str(error))
            return False
        return True


class Screen(StoreWriting):
    """One navigation section. Every method has a do-nothing default, so a section defines only what it
    does; every signal is connected by the window when the section is first shown."""

    print_requested = Signal(object, str)
    """(DocumentKind, record id): preview and print that document."""
    said = Signal(str)
    """A passing note for the status bar."""
    open_requested = Signal(str, str, str)
    """(section key, record id, mentee id): show that section with the record open (`open_record`), and
    the mentee, if any, in "Working with"."""
    entry_opened = Signal(str, str, str)
    """(timeline entry kind, record id, mentee id): a card or a row to finish, opened where it is edited."""
    new_requested = Signal(str, str)
    """(section key, mentee id): start a new record in that section (`start_new`)."""
    find_example = Signal(str, str)
    """(category code, example code): the example library in Activities, open on that category."""
    mentee_opened = Signal(str)
    """That mentee was opened: they are now the one in front of you."""
    todays_session_requested = Signal(str)
    """Today's session with that mentee, reusing one planned for today."""
    leap_review_requested = Signal(object)
    """A review of the session's mentee's leap of faith, linked to that session."""
    in_session_changed = Signal(bool)
    """The focused in-session view came on or went off: the window hides or shows its own controls."""

    def set_mentee(self, mentee_id: str | None) -> None:
        """Follow "Working with" (None for all mentees)."""

    def refresh(self) -> None:
        """Read again what the screen shows."""

    def flush(self) -> None:
        """Save what is typed and not yet saved, now."""

    def follow_sharing(self, privacy: Privacy) -> None:
        """Called once, when the screen is built: hide what sharing the screen must not show."""

    def mentee_in_front(self) -> str | None:
        """The mentee whose record is open or highlighted here, if any."""
        return None

    def record_open(self) -> bool:
        """Whether one record (not a list) is open: sharing then keeps that record's mentee in front."""
        return False

    def print_current(self) -> bool:
        """Ctrl+P: ask for the document for what is on screen; False when there is none."""
        return False

    def open_record(self, record_id: str) -> None:
        """Show one of this section's records, asked for from elsewhere (a search, another section)."""

    def start_new(self, mentee_id: str) -> None:
        """Start a new record here, for that mentee if one is given."""

    def toggle_in_session(self) -> None:
        """F11: the in-session view on or off, where the screen has one."""
