"""What `make package` built, installed and run as IT and people would: .deb, per-user archive, bundle, MSI.

These run in `make package-test` (which builds the installers first; CI runs it after `make test`). In a
plain `pytest` run they are skipped, because the installers take a few minutes to build.
"""

from __future__ import annotations

import os
import platform
import re
import shutil
import subprocess
import tarfile
import time
from pathlib import Path

import pytest
from installing import ROOT, fingerprint, home_env, pdf_text, run, source_modules, source_resources

pytestmark = pytest.mark.skipif(
    os.environ.get("LEADAPP_INSTALLERS") != "1",
    reason="installers are built and tested by `make package-test`",
)

APP_ID = "org.leadapp.LeadApp"
BUNDLE = ROOT / "build" / "bundle" / "leadapp"
VERSION = re.search(r'^version = "(.+)"', (ROOT / "pyproject.toml").read_text("utf-8"), re.M)[1]  # type: ignore[index]
DEB = ROOT / "dist" / f"leadapp_{VERSION}_amd64.deb"
TARBALL = ROOT / "dist" / f"leadapp-{VERSION}-linux-x86_64.tar.gz"
MSI = ROOT / "build" / "msi" / "LeadApp-stand-in.msi"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# What Qt's xcb platform needs on a bare Debian (ENVIRONMENT.md), so the .deb must declare it.
RUNTIME_LIBRARIES = (
    "libegl1",
    "libgl1",
    "libxkbcommon0",
    "libfontconfig1",
    "libglib2.0-0",
    "libdbus-1-3",
    "libxcb-cursor0",
    "libxcb-image0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxkbcommon-x11-0",
)


def megabytes(folder: Path) -> float:
    """In MiB, as `du -sm` counts them."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 2**20


def bundled_modules() -> set[str]:
    """The modules frozen into the bundle, read with PyInstaller's own archive reader."""
    script = (
        "import sys\n"
        "from PyInstaller.archive.readers import CArchiveReader\n"
        "pyz = CArchiveReader(sys.argv[1]).open_embedded_archive('PYZ.pyz')\n"
        "print('\\n'.join(pyz.toc))\n"
    )
    python = ROOT / "build" / "pack-venv" / "bin" / "python"
    listing = subprocess.run(
        [python, "-c", script, BUNDLE / "leadapp"], check=True, capture_output=True, text=True
    ).stdout
    return set(listing.split())


def test_installers_bundle_holds_every_module_and_resource_within_its_size() -> None:
    wanted = {
        name.removesuffix(".py").removesuffix("/__init__").replace("/", ".") for name in source_modules()
    }
    assert wanted - bundled_modules() == set(), "modules left out of the bundle"
    internal = BUNDLE / "_internal"
    bundled = {p.relative_to(internal).as_posix() for p in (internal / "leadapp").rglob("*") if p.is_file()}
    assert {r for r in source_resources() if not r.endswith(".py")} - bundled == set()
    unused = re.compile(r"Qt6(WebEngine|Quick|Qml|3D|Multimedia|Designer)")
    assert [p.name for p in internal.rglob("*") if unused.search(p.name)] == []
    assert megabytes(BUNDLE) <= 150


def test_installers_deb_declares_what_qt_needs_and_installs_the_desktop_files() -> None:
    depends = subprocess.run(
        ["dpkg-deb", "-f", DEB, "Depends"], check=True, capture_output=True, text=True
    ).stdout
    for library in RUNTIME_LIBRARIES:
        assert library in depends
    assert f"libc6 (>= {platform.libc_ver()[1]})" in depends  # the C library the bundle was built on
    listing = subprocess.run(["dpkg-deb", "-c", DEB], check=True, capture_output=True, text=True).stdout
    for path in (
        "./opt/leadapp/leadapp",
        "./usr/bin/leadapp -> ../../opt/leadapp/leadapp",
        f"./usr/share/applications/{APP_ID}.desktop",
        f"./usr/share/metainfo/{APP_ID}.metainfo.xml",
        f"./usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg",
        *(f"./usr/share/icons/hicolor/{n}x{n}/apps/{APP_ID}.png" for n in ICON_SIZES),
    ):
        assert path in listing


def dpkg(*args: str | Path) -> None:
    """dpkg, waiting a little if another install holds its lock."""
    for _ in range(20):
        result = subprocess.run(["dpkg", *map(str, args)], capture_output=True, text=True, check=False)
        if result.returncode == 0:
            return
        if "lock" not in result.stderr:
            break
        time.sleep(3)
    raise AssertionError(f"dpkg {args} failed:\n{result.stdout}\n{result.stderr}")


