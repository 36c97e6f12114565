"""The window icon's shipped PNGs are the SVG's own drawing, pixel for pixel, at every size."""

from __future__ import annotations

from importlib import resources

from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from leadapp.ui.app_icon import ICON_SIZES, app_icon, icon_image, png_name


def test_each_png_is_the_svg_drawn_at_its_size(qtbot: QtBot) -> None:
    folder = resources.files("leadapp.resources") / "icons"
    for size in ICON_SIZES:
        shipped = QImage.fromData((folder / png_name(size)).read_bytes(), "PNG")
        drawn = icon_image(size)
        assert shipped.size() == drawn.size(), size
        redraw = "python -m leadapp.ui.app_icon resources/icons"
        assert shipped.convertToFormat(drawn.format()) == drawn, f"{png_name(size)} differs: {redraw}"


def test_the_window_icon_has_every_size_and_draws_as_the_svg(qtbot: QtBot) -> None:
    icon = app_icon()
    assert {s.width() for s in icon.availableSizes()} == set(ICON_SIZES)
    assert icon.pixmap(16, 16).toImage().convertToFormat(
        QImage.Format.Format_ARGB32_Premultiplied
    ) == icon_image(16)
