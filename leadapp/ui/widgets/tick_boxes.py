"""Tick boxes with an outline that shows on the dark theme.

Fusion outlines a tick box in a shade of the window colour: on the dark theme it all but vanishes. The
widgets that draw tick boxes (check boxes, and lists whose rows are ticked) are drawn by a proxy of Fusion
that adds an outline in the placeholder text colour, which keeps well over the 3:1 WCAG asks of a control's
edge in both themes. Only they are: as the application's own style the proxy was asked, in Python, for
every panel, frame and focus rectangle of every widget painted, and setting it at start made PySide create
the Python classes of QStyle's enum types (about 8 ms of every start). The focus ring is drawn over these
widgets as over any other (leadapp/ui/widgets/focus_ring.py).
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QCheckBox, QProxyStyle, QStyle, QStyleOption, QWidget

from leadapp.ui.widgets.app_owned import app_owned

W = TypeVar("W", bound=QWidget)


class ContrastStyle(QProxyStyle):
    """Fusion, with tick boxes outlined in the placeholder text colour."""

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element is QStyle.PrimitiveElement.PE_IndicatorCheckBox:
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            painter.setPen(QPen(option.palette.color(QPalette.ColorRole.PlaceholderText), 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(option.rect.adjusted(0, 0, -1, -1))
            painter.restore()


def _contrast_style(app: QApplication) -> ContrastStyle:
    style = ContrastStyle("Fusion")
    style.setParent(app)
    return style


def tick_box_style() -> QStyle:
    """One proxy for every tick box, owned by the application, made the first time a tick box is."""
    return app_owned(ContrastStyle, _contrast_style)


def outlined(widget: W) -> W:
    """The widget (a check box, or a list with ticked rows) drawn with outlined tick boxes."""
    widget.setStyle(tick_box_style())
    return widget


def outline_tick_boxes_in(window: QWidget) -> None:
    """Every check box of one of Qt's own windows (the print dialog), which LeadApp does not make itself."""
    for box in window.findChildren(QCheckBox):
        outlined(box)
