"""Time to open a mentee's page (Enter on a Home row) on the large database, query and screen together.

Run: .venv/bin/python benchmarks/mentee_page.py [--runs 7] [--db PATH]
(writes the large database with seed 1 first when no --db is given). Target: under 100 ms.
"""

from __future__ import annotations

import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from harness import large_store, options
from PySide6.QtWidgets import QApplication

from leadapp.domain.enums import PersonKind
from leadapp.domain.ids import today
from leadapp.domain.reference import reference
from leadapp.store.mentee_overview import mentee_overview
from leadapp.ui.events import DataEvents
from leadapp.ui.people.mentee_page import MenteePage


def main() -> int:
    args = options(__doc__, runs=7).parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with large_store(args.db) as store:
        mentees = store.people.listing([PersonKind.MENTEE])
        page = MenteePage(store, reference(), DataEvents(store))
        page.resize(1200, 700)
        page.show()
        queries, opens = [], []
        for run in range(args.runs):
            mentee = mentees[run % len(mentees)]
            started = time.perf_counter()
            mentee_overview(store, mentee.id, today())
            queries.append(time.perf_counter() - started)
            started = time.perf_counter()
            page.show_person(mentee.id)
            app.processEvents()
            opens.append(time.perf_counter() - started)
    print(f"{len(mentees)} mentees, {args.runs} runs")
    print(f"query median {statistics.median(queries) * 1000:.1f} ms")
    print(f"page open median {statistics.median(opens) * 1000:.1f} ms (target under 100 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
