"""Start-up time to a shown main window on the large database, against a bare PySide6 window.

PRODUCT.md's bar: within a small multiple of a bare PySide6 window on the same machine.
Run: .venv/bin/python benchmarks/startup.py [--runs 5] [--db PATH]
(the large database is written first with `python -m leadapp.demo --size large --seed 1` if missing).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = (
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "from PySide6.QtCore import QTimer\n"
    "app = QApplication([])\n"
    "w = QMainWindow(); w.show()\n"
    "QTimer.singleShot(0, w.close)\n"
    "app.exec()\n"
)


def timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True, timeout=120)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--db", type=Path)
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
        bare = [timed([sys.executable, "-c", BARE], env) for _ in range(args.runs)]
        app = [
            timed([sys.executable, "-m", "leadapp", "--smoke", "--db", str(db)], env)
            for _ in range(args.runs)
        ]
    bare_median, app_median = statistics.median(bare), statistics.median(app)
    print(f"bare PySide6 window: median {bare_median:.3f} s over {args.runs} runs")
    print(f"LeadApp main window on the large database: median {app_median:.3f} s over {args.runs} runs")
    print(f"ratio: {app_median / bare_median:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
