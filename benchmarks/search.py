"""One search (sessions, activities, actions, notes) on the large demo database: the store query each
result list waits for, beside the bare FTS5 MATCH on the same indexes (the floor no query can beat).

Run: .venv/bin/python benchmarks/search.py [--runs 11] [--db PATH]
(writes the large database with seed 1 first when no --db is given). Aim: store query under 16 ms median.
"""

from __future__ import annotations

from functools import partial

from harness import large_store, median_ms, options, shown_words, timings

from leadapp.domain.enums import OwnerRole
from leadapp.domain.sharing import SharingScope
from leadapp.store.search import fts_match
from leadapp.store.search_all import EverywhereQuery, search_everywhere
from leadapp.store.store import Store

SEARCHES = ["chairing", "falls prevention", "business case", "budget", "zz-no-such-word", "a", "a " * 16_000]
INDEXES = ("sessions_fts", "activities_fts", "actions_fts", "notes_fts")


def bare_match(store: Store, match: str) -> None:
    for name in INDEXES:
        store.db.execute(f"select rowid from {name} where {name} match ?", [match]).fetchall()


def main() -> int:
    args = options(__doc__, runs=11).parse_args()
    with large_store(args.db) as store:
        counts = {
            name: store.db.execute(f"select count(*) from {name[:-4]}").fetchone()[0] for name in INDEXES
        }
        print("records: " + ", ".join(f"{name[:-4]} {count:,}" for name, count in counts.items()))
        sharing = SharingScope(True, store.sessions._where("1", limit=1)[0].mentee_id)
        for words in SEARCHES:
            match = fts_match(words)
            query = EverywhereQuery(words, OwnerRole.MENTOR, include_private=True)
            while_sharing = EverywhereQuery(words, scope=sharing)
            bare = timings(args.runs, partial(bare_match, store, match))
            full = timings(args.runs, partial(search_everywhere, store, query))
            shared = timings(args.runs, partial(search_everywhere, store, while_sharing))
            results = search_everywhere(store, query)
            shown = shown_words(words)
            print(
                f"search {shown!r}: {len(results)} results shown; store query median {median_ms(full)}"
                f" (while sharing {median_ms(shared)}); bare FTS5 match on the four indexes {median_ms(bare)}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
