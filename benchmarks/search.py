"""One search (sessions, activities, actions, notes) on the large demo database: the store query each
result list waits for, beside the bare FTS5 MATCH on the same indexes (the floor no query can beat).

Run: .venv/bin/python benchmarks/search.py [--runs 11] [--db PATH]
(writes the large database with seed 1 first when no --db is given). Aim: store query under 16 ms median.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from leadapp.demo import write_large
from leadapp.domain.enums import OwnerRole
from leadapp.domain.sharing import SharingScope
from leadapp.store.search import fts_match
from leadapp.store.search_all import EverywhereQuery, search_everywhere
from leadapp.store.store import Store

SEARCHES = ["chairing", "falls prevention", "business case", "budget", "zz-no-such-word", "a", "a " * 16_000]
INDEXES = ("sessions_fts", "activities_fts", "actions_fts", "notes_fts")


def median_ms(samples: list[float]) -> str:
    return f"{statistics.median(samples) * 1000:.1f} ms"


def timed(runs: int, work: Callable[[], object]) -> list[float]:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        samples.append(time.perf_counter() - started)
    return samples


def bare_match(store: Store, match: str) -> None:
    for name in INDEXES:
        store.db.execute(f"select rowid from {name} where {name} match ?", [match]).fetchall()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = args.db or Path(folder) / "large.sqlite3"
        store = Store.open(db)
        if store.sessions.count() == 0:
            write_large(store, seed=1)
        counts = {
            name: store.db.execute(f"select count(*) from {name[:-4]}").fetchone()[0] for name in INDEXES
        }
        print("records: " + ", ".join(f"{name[:-4]} {count:,}" for name, count in counts.items()))
        sharing = SharingScope(True, store.sessions._where("1", limit=1)[0].mentee_id)
        for words in SEARCHES:
            match = fts_match(words)
            query = EverywhereQuery(words, OwnerRole.MENTOR, include_private=True)
            while_sharing = EverywhereQuery(words, scope=sharing)
            bare = timed(args.runs, partial(bare_match, store, match))
            full = timed(args.runs, partial(search_everywhere, store, query))
            shared = timed(args.runs, partial(search_everywhere, store, while_sharing))
            results = search_everywhere(store, query)
            shown = words if len(words) < 30 else f"{words[:6]}… ({len(words):,} characters)"
            print(
                f"search {shown!r}: {len(results)} results shown; store query median {median_ms(full)}"
                f" (while sharing {median_ms(shared)}); bare FTS5 match on the four indexes {median_ms(bare)}"
            )
        store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
