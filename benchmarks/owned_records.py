"""Time to build the CPD profile of the busiest mentee and a programme return on the large database.

Run: .venv/bin/python benchmarks/owned_records.py [--runs 5] [--db PATH]
(writes the large database with seed 1 first when no --db is given).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from harness import large_store, options
from measures import median_of

from leadapp.documents import DocumentKind, DocumentRequest, make_document
from leadapp.domain.reference import reference
from leadapp.owned_records import make_programme_return, save_cpd_markdown


def main() -> int:
    args = options(__doc__, runs=5).parse_args()
    ref = reference()
    with large_store(args.db) as store, tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        busiest = store.db.execute(
            "select person_id from activities group by person_id order by count(*) desc limit 1"
        ).fetchone()[0]
        request = DocumentRequest(DocumentKind.CPD, busiest)
        pdf = median_of(args.runs, lambda: make_document(store, ref, request))
        markdown = median_of(args.runs, lambda: save_cpd_markdown(store, ref, busiest, folder / "cpd.md"))
        made = median_of(args.runs, lambda: make_programme_return(store, ref, folder / "return.json"))
    print(f"CPD profile PDF of the busiest mentee: {pdf:.3f} s (median of {args.runs})")
    print(f"CPD profile as Markdown: {markdown:.3f} s")
    print(f"programme return of 60 mentees (JSON + CSV): {made:.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