def test_installers_deb_installs_starts_reports_and_removal_keeps_the_database(tmp_path: Path) -> None:
    if os.geteuid() != 0:
        pytest.skip("installing the .deb with dpkg -i needs root (CI runs as root)")
    home = tmp_path / "home"
    env = home_env(home)
    data = home / ".local" / "share" / "LeadApp"
    dpkg("-i", DEB)
    try:
        assert os.path.realpath("/usr/bin/leadapp") == "/opt/leadapp/leadapp"
        entry = Path(f"/usr/share/applications/{APP_ID}.desktop")
        run(["desktop-file-validate", entry], env, tmp_path)
        exec_line = re.search(r"^Exec=(.+)$", entry.read_text("utf-8"), re.M)[1]  # type: ignore[index]
        assert shutil.which(exec_line.split()[0]) == "/usr/bin/leadapp"

        smoke = run(["/usr/bin/leadapp", "--smoke"], env, tmp_path)
        assert f"smoke test passed on {data / 'leadapp.sqlite3'}" in smoke.stdout
        run(["/usr/bin/leadapp", "--demo", "--smoke"], env, tmp_path)
        out = tmp_path / "caseload.pdf"
        demo = data / "leadapp-demo.sqlite3"
        run(["/usr/bin/leadapp", "report", "caseload", "--db", demo, "--out", out], env, tmp_path)
        assert "Tom Reilly" in pdf_text(out)
        before = {db.name: fingerprint(db) for db in (data / "leadapp.sqlite3", demo)}
    finally:
        dpkg("-r", "leadapp")
    assert not Path("/usr/bin/leadapp").exists()
    assert not Path("/opt/leadapp").exists()
    after = {db.name: fingerprint(db) for db in (data / "leadapp.sqlite3", demo)}
    assert after == before
    assert after["leadapp-demo.sqlite3"][1:] == (before["leadapp-demo.sqlite3"][1], "ok")


def test_installers_per_user_archive_installs_into_home_and_uninstall_keeps_the_data(tmp_path: Path) -> None:
    with tarfile.open(TARBALL) as archive:
        archive.extractall(tmp_path, filter="tar")
    unpacked = tmp_path / f"leadapp-{VERSION}"
    home = tmp_path / "home"
    env = home_env(home)
    run(["sh", unpacked / "install.sh"], env, tmp_path)

    program = home / ".local" / "bin" / "leadapp"
    entry = home / ".local" / "share" / "applications" / f"{APP_ID}.desktop"
    run(["desktop-file-validate", entry], env, tmp_path)
    assert (home / ".local/share/icons/hicolor/16x16/apps" / f"{APP_ID}.png").is_file()
    exec_line = re.search(r"^Exec=(.+)$", entry.read_text("utf-8"), re.M)[1]  # type: ignore[index]
    assert exec_line == f'"{home}/.local/lib/leadapp/leadapp"'

    run([program, "--demo", "--smoke"], env, tmp_path)
    demo = home / ".local" / "share" / "LeadApp" / "leadapp-demo.sqlite3"
    out = tmp_path / "caseload.pdf"
    run([program, "report", "caseload", "--db", demo, "--out", out], env, tmp_path)
    assert "Tom Reilly" in pdf_text(out)
    before = fingerprint(demo)

    run(["sh", unpacked / "uninstall.sh"], env, tmp_path)
    assert not program.exists() and not program.is_symlink()
    assert not entry.exists()
    assert not (home / ".local" / "lib" / "leadapp").exists()
    assert fingerprint(demo) == before


def msi_table(name: str) -> list[list[str]]:
    text = subprocess.run(["msiinfo", "export", MSI, name], check=True, capture_output=True, text=True).stdout
    return [line.split("\t") for line in text.splitlines()[3:]]


def test_installers_msi_is_per_user_silent_and_upgradable() -> None:
    properties = dict((row[0], row[1]) for row in msi_table("Property"))
    assert properties["ALLUSERS"] == "2"
    assert properties["MSIINSTALLPERUSER"] == "1"
    wxs = (ROOT / "packaging" / "windows" / "leadapp.wxs").read_text("utf-8")
    upgrade_code = re.search(r'UpgradeCode="([0-9A-F-]+)"', wxs)[1]  # type: ignore[index]
    assert properties["UpgradeCode"] == "{" + upgrade_code + "}"
    assert properties["ProductVersion"] == VERSION
    summary = subprocess.run(["msiinfo", "suminfo", MSI], check=True, capture_output=True, text=True).stdout
    word_count = int(re.search(r"^Source: (\d+)", summary, re.M)[1])  # type: ignore[index]
    assert word_count & 8, "the package must not ask for admin rights"

    (shortcut,) = msi_table("Shortcut")
    assert shortcut[1:5] == ["ProgramMenuFolder", "LeadApp", "StartMenuShortcut", "[INSTALLDIR]leadapp.exe"]
    payload = ROOT / "build" / "windows-stand-in"
    files = {row[2].split("|")[-1] for row in msi_table("File")}
    assert files == {p.name for p in payload.rglob("*") if p.is_file()}
    assert {row[0] for row in msi_table("Upgrade")} == {"{" + upgrade_code + "}"}
