"""How headings, secondary and error text, panels, main buttons, the section rail and long lists' scroll
bars look, in each theme.

These were an application style sheet until December 2026: any application style sheet makes Qt's
style-sheet style look over every widget as it is made and each time it is moved into place, about a tenth
of LeadApp's own start-up (docs/performance.md). Each look is now given to the widgets that carry it, as a
font and palette or a small paint, and given again when the theme or text size changes (`use_looks`).
The "role" and "primary" properties stay on the widgets, so a theme change finds them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QFrame,
    QLabel,
    QListWidget,
    QScrollBar,
    QStyledItemDelegate,
    QWidget,
)

from leadapp.ui.theme import BORDER, DARK_BLUE, ERROR, ERROR_ON_DARK, LIGHT_BLUE, NHS_BLUE, PAGE, SECONDARY
from leadapp.ui.widgets.app_owned import app_owned

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStyleOptionViewItem


class Looks(NamedTuple):
    heading: str
    secondary: str
    border: str
    surface: str
    selected: str
    selected_text: str
    error: str
    groove: str
    handle: str
    handle_held: str


LIGHT = Looks(DARK_BLUE, SECONDARY, BORDER, "#FFFFFF", NHS_BLUE, "#FFFFFF", ERROR, PAGE, "#768692", SECONDARY)
DARK = Looks(
    "#9FD3F2",
    "#C3CCD1",
    "#4B565E",
    "#2A3137",
    LIGHT_BLUE,
    "#10171C",
    ERROR_ON_DARK,
    "#1E2428",
    "#8A949B",
    "#C3CCD1",
)
"""The scroll bar's handle keeps 3:1 against its groove (WCAG's contrast for the parts of a control)."""

HEADING_SCALE = {"heading": 1.6, "subheading": 1.2}
"""Headings are multiples of the chosen text size (UX.md), never fixed sizes."""

_looks = LIGHT
_base_pt: float | None = None


def use_looks(dark: bool, base_pt: float) -> None:
    """The theme or text size changed: every widget that carries a look takes it again."""
    global _looks, _base_pt
    _looks, _base_pt = (DARK if dark else LIGHT), base_pt
    for widget in QApplication.allWidgets():
        role = widget.property("role")
        if isinstance(role, str):
            set_role(widget, role)
        if widget.property("primary") is True and isinstance(widget, QAbstractButton):
            make_primary(widget)
        if widget.property("flat") is True and isinstance(widget, QScrollBar):
            widget.setStyleSheet(_scroll_bar_sheet())


def _base_size() -> float:
    if _base_pt is not None:
        return _base_pt
    size = QApplication.font().pointSizeF()
    return size if size > 0 else 10.0


def set_role(widget: QWidget, role: str) -> None:
    """heading, subheading, secondary or error text; card and notice panels draw themselves (Panel)."""
    widget.setProperty("role", role)
    colour = {
        "heading": _looks.heading,
        "subheading": _looks.heading,
        "secondary": _looks.secondary,
        "error": _looks.error,
    }.get(role)
    if colour is None:
        widget.update()
        return
    palette = QPalette()
    for part in (QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(part, QColor(colour))
    widget.setPalette(palette)
    scale = HEADING_SCALE.get(role)
    if scale is None:
        widget.setFont(QFont())
        return
    font = QFont()
    font.setPointSizeF(round(_base_size() * scale, 1))
    font.setWeight(QFont.Weight.DemiBold)
    widget.setFont(font)


def make_primary(button: QAbstractButton) -> None:
    """The one main action of a screen: filled in the selection blue, in bold (PrimaryPainter)."""
    if button.property("primary") is not True:
        button.installEventFilter(app_owned(PrimaryPainter))
    button.setProperty("primary", True)
    font = QFont()
    font.setWeight(QFont.Weight.DemiBold)
    button.setFont(font)
    metrics = button.fontMetrics()
    words = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    button.setMinimumSize(
        metrics.horizontalAdvance(words) + metrics.height() * 2, round(metrics.height() * 1.9)
    )
    button.update()


class PrimaryPainter(QObject):
    """Paints the main buttons. Fusion lightens and greys a dark button colour given in the palette, which
    left white text on NHS blue under the 4.5:1 contrast UX.md asks for; this fills the exact colour."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Paint or not isinstance(watched, QAbstractButton):
            return False
        paint_primary(watched)
        return True


def paint_primary(button: QAbstractButton) -> None:
    """Filled in the theme's selection colour (darker while pressed), or in the disabled colours with an
    outline; the label centred, its Alt letter underlined."""
    painter = QPainter(button)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if button.isEnabled():
        fill, text = QColor(_looks.selected), QColor(_looks.selected_text)
        if button.isDown():
            fill = fill.darker(120)
        painter.setPen(Qt.PenStyle.NoPen)
    else:
        fill = button.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Button)
        text = button.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText)
        painter.setPen(QPen(text, 1))
    painter.setBrush(fill)
    radius = button.fontMetrics().height() * 0.25
    painter.drawRoundedRect(QRectF(button.rect()).adjusted(1.5, 1.5, -1.5, -1.5), radius, radius)
    painter.setPen(text)
    painter.setFont(button.font())
    painter.drawText(
        button.rect(),
        int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextShowMnemonic),
        button.text(),
    )


