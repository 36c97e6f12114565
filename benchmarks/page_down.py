"""Paging down the sessions, activities and actions lists as a person does: each Page Down timed from the key
to its rows painted.

Run: .venv/bin/python benchmarks/page_down.py --db COPY.sqlite3 [--presses 120]

The view reads the next page itself when it reaches the last row read, so a few presses include reading
a page and the rest only a paint. `scroll_pages.py` (and the suite's "slowest page") reads the pages without
moving the view, so it counts the reading and never the paint a person waits for. The window is 1280×800, as
in the suite. Prints, per list, the median, the 90th percentile and the slowest press.
"""

from __future__ import annotations

import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from harness import large_store, long_list_screens, options
from measures import _settle
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QTableView

import leadapp.ui  # noqa: F401  (its reference-count guard must be in place before any Qt call)


def _presses(app: QApplication, table: QTableView, presses: int) -> list[float]:
    """Each press sent as the window system would and the event loop run until it has nothing left: the
    page read, if one was due, and the paint."""
    taken = []
    for _ in range(presses):
        key = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_PageDown, Qt.KeyboardModifier.NoModifier)
        started = time.perf_counter()
        QApplication.sendEvent(table, key)
        app.processEvents()
        taken.append(time.perf_counter() - started)
    return taken


def main() -> int:
    parser = options(__doc__)
    parser.add_argument("--presses", type=int, default=120)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    with large_store(args.db) as store:
        for name, build in long_list_screens(store).items():
            screen = build()
            screen.resize(1280, 800)
            screen.show()
            _settle(300)  # what the list's worker reads at opening has come, as before a person scrolls
            table = screen.table
            table.setFocus()
            taken = sorted(_presses(app, table, args.presses))
            rows = screen.model.rowCount()
            screen.close()
            screen.deleteLater()
            app.processEvents()
            median, p90 = statistics.median(taken), taken[int(len(taken) * 0.9)]
            print(
                f"{name}: {len(taken)} presses to row {rows:,}; median {median * 1000:.1f} ms,"
                f" p90 {p90 * 1000:.1f} ms, slowest {taken[-1] * 1000:.1f} ms"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
