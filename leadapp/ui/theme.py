"""NHS colours, light and dark palettes, the focus ring, and text scaling.

Sizes in the style sheet are in em or follow the application font, so 150 % and 200 % text stay laid out.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleFactory, QStyleOption, QWidget

from leadapp.store.site_defaults import read_site_defaults
from leadapp.store.store import Store

NHS_BLUE = "#005EB8"
DARK_BLUE = "#003087"
TEXT = "#212B32"
SECONDARY = "#4C6272"
BORDER = "#D8DDE0"
PAGE = "#F0F4F5"
SUCCESS = "#007F3B"
WARNING = "#FFB81C"
ERROR = "#D5281B"
ERROR_ON_DARK = "#FF8A80"
FOCUS = "#FFEB3B"
LIGHT_BLUE = "#41B6E6"

THEMES = ("system", "light", "dark")
TEXT_SIZES = (100, 125, 150, 200)

_base_point_size: float | None = None


def _light_palette() -> QPalette:
    p = QPalette()
    p.setColor(QPalette.ColorRole.Window, QColor(PAGE))
    p.setColor(QPalette.ColorRole.WindowText, QColor(TEXT))
    p.setColor(QPalette.ColorRole.Base, QColor("#FFFFFF"))
    p.setColor(QPalette.ColorRole.AlternateBase, QColor("#F7F9FA"))
    p.setColor(QPalette.ColorRole.Text, QColor(TEXT))
    p.setColor(QPalette.ColorRole.PlaceholderText, QColor(SECONDARY))
    p.setColor(QPalette.ColorRole.Button, QColor("#FFFFFF"))
    p.setColor(QPalette.ColorRole.ButtonText, QColor(TEXT))
    p.setColor(QPalette.ColorRole.Highlight, QColor(NHS_BLUE))
    p.setColor(QPalette.ColorRole.HighlightedText, QColor("#FFFFFF"))
    p.setColor(QPalette.ColorRole.Link, QColor(NHS_BLUE))
    p.setColor(QPalette.ColorRole.ToolTipBase, QColor("#FFFFFF"))
    p.setColor(QPalette.ColorRole.ToolTipText, QColor(TEXT))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#768692"))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#768692"))
    return p


def _dark_palette() -> QPalette:
    p = QPalette()
    p.setColor(QPalette.ColorRole.Window, QColor("#1E2428"))
    p.setColor(QPalette.ColorRole.WindowText, QColor("#F0F4F5"))
    p.setColor(QPalette.ColorRole.Base, QColor("#2A3137"))
    p.setColor(QPalette.ColorRole.AlternateBase, QColor("#323A41"))
    p.setColor(QPalette.ColorRole.Text, QColor("#F0F4F5"))
    p.setColor(QPalette.ColorRole.PlaceholderText, QColor("#AEB7BD"))
    p.setColor(QPalette.ColorRole.Button, QColor("#323A41"))
    p.setColor(QPalette.ColorRole.ButtonText, QColor("#F0F4F5"))
    p.setColor(QPalette.ColorRole.Highlight, QColor(LIGHT_BLUE))
    p.setColor(QPalette.ColorRole.HighlightedText, QColor("#10171C"))
    p.setColor(QPalette.ColorRole.Link, QColor(LIGHT_BLUE))
    p.setColor(QPalette.ColorRole.ToolTipBase, QColor("#2A3137"))
    p.setColor(QPalette.ColorRole.ToolTipText, QColor("#F0F4F5"))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#8A949B"))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#8A949B"))
    return p


class ContrastStyle(QProxyStyle):
    """Fusion, with tick boxes outlined in the secondary text colour.

    Fusion outlines a tick box in a shade of the window colour: on the dark theme it all but vanishes. The
    placeholder colour keeps well over the 3:1 that WCAG asks of a control's edge, in both themes.
    """

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


ITEM_VIEW_STYLE = "leadapp-item-view-style"
_fusion_app = False
"""Set once `apply_theme` has made the app draw with ContrastStyle: with a style sheet on, `app.style()`
is Qt's style-sheet wrapper and no longer says which style it wraps."""


