"""Time to build a session summary as its notes grow: layout must stay linear in the length of the text.

Run: .venv/bin/python benchmarks/long_notes.py [--runs 3] [--sizes 100000 400000 1600000]
Each size is typed as one paragraph of sentences (the worst case for layout), plus a line with no spaces.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from harness import LONG_SENTENCE, long_summary

from leadapp.documents import make_document
from leadapp.domain.enums import PersonKind
from leadapp.domain.people import Person
from leadapp.domain.reference import reference
from leadapp.store.store import Store


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 400_000, 1_600_000])
    args = parser.parse_args()
    ref = reference()
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder) / "long.sqlite3")
        mentee = store.people.add(Person(full_name="Asha Patel", kind=PersonKind.MENTEE))
        previous = None
        print(f"{'characters':>12} {'median':>9} {'pages':>6} {'per 100k':>9}")
        for size in args.sizes:
            notes = LONG_SENTENCE * (size // len(LONG_SENTENCE)) + "\n" + "x" * 3_000
            request = long_summary(store, mentee.id, notes)
            samples = []
            for _ in range(args.runs):
                started = time.perf_counter()
                document = make_document(store, ref, request)
                samples.append(time.perf_counter() - started)
            median = statistics.median(samples)
            pages = document.pdf.count(b"/Type /Page\n") or document.pdf.count(b"/Type /Page")
            per = median / (len(notes) / 100_000)
            growth = (
                f"  ×{median / previous:.1f} for ×{size / args.sizes[args.sizes.index(size) - 1]:.0f} text"
                if previous
                else ""
            )
            print(f"{len(notes):>12,} {median:>8.2f}s {pages:>6} {per:>8.3f}s{growth}")
            previous = median
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
