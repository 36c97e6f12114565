"""How long an automatic backup of a mentor's ten-year database takes, and a restore, and listing them.

A backup is SQLite's online backup into a temporary file, `PRAGMA integrity_check` on the copy, the rename
into the backups folder, and rotation; it runs on a worker thread in the app, so these times are what the
person waits at quit, not during typing. The list (File ▸ Backups…) checks and counts every backup.

Run: .venv/bin/python benchmarks/backup.py [--runs 5] [--db PATH]
(writes the large database with seed 1 first when no --db is given, as
`python -m leadapp.demo --db L.sqlite3 --size large --seed 1` does).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from leadapp.store.backups import backup_folder, list_backups, make_backup, restore_backup


def timed(work: Callable[[], object], runs: int) -> list[float]:
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        timings.append((time.perf_counter() - started) * 1000)
    return timings


def report(name: str, timings: list[float]) -> None:
    print(
        f"{name:<28} median {statistics.median(timings):8.1f} ms   worst {max(timings):8.1f} ms"
        f"   ({len(timings)} runs)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "large.sqlite3"
        if args.db:
            shutil.copy(args.db, db)
        else:
            subprocess.run(
                [sys.executable, "-m", "leadapp.demo", "--db", str(db), "--size", "large", "--seed", "1"],
                check=True,
            )
        size_mb = db.stat().st_size / 1e6
        print(f"database {size_mb:.1f} MB")
        report("backup (copy, check, rotate)", timed(lambda: make_backup(db, "hourly"), args.runs))
        report("list backups (check, count)", timed(lambda: list_backups(db), max(1, args.runs // 2)))
        newest = list_backups(db)[0].path
        report("restore (backs up first)", timed(lambda: restore_backup(newest, db), args.runs))
        print(f"backups kept: {len(list(backup_folder(db).glob('*.sqlite3')))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
