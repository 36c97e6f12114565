"""Shared look of every PDF: an embedded open font, sober NHS styling, a footer with page numbers.

The font is shipped in resources/fonts so a summary looks the same on every machine that opens it.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from functools import cache
from html import escape
from typing import Any

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from leadapp.reports.text_table import TextTable, wrapped
from leadapp.resources import folder

FONT, BOLD, ITALIC = "LeadAppSans", "LeadAppSans-Bold", "LeadAppSans-Oblique"
NHS_BLUE = colors.HexColor("#005EB8")
DARK_BLUE = colors.HexColor("#003087")
TEXT = colors.HexColor("#212B32")
SECONDARY = colors.HexColor("#4C6272")
BORDER = colors.HexColor("#D8DDE0")
PALE = colors.HexColor("#F0F4F5")
MARGIN = 18 * mm


@cache
def register_fonts() -> None:
    fonts = folder("fonts")
    for name, filename in (
        (FONT, "DejaVuSans.ttf"),
        (BOLD, "DejaVuSans-Bold.ttf"),
        (ITALIC, "DejaVuSans-Oblique.ttf"),
    ):
        pdfmetrics.registerFont(TTFont(name, str(fonts.joinpath(filename))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=ITALIC, boldItalic=BOLD)


@cache
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13, textColor=TEXT, alignment=TA_LEFT)
    return {
        "title": ParagraphStyle(
            "title", parent=body, fontName=BOLD, fontSize=17, leading=21, textColor=DARK_BLUE
        ),
        "subtitle": ParagraphStyle("subtitle", parent=body, fontSize=10, leading=14, textColor=SECONDARY),
        "h2": ParagraphStyle(
            "h2",
            parent=body,
            fontName=BOLD,
            fontSize=12,
            leading=15,
            textColor=DARK_BLUE,
            spaceBefore=9,
            spaceAfter=3,
        ),
        "h3": ParagraphStyle(
            "h3", parent=body, fontName=BOLD, fontSize=10, leading=13, spaceBefore=5, spaceAfter=1
        ),
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8, leading=10.5, textColor=SECONDARY),
        "cell": ParagraphStyle("cell", parent=body, fontSize=8.5, leading=11),
        "cell_bold": ParagraphStyle("cell_bold", parent=body, fontName=BOLD, fontSize=8.5, leading=11),
        "private": ParagraphStyle(
            "private", parent=body, backColor=colors.HexColor("#FFF8E1"), borderPadding=4, borderColor=BORDER
        ),
    }


def text(value: str) -> str:
    """Person-written text, safe inside a Paragraph, keeping its line breaks."""
    return escape(value).replace("\n", "<br/>")


def para(value: str, style: str = "body") -> Paragraph:
    return Paragraph(text(value), styles()[style])


PIECE_CHARS = 1500
"""Longest run of text laid out as one Paragraph: reportlab re-wraps what is left of a paragraph at every
page break, so one huge paragraph costs time that grows with the square of its length."""


def prose(value: str, style: str = "body") -> list[Flowable]:
    """Person-written text of any length as paragraphs that flow across pages in time linear in its length.

    Each line becomes its own paragraph, and a line longer than PIECE_CHARS is cut at a space (after a
    sentence where one is near), so every word is printed and the cost of laying out each piece is bounded.
    """
    pieces = [piece for line in value.split("\n") for piece in _cut(line)]
    return [Paragraph(escape(piece) if piece.strip() else "&nbsp;", styles()[style]) for piece in pieces]


def _cut(line: str) -> list[str]:
    pieces = []
    start = 0
    while len(line) - start > PIECE_CHARS:
        end = start + PIECE_CHARS
        cut = max(line.rfind(". ", start, end), line.rfind("? ", start, end), line.rfind("! ", start, end))
        if cut < start + PIECE_CHARS // 2:
            cut = line.rfind(" ", start, end)
        cut = cut + 1 if cut > start else end
        pieces.append(line[start:cut])
        start = cut
    pieces.append(line[start:])
    return pieces


def marked(markup: str, style: str = "body") -> Paragraph:
    return Paragraph(markup, styles()[style])


def heading(value: str, level: int = 2) -> Paragraph:
    return Paragraph(text(value), styles()[f"h{level}"])


def when(value: date | None) -> str:
    return value.strftime("%d %B %Y").lstrip("0") if value else "—"


CELL_PADDING = 3


def table(rows: Sequence[Sequence[Any]], widths: Sequence[float], header: bool = True) -> Table:
    """A compact table; string cells wrap to their column (as plain text, see text_table), and a row taller
    than a page splits."""
    cell, bold = styles()["cell"], styles()["cell_bold"]
    converted = [
        [
            wrapped(cell_value, bold if header and r == 0 else cell, width - 2 * CELL_PADDING)
            if isinstance(cell_value, str)
            else cell_value
            for cell_value, width in zip(row, widths, strict=True)
        ]
        for r, row in enumerate(rows)
    ]
    result = TextTable(converted, colWidths=list(widths), repeatRows=1 if header else 0, splitInRow=1)
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, BORDER),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("FONT", (0, 0), (-1, -1), cell.fontName, cell.fontSize, cell.leading),
        ("TEXTCOLOR", (0, 0), (-1, -1), cell.textColor),
    ]
    if header:
        commands += [
            ("FONT", (0, 0), (-1, 0), bold.fontName, bold.fontSize, bold.leading),
            ("BACKGROUND", (0, 0), (-1, 0), PALE),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, NHS_BLUE),
        ]
    result.setStyle(TableStyle(commands))
    return result


def content_width() -> float:
    return A4[0] - 2 * MARGIN


class _NumberedCanvas(Canvas):
    """Holds pages until the end so each footer can say 'Page N of M'."""

    footer_text = ""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._footer(total)
            super().showPage()
        super().save()

    def _footer(self, total: int) -> None:
        width = A4[0]
        self.setStrokeColor(BORDER)
        self.line(MARGIN, 13 * mm, width - MARGIN, 13 * mm)
        self.setFont(FONT, 7.5)
        self.setFillColor(SECONDARY)
        self.drawString(MARGIN, 9 * mm, self.footer_text)
        self.drawRightString(width - MARGIN, 9 * mm, f"Page {self._pageNumber} of {total}")


def build_pdf(story: list[Flowable], title: str, author: str, footer: str, subject: str = "") -> bytes:
    """Render a story to A4 PDF bytes, with title and author metadata and the footer on every page."""
    register_fonts()
    rl_config.useA85 = 0  # streams stay binary: ASCII85 made every PDF a quarter bigger and slower to write
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=20 * mm,
        title=title,
        author=author,
        subject=subject,
        creator="LeadApp",
    )
    canvas_class = type("FooterCanvas", (_NumberedCanvas,), {"footer_text": footer})
    document.build(story, canvasmaker=canvas_class)
    return buffer.getvalue()


def space(height_mm: float = 3) -> Spacer:
    return Spacer(1, height_mm * mm)
