"""A long list opens without counting its rows on the window's connection.

Counting reads every listed row, so it is the one part of opening a list that grows with the database; the
sessions and activities lists count a full first page on a worker and say "Counting…" until the answer comes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from traces import statements_on_the_window_connection
from windows import activities_screen

from leadapp.demo import write_large
from leadapp.domain.enums import OwnerRole
from leadapp.store.activities import ActivityQuery
from leadapp.store.sessions import SessionQuery
from leadapp.store.store import Store
from leadapp.ui.privacy import Privacy
from leadapp.ui.sessions.sessions_screen import SessionsScreen


def counts(statements: list[str]) -> list[str]:
    """Statements that count a whole listing (the listing itself counts each row's open actions)."""
    return [sql for sql in statements if sql.lower().startswith("select count(")]


def test_the_activities_list_opens_without_a_count_and_shows_it_when_the_worker_answers(
    qtbot, store: Store, ref, data_events
) -> None:
    write_large(store, seed=1, mentees=2)
    with statements_on_the_window_connection(store) as seen:
        screen = activities_screen(qtbot, store, ref, data_events)
        screen.show()
        assert screen.summary.text() == "Counting activities…"
        assert screen.model.rowCount() > 0
        assert not screen.empty.isVisible()
    assert counts(seen) == []
    qtbot.waitUntil(screen.model.counted)
    total = store.activities.count_listing(ActivityQuery())
    assert total == 1000
    assert screen.summary.text() == "1,000 activities"


def test_a_short_list_is_counted_at_once_and_an_older_count_does_not_overwrite_it(
    qtbot, store: Store, ref, data_events
) -> None:
    write_large(store, seed=1, mentees=2)
    screen = activities_screen(qtbot, store, ref, data_events)
    screen.show()
    # Before the first count can come back, a search narrows the list to one page.
    title = store.activities.listing(ActivityQuery(), limit=1)[0].title
    qtbot.keyClicks(screen.search, title)
    screen.reload()
    narrowed = screen.model.total()
    assert screen.model.counted()
    assert narrowed < 60
    qtbot.wait(300)
    assert screen.model.total() == narrowed
    assert screen.summary.text() in {f"{narrowed} activities", "1 activity"}


def test_the_sessions_list_counts_on_a_worker_and_a_search_result_keeps_its_own_count(
    qtbot, store: Store, ref, data_events
) -> None:
    write_large(store, seed=1, mentees=3)
    with statements_on_the_window_connection(store) as seen:
        screen = SessionsScreen(store, ref, data_events, Privacy(), OwnerRole.MENTOR)
        qtbot.addWidget(screen)
        screen.show()
        assert screen.summary.text() == "Counting sessions…"
    assert counts(seen) == []
    qtbot.waitUntil(screen.model.counted)
    assert screen.summary.text() == f"{store.sessions.count_listing(SessionQuery()):,} sessions"

    screen.reload()  # a count on its way again, then a search overtakes it
    assert not screen.model.counted()
    screen.search.setFocus()
    qtbot.keyClicks(screen.search, "chairing")
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not screen.search_busy() and screen.model.counted())
    qtbot.wait(300)
    found = store.sessions.count_listing(SessionQuery(text="chairing", include_private=True))
    assert screen.model.total() == found
    assert screen.summary.text() in {f"{found:,} sessions", "1 session"}
