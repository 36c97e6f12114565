"""Table cells of plain text, broken into lines once, so a long table lays out in time linear in its length.

A Paragraph per cell is wrapped again every time a long table splits at a page break, and is drawn a line
at a time: in a 50-page portfolio that was most of the time the PDF took. Here each string cell is broken
into lines where a Paragraph would break them, and reportlab's own text cells carry those lines.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Table

BREAKING_SPACE = re.compile("[^\\S\xa0]+")
"""Where words break: any white space but the no-break space, as in a Paragraph."""


class TextTable(Table):
    """A Table whose text cells split across pages by their own leading and are drawn in one text object."""

    def _splitCell(self, value: Any, style: Any, oldHeight: float, newHeight: float, width: float) -> Any:
        """reportlab counts 1.2 × the font size per line when it splits a text cell, less than our leading,
        so the top half would run past the foot of the page."""
        if not isinstance(value, str) or style.valign != "TOP":
            return super()._splitCell(value, style, oldHeight, newHeight, width)
        lines = value.split("\n")
        fit = int((newHeight - style.topPadding) // style.leading)
        if fit >= len(lines):
            return (value, "")
        if fit < 2:
            return []  # like a Paragraph, never leave one line of several alone at the foot of a page
        return ("\n".join(lines[:fit]), "\n".join(lines[fit:]))

    def _listCellGeom(
        self, V: Any, w: Any, s: Any, W: Any = None, H: Any = None, aH: float = 72000
    ) -> tuple[float, float]:
        """A text cell's height by its leading, as rows are sized, also for the halves of a split row
        (reportlab counts 1.2 × the font size there, leaving a gap under the second half)."""
        if isinstance(V, str) and V:
            return self._elementWidth(V, s), len(V.split("\n")) * s.leading
        return super()._listCellGeom(V, w, s, W, H, aH)

    def draw(self) -> None:
        self._text: PDFTextObject | None = None
        self._text_font: tuple[str, float, float] | None = None
        self._text_colour: Any = None
        super().draw()
        self._draw_text()  # in case a later reportlab no longer draws the grid through _drawLines

    def _drawCell(self, cellval: Any, cellstyle: Any, pos: tuple[float, float], size: Any) -> None:
        """The text cells of a table (as much of it as is on the page) go into one text object.

        reportlab draws each line of a text cell as a text object of its own, setting font, size, leading
        and position in it again: a third of a long portfolio's time went on writing those numbers.
        """
        plain = (cellstyle.alignment, cellstyle.valign) == ("LEFT", "TOP") and not (
            cellstyle.href or cellstyle.destination
        )
        if not isinstance(cellval, str) or not plain:
            self._draw_text()  # keep what is drawn in the order reportlab draws it
            super()._drawCell(cellval, cellstyle, pos, size)
            return
        if self._text is None:
            self._text = self.canv.beginText()
        text = self._text
        text.setTextOrigin(
            pos[0] + cellstyle.leftPadding, pos[1] + size[1] - cellstyle.topPadding - cellstyle.fontsize
        )
        font = (cellstyle.fontname, cellstyle.fontsize, cellstyle.leading)
        if font != self._text_font:
            text.setFont(*font)
            self._text_font = font
        if cellstyle.color != self._text_colour:
            text.setFillColor(cellstyle.color)
            self._text_colour = cellstyle.color
        text.textLines(cellval.split("\n"))

    def _drawLines(self) -> None:
        """reportlab draws the rules after the cells: the cells' text goes onto the page first."""
        self._draw_text()
        super()._drawLines()

    def _draw_text(self) -> None:
        if self._text is not None:
            self.canv.drawText(self._text)
            self._text = None
            self._text_font = self._text_colour = None
            self._curcellstyle = None  # the colour and font changed without reportlab's cell drawing knowing


def wrapped(value: str, style: ParagraphStyle, width: float) -> str:
    """The text broken into lines no wider than `width`, where a Paragraph in `style` would break them.

    Runs of spaces fold into one, line breaks are kept, and a word wider than the column is cut.
    """
    font, size = style.fontName, style.fontSize
    space = _width(" ", font, size)
    shrink = style.spaceShrinkage * space  # a Paragraph lets each space give this much to fit a word in
    lines: list[str] = []
    for line in value.split("\n"):
        words: list[str] = []
        used = -space
        for word in _words(line):
            needed = _width(word, font, size)
            if used + space + needed <= width + shrink * len(words):
                words.append(word)
                used += space + needed
            elif needed <= width:
                lines.append(" ".join(words))
                words, used = [word], needed
            else:
                first, *others = _cut(word, font, size, width, width - used - space if words else width)
                if first[0]:
                    words.append(first[0])
                    used += space + first[1]
                for piece, piece_width in others:
                    lines.append(" ".join(words))
                    words, used = [piece], piece_width
        lines.append(" ".join(words))
    return "\n".join(lines)


def _words(line: str) -> list[str]:
    if "\xa0" not in line:
        return line.split()
    return [word for word in BREAKING_SPACE.split(line) if word]


def _cut(word: str, font: str, size: float, width: float, first: float) -> list[tuple[str, float]]:
    """A word too wide for any line, in pieces: the first fills `first`, the others a whole line each."""
    pieces: list[tuple[str, float]] = []
    piece, used, room = "", 0.0, first
    for char in word:
        needed = _width(char, font, size)
        if used + needed > room and (piece or room < width):
            pieces.append((piece, used))
            piece, used, room = "", 0.0, width
        piece += char
        used += needed
    pieces.append((piece, used))
    return pieces


@lru_cache(maxsize=65536)
def _width(word: str, font: str, size: float) -> float:
    """Words repeat across a table's cells; measuring each once saves most of the measuring."""
    return pdfmetrics.stringWidth(word, font, size)
