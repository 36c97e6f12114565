"""Time to build the CPD profile of the busiest mentee and a programme return on the large database.

Run: .venv/bin/python benchmarks/owned_records.py [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from leadapp.demo import write_large
from leadapp.documents import DocumentKind, DocumentRequest, make_document
from leadapp.domain.reference import reference
from leadapp.owned_records import make_programme_return, save_cpd_markdown
from leadapp.store.store import Store


def _median(runs: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    ref = reference()
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder) / "large.sqlite3")
        write_large(store, seed=1)
        busiest = store.db.execute(
            "select person_id from activities group by person_id order by count(*) desc limit 1"
        ).fetchone()[0]
        request = DocumentRequest(DocumentKind.CPD, busiest)
        pdf = _median(args.runs, lambda: make_document(store, ref, request))
        markdown = _median(args.runs, lambda: save_cpd_markdown(store, ref, busiest, Path(folder) / "cpd.md"))
        made = _median(args.runs, lambda: make_programme_return(store, ref, Path(folder) / "return.json"))
        store.close()
    print(f"CPD profile PDF of the busiest mentee: {pdf:.3f} s (median of {args.runs})")
    print(f"CPD profile as Markdown: {markdown:.3f} s")
    print(f"programme return of 60 mentees (JSON + CSV): {made:.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
