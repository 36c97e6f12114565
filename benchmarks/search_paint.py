"""One paint of the search results: the sessions list and search everything, each after a search for each of
the benchmark's words, timed as `viewport().repaint()` (the least of --repaints, and the median).

Run: .venv/bin/python benchmarks/search_paint.py --db COPY.sqlite3 [--repaints 80] [--theme light]
     [--size 150]
Without --theme the application has no theme, as in the suite's rows; with it, the app's palette, looks
and text size. Keystroke to painted results is `measures.searches()`; this is the paint inside it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from measures import SEARCH_WORDS, _wait_for_results
from PySide6.QtWidgets import QApplication, QWidget

import leadapp.ui  # noqa: F401  (its reference-count guard must be in place before any Qt call)
from leadapp.domain.enums import OwnerRole
from leadapp.domain.reference import reference
from leadapp.store.store import Store
from leadapp.ui.events import DataEvents
from leadapp.ui.privacy import Privacy
from leadapp.ui.search_all.search_dialog import SearchDialog
from leadapp.ui.sessions.sessions_screen import SessionsScreen


def _paints(viewport: QWidget, repaints: int) -> list[float]:
    for _ in range(5):
        viewport.repaint()
    taken = []
    for _ in range(repaints):
        started = time.perf_counter()
        viewport.repaint()
        taken.append(time.perf_counter() - started)
    return taken


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--db", type=Path, required=True, help="a copy of the large database (it is written to)"
    )
    parser.add_argument("--repaints", type=int, default=80)
    parser.add_argument("--theme", choices=("light", "dark"))
    parser.add_argument("--size", type=int, default=100, help="text size in percent, with --theme")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    if args.theme:
        from leadapp.ui.theme import apply_theme

        apply_theme(app, args.theme, args.size)
    store = Store.open(args.db)
    sessions = SessionsScreen(store, reference(), DataEvents(store), Privacy(), OwnerRole.MENTOR)
    sessions.resize(1280, 800)
    sessions.show()
    everything = SearchDialog(store, Privacy(), OwnerRole.MENTOR)
    everything.resize(1100, 700)
    everything.show()
    app.processEvents()
    for words in SEARCH_WORDS:
        sessions.search.setText(words)
        sessions.reload()
        _wait_for_results(sessions.search_busy)
        everything.search.setText(words)
        everything.run()
        _wait_for_results(everything.busy)
        app.processEvents()
        for what, viewport in (
            ("sessions list", sessions.table.viewport()),
            ("search everything", everything.results.viewport()),
        ):
            taken = _paints(viewport, args.repaints)
            print(
                f"one paint, {what}, {words!r}: least {min(taken) * 1000:.2f} ms,"
                f" median {statistics.median(taken) * 1000:.2f} ms"
            )
    for window in (sessions, everything):
        window.close()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
