"""Where databases live by default: the user's data folder, per platform (no admin rights needed)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path, user_log_path

from leadapp.store.site_defaults import read_site_defaults

APP_NAME = "LeadApp"
DB_ENV = "LEADAPP_DB"


def data_folder() -> Path:
    return user_data_path(APP_NAME, appauthor=False)


def default_db_path() -> Path:
    override = os.environ.get(DB_ENV, "").strip()
    if override:
        return Path(override).expanduser()
    return (read_site_defaults().database_folder or data_folder()) / "leadapp.sqlite3"


def demo_db_path() -> Path:
    return data_folder() / "leadapp-demo.sqlite3"


def log_folder() -> Path:
    return user_log_path(APP_NAME, appauthor=False)
