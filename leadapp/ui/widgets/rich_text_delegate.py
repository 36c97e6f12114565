"""Draws a search result's passage with the matched words in bold on a highlight.

The passage comes marked (MARKED_ROLE: the matched words between the store's marks) and is drawn a run at a
time with the painter. Laying out an HTML document for every visible cell on every paint took 0.1–0.45 ms a
cell, the largest part of painting a page of results. A cell with no marked text is drawn as Qt draws any.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QStaticText
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from leadapp.store.sessions import MARK_END, MARK_START
from leadapp.ui.theme import FOCUS, TEXT

MARKED_ROLE = Qt.ItemDataRole.UserRole + 4
"""Plain text with the matched words between MARK_START and MARK_END."""
MATCH_BACKGROUND = QColor(FOCUS)
MATCH_TEXT = QColor(TEXT)
ELIDE = Qt.TextElideMode.ElideRight
KEPT_MATCHES = 256
"""Matched words kept laid out per font: a search shows a few; a long session of searching is bounded."""

SELECTED = QStyle.StateFlag.State_Selected.value
DRAWN_BEHIND = SELECTED | QStyle.StateFlag.State_HasFocus.value
"""A cell in neither state has nothing of its own behind its text: the view has drawn the row already."""
HIGHLIGHTED_TEXT = QPalette.ColorRole.HighlightedText
PLAIN_TEXT = QPalette.ColorRole.Text

Index = QModelIndex | QPersistentModelIndex


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
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fonts: dict[str, RunFonts] = {}
        self._last: RunFonts | None = None
        self._margins: dict[QStyle, int] = {}
        """The room each side of a cell's text, as the style leaves it (its focus frame's margin and one)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        marked = index.data(MARKED_ROLE)
        if marked:
            self._paint_marked(painter, option, marked)
        else:
            super().paint(painter, option, index)

    def _paint_marked(self, painter: QPainter, option: QStyleOptionViewItem, marked: str) -> None:
        """The view's own option is drawn as it comes: it holds no text, so the style draws the cell's
        background, selection and focus and nothing else, as for a cell whose text is drawn apart. No copy
        of the option and none of `initStyleOption`'s questions to the model: neither search gives its
        passage cells a font, colour, alignment, icon or tick."""
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        state = option.state.value
        if state & DRAWN_BEHIND:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        margin = self._margins.get(style)
        if margin is None:
            margin = self._margins[style] = (
                style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
            )
        text_rect = option.rect.adjusted(margin, 0, -margin, 0)
        colour = option.palette.color(HIGHLIGHTED_TEXT if state & SELECTED else PLAIN_TEXT)
        _draw_runs(painter, text_rect, self._run_fonts(option.font), colour, marked)

    def _run_fonts(self, font: QFont) -> RunFonts:
        """The cell's font and its bold, with their metrics, made once per font rather than once per cell;
        the last one asked for is compared first, since a view's cells share one font (the font's key is a
        string built anew at each call)."""
        last = self._last
        if last is not None and last.fonts[0] == font:
            return last
        key = font.key()
        fonts = self._fonts.get(key)
        if fonts is None:
            fonts = self._fonts[key] = RunFonts(font)
        self._last = fonts
        return fonts


class RunFonts:
    """A font and its bold, with the sizes a run of either is placed by, and the matched words already laid
    out. The font is copied: an item view option's font lives only as long as the option."""

    def __init__(self, font: QFont) -> None:
        plain_font = QFont(font)
        bold = QFont(font)
        bold.setBold(True)
        self.fonts = (plain_font, bold)
        self.metrics = (QFontMetrics(plain_font), QFontMetrics(bold))
        self.heights = (self.metrics[0].height(), self.metrics[1].height())
        self.ascents = (self.metrics[0].ascent(), self.metrics[1].ascent())
        self._matches: dict[str, tuple[int, QStaticText]] = {}
        self._spaces: dict[str, int] = {}

    def match(self, text: str) -> tuple[int, QStaticText]:
        """A matched word's width and its text laid out in bold. Every row of a search shows the same words,
        so each is measured and shaped once rather than twice a row."""
        found = self._matches.get(text)
        if found is None:
            if len(self._matches) >= KEPT_MATCHES:
                self._matches.clear()
            laid_out = QStaticText(text)
            laid_out.prepare(font=self.fonts[1])
            found = self._matches[text] = (self.metrics[1].horizontalAdvance(text), laid_out)
        return found

    def space_width(self, text: str) -> int:
        """The width of a run of spaces, measured once."""
        width = self._spaces.get(text)
        if width is None:
            if len(self._spaces) >= KEPT_MATCHES:
                self._spaces.clear()
            width = self._spaces[text] = self.metrics[0].horizontalAdvance(text)
        return width


def _draw_runs(painter: QPainter, rect: QRect, fonts: RunFonts, colour: QColor, marked: str) -> None:
    """One line, left to right; a passage longer than its cell ends in "…" as the text of any other cell
    does. A plain run's width is measured only when another run follows it (measuring shapes the text
    again); the last run is elided to the room left, which measures it once."""
    runs = marked_runs(marked)
    last = len(runs) - 1
    painter.save()
    painter.setClipRect(rect)
    x, right = rect.left(), rect.right()
    for number, (text, is_match) in enumerate(runs):
        room = right - x + 1
        if is_match:
            width, laid_out = fonts.match(text)
            if width > room:
                cut = fonts.metrics[1].elidedText(text, ELIDE, room)
                height = fonts.heights[1]
                top = rect.top() + (rect.height() - height) // 2
                painter.fillRect(x, top, fonts.metrics[1].horizontalAdvance(cut), height, MATCH_BACKGROUND)
                _draw_plain(painter, rect, x, fonts, MATCH_TEXT, cut, 1)
                break
            height = fonts.heights[1]
            top = rect.top() + (rect.height() - height) // 2
            painter.fillRect(x, top, width, height, MATCH_BACKGROUND)
            painter.setFont(fonts.fonts[1])
            painter.setPen(MATCH_TEXT)
            painter.drawStaticText(x, top, laid_out)
        elif not text.strip(" "):  # the space between two matched words: nothing to draw, its width known
            width = fonts.space_width(text) if number < last else 0
        elif number == last:
            _draw_plain(painter, rect, x, fonts, colour, fonts.metrics[0].elidedText(text, ELIDE, room), 0)
            break
        else:
            width = fonts.metrics[0].horizontalAdvance(text)
            if width > room:
                _draw_plain(
                    painter, rect, x, fonts, colour, fonts.metrics[0].elidedText(text, ELIDE, room), 0
                )
                break
            _draw_plain(painter, rect, x, fonts, colour, text, 0)
        x += width
        if x > right:
            break
    painter.restore()


def _draw_plain(
    painter: QPainter, rect: QRect, x: int, fonts: RunFonts, colour: QColor, text: str, bold: int
) -> None:
    """A run drawn with drawText: a plain one, or (`bold` 1) a matched word cut short by the cell's edge."""
    painter.setFont(fonts.fonts[bold])
    painter.setPen(colour)
    painter.drawText(x, rect.top() + (rect.height() - fonts.heights[bold]) // 2 + fonts.ascents[bold], text)
