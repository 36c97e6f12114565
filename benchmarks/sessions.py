"""Time to open the session list and to search it, on the large demo database, through the real screen.

Run: .venv/bin/python benchmarks/sessions.py [--runs 7] [--db PATH]
(writes the large database with seed 1 first when no --db is given).
"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from harness import large_store, median_ms, options, shown_words
from PySide6.QtWidgets import QApplication

from leadapp.domain.enums import OwnerRole
from leadapp.domain.reference import reference
from leadapp.ui.events import DataEvents
from leadapp.ui.privacy import Privacy
from leadapp.ui.sessions.sessions_screen import SessionsScreen

SEARCHES = ["chairing", "falls prevention", "business case", "zz-no-such-word", "a", "a " * 16_000]


def main() -> int:
    args = options(__doc__, runs=7).parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with large_store(args.db) as store:
        ref, events, privacy = reference(), DataEvents(store), Privacy()
        opening = []
        for _ in range(args.runs):
            started = time.perf_counter()
            screen = SessionsScreen(store, ref, events, privacy, OwnerRole.MENTOR)
            app.processEvents()
            opening.append(time.perf_counter() - started)
            screen.deleteLater()
        screen = SessionsScreen(store, ref, events, privacy, OwnerRole.MENTOR)
        print(f"sessions in database: {screen.model.total():,}")
        print(f"open the session list (first page of 200): median {median_ms(opening)} over {args.runs} runs")
        for words in SEARCHES:
            samples: list[float] = []
            held: list[float] = []
            for _ in range(args.runs):
                screen.search.setText(words)
                started = time.perf_counter()
                screen.reload()
                blocked = time.perf_counter() - started
                while screen.search_busy():
                    app.processEvents()
                samples.append(time.perf_counter() - started)
                held.append(blocked)
                screen.search.clear()
                screen.reload()
            screen.search.setText(words)
            screen.reload()
            while screen.search_busy():
                app.processEvents()
            shown = shown_words(words)
            print(
                f"search {shown!r}: {screen.model.total():,} matches, results in median {median_ms(samples)}"
                f" (the window held for {median_ms(held)})"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
