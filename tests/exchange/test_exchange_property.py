"""Random edits on two databases, update files made and opened in random order: nothing typed is lost.

After a settling round (each side opens the other's latest file and chooses for its open conflicts) both hold
the same shared content; every word a side typed last into a field is still there, or kept in a conflict, or
was knowingly replaced by the other side after it arrived there; private fields never move.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from exchange_pair import make_pair
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from leadapp.domain.exchange import PERSON, SHARED
from leadapp.domain.ids import utc_now
from leadapp.store.store import Store

SLOTS = [
    ("sessions", "agenda"),
    ("sessions", "reflection"),
    ("sessions", "shared_notes"),
    ("actions", "text"),
    ("activities", "description"),
    ("leap_reviews", "went_well"),
    ("objectives", "why"),
    ("assessments", "notes"),
    ("assessment_ratings", "note"),
    ("relationships", "goals"),
]
SIDES = ("mentor", "mentee")

edit = st.tuples(st.just("edit"), st.sampled_from(SIDES), st.integers(0, len(SLOTS) - 1))
private = st.tuples(st.just("private"), st.sampled_from(SIDES), st.just(0))
add = st.tuples(st.just("add"), st.sampled_from(SIDES), st.just(0))
make = st.tuples(st.just("make"), st.sampled_from(SIDES), st.just(0))
deliver = st.tuples(st.just("open"), st.sampled_from(SIDES), st.integers(0, 5))
steps = st.lists(st.one_of(edit, edit, private, add, make, make, deliver, deliver), max_size=30)


def shared_content(store: Store, person_id: str) -> dict[str, Any]:
    """Every shared record's shared fields (people left out: each side names them with its own ids)."""
    views = store.exchange._views(person_id)
    return {
        table: {
            rid: {k: v for k, v in values.items() if SHARED[table].get(k) != PERSON}
            for rid, (values, _) in rows.items()
        }
        for table, rows in views.items()
    }


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps)
def test_random_exchanges_converge_and_lose_no_word(plan: list[tuple[str, str, int]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        pair = make_pair(Path(folder))
        try:
            run(pair, plan)
        finally:
            pair.close()


def run(pair: Any, plan: list[tuple[str, str, int]]) -> None:
    stores = {"mentor": pair.mentor, "mentee": pair.mentee}
    other = {"mentor": "mentee", "mentee": "mentor"}
    partner = {"mentor": pair.mentee_here, "mentee": pair.mentor_there}
    pair.mentee_opens(pair.to_mentee())
    pair.mentor_opens(pair.to_mentor())
    record = {
        table: pair.mentor.db.execute(
            f"select id from {table} where id in (select value from json_each(?))",
            [
                __import__("json").dumps(
                    [r["id"] for r in pair.mentor.exchange.shared_rows(pair.mentee_here)[table]]
                )
            ],
        ).fetchone()[0]
        for table, _ in SLOTS
    }
    knows: dict[str, set[str]] = {"mentor": set(), "mentee": set()}
    last: dict[tuple[str, int], str] = {}
    edits: list[tuple[str, int, str, frozenset[str]]] = []
    outbox: dict[str, list[tuple[bytes, frozenset[str]]]] = {"mentor": [], "mentee": []}
    privates = {"mentor": "", "mentee": ""}
    added: list[str] = []
    for counter, (kind, side, n) in enumerate(plan):
        store = stores[side]
        token = f"<{side}-word-{counter}>"
        if kind == "edit":
            table, name = SLOTS[n]
            store.db.table(table).update(record[table], {name: token, "updated_at": utc_now()})
            knows[side].add(token)
            last[(side, n)] = token
            edits.append((side, n, token, frozenset(knows[other[side]])))
        elif kind == "private":
            name = "mentor_private" if side == "mentor" else "mentee_private"
            store.db.table("sessions").update(pair.session_id, {name: token, "updated_at": utc_now()})
            privates[side] = token
        elif kind == "add":
            from leadapp.domain.sessions import Action

            owner = store.people.owner()
            mentee_id = partner[side] if side == "mentor" else owner.id
            added.append(store.actions.add(Action(mentee_id=mentee_id, text=token)).id)
        elif kind == "make":
            outbox[side].append((store.exchange.export(partner[side]), frozenset(knows[side])))
        elif outbox[side]:
            blob, known = outbox[side][n % len(outbox[side])]
            receiver = other[side]
            summary = stores[receiver].exchange.open_file(blob, None, partner[receiver])
            if not summary.already:
                knows[receiver] |= known
    # Settle: the mentee takes the mentor's side of every conflict, then the mentor keeps its own.
    pair.mentee_opens(pair.to_mentee())
    conflicts = [c for s in stores.values() for c in s.exchange.conflicts()]
    kept = {str(c.mine) for c in conflicts} | {str(c.theirs) for c in conflicts}
    for c in pair.mentee.exchange.conflicts():
        pair.mentee.exchange.resolve(c.id, "theirs")
    pair.mentor_opens(pair.to_mentor())
    kept |= {str(c.mine) for c in pair.mentor.exchange.conflicts()} | {
        str(c.theirs) for c in pair.mentor.exchange.conflicts()
    }
    for c in pair.mentor.exchange.conflicts():
        pair.mentor.exchange.resolve(c.id, "mine")
    pair.mentee_opens(pair.to_mentee())
    mine, theirs = (
        shared_content(pair.mentor, pair.mentee_here),
        shared_content(pair.mentee, pair.mentor_there),
    )
    assert mine == theirs
    for action_id in added:
        assert action_id in mine["actions"]
    for (side, n), token in last.items():
        table, name = SLOTS[n]
        final = mine[table][record[table]][name]
        replaced_knowingly = any(s == other[side] and m == n and token in seen for s, m, _, seen in edits)
        assert final == token or token in kept or replaced_knowingly, (side, table, name, token, final)
    session_mentor = pair.mentor.sessions.get(pair.session_id)
    session_mentee = pair.mentee.sessions.get(pair.session_id)
    assert session_mentor.mentor_private == (privates["mentor"] or "SECRET-MARKER-7f3a")
    assert (session_mentee.mentee_private or "") == privates["mentee"]
    assert not privates["mentor"] or privates["mentor"] not in str(
        pair.mentee.db.execute("select * from sessions").fetchall()
    )
    assert not privates["mentee"] or privates["mentee"] not in str(
        pair.mentor.db.execute("select * from sessions").fetchall()
    )
