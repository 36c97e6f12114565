"""Small icons drawn in code, so they need no emoji font and follow the text size."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap


def padlock_pixmap(size: int, colour: str) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor(colour))
    pen.setWidthF(max(1.5, size / 9))
    painter.setPen(pen)
    shackle = QRectF(size * 0.28, size * 0.08, size * 0.44, size * 0.5)
    painter.drawArc(shackle, 0, 180 * 16)
    middle, bottom = shackle.center().y(), size * 0.45
    painter.drawLine(QPointF(shackle.left(), middle), QPointF(shackle.left(), bottom))
    painter.drawLine(QPointF(shackle.right(), middle), QPointF(shackle.right(), bottom))
    painter.setBrush(QColor(colour))
    painter.drawRoundedRect(
        QRectF(size * 0.15, size * 0.42, size * 0.7, size * 0.5), size * 0.08, size * 0.08
    )
    painter.end()
    return pixmap


def padlock_icon(colour: str, size: int = 32) -> QIcon:
    return QIcon(padlock_pixmap(size, colour))
