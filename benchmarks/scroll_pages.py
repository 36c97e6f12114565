"""Each page of scrolling the sessions, activities and actions lists to their end, timed as the suite does.

Run: .venv/bin/python benchmarks/scroll_pages.py --db COPY.sqlite3 [--settle 300]

A page is one `fetchMore` and the event processing that follows it, with the app's quiet collector running
(as in `measures.screens(..., scroll=True)`). With `--settle 0` (the default, and the suite's way) scrolling
starts the moment the list is built; `--settle MS` first lets the event loop run that long, as a person
looking at the list before scrolling does, so what the list's worker reads at opening has arrived. Prints,
per list, the slowest page, which page it was, the first page and the median.
"""

from __future__ import annotations

import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from harness import large_store, long_list_screens, options
from measures import scroll_to_end
from PySide6.QtWidgets import QApplication

import leadapp.ui  # noqa: F401  (its reference-count guard must be in place before any Qt call)


def main() -> int:
    parser = options(__doc__)
    parser.add_argument("--settle", type=int, default=0, help="milliseconds of event loop before scrolling")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with large_store(args.db) as store:
        for name, build in long_list_screens(store).items():
            screen = build()
            model = screen.model
            settled = time.perf_counter() + args.settle / 1000
            while time.perf_counter() < settled:
                app.processEvents()
                time.sleep(0.002)
            pages = scroll_to_end(app, model)
            screen.deleteLater()
            app.processEvents()
            worst = max(range(len(pages)), key=pages.__getitem__)
            print(
                f"{name}: {model.rowCount():,} rows in {len(pages)} pages;"
                f" slowest {pages[worst] * 1000:.1f} ms (page {worst + 1}); first {pages[0] * 1000:.1f} ms;"
                f" median {statistics.median(pages) * 1000:.1f} ms"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
