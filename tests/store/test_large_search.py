"""Search in a ten-year database: one needle among 6,000 sessions, and private notes still hidden.

The large demo database takes seconds to write, so the module writes it once and only reads it afterwards.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

import pytest

from leadapp.demo import write_large
from leadapp.domain.sessions import Session
from leadapp.store.sessions import MARK_END, MARK_START, SessionQuery
from leadapp.store.store import Store

NEEDLE = "zanzibarquill"


@dataclass
class Large:
    store: Store
    shared: Session
    private: Session


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Large]:
    """The seed-1 large database, with the needle in one session's shared notes and another's private note."""
    store = Store.open(tmp_path_factory.mktemp("large") / "large.sqlite3")
    counts = write_large(store, seed=1, mentees=60)
    assert counts["sessions"] == 6000
    first, second = store.sessions._where("status = 'held'", order_by="session_date, id", limit=2)
    shared = store.sessions.update(
        replace(first, shared_notes=first.shared_notes + f"\nAgreed to try the {NEEDLE} approach.")
    )
    private = store.sessions.update(replace(second, mentor_private=f"Privately: {NEEDLE} worries."))
    yield Large(store, shared, private)
    store.close()


def test_every_session_is_listed(large: Large) -> None:
    assert large.store.sessions.count_listing(SessionQuery()) == 6000


def test_a_word_in_one_sessions_shared_notes_finds_exactly_that_session(large: Large) -> None:
    query = SessionQuery(text=NEEDLE)
    assert large.store.sessions.count_listing(query) == 1
    [row] = large.store.sessions.listing(query)
    assert row.session.id == large.shared.id
    assert f"{MARK_START}{NEEDLE}{MARK_END}" in row.snippet


def test_a_prefix_of_the_word_finds_it_too(large: Large) -> None:
    assert [row.session.id for row in large.store.sessions.listing(SessionQuery(text="zanzibar"))] == [
        large.shared.id
    ]


def test_the_word_in_a_private_note_is_found_only_when_private_notes_are_shown(large: Large) -> None:
    hidden = large.store.sessions.listing(SessionQuery(text=NEEDLE))
    assert large.private.id not in {row.session.id for row in hidden}

    query = SessionQuery(text=NEEDLE, include_private=True)
    shown = {row.session.id: row.snippet for row in large.store.sessions.listing(query)}
    assert set(shown) == {large.shared.id, large.private.id}
    assert large.store.sessions.count_listing(query) == 2
    assert "worries" in shown[large.private.id]


def test_the_needle_combines_with_a_mentee_filter(large: Large) -> None:
    mine = SessionQuery(text=NEEDLE, mentee_id=large.shared.mentee_id)
    assert large.store.sessions.count_listing(mine) == 1
    others = large.store.people.mentees()
    someone_else = next(p for p in others if p.id != large.shared.mentee_id)
    assert large.store.sessions.count_listing(SessionQuery(text=NEEDLE, mentee_id=someone_else.id)) == 0


def test_a_common_word_counts_the_same_as_its_first_pages(large: Large) -> None:
    """Many sessions mention falls; the count and a page of results agree, and every row is marked."""
    query = SessionQuery(text="falls prevention")
    total = large.store.sessions.count_listing(query)
    assert 0 < total < 6000
    page = large.store.sessions.listing(query, limit=50)
    assert len(page) == min(50, total)
    assert all(MARK_START in row.snippet for row in page)


def test_the_demo_private_notes_stay_hidden_at_scale(large: Large) -> None:
    """'gently' is written only in the demo's mentor-private notes, in hundreds of sessions."""
    assert large.store.sessions.count_listing(SessionQuery(text="gently")) == 0
    shown = SessionQuery(text="gently", include_private=True)
    assert large.store.sessions.count_listing(shown) > 100
    for row in large.store.sessions.listing(shown, limit=20):
        assert f"{MARK_START}gently{MARK_END}" in row.snippet
