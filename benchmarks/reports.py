"""Time to build each PDF on the large database: the portfolio of the busiest mentee above all.

Run: .venv/bin/python benchmarks/reports.py [--runs 5] [--db PATH]
"""

from __future__ import annotations

import statistics
import sys
from functools import partial

from harness import busiest_documents, large_store, options, timings

from leadapp.documents import make_document
from leadapp.domain.reference import reference


def main() -> int:
    args = options(__doc__, runs=5).parse_args()
    with large_store(args.db) as store:
        ref = reference()
        requests = busiest_documents(store)
        make_document(store, ref, requests["caseload PDF"])
        for name, request in requests.items():
            samples = timings(args.runs, partial(make_document, store, ref, request))
            size = len(make_document(store, ref, request).pdf) // 1024
            print(f"{name}: median {statistics.median(samples):.2f} s over {args.runs} runs, {size} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
