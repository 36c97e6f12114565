"""How long an automatic backup of a mentor's ten-year database takes, and a restore, and listing them.

A backup is SQLite's online backup into a temporary file, `PRAGMA integrity_check` on the copy, the rename
into the backups folder, and rotation; it runs on a worker thread in the app, so these times are what the
person waits at quit, not during typing. The list (File ▸ Backups…) checks and counts every backup.

Run: .venv/bin/python benchmarks/backup.py [--runs 5] [--db PATH]
(writes the large database with seed 1 first when no --db is given, as
`python -m leadapp.demo --db L.sqlite3 --size large --seed 1` does).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
from pathlib import Path

from harness import large_copy, options, timings

from leadapp.store.backups import backup_folder, list_backups, make_backup, restore_backup


def report(name: str, samples: list[float]) -> None:
    print(
        f"{name:<28} median {statistics.median(samples) * 1000:8.1f} ms"
        f"   worst {max(samples) * 1000:8.1f} ms   ({len(samples)} runs)"
    )


def main() -> int:
    args = options(__doc__, runs=5).parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = large_copy(args.db, Path(folder))
        size_mb = db.stat().st_size / 1e6
        print(f"database {size_mb:.1f} MB")
        report("backup (copy, check, rotate)", timings(args.runs, lambda: make_backup(db, "hourly")))
        report("list backups (check, count)", timings(max(1, args.runs // 2), lambda: list_backups(db)))
        newest = list_backups(db)[0].path
        report("restore (backs up first)", timings(args.runs, lambda: restore_backup(newest, db)))
        print(f"backups kept: {len(list(backup_folder(db).glob('*.sqlite3')))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
