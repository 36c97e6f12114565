"""Fuzz the import path: at least 10,000 seeded mutations of a real update file.

Each mutated file must be refused with a sentence and leave the database bytes unchanged, or (when the
mutation still leaves a valid file) import cleanly. Anything else, a traceback above all, is a failure.
The normal test suite runs 200 of these (tests/exchange/test_bad_update_files.py).

Run: .venv/bin/python benchmarks/exchange_fuzz.py [--cases 10000] [--seed 14]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "exchange"))

from fuzz_bundles import fuzz


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=14)
    args = parser.parse_args()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        result = fuzz(Path(folder), args.cases, args.seed)
    elapsed = time.perf_counter() - started
    print(
        f"{result.cases} mutated files in {elapsed:.0f} s: {result.refused} refused, "
        f"{result.imported} still valid and imported, {len(result.failures or [])} failures"
    )
    for failure in (result.failures or [])[:20]:
        print(f"  {failure}")
    return 1 if result.failures else 0


if __name__ == "__main__":
    sys.exit(main())
