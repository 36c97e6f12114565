"""Helpers for the tests that install LeadApp as a user would and run the installed copy."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
from collections.abc import Sequence
from pathlib import Path

from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[2]


def source_modules() -> set[str]:
    """Every module of the checkout, as the installed copy must have it (leadapp/ui/people/x.py ...)."""
    return {
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / "leadapp").rglob("*.py")
        if "__pycache__" not in path.parts
    }


def source_resources() -> set[str]:
    """Every resource file, named as installed (leadapp/resources/fonts/DejaVuSans.ttf ...)."""
    folder = ROOT / "resources"
    return {
        "leadapp/resources/" + path.relative_to(folder).as_posix()
        for path in folder.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
    }


def home_env(home: Path) -> dict[str, str]:
    """A person's environment with every per-user folder inside `home`, offscreen Qt, no overrides."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("XDG_", "LEADAPP_", "PYTHON", "VIRTUAL_ENV"))
        and key not in {"DISPLAY", "WAYLAND_DISPLAY"}
    }
    env.update(
        HOME=str(home),
        QT_QPA_PLATFORM="offscreen",
        XDG_RUNTIME_DIR=str(home / ".runtime"),
        LEADAPP_DEFAULTS=str(home / "no-site-defaults.ini"),
    )
    (home / ".runtime").mkdir(parents=True, exist_ok=True, mode=0o700)
    return env


def run(
    command: Sequence[str | Path], env: dict[str, str], cwd: Path, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """Run an installed command; its output is shown in full when it fails."""
    result = subprocess.run(
        [str(part) for part in command],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert result.returncode == 0, f"{command} failed:\n{result.stdout}\n{result.stderr}"
    return result


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def fingerprint(db: Path) -> tuple[str, int, str]:
    """The file's bytes, its number of people, and SQLite's own integrity verdict."""
    digest = hashlib.sha256(db.read_bytes()).hexdigest()
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        people = int(conn.execute("select count(*) from people").fetchone()[0])
        verdict = str(conn.execute("pragma integrity_check").fetchone()[0])
    finally:
        conn.close()
    return digest, people, verdict
