"""Defaults a trust's IT team sets for every user of a computer: theme, text size, database folder.

IT deploys one small INI file (docs/it-guide.md says where); LeadApp only reads it. A person's own choice
in Settings wins over it, and `--db` or LEADAPP_DB win over its database folder. A value that cannot be
used, or a file that cannot be read, is passed over so a slip in the file never stops anyone working.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

from platformdirs import site_config_path

DEFAULTS_ENV = "LEADAPP_DEFAULTS"
SECTION = "defaults"
THEMES = ("system", "light", "dark")


class SiteDefaults(NamedTuple):
    theme: str = "system"
    text_size: int = 100
    database_folder: Path | None = None


def defaults_file() -> Path:
    """/etc/xdg/LeadApp, C:\\ProgramData\\LeadApp or /Library/Application Support/LeadApp."""
    override = os.environ.get(DEFAULTS_ENV, "").strip()
    if override:
        return Path(override).expanduser()
    return site_config_path("LeadApp", appauthor=False) / "defaults.ini"


def read_site_defaults(path: Path | None = None) -> SiteDefaults:
    try:
        text = (path or defaults_file()).read_text("utf-8")
    except (OSError, UnicodeDecodeError):
        return SiteDefaults()
    import configparser  # here, not above: most computers have no file, and every start reads this

    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read_string(text)
    except configparser.Error:
        return SiteDefaults()
    values = parser[SECTION] if parser.has_section(SECTION) else {}
    built_in = SiteDefaults()
    theme = values.get("theme", "").strip().lower()
    size = values.get("text_size", "").strip().rstrip("%").strip()
    folder = Path(os.path.expandvars(values.get("database_folder", "").strip())).expanduser()
    return SiteDefaults(
        theme=theme if theme in THEMES else built_in.theme,
        text_size=int(size) if size.isdigit() and 100 <= int(size) <= 200 else built_in.text_size,
        database_folder=folder if folder.is_absolute() else None,
    )
