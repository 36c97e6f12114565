"""Time to open a mentee's page (Enter on a Home row) on the large database, query and screen together.

Run: .venv/bin/python benchmarks/mentee_page.py [--runs 7] [--db PATH]
(writes the large database with seed 1 first when no --db is given). Target: under 100 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from leadapp.demo import write_large
from leadapp.domain.enums import PersonKind
from leadapp.domain.ids import today
from leadapp.domain.reference import reference
from leadapp.store.mentee_overview import mentee_overview
from leadapp.store.store import Store
from leadapp.ui.events import DataEvents
from leadapp.ui.people.mentee_page import MenteePage


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        db = args.db or Path(folder) / "large.sqlite3"
        store = Store.open(db)
        if store.sessions.count() == 0:
            write_large(store, seed=1)
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
        store.close()
    print(f"{len(mentees)} mentees, {args.runs} runs")
    print(f"query median {statistics.median(queries) * 1000:.1f} ms")
    print(f"page open median {statistics.median(opens) * 1000:.1f} ms (target under 100 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
