"""Render the main screens offscreen to docs/screenshots/, on a fresh demo database, light and dark.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from leadapp.demo import write_demo
from leadapp.domain.reference import reference
from leadapp.store.store import Store
from leadapp.ui.activities.activities_screen import ActivitiesScreen
from leadapp.ui.activities.example_library import ExampleLibraryDialog
from leadapp.ui.leap.leap_screen import LeapScreen
from leadapp.ui.main_window import MainWindow
from leadapp.ui.people.people_screen import PeopleScreen
from leadapp.ui.reports.reports_screen import ReportsScreen
from leadapp.ui.sessions.sessions_screen import SessionsScreen
from leadapp.ui.theme import apply_theme

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


SHOTS = [
    "home",
    "people",
    "sessions",
    "search",
    "session-editor",
    "in-session",
    "actions",
    "activities",
    "activity-editor",
    "example-library",
    "balance",
    "leap",
    "leap-reviews",
    "assessment",
    "reports",
    "mentee-page",
    "timeline",
]


def _sessions(window: MainWindow) -> SessionsScreen:
    screen = window.go_to("sessions")
    assert isinstance(screen, SessionsScreen)
    return screen


def show(window: MainWindow, name: str) -> None:
    """Bring the window to the state a screenshot shows, as a person would get there."""
    if name == "people":
        screen = window.go_to("people")
        if isinstance(screen, PeopleScreen):
            screen.table.selectRow(1)
    elif name == "search":
        sessions = _sessions(window)
        sessions.search.setText("chairing")
        sessions.reload()
        while sessions.search_busy() or not sessions.model.counted():
            QApplication.processEvents()
    elif name in ("session-editor", "in-session"):
        sessions = _sessions(window)
        sessions.status.setCurrentIndex(sessions.status.findData("held"))
        listed = sessions.model.row_object(0)
        assert listed is not None
        sessions.status.setCurrentIndex(0)
        sessions.open_session(listed.session.id)
        if name == "in-session":
            sessions.editor.set_in_session(True)
    elif name in ("activities", "activity-editor", "balance"):
        window.mentee_switcher.setCurrentIndex(1)
        screen = window.go_to("activities" if name != "balance" else "balance")
        if name == "activity-editor" and isinstance(screen, ActivitiesScreen):
            track = screen.model.find_row(
                lambda r: "track_record" in r.activity.categories and bool(r.activity.outcomes)
            )
            chosen = screen.model.row_object(max(track, 0))
            assert chosen is not None
            screen.open_activity(chosen.activity.id)
            screen.editor.evidence_section.set_open(True)
    elif name in ("leap", "leap-reviews"):
        tom = window.mentee_switcher.findText("Tom Reilly", Qt.MatchFlag.MatchStartsWith)
        window.mentee_switcher.setCurrentIndex(tom)
        leap = window.go_to("leap")
        if name == "leap-reviews" and isinstance(leap, LeapScreen):
            QApplication.processEvents()
            leap.ensureWidgetVisible(leap.editor.close_button)
    elif name == "assessment":
        asha = window.mentee_switcher.findText("Asha Patel", Qt.MatchFlag.MatchStartsWith)
        window.mentee_switcher.setCurrentIndex(asha)
        window.go_to("assessment")
    elif name == "reports":
        screen = window.go_to("reports")
        if isinstance(screen, ReportsScreen):
            screen.kind.setCurrentIndex(screen.kind.findData("portfolio"))
            screen.person.setCurrentIndex(screen.person.findText("Tom Reilly"))
            screen.show_document()
            for _ in range(200):
                QApplication.processEvents()
                if screen.preview.document is not None:
                    break
                time.sleep(0.05)
            for _ in range(30):
                QApplication.processEvents()
                time.sleep(0.05)
    elif name == "mentee-page":
        tom = window.mentee_switcher.findText("Tom Reilly", Qt.MatchFlag.MatchStartsWith)
        window.open_person(window.mentee_switcher.itemData(tom))
    elif name == "timeline":
        tom = window.mentee_switcher.findText("Tom Reilly", Qt.MatchFlag.MatchStartsWith)
        mentee = window.mentee_switcher.itemData(tom)
        window.open_in("timeline", mentee, mentee)
    elif name == "example-library":
        screen = window.go_to("activities")
        dialog = ExampleLibraryDialog(window.ref, "widening", parent=window)
        dialog.resize(900, 560)
        dialog.show()
        QApplication.processEvents()
        dialog.grab().save(str(OUT / "example-library.png"))
        dialog.close()
    else:
        window.go_to(name)


def reset(window: MainWindow) -> None:
    sessions = _sessions(window)
    sessions.editor.set_in_session(False)
    sessions.search.clear()
    sessions.show_list()
    activities = window.section_screen("activities")
    if isinstance(activities, ActivitiesScreen):
        activities.show_list()
    window.mentee_switcher.setCurrentIndex(0)
    window.go_to("home")


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
            for name in sys.argv[1:] or SHOTS:
                show(window, name)
                app.processEvents()
                window.grab().save(str(OUT / f"{name}-{theme}.png"))
                reset(window)
            window.close()
        store.close()
    print(f"Screenshots written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
