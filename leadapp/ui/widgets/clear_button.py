"""The ✕ that empties a search box, with a name a screen reader can say.

Qt's clear button has no text, so assistive tools announced an unnamed button inside every search box.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit

CLEAR_ACTION = "_q_qlineeditclearaction"
"""The object name Qt gives the clear button's action."""


def named_clear_button(field: QLineEdit) -> None:
    field.setClearButtonEnabled(True)
    action = field.findChild(QAction, CLEAR_ACTION)
    if action is not None:
        name = QCoreApplication.translate("SearchField", "Clear the search")
        action.setText(name)
        action.setToolTip(name)
