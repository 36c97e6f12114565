"""Time to build each PDF on the large database: the portfolio of the busiest mentee above all.

Run: .venv/bin/python benchmarks/reports.py [--runs 5] [--db PATH]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from leadapp.demo import write_large
from leadapp.documents import DocumentKind, DocumentRequest, make_document
from leadapp.domain.reference import reference
from leadapp.store.store import Store


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = args.db or Path(folder) / "large.sqlite3"
        store = Store.open(db)
        if store.sessions.count() == 0:
            write_large(store, seed=1)
        ref = reference()
        busiest = store.activities.busiest_person()
        assert busiest is not None
        session = store.sessions._where("mentee_id = ? and status = 'held'", [busiest], limit=1)[0].id
        requests = {
            "portfolio (busiest mentee)": DocumentRequest(DocumentKind.PORTFOLIO, busiest),
            "session summary": DocumentRequest(DocumentKind.SESSION, session),
            "caseload (60 mentees)": DocumentRequest(DocumentKind.CASELOAD),
        }
        make_document(store, ref, requests["caseload (60 mentees)"])
        for name, request in requests.items():
            samples = []
            for _ in range(args.runs):
                started = time.perf_counter()
                document = make_document(store, ref, request)
                samples.append(time.perf_counter() - started)
            size = len(document.pdf) // 1024
            print(f"{name}: median {statistics.median(samples):.2f} s over {args.runs} runs, {size} KB")
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
