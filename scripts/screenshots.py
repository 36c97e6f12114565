"""Render the main screens offscreen to docs/screenshots/, on a fresh demo database, light and dark.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from leadapp.demo import write_demo
from leadapp.domain.reference import reference
from leadapp.store.store import Store
from leadapp.ui.main_window import MainWindow
from leadapp.ui.people.people_screen import PeopleScreen
from leadapp.ui.theme import apply_theme

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder) / "demo.sqlite3")
        write_demo(store)
        for theme in ("light", "dark"):
            apply_theme(app, theme, 100)
            window = MainWindow(store, reference(), demo=True)
            window.resize(1280, 800)
            window.show()
            for key in sys.argv[1:] or ["home", "people", "activities"]:
                screen = window.go_to(key)
                if isinstance(screen, PeopleScreen):
                    screen.table.selectRow(2)
                app.processEvents()
                window.grab().save(str(OUT / f"{key}-{theme}.png"))
            window.close()
        store.close()
    print(f"Screenshots written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