def flat_scroll_bars(view: QAbstractScrollArea) -> None:
    """A long list's scroll bars drawn flat: a groove and a rounded handle, no arrows.

    Fusion's own scroll bar took 0.75-0.85 ms to paint on this machine (0.04 ms drawn from this sheet), and a
    list repaints it at every search and every page scrolled: a tenth of the time from a search's last
    keystroke to its results on screen. The sheet is the scroll bars' own, so Qt's style-sheet style looks
    over these few widgets only (see the module's note).
    """
    vertical, horizontal = view.verticalScrollBar(), view.horizontalScrollBar()
    vertical.setProperty("flat", True)
    vertical.setStyleSheet(_scroll_bar_sheet())
    horizontal.installEventFilter(app_owned(FlatWhenShown))


class FlatWhenShown(QObject):
    """Makes a horizontal scroll bar flat as it is first shown: most lists never show theirs, and each
    sheet costs its bar a look-over by Qt's style-sheet style (about 1 ms of the start for Home's two)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QScrollBar):
            watched.removeEventFilter(self)
            watched.setProperty("flat", True)
            watched.setStyleSheet(_scroll_bar_sheet())
        return False


def _scroll_bar_sheet() -> str:
    return (
        f"QScrollBar {{ background: {_looks.groove}; border: none; margin: 0; }}"
        " QScrollBar:vertical { width: 0.9em; } QScrollBar:horizontal { height: 0.9em; }"
        f" QScrollBar::handle {{ background: {_looks.handle}; border-radius: 0.25em; margin: 0.15em; }}"
        " QScrollBar::handle:vertical { min-height: 2em; } QScrollBar::handle:horizontal { min-width: 2em; }"
        f" QScrollBar::handle:hover, QScrollBar::handle:pressed {{ background: {_looks.handle_held}; }}"
        " QScrollBar::add-line, QScrollBar::sub-line { width: 0; height: 0; border: none; background: none; }"
        " QScrollBar::add-page, QScrollBar::sub-page { background: none; }"
    )


def paint_panel(widget: QWidget, kind: str) -> None:
    """A card: the surface colour in a thin rounded border. A notice: a blue border, thick on the left."""
    painter = QPainter(widget)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    em = widget.fontMetrics().height() * 0.8
    whole = QRectF(widget.rect())
    if kind == "notice":
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(_looks.selected))
        painter.drawRoundedRect(whole, em * 0.3, em * 0.3)
        painter.setBrush(QColor(_looks.surface))
        painter.drawRect(whole.adjusted(em * 0.5, 2, -2, -2))
        return
    painter.setPen(QPen(QColor(_looks.border), 1))
    painter.setBrush(QColor(_looks.surface))
    painter.drawRoundedRect(whole.adjusted(0.5, 0.5, -0.5, -0.5), em * 0.3, em * 0.3)


class Panel(QFrame):
    """A card or a notice, painted (paint_panel) behind what its layout holds."""

    def __init__(self, kind: str = "card", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setProperty("role", kind)

    def paintEvent(self, event: QPaintEvent) -> None:
        paint_panel(self, self.kind)


class NoticeLabel(QLabel):
    """A sentence in a notice panel, for a warning that is only words."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setProperty("role", "notice")
        self.setWordWrap(True)
        em = self.fontMetrics().height()
        self.setContentsMargins(int(em * 0.7), int(em * 0.3), int(em * 0.3), int(em * 0.3))

    def paintEvent(self, event: QPaintEvent) -> None:
        paint_panel(self, "notice")
        super().paintEvent(event)


class RailDelegate(QStyledItemDelegate):
    """The section rail's rows: the chosen one filled in the selection blue, rounded, in bold.

    The chosen row is the rail's current row rather than the option's state flags: reading those would make
    PySide build the Python classes of QStyle's enum types at every start (about 7 ms).
    """

    def __init__(self, rail: QListWidget) -> None:
        super().__init__(rail)
        self.rail = rail

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        selected = index.row() == self.rail.currentRow()
        pad = int(option.fontMetrics.height() * 0.3)
        rect: QRect = option.rect.adjusted(pad, 0, -pad, 0)
        font = QFont(option.font)
        painter.save()
        if selected:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(_looks.selected))
            painter.drawRoundedRect(QRectF(rect).adjusted(0, 1, 0, -1), 4, 4)
            painter.setPen(QColor(_looks.selected_text))
            font.setWeight(QFont.Weight.DemiBold)
        else:
            painter.setPen(option.palette.color(QPalette.ColorRole.Text))
        painter.setFont(font)
        indent = int(option.fontMetrics.height() * 0.6)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        painter.drawText(
            rect.adjusted(indent, 0, -indent // 2, 0),
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
            text,
        )
        painter.restore()
