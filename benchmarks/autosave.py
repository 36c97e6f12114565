"""The write that follows a pause in typing, through the real session editor, on the large demo database.

Each sample types a few words into a session's shared notes (or its private notes, or the activity editor's
description) and times the autosave that the pause triggers: the merged field save in one transaction, the
full-text index update, and the editor taking in the result.

The other sections a person opens in a day (actions, balance, timeline) are visited first, so each save
also pays whatever those screens do, behind the editor, when they hear of it.

Run: .venv/bin/python benchmarks/autosave.py [--samples 200] [--db PATH]
(writes the large database with seed 1 first when no --db is given, as
`python -m leadapp.demo --db L.sqlite3 --size large --seed 1` does).
"""

from __future__ import annotations

import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from harness import large_store, options
from measures import percentile
from PySide6.QtCore import QEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from leadapp.domain.reference import reference
from leadapp.ui.activities.activities_screen import ActivitiesScreen
from leadapp.ui.main_window import MainWindow
from leadapp.ui.sessions.sessions_screen import SessionsScreen
from leadapp.ui.widgets.autosave import Autosaver

VISITED_FIRST = ("actions", "balance", "timeline")
WORDS = ["agreed ", "to ", "shadow ", "the ", "deputy ", "chief ", "operating ", "officer "]


def measure(area: QPlainTextEdit, autosaver: Autosaver, samples: int) -> list[float]:
    """Type a word, then time the save the pause would start (the timer's own wait is not counted)."""
    area.setFocus()
    area.moveCursor(area.textCursor().MoveOperation.End)
    timings = []
    for number in range(samples):
        QTest.keyClicks(area, WORDS[number % len(WORDS)])
        assert autosaver.pending
        started = time.perf_counter()
        autosaver.flush()
        timings.append((time.perf_counter() - started) * 1000)
        assert not autosaver.pending, "the save failed"
    return timings


def report(name: str, timings: list[float]) -> None:
    print(
        f"{name}: median {statistics.median(timings):.1f} ms, p99 {percentile(timings, 0.99):.1f} ms,"
        f" max {max(timings):.1f} ms over {len(timings)} saves"
    )


def main() -> int:
    parser = options(__doc__)
    parser.add_argument("--samples", type=int, default=200)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with large_store(args.db) as store:
        ref = reference()
        window = MainWindow(store, ref)
        window.show()
        print(f"sessions in database: {store.sessions.count():,}; activities: {store.activities.count():,}")
        for section in VISITED_FIRST:
            window.go_to(section)
            app.processEvents()
        sessions = window.go_to("sessions")
        assert isinstance(sessions, SessionsScreen)
        busiest = store.db.execute(
            "select id from sessions where deleted_at is null order by length(shared_notes) desc limit 1"
        ).fetchone()[0]
        sessions.open_session(busiest)
        app.processEvents()
        editor = sessions.editor
        areas = (("session shared notes", editor.notes), ("session private notes", editor.private.text))
        for name, area in areas:
            report(name, measure(area, editor.autosaver, args.samples))
        activities = window.go_to("activities")
        assert isinstance(activities, ActivitiesScreen)
        person = store.activities.busiest_person()
        if person is not None:
            activities.open_activity(store.activities.for_person(person)[0].id)
            app.processEvents()
            report(
                "activity description",
                measure(activities.editor.description, activities.editor.autosaver, args.samples),
            )
        if store.syncer is not None:
            store.syncer.wait(timeout=10)
            print(
                f"off the UI thread: {store.syncer.syncs} fsyncs of the WAL, {store.syncer.merges} full-text"
                f" merges, {store.syncer.checkpoints} checkpoints"
            )
        window.close()
        window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return 0


if __name__ == "__main__":
    sys.exit(main())
