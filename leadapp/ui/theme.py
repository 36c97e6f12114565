"""NHS colours, light and dark palettes, and text scaling.

Headings, panels and main buttons take their looks from leadapp/ui/widgets/roles.py and the focus ring from
leadapp/ui/widgets/focus_ring.py; their sizes follow the application font, so 150 % and 200 % text stay laid
out. There is no application style sheet: see roles.py for why.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

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


FUSION_ARGUMENTS = ["-style", "Fusion"]
"""Given to the application as it is made at start, so Qt makes its Fusion style itself. Set from Python
(`app.setStyle`), the style comes back to Python, and PySide makes the Python classes of QStyle's enum types
for it: about 8 ms of every start. Tick boxes keep their outline through leadapp/ui/widgets/tick_boxes.py."""

_fusion_app = False
"""Whether the application already draws with Fusion: made with FUSION_ARGUMENTS, or set once here."""


def new_application(arguments: list[str]) -> QApplication:
    """The application, drawing with Fusion from its start (see FUSION_ARGUMENTS)."""
    global _fusion_app
    app = QApplication([*arguments, *FUSION_ARGUMENTS])
    _fusion_app = True
    return app


def is_dark(mode: str) -> bool:
    if mode == "dark":
        return True
    if mode == "light":
        return False
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def theme_settings(store: Store) -> tuple[str, int]:
    """The theme and text size chosen in Settings, else the site's presets (here rather than in the
    settings dialog, so the start does not import the dialog)."""
    preset = read_site_defaults()
    size = store.settings.text_size(preset.text_size)
    return store.settings.theme(preset.theme), size if size in TEXT_SIZES else 100


def apply_theme(app: QApplication, mode: str, text_size: int) -> None:
    """Apply the palette, the looks and the text size; safe to call again when settings change.

    The looks and the focus ring read this module's colours, so they are imported here rather than above.
    """
    from leadapp.ui.widgets.focus_ring import install_focus_ring
    from leadapp.ui.widgets.roles import use_looks

    global _base_point_size, _fusion_app
    dark = is_dark(mode)
    if not _fusion_app:
        app.setStyle("Fusion")
        _fusion_app = True
    app.setPalette(_dark_palette() if dark else _light_palette())
    if _base_point_size is None:
        _base_point_size = app.font().pointSizeF() if app.font().pointSizeF() > 0 else 10.0
    font = QFont(app.font())
    font.setPointSizeF(_base_point_size * text_size / 100)
    app.setFont(font)
    use_looks(dark, font.pointSizeF())
    install_focus_ring()
