"""Time to load the Balance screen (charts, gaps, readiness) for the large database's busiest mentee.

Run: .venv/bin/python benchmarks/balance.py [--runs 7] [--db PATH]
(writes the large database with seed 1 first when no --db is given).
"""

from __future__ import annotations

import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from harness import large_store, options
from PySide6.QtWidgets import QApplication

from leadapp.domain.balance import balance_gaps, readiness_map
from leadapp.domain.enums import OwnerRole
from leadapp.domain.reference import reference
from leadapp.ui.balance.balance_screen import BalanceScreen
from leadapp.ui.events import DataEvents


def main() -> int:
    args = options(__doc__, runs=7).parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with large_store(args.db) as store:
        ref = reference()
        busiest = store.activities.busiest_person()
        assert busiest is not None
        activities = store.activities.for_person(busiest)
        screen = BalanceScreen(store, ref, DataEvents(store), OwnerRole.MENTOR)
        screen.resize(1280, 800)
        screen.show()
        loads, rules = [], []
        for _ in range(args.runs):
            started = time.perf_counter()
            screen.set_mentee(busiest)
            app.processEvents()
            loads.append(time.perf_counter() - started)
            started = time.perf_counter()
            balance_gaps(store.activities.for_person(busiest), ref)
            readiness_map(store.activities.for_person(busiest), ref)
            rules.append(time.perf_counter() - started)
    print(f"busiest mentee: {len(activities)} activities")
    median = statistics.median(loads) * 1000
    print(f"Balance screen (query, charts, gaps, readiness, paint): median {median:.1f} ms")
    print(f"of which query + gap and readiness rules: median {statistics.median(rules) * 1000:.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
