"""A search's first page: the same rows, order and passages as the listing gives.

`search_page` finds the page either by looking the matches up and sorting them or by walking the date index
until the page is full, whichever the full-text indexes' count of the words says is quicker; these tests
hold both ways to what listing gives, for every sort, filter and kind of match.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from leadapp.demo import write_large
from leadapp.domain.enums import SessionStatus
from leadapp.store import sessions
from leadapp.store.sessions import MARK_END, MARK_START, SessionQuery
from leadapp.store.store import Store

WORDS = ["business case", "chairing", "falls prevention", "a", "zz-no-such-word", "draft"]


@pytest.fixture
def large(store: Store) -> Store:
    write_large(store, seed=3, mentees=3)
    return store


def _queries(store: Store) -> list[SessionQuery]:
    mentee = store.sessions._where(limit=1)[0].mentee_id
    queries = []
    for words in WORDS:
        base = SessionQuery(text=words, include_private=True)
        queries += [
            base,
            replace(base, include_private=False),
            replace(base, sort="mentee", descending=False),
            replace(base, sort="status"),
            replace(base, sort="open"),
            replace(base, descending=False),
            replace(base, mentee_id=mentee),
            replace(base, statuses=(SessionStatus.HELD,), date_from=date(2020, 1, 1)),
        ]
    return queries


@pytest.mark.parametrize("lookup_steps", [0, 12, 10**9], ids=["looked-up", "as-counted", "walked"])
def test_the_first_page_is_what_listing_gives(large: Store, monkeypatch, lookup_steps) -> None:
    monkeypatch.setattr(sessions, "LOOKUP_STEPS", lookup_steps)
    for query in _queries(large):
        for limit in (1, 60, 200):
            assert large.sessions.search_page(query, limit) == large.sessions.listing(query, limit=limit), (
                query
            )


def test_matches_in_actions_only_are_listed_once_with_their_passage(large: Store) -> None:
    session = large.sessions._where(limit=1)[0]
    action = large.actions._where("session_id = ?", [session.id], limit=1)[0]
    large.actions.update(replace(action, text="Write to the quokka sanctuary"))
    large.sessions.update(replace(session, agenda="Quokka", shared_notes="", reflection=""))

    rows = large.sessions.search_page(SessionQuery(text="quokka"), 60)

    assert large.sessions.count_listing(SessionQuery(text="quokka")) == 1
    assert [row.session.id for row in rows] == [session.id]
    assert rows[0].snippet == f"{MARK_START}Quokka{MARK_END}"

    large.sessions.update(replace(large.sessions.get(session.id), agenda=""))
    rows = large.sessions.search_page(SessionQuery(text="quokka"), 60)
    assert len(rows) == 1
    assert MARK_START + "quokka" in rows[0].snippet


def test_nothing_found_is_no_rows(large: Store) -> None:
    assert large.sessions.search_page(SessionQuery(text="zz-no-such-word"), 60) == []


def test_a_common_word_walks_the_date_index_and_a_rare_one_is_looked_up(large: Store, monkeypatch) -> None:
    chosen: list[bool] = []
    choose = sessions.SessionRepository._walk_is_quicker

    def recording(repository, matches, limit):  # type: ignore[no-untyped-def]
        chosen.append(choose(repository, matches, limit))
        return chosen[-1]

    monkeypatch.setattr(sessions.SessionRepository, "_walk_is_quicker", recording)
    everyone = large.sessions.count_listing(SessionQuery())
    common = SessionQuery(text="review", include_private=True)
    assert large.sessions.count_listing(common) > everyone // 4
    large.sessions.search_page(common, 20)
    large.sessions.search_page(SessionQuery(text="quokka"), 20)
    session = large.sessions._where(limit=1)[0]
    large.sessions.update(replace(session, agenda="Quokka"))
    large.sessions.search_page(SessionQuery(text="quokka"), 20)
    large.sessions.search_page(replace(common, sort="mentee"), 20)
    assert chosen == [True, False, False, False]
