"""Paints a timeline entry as a compact two-line card: kind, date, state and category chips, then its
first line. One delegate paints every row, so a story of thousands of entries costs no widgets."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from leadapp.domain.reference import Category
from leadapp.domain.timeline import TimelineEntry
from leadapp.ui.widgets.category_chips import text_colour_for

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
"""The entry itself."""
HEADLINE_ROLE = Qt.ItemDataRole.UserRole + 2
"""The first line of a card: kind, date and state, as words."""
BODY_ROLE = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex


class CardDelegate(QStyledItemDelegate):
    def __init__(self, categories: tuple[Category, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.categories = {c.code: c for c in categories}

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        line = QFontMetrics(option.font).lineSpacing()
        return QSize(line * 20, int(line * 2 + line * 1.2))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        entry = index.data(ROW_ROLE)
        if not isinstance(entry, TimelineEntry):
            super().paint(painter, option, index)
            return
        painter.save()
        rect = option.rect
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        metrics = QFontMetrics(option.font)
        line = metrics.lineSpacing()
        pad = line // 3
        card = rect.adjusted(pad // 2, pad // 2, -pad // 2, -pad // 2)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(palette.mid().color(), 1))
        painter.setBrush(palette.highlight() if selected else palette.base())
        painter.drawRoundedRect(card, 4, 4)
        text_colour = palette.highlightedText().color() if selected else palette.text().color()
        inner = card.adjusted(pad, pad // 2, -pad, -pad // 2)

        chips_right = inner.right()
        chip_font = QFont(option.font)
        chip_font.setPointSizeF(max(chip_font.pointSizeF() * 0.9, 6.0))
        chip_metrics = QFontMetrics(chip_font)
        painter.setFont(chip_font)
        for code in reversed(entry.categories):
            category = self.categories.get(code)
            if category is None:
                continue
            label = f"{category.letter} {category.short}"
            width = chip_metrics.horizontalAdvance(label) + pad * 2
            chip = QRect(chips_right - width, inner.top(), width, line)
            painter.setPen(QPen(QColor(category.colour), 1))
            painter.setBrush(QColor(category.colour))
            painter.drawRoundedRect(chip, 3, 3)
            painter.setPen(QColor(text_colour_for(category.colour)))
            painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, label)
            chips_right -= width + pad // 2

        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_colour)
        head = QRect(inner.left(), inner.top(), max(chips_right - inner.left() - pad, 0), line)
        headline = str(index.data(HEADLINE_ROLE) or "")
        painter.drawText(
            head,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            QFontMetrics(bold).elidedText(headline, Qt.TextElideMode.ElideRight, head.width()),
        )
        painter.setFont(option.font)
        body_rect = QRect(inner.left(), inner.top() + line + pad // 2, inner.width(), line)
        body = str(index.data(BODY_ROLE) or "")
        if entry.text is None:
            italic = QFont(option.font)
            italic.setItalic(True)
            painter.setFont(italic)
        painter.drawText(
            body_rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            metrics.elidedText(body, Qt.TextElideMode.ElideRight, body_rect.width()),
        )
        painter.restore()
