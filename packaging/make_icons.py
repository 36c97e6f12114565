"""Draw the installers' icons from resources/icons/leadapp.svg: PNG sizes, a Windows .ico, a macOS .icns.

Usage: python packaging/make_icons.py OUT_FOLDER
Qt renders the SVG (the same drawing as the window icon); Pillow (the `packaging` extra) writes the .ico and
.icns containers. Run it from an environment where LeadApp is installed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def main(out: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    from leadapp.ui.app_icon import icon_image, icon_svg

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    out.mkdir(parents=True, exist_ok=True)
    (out / "leadapp.svg").write_bytes(icon_svg())
    for size in PNG_SIZES:
        if not icon_image(size).save(str(out / f"leadapp-{size}.png")):
            raise SystemExit(f"make_icons: could not write the {size} px icon")
    with Image.open(out / "leadapp-256.png") as big:
        big.save(out / "leadapp.ico", sizes=[(size, size) for size in ICO_SIZES])
    with Image.open(out / "leadapp-512.png") as biggest:
        biggest.save(out / "leadapp.icns")
    del app
    print(f"Icons written to {out}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: python packaging/make_icons.py OUT_FOLDER")
    main(Path(sys.argv[1]))
