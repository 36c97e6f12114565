"""A search's first page comes from one pass over the matches: the same count, rows, order and passages.

`first_listing` reads the count with the sorted ids (a window count) and then only the page's rows; these
tests hold it to what counting and listing separately give, for every sort, filter and kind of match.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from leadapp.demo import write_large
from leadapp.domain.enums import SessionStatus
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


def test_the_first_page_is_what_counting_and_listing_give(large: Store) -> None:
    for query in _queries(large):
        for limit in (1, 60, 200):
            total, rows = large.sessions.first_listing(query, limit)
            assert total == large.sessions.count_listing(query), query
            assert rows == large.sessions.listing(query, limit=limit), query


def test_matches_in_actions_only_are_counted_once_with_their_passage(large: Store) -> None:
    session = large.sessions._where(limit=1)[0]
    action = large.actions._where("session_id = ?", [session.id], limit=1)[0]
    large.actions.update(replace(action, text="Write to the quokka sanctuary"))
    large.sessions.update(replace(session, agenda="Quokka", shared_notes="", reflection=""))

    total, rows = large.sessions.first_listing(SessionQuery(text="quokka"), 60)

    assert total == 1
    assert [row.session.id for row in rows] == [session.id]
    assert rows[0].snippet == f"{MARK_START}Quokka{MARK_END}"

    large.sessions.update(replace(large.sessions.get(session.id), agenda=""))
    total, rows = large.sessions.first_listing(SessionQuery(text="quokka"), 60)
    assert total == 1
    assert MARK_START + "quokka" in rows[0].snippet


def test_nothing_found_is_no_rows_and_a_count_of_nought(large: Store) -> None:
    assert large.sessions.first_listing(SessionQuery(text="zz-no-such-word"), 60) == (0, [])
