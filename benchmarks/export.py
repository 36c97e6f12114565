"""How long an export of the large demo database takes, per format, and an import of its JSON back.

Run: .venv/bin/python benchmarks/export.py [--db PATH]
(writes the large database with seed 1 first when no --db is given, as
`python -m leadapp.demo --db L.sqlite3 --size large --seed 1` does).
"""

from __future__ import annotations

import sys
import tempfile
from functools import partial
from pathlib import Path

from harness import large_copy, options, timed

from leadapp.domain.reference import reference
from leadapp.store.export import gather
from leadapp.store.export_files import write_export
from leadapp.store.import_all import import_all
from leadapp.store.store import Store


def main() -> int:
    args = options(__doc__).parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        db = args.db or large_copy(None, folder)
        names = {c.code: c.name for c in reference().categories}
        store = Store.open_existing(db)
        export = timed("gather every record", lambda: gather(store, None, False))
        store.close()
        records = sum(len(v) for v in export.records.values())
        print(f"{records} records")
        for fmt in ("json", "csv", "markdown"):
            timed(f"write {fmt}", partial(write_export, export, folder, (fmt,), names))
        result = timed(
            "export all formats", lambda: write_export(export, folder, ("json", "csv", "markdown"), names)
        )
        fresh = Store.open(folder / "fresh.sqlite3")
        json_file = result.folder / "leadapp-export.json"
        timed("import the JSON into an empty db", lambda: import_all(fresh, json_file))
        fresh.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
