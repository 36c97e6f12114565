"""The app's own icon: the SVG in resources/icons, and the window icon's PNG sizes drawn from it.

The window icon is read from PNGs shipped beside the SVG. PNG support is built into QtGui (no image-format
plugin, so the icon shows the same from a wheel, a bundle or a checkout), and decoding seven small PNGs costs
a fraction of loading QtSvg and rendering the drawing seven times, which every start used to pay before the
window was built. tests/ui/test_app_icon_files.py keeps the PNGs identical to the SVG's rendering: after
changing the drawing, write them again with `python -m leadapp.ui.app_icon resources/icons`.
packaging/make_icons.py renders the same drawing for the installers' PNG, .ico and .icns.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon, QPixmap

from leadapp.resources import folder

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

    from PySide6.QtGui import QImage

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def _icons_folder() -> Traversable:
    return folder("icons")


def icon_svg() -> bytes:
    return (_icons_folder() / "leadapp.svg").read_bytes()


def png_name(size: int) -> str:
    return f"leadapp-{size}.png"


def icon_image(size: int) -> QImage:
    """The SVG drawn at `size` pixels square (QtSvg is loaded only when something draws it)."""
    from PySide6.QtCore import QByteArray, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

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
    """Each size is decoded when something first draws it (QIcon.addFile with its size reads nothing yet):
    the window system asks for one or two sizes, or none at all offscreen, and the start paid about 4 ms
    for decoding all seven. Where the folder is not on disk (a zip), the PNGs are decoded now."""
    icon = QIcon()
    folder = _icons_folder()
    for size in ICON_SIZES:
        file = folder / png_name(size)
        if isinstance(file, Path):
            if not file.is_file():
                raise ValueError(f"the app icon's {size} px PNG is missing")
            icon.addFile(str(file), QSize(size, size))
            continue
        pixmap = QPixmap()
        if not pixmap.loadFromData(file.read_bytes(), "PNG"):
            raise ValueError(f"the app icon's {size} px PNG could not be read")
        icon.addPixmap(pixmap)
    return icon


def write_pngs(folder: Path) -> None:
    """Draw the window icon's PNGs from the SVG into `folder` (needs a QGuiApplication)."""
    for size in ICON_SIZES:
        if not icon_image(size).save(str(folder / png_name(size))):
            raise OSError(f"could not write the {size} px icon to {folder}")


if __name__ == "__main__":
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv[:1])
    write_pngs(Path(sys.argv[1]))
