"""Instructions run to the first event-loop turn after the window shows: LeadApp's start beside a bare PySide6
window, counted by valgrind's callgrind.

On this shared 2-core machine a start-up timing can move by half from one minute to the next, which hides a
change worth 5 ms. The instruction count moves by well under 1% between runs, whatever else is running, so
it tells whether a change made start-up cheaper: run this in the checkout before the change and after it.
Instructions are not time (memory touched, page faults and libraries mapped cost time without many
instructions), so the ratio of counts is not the ratio of times; the goal stays the timed ratio (startup.py).
Each count takes about half a minute under valgrind; the start is ended at the first turn
(start_phases.py --exit-at-first-turn), so the integrity check and the rest that follow are not counted.
Run: .venv/bin/python benchmarks/start_instructions.py --db COPY.sqlite3 [--runs 1]
(never on the shared demo files themselves: the start opens the file).
"""

from __future__ import annotations

import os
import re
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

from harness import options
from measures import BARE_WINDOW, compile_package

HERE = Path(__file__).resolve().parent


def instructions(command: list[str]) -> int:
    """The process's instruction count, every thread included, as callgrind's summary line gives it."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *command],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    found = re.search(r"Collected\s*:\s*(\d+)", done.stderr)
    if found is None:
        raise SystemExit(f"callgrind gave no count:\n{done.stderr[-2000:]}")
    return int(found.group(1))


def main() -> int:
    parser = options(__doc__, runs=1)
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (apt-get install valgrind)", file=sys.stderr)
        return 1
    if args.db is None:
        parser.error("--db: a copy of the large database")
    compile_package()
    app = [sys.executable, str(HERE / "start_phases.py"), "--db", str(args.db), "--exit-at-first-turn"]
    bare = [sys.executable, "-c", BARE_WINDOW]
    bare_counts, app_counts = [], []
    for _ in range(args.runs):
        bare_counts.append(instructions(bare))
        app_counts.append(instructions(app))
    bare_median, app_median = statistics.median(bare_counts), statistics.median(app_counts)
    print(f"bare PySide6 window: {bare_median / 1e6:,.0f} million instructions to the first turn")
    print(f"LeadApp on {args.db.name}: {app_median / 1e6:,.0f} million instructions to the first turn")
    print(f"ratio {app_median / bare_median:.2f}x over {args.runs} run(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
