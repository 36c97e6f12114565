"""A field's problem said in words right under it, whatever layout the field sits in.

Date fields live in forms, in action rows and in filter bars; rather than each layout making room for a
message, the message floats just below its field (above it near the window's bottom edge) and follows it
when anything around it moves or scrolls. The field's accessible description carries the same words.
"""

from __future__ import annotations

import weakref
from functools import partial

from PySide6.QtCore import QEvent, QObject, QPoint, QTimer
from PySide6.QtWidgets import QFrame, QLabel, QWidget
from shiboken6 import Shiboken

from leadapp.ui.widgets.roles import set_role

FOLLOWED = {
    QEvent.Type.Move,
    QEvent.Type.Resize,
    QEvent.Type.Show,
    QEvent.Type.Hide,
    QEvent.Type.ParentChange,
}


def forget_message(message: weakref.ref[FieldMessage], *_args: object) -> None:
    """Told by a field's `destroyed`; a plain function, so no half-destroyed receiver is ever called."""
    alive = message()
    if alive is not None:
        alive._forget()


class FieldMessage(QLabel):
    def __init__(self, field: QWidget) -> None:
        super().__init__(None)
        self.field = field
        self.setObjectName("field-message")
        set_role(self, "error")
        self.setWordWrap(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setMargin(self.fontMetrics().averageCharWidth() // 2)
        self.setAccessibleName(self.tr("Problem with {0}").format(field.accessibleName() or self.tr("field")))
        self._watched: list[QWidget] = []
        self._gone = False
        field.destroyed.connect(partial(forget_message, weakref.ref(self)))
        self.hide()

    def _forget(self) -> None:
        """The field is gone, so is its message; the widgets around it stop being watched."""
        self._gone = True
        if not Shiboken.isValid(self):
            return
        for widget in self._watched[1:]:
            if Shiboken.isValid(widget):
                widget.removeEventFilter(self)
        self._watched = []
        self.hide()
        self.deleteLater()

    def say(self, text: str) -> None:
        self.setText(text)
        self._watch()
        self.place()

    def _watch(self) -> None:
        for widget in self._watched:
            widget.removeEventFilter(self)
        self._watched = []
        current: QWidget | None = self.field
        while current is not None:
            current.installEventFilter(self)
            self._watched.append(current)
            current = None if current.isWindow() else current.parentWidget()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in FOLLOWED and not self._gone:
            QTimer.singleShot(0, self.place)
        return False

    def place(self) -> None:
        if self._gone or not Shiboken.isValid(self) or not Shiboken.isValid(self.field):
            return
        if not self.text() or not self.field.isVisible():
            self.hide()
            return
        host = self.field.window()
        if self.parentWidget() is not host:
            self.setParent(host)
        chars = self.fontMetrics().averageCharWidth()
        width = min(max(self.field.width(), chars * 44), max(host.width() - chars * 2, chars * 10))
        self.setFixedWidth(width)
        self.adjustSize()
        below = self.field.mapTo(host, QPoint(0, self.field.height()))
        if below.y() + self.height() > host.height():
            below = self.field.mapTo(host, QPoint(0, -self.height()))
        x = min(max(below.x(), 0), max(host.width() - width, 0))
        self.move(x, below.y())
        self.raise_()
        self.show()
