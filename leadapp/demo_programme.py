"""A mentor's demo caseload large enough for a programme return to show counts (five or more per group).

`python -m leadapp.demo_programme --db PATH --seed N` writes the ordinary demo and adds a scheme's worth of
mentees; three seeds give three mentors' databases for a lead's programme report.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path

from leadapp.demo import _Batch, _Ids, _sessions_for, write_demo
from leadapp.domain.enums import Formality, PersonKind, RelationshipKind
from leadapp.domain.ids import today
from leadapp.domain.people import Person, Relationship
from leadapp.domain.reference import reference
from leadapp.store.errors import StoreError
from leadapp.store.store import Store

SCHEME_PROFESSIONS = (
    ("physiotherapist", 5),
    ("occupational_therapist", 4),
    ("clinical_psychologist", 3),
    ("speech_and_language_therapist", 2),
    ("dietitian", 1),
)
SCHEME_BANDS = (("band_6", 2), ("band_7", 3), ("band_8a", 2))
GROUPS = ("Black British", "Asian British", "Disabled")
FIRST = ("Ade", "Bea", "Cai", "Dev", "Eli", "Fay", "Gus", "Hana", "Ife", "Jac", "Kit", "Lou", "Mo", "Nia")


def write_programme_demo(store: Store, seed: int = 7, extra: int = 24, now: date | None = None) -> None:
    """The demo caseload plus `extra` scheme mentees, some of whom chose to record a group they belong to."""
    now = now or today()
    write_demo(store, seed=seed, now=now)
    owner = store.people.owner()
    assert owner is not None
    ref = reference()
    rng = random.Random(seed * 101)
    ids = _Ids(rng)
    batch = _Batch()
    professions = [code for code, weight in SCHEME_PROFESSIONS for _ in range(weight)]
    bands = [code for code, weight in SCHEME_BANDS for _ in range(weight)]
    for number in range(extra):
        recorded = rng.random() < 0.45
        mentee = Person(
            id=ids(),
            full_name=f"{FIRST[number % len(FIRST)]} Scheme {seed}-{number + 1}",
            kind=PersonKind.MENTEE,
            profession=rng.choice(professions),
            band=rng.choice(bands),
            organisation="Northfield Community NHS Trust",
            equity_recorded=recorded,
            equity_description=rng.choice(GROUPS) if recorded else "",
        )
        first = now - timedelta(days=rng.randint(40, 700))
        kind = rng.choice(
            [RelationshipKind.MENTOR] * 4 + [RelationshipKind.RECIPROCAL, RelationshipKind.COACH]
        )
        relationship = Relationship(
            id=ids(),
            mentor_id=owner.id,
            mentee_id=mentee.id,
            kind=kind,
            formality=Formality.FORMAL if rng.random() < 0.7 else Formality.INFORMAL,
            start_date=first,
            frequency="Every six weeks, an hour",
        )
        batch.people.append(mentee)
        batch.relationships.append(relationship)
        sessions = max(1, min(12, (now - first).days // 45))
        _sessions_for(rng, ids, ref, mentee, owner, relationship, first, sessions, now, batch, (0, 1))
    batch.write(store)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write a mentor's demo database for programme returns.")
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--extra", type=int, default=24)
    args = parser.parse_args(argv)
    try:
        store = Store.open(args.db)
        try:
            if store.people.owner() is not None:
                print(f"{args.db} already holds data; choose a new file.", file=sys.stderr)
                return 1
            write_programme_demo(store, seed=args.seed, extra=args.extra)
        finally:
            store.close()
    except StoreError as error:
        print(f"leadapp: {error}", file=sys.stderr)
        return 1
    print(f"Wrote a programme demo to {args.db}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
