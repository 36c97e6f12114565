"""Tab order for lists of editable rows: a row's fields, the next row's fields, the Add button, and only
then the Remove buttons, so one Tab too many after a date never lands on Remove."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def tab_fields(widgets: Sequence[QWidget]) -> list[QWidget]:
    return [w for w in widgets if w.focusPolicy() & Qt.FocusPolicy.TabFocus]


def removal_last(rows: Sequence[tuple[Sequence[QWidget], QWidget | None]], after: QWidget) -> None:
    chain: list[QWidget] = [field for fields, _remove in rows for field in tab_fields(fields)]
    chain += [after, *(remove for _fields, remove in rows if remove is not None)]
    for first, second in itertools.pairwise(chain):
        QWidget.setTabOrder(first, second)
