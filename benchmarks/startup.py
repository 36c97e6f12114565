"""Start-up time and peak memory to a shown main window on the large database, against a bare PySide6 window.

PRODUCT.md's bar: within a small multiple of a bare PySide6 window on the same machine. The two are started in
turns in one run, from compiled bytecode as installed copies are (see benchmarks/measures.py).
Run: .venv/bin/python benchmarks/startup.py [--runs 5] [--db PATH] [--installed]
(--installed: both run by a throwaway environment in build/bench-installed with LeadApp installed from a wheel
of this checkout, as users' copies are; without it, by .venv with its editable install.)
(the large database is written first with `python -m leadapp.demo --size large --seed 1` if missing).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from harness import options
from measures import startup


def main() -> int:
    parser = options(__doc__, runs=5)
    parser.add_argument(
        "--installed",
        action="store_true",
        help="time a copy installed from a wheel of this checkout (in build/bench-installed), not .venv's",
    )
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryDirectory() as folder:
        db = args.db or Path(folder) / "large.sqlite3"
        if not db.exists():
            subprocess.run(
                [sys.executable, "-m", "leadapp.demo", "--db", str(db), "--size", "large", "--seed", "1"],
                check=True,
                env=env,
            )
        time_row, exit_row, memory_row = startup(db, args.runs, installed=args.installed)
    assert time_row.baseline and exit_row.baseline and memory_row.baseline
    print(
        f"bare PySide6 window: shown in median {time_row.baseline:.3f} s, exit {exit_row.baseline:.3f} s,"
        f" peak {memory_row.baseline:.0f} MB"
    )
    print(
        f"LeadApp window on {db.name}: shown in median {time_row.median:.3f} s, exit {exit_row.median:.3f} s,"
        f" peak {memory_row.median:.0f} MB"
    )
    print(
        f"ratio: {time_row.ratio:.1f}x to shown, {exit_row.ratio:.1f}x to exit,"
        f" {memory_row.ratio:.1f}x memory over {args.runs} runs in turns"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
