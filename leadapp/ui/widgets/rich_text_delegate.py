"""Draws a cell's text with search matches in bold on a highlight, or as simple HTML.

A search result's passage comes marked (MARKED_ROLE: the matched words between the store's marks) and is
drawn here a run at a time with the painter. Laying out an HTML document for every visible cell on every
paint took 0.1–0.45 ms a cell, the largest part of painting a page of results; the HTML (HTML_ROLE) stays
for any cell that has no marked text.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from leadapp.store.sessions import MARK_END, MARK_START

HTML_ROLE = Qt.ItemDataRole.UserRole + 2
MARKED_ROLE = Qt.ItemDataRole.UserRole + 4
"""Plain text with the matched words between MARK_START and MARK_END."""
MATCH_BACKGROUND = QColor("#FFEB3B")
MATCH_TEXT = QColor("#212B32")

Index = QModelIndex | QPersistentModelIndex


def highlight(marked: str) -> str:
    """The marked text as HTML, the matched words bold on the match colour (for cells drawn as HTML)."""
    start = f"<b style='background:{MATCH_BACKGROUND.name().upper()};color:{MATCH_TEXT.name().upper()}'>"
    return escape(marked).replace(MARK_START, start).replace(MARK_END, "</b>")


def plain(marked: str) -> str:
    """The marked text without its marks: what a screen reader and a copy get."""
    return marked.replace(MARK_START, "").replace(MARK_END, "")


def marked_runs(marked: str) -> list[tuple[str, bool]]:
    """The text in order as (piece, is a match) runs; empty pieces left out."""
    runs: list[tuple[str, bool]] = []
    for number, part in enumerate(marked.split(MARK_START)):
        match, _end, rest = part.partition(MARK_END) if number else ("", "", part)
        runs += [(text, is_match) for text, is_match in ((match, True), (rest, False)) if text]
    return runs


class RichTextDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        marked = index.data(MARKED_ROLE)
        html = None if marked else index.data(HTML_ROLE)
        if not marked and not html:
            super().paint(painter, option, index)
            return
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        options.text = ""
        style = options.widget.style() if options.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, options, painter, options.widget)
        selected = bool(options.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, options, options.widget)
        if marked:
            _draw_runs(painter, text_rect, options.font, options.palette.color(role), marked_runs(marked))
            return
        document = QTextDocument()
        document.setDefaultFont(options.font)
        document.setHtml(str(html))
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, options.palette.color(role))
        painter.save()
        painter.translate(text_rect.topLeft())
        painter.setClipRect(text_rect.translated(-text_rect.topLeft()))
        document.documentLayout().draw(painter, context)
        painter.restore()


def _draw_runs(
    painter: QPainter, rect: QRect, font: QFont, colour: QColor, runs: list[tuple[str, bool]]
) -> None:
    """One line, left to right, clipped at the cell's edge as the text of any other cell is."""
    bold = QFont(font)
    bold.setBold(True)
    fonts = {False: (font, QFontMetrics(font)), True: (bold, QFontMetrics(bold))}
    painter.save()
    painter.setClipRect(rect)
    x = rect.left()
    for text, is_match in runs:
        run_font, metrics = fonts[is_match]
        width = metrics.horizontalAdvance(text)
        top = rect.top() + (rect.height() - metrics.height()) // 2
        if is_match:
            painter.fillRect(QRect(x, top, width, metrics.height()), MATCH_BACKGROUND)
        painter.setFont(run_font)
        painter.setPen(MATCH_TEXT if is_match else colour)
        painter.drawText(QPoint(x, top + metrics.ascent()), text)
        x += width
        if x > rect.right():
            break
    painter.restore()