def use_item_view_style(view: QWidget) -> None:
    """Lists and result trees draw with plain Fusion, the style ContrastStyle adds to: they have no tick
    boxes, and ContrastStyle's Python `drawPrimitive` was called for every cell's panel and focus frame,
    about 1.4 ms of each 8 ms paint of the sessions list. One style object serves every view, owned by the
    application (a view's own style does not pass to its header or scroll bars, which keep the app's). Only
    where the app draws with Fusion, so the view looks as it did."""
    app = QApplication.instance()
    if not isinstance(app, QApplication) or not (_fusion_app or app.style().name().lower() == "fusion"):
        return
    style = app.findChild(QStyle, ITEM_VIEW_STYLE)
    if style is None:
        style = QStyleFactory.create("Fusion")
        style.setObjectName(ITEM_VIEW_STYLE)
        style.setParent(app)
    view.setStyle(style)


def is_dark(mode: str) -> bool:
    if mode == "dark":
        return True
    if mode == "light":
        return False
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def style_sheet(dark: bool, base_pt: float) -> str:
    """Qt style sheets ignore em and % for fonts, so heading sizes are computed from the base size."""
    heading = "#9FD3F2" if dark else DARK_BLUE
    secondary = "#C3CCD1" if dark else SECONDARY
    border = "#4B565E" if dark else BORDER
    surface = "#2A3137" if dark else "#FFFFFF"
    selected = LIGHT_BLUE if dark else NHS_BLUE
    selected_text = "#10171C" if dark else "#FFFFFF"
    return f"""
    QLabel[role="heading"] {{ color: {heading}; font-size: {base_pt * 1.6:.1f}pt; font-weight: 600; }}
    QLabel[role="subheading"] {{ color: {heading}; font-size: {base_pt * 1.2:.1f}pt; font-weight: 600; }}
    QLabel[role="secondary"] {{ color: {secondary}; }}
    QFrame[role="card"] {{ background: {surface}; border: 1px solid {border}; border-radius: 0.3em; }}
    QFrame[role="notice"] {{ background: {surface}; border: 2px solid {selected}; border-left-width: 0.5em;
        border-radius: 0.3em; }}
    QListWidget#navigation {{ background: {surface}; border: none; border-right: 1px solid {border};
        padding: 0.3em; }}
    QListWidget#navigation::item {{ padding-left: 0.6em; border-radius: 4px; }}
    QListWidget#navigation::item:selected {{ background: {selected}; color: {selected_text};
        font-weight: 600; }}
    QPushButton[primary="true"] {{ background: {selected}; color: {selected_text}; font-weight: 600;
        border: 3px solid {selected}; border-radius: 0.25em; padding: 0.35em 0.9em; }}
    QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QComboBox:focus, QAbstractSpinBox:focus,
    QAbstractScrollArea:focus, QListWidget#navigation:focus {{
        border: 3px solid {FOCUS}; }}
    QGraphicsView {{ border: 3px solid transparent; }}
    QPushButton:focus, QToolButton:focus, QCheckBox:focus, QRadioButton:focus {{
        outline: none; border: 3px solid {FOCUS}; border-radius: 0.25em; }}
    QLineEdit[invalid="true"] {{ border: 2px solid {ERROR}; }}
    QLabel[role="error"] {{ color: {ERROR_ON_DARK if dark else ERROR}; }}
    """


def theme_settings(store: Store) -> tuple[str, int]:
    """The theme and text size chosen in Settings, else the site's presets (here rather than in the
    settings dialog, so the start does not import the dialog)."""
    preset = read_site_defaults()
    size = store.settings.text_size(preset.text_size)
    return store.settings.theme(preset.theme), size if size in TEXT_SIZES else 100


def apply_theme(app: QApplication, mode: str, text_size: int) -> None:
    """Apply the palette, style sheet and text size; safe to call again when settings change."""
    global _base_point_size, _fusion_app
    dark = is_dark(mode)
    app.setStyle(ContrastStyle("Fusion"))
    _fusion_app = True
    app.setPalette(_dark_palette() if dark else _light_palette())
    if _base_point_size is None:
        _base_point_size = app.font().pointSizeF() if app.font().pointSizeF() > 0 else 10.0
    font = QFont(app.font())
    font.setPointSizeF(_base_point_size * text_size / 100)
    app.setFont(font)
    app.setStyleSheet(style_sheet(dark, font.pointSizeF()))
