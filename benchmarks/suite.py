"""Every benchmark in one run, as one table of medians and ratios against their baselines (`make bench`).

Run: .venv/bin/python benchmarks/suite.py [--db L.sqlite3] [--runs 5] [--markdown]
     .venv/bin/python benchmarks/suite.py --scaling L1.sqlite3 L4.sqlite3 L16.sqlite3 [--markdown]
The large database is written with `python -m leadapp.demo --size large --seed 1` when --db is not given;
`--factor N` on the generator writes N times it, for the scaling table. Figures move with the machine's load:
read the ratios, which set each figure against its baseline measured in turns with it in the same run.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from measures import Row, autosave, documents, screens, startup


def shown(row: Row) -> str:
    if row.unit == "ms":
        return f"{row.median * 1000:.1f} ms"
    if row.unit == "MB":
        return f"{row.median:.0f} MB"
    return f"{row.median:.2f} s"


def baseline(row: Row) -> str:
    if row.baseline is None:
        return ""
    return shown(Row(row.what, row.baseline, row.unit))


def table(rows: list[Row], markdown: bool) -> str:
    header = ["what", "median", "baseline", "ratio", "target", "note"]
    lines = [
        [r.what, shown(r), baseline(r), f"{r.ratio:.2f}×" if r.ratio else "", r.target, r.note] for r in rows
    ]
    if markdown:
        out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        out += ["| " + " | ".join(line) + " |" for line in lines]
        return "\n".join(out)
    widths = [max(len(h), *(len(line[i]) for line in lines)) for i, h in enumerate(header)]
    out = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True))]
    out += ["  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)) for line in lines]
    return "\n".join(out)


def large(folder: str, factor: int = 1) -> Path:
    db = Path(folder) / f"large-{factor}.sqlite3"
    command = ["-m", "leadapp.demo", "--db", str(db), "--size", "large", "--seed", "1"]
    subprocess.run(
        [sys.executable, *command, "--factor", str(factor)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return db


def scaling(dbs: list[Path], runs: int, markdown: bool) -> str:
    """Start, every list's first screen, search, balance and the portfolio at each size, side by side."""
    from leadapp.store.store import Store

    figures: dict[str, list[str]] = {}
    sizes = []
    for db in dbs:
        store = Store.open(db)
        sizes.append(f"{store.sessions.count():,} sessions / {store.activities.count():,} activities")
        store.close()
        rows = (
            startup(db, runs)[:2] + screens(db, runs, scroll=False) + documents(db, runs, long_session=False)
        )
        for row in rows:
            if row.what.startswith(("start", "open ", "search", "Balance", "portfolio")):
                ratio = f" ({row.ratio:.1f}×)" if row.ratio else ""
                figures.setdefault(row.what, []).append(shown(row) + ratio)
    header = ["what", *sizes]
    lines = [[what, *values] for what, values in figures.items()]
    if markdown:
        out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        return "\n".join(out + ["| " + " | ".join(line) + " |" for line in lines])
    widths = [max(len(h), *(len(line[i]) for line in lines)) for i, h in enumerate(header)]
    return "\n".join(
        "  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)) for line in [header, *lines]
    )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--db", type=Path, help="the large database (written to a temporary file if not given)"
    )
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--samples", type=int, default=200, help="autosaves per field")
    parser.add_argument("--scaling", type=Path, nargs="+", help="databases of growing size, smallest first")
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    args = parser.parse_args()
    cores = os.cpu_count() or 1
    if args.scaling:
        print(f"Scaling on {cores} cores, medians of {args.runs} runs (ratio to the baseline in brackets):")
        print(scaling(args.scaling, args.runs, args.markdown))
        return 0
    with tempfile.TemporaryDirectory() as folder:
        db = args.db or large(folder)
        rows = startup(db, args.runs) + screens(db, args.runs) + documents(db, args.runs)
        rows += autosave(db, args.samples)
    print(f"LeadApp benchmarks on {cores} cores, large demo database, medians of {args.runs} runs:")
    print(table(rows, args.markdown))
    return 0


if __name__ == "__main__":
    sys.exit(main())
