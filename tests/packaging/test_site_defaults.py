"""A defaults file deployed by IT presets theme, text size and database folder for every user.

The person's own choice in Settings, and `--db`/LEADAPP_DB, still win; a broken file changes nothing.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from leadapp.store.site_defaults import DEFAULTS_ENV, SiteDefaults, read_site_defaults
from leadapp.store.store import Store
from leadapp.ui.settings_dialog import SettingsDialog, theme_settings


def write_defaults(folder: Path, text: str) -> Path:
    path = folder / "defaults.ini"
    path.write_text(text, "utf-8")
    return path


def test_every_value_is_read(tmp_path: Path) -> None:
    path = write_defaults(
        tmp_path, "[defaults]\ntheme = Dark\ntext_size = 150 %\ndatabase_folder = ~/LeadApp data\n"
    )
    assert read_site_defaults(path) == SiteDefaults("dark", 150, Path.home() / "LeadApp data")


def test_values_that_cannot_be_used_are_passed_over(tmp_path: Path) -> None:
    path = write_defaults(
        tmp_path, "[defaults]\ntheme = purple\ntext_size = 90\ndatabase_folder = relative/folder\n"
    )
    assert read_site_defaults(path) == SiteDefaults()


@pytest.mark.parametrize("text", ["", "theme = dark\n", "[defaults\ntheme = dark", "[other]\ntheme = dark\n"])
def test_a_broken_or_empty_file_gives_the_built_in_defaults(tmp_path: Path, text: str) -> None:
    assert read_site_defaults(write_defaults(tmp_path, text)) == SiteDefaults()


def test_no_file_gives_the_built_in_defaults(tmp_path: Path) -> None:
    assert read_site_defaults(tmp_path / "missing.ini") == SiteDefaults()


def test_the_environment_points_at_another_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(DEFAULTS_ENV, str(write_defaults(tmp_path, "[defaults]\ntheme = light\n")))
    assert read_site_defaults().theme == "light"


def test_settings_show_the_preset_until_the_person_chooses(
    qtbot: QtBot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(DEFAULTS_ENV, str(write_defaults(tmp_path, "[defaults]\ntheme=dark\ntext_size=150\n")))
    assert theme_settings(store) == ("dark", 150)
    dialog = SettingsDialog(store)
    qtbot.addWidget(dialog)
    assert (dialog.theme.currentData(), dialog.text_size.currentData()) == ("dark", 150)

    dialog.theme.setFocus()
    qtbot.keyClick(dialog.theme, "l")  # "Light"
    assert store.settings.get("theme") == "light"
    assert theme_settings(store) == ("light", 150)

    # Choosing applies to the whole application: leave it at 100 % for the tests that follow.
    dialog.text_size.setCurrentIndex(dialog.text_size.findData(100))
    assert theme_settings(store) == ("light", 100)


def _env(tmp_path: Path, defaults: Path) -> dict[str, str]:
    home = tmp_path / "home"
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"LEADAPP_DB", "DISPLAY", "WAYLAND_DISPLAY"} and not key.startswith("XDG_")
    }
    environment.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_STATE_HOME=str(home / "state"),
        **{DEFAULTS_ENV: str(defaults)},
    )
    return environment


def test_the_preset_database_folder_is_where_a_new_user_starts(tmp_path: Path) -> None:
    folder = tmp_path / "shared drive" / "LeadApp"
    defaults = write_defaults(tmp_path, f"[defaults]\ndatabase_folder = {folder}\n")
    result = subprocess.run(
        [sys.executable, "-m", "leadapp", "--smoke"],
        env=_env(tmp_path, defaults),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert (folder / "leadapp.sqlite3").is_file()
    assert not (tmp_path / "home" / "data" / "LeadApp" / "leadapp.sqlite3").exists()
