"""The keyboard focus ring and a field's error edge, drawn by a thin band laid over the control's edge.

An application style sheet drew both until December 2026. Any application style sheet, however small, makes
Qt's style-sheet style look over every widget as it is made and each time it is moved into place: about a
tenth of LeadApp's own start-up. A band that is a child of the control moves, hides and goes with it, and a
mask keeps it to the edge, so a repaint of the control's inside never calls back into Python for the ring.
The band is a QFocusFrame, which screen readers are not shown as a part of the control.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QRegion
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFocusFrame,
    QMenu,
    QMenuBar,
    QWidget,
)

from leadapp.ui.theme import ERROR, FOCUS, TEXT
from leadapp.ui.widgets.app_owned import app_owned

RING_WIDTH = 3
"""UX.md's ring: 3 px of focus yellow, with a 1 px dark edge inside it so it shows on white too."""


class Edge(QFocusFrame):
    """A coloured band along the inside of its parent's edge, kept to the parent's size."""

    def __init__(
        self, host: QWidget, colour: str, width: int, inner: str | None = None, on_top: bool = False
    ) -> None:
        super().__init__(host)
        self.on_top = on_top
        self.colour = QColor(colour)
        self.inner = QColor(inner) if inner else None
        self.band = width
        self.rounded = isinstance(host, QAbstractButton)
        host.installEventFilter(self)
        self._fit()
        self.show()
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Resize:
            self._fit()
        elif kind == QEvent.Type.ChildAdded and self.on_top:
            self.raise_()
        return False

    def _fit(self) -> None:
        host = self.parentWidget()
        if host is None:
            return
        whole = host.rect()
        edge = self.band + (1 if self.inner is not None else 0)
        self.setGeometry(whole)
        self.setMask(QRegion(whole).subtracted(QRegion(whole.adjusted(edge, edge, -edge, -edge))))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        radius = self.band + 1.0 if self.rounded else 0.0
        half = self.band / 2
        outer = QRectF(self.rect()).adjusted(half, half, -half, -half)
        painter.setPen(
            QPen(
                self.colour,
                self.band,
                Qt.PenStyle.SolidLine,
                Qt.PenCapStyle.SquareCap,
                Qt.PenJoinStyle.MiterJoin,
            )
        )
        painter.drawRoundedRect(outer, radius, radius)
        if self.inner is not None:
            inside = QRectF(self.rect()).adjusted(
                self.band + 0.5, self.band + 0.5, -self.band - 0.5, -self.band - 0.5
            )
            painter.setPen(QPen(self.inner, 1))
            painter.drawRoundedRect(inside, max(radius - self.band, 0.0), max(radius - self.band, 0.0))


class FocusRing(QObject):
    """Puts the ring on whichever control has the keyboard focus, in every window of the application."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.ring: Edge | None = None
        app.focusChanged.connect(self._follow)
        self._follow(None, app.focusWidget())

    def _follow(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self.ring is not None and shiboken6.isValid(self.ring):
            self.ring.hide()
            self.ring.deleteLater()
        self.ring = None
        if new is None or new.isWindow() or isinstance(new, (QMenu, QMenuBar)):
            return
        self.ring = Edge(new, FOCUS, RING_WIDTH, inner=TEXT, on_top=True)


def install_focus_ring() -> None:
    """Once per application; later calls (a theme change) leave the one ring in place."""
    app_owned(FocusRing)


def show_error_edge(widget: QWidget, shown: bool) -> None:
    """A red edge on a field whose value cannot be kept; the focus ring, when there, stays over it."""
    edges = widget.findChildren(Edge, options=Qt.FindChildOption.FindDirectChildrenOnly)
    error = next((edge for edge in edges if edge.objectName() == "error-edge"), None)
    if shown and error is None:
        Edge(widget, ERROR, 2).setObjectName("error-edge")
        for edge in edges:
            if edge.on_top:
                edge.raise_()
    elif not shown and error is not None:
        error.hide()
        error.deleteLater()
