"""One helper object of a kind per application, made the first time it is asked for and owned by the
application: the focus ring, the painter of main buttons, the tick boxes' style.

They are kept by kind here rather than found among the application's children: those include its QStyle,
and handing that to Python makes PySide build the classes of QStyle's enum types (about 7 ms of the start).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar, cast

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

T = TypeVar("T", bound=QObject)

_made: dict[type, QObject] = {}


def app_owned(kind: type[T], make: Callable[[QApplication], T] | None = None) -> T:
    """The application's one `kind`, made by `make(app)` (else `kind(app)`, the app as its parent)."""
    known = _made.get(kind)
    if known is not None and shiboken6.isValid(known):
        return cast(T, known)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    made = make(app) if make is not None else kind(app)
    _made[kind] = made
    return made
