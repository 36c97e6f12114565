"""Time to show a mentee's timeline on the large database: the first page's query, and the screen with its
cards painted, for the mentee with the longest story and filtered by kind and category.

Run: .venv/bin/python benchmarks/timeline.py [--runs 7] [--db PATH]
(writes the large database with seed 1 first when no --db is given). Target: first screen under 50 ms.
"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from harness import large_store, median_ms, options
from PySide6.QtWidgets import QApplication

from leadapp.domain.enums import OwnerRole
from leadapp.domain.reference import reference
from leadapp.domain.timeline import TimelineQuery
from leadapp.store.timeline import timeline_count, timeline_page
from leadapp.ui.events import DataEvents
from leadapp.ui.timeline.timeline_screen import TimelineScreen
from leadapp.ui.widgets.paged_model import PAGE_SIZE


def main() -> int:
    args = options(__doc__, runs=7).parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with large_store(args.db) as store:
        longest = store.db.execute(
            "select person_id, count(*) from activities group by person_id order by 2 desc limit 1"
        ).fetchone()[0]
        screen = TimelineScreen(store, reference(), DataEvents(store), OwnerRole.MENTOR)
        screen.resize(1280, 800)
        screen.show()
        app.processEvents()
        total = timeline_count(store, TimelineQuery(longest))
        queries, filtered, screens = [], [], []
        for _ in range(args.runs):
            started = time.perf_counter()
            timeline_page(store, TimelineQuery(longest), 0, PAGE_SIZE)
            timeline_count(store, TimelineQuery(longest))
            queries.append(time.perf_counter() - started)
            started = time.perf_counter()
            timeline_page(store, TimelineQuery(longest, category="leaps"), 0, PAGE_SIZE)
            filtered.append(time.perf_counter() - started)
            screen.set_mentee(None)
            app.processEvents()
            started = time.perf_counter()
            screen.set_mentee(longest)
            screen.list.viewport().repaint()
            app.processEvents()
            screens.append(time.perf_counter() - started)
    print(f"longest story: {total} entries; {args.runs} runs; page of {PAGE_SIZE}")
    print(f"first page and count, median {median_ms(queries)}")
    print(f"first page filtered by a category, median {median_ms(filtered)}")
    print(f"first screen painted, median {median_ms(screens)} (target under 50 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
