"""One identity across the window, the installers and the menus: the icon, the app id, the version."""

from __future__ import annotations

import os
import plistlib
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from installing import ROOT
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from leadapp.ui.app_icon import ICON_SIZES, app_icon, icon_image

APP_ID = "org.leadapp.LeadApp"
NHS_BLUE = QColor("#005EB8")


def test_the_icon_is_nhs_blue_with_white_steps_even_at_16_px(qtbot: QtBot) -> None:
    image = icon_image(16)
    assert image.pixelColor(1, 8) == NHS_BLUE
    assert image.pixelColor(10, 11) == QColor("white")  # the top step
    assert image.pixelColor(0, 0).alpha() < 255  # rounded corner
    assert {s.width() for s in app_icon().availableSizes()} == set(ICON_SIZES)


def test_the_started_app_shows_its_icon(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from leadapp.app import main\n"
        "code = main(['--smoke', '--db', sys.argv[1]])\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication.instance()\n"
        "print(app.windowIcon().isNull(), app.desktopFileName())\n"
        "sys.exit(code)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "x.sqlite3")],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_STATE_HOME=str(tmp_path)),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-2:] == ["False", APP_ID]


def test_every_installer_uses_the_same_app_id_and_icon() -> None:
    packaging = ROOT / "packaging"
    desktop = (packaging / "linux" / f"{APP_ID}.desktop").read_text("utf-8")
    assert f"Icon={APP_ID}" in desktop
    metainfo = ET.parse(packaging / "linux" / f"{APP_ID}.metainfo.xml").getroot()
    assert metainfo.findtext("id") == APP_ID
    assert metainfo.findtext("launchable") == f"{APP_ID}.desktop"
    with (packaging / "macos" / "Info.plist").open("rb") as handle:
        info = plistlib.load(handle)
    assert info["CFBundleIdentifier"] == APP_ID
    assert info["CFBundleIconFile"] == "leadapp.icns"
    wxs = ET.parse(packaging / "windows" / "leadapp.wxs").getroot()
    namespace = {"w": "http://schemas.microsoft.com/wix/2006/wi"}
    product = wxs.find("w:Product", namespace)
    assert product is not None
    # Windows Installer compares GUIDs as written: upper case, as WiX writes them.
    assert re.fullmatch(r"[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}", product.get("UpgradeCode", ""))
    assert wxs.find(".//w:Icon", namespace) is not None
