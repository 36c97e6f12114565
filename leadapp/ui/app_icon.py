"""The app's own icon, drawn from the SVG in resources/icons at every size it is asked for.

Rendering through QSvgRenderer needs no image-format plugin, so the icon shows the same from a wheel, a
bundle or a checkout. packaging/make_icons.py uses the same drawing for the installers' PNG, .ico and .icns.
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def icon_svg() -> bytes:
    # One name per step: in a bundle the folder may be a MultiplexedPath, whose joinpath takes one name.
    return (resources.files("leadapp.resources") / "icons" / "leadapp.svg").read_bytes()


def icon_image(size: int) -> QImage:
    renderer = QSvgRenderer(QByteArray(icon_svg()))
    if not renderer.isValid():
        raise ValueError("the app icon's SVG could not be read")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def app_icon() -> QIcon:
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addPixmap(QPixmap.fromImage(icon_image(size)))
    return icon
