""" "Searching…" shows only for a search slow enough to notice, and never outlives the search.

The summary line used to change at the start of every search, which laid out and painted the label while
the worker ran; a search that answers within a frame or two now goes straight from the old summary to the
new one.
"""

from __future__ import annotations

import threading

from leadapp.demo import write_large
from leadapp.domain.enums import OwnerRole
from leadapp.store.errors import StoreError
from leadapp.store.store import Store
from leadapp.ui.privacy import Privacy
from leadapp.ui.search_all.search_dialog import SearchDialog
from leadapp.ui.sessions.sessions_screen import SessionsScreen
from leadapp.ui.widgets.searching_note import SEARCHING_NOTE_MS


class _Summaries:
    """Every text the summary line is given."""

    def __init__(self, label) -> None:  # type: ignore[no-untyped-def]
        self.texts: list[str] = []
        real = label.setText

        def set_text(text: str) -> None:
            self.texts.append(text)
            real(text)

        label.setText = set_text


def _screen(qtbot, store: Store, ref, data_events) -> SessionsScreen:  # type: ignore[no-untyped-def]
    screen = SessionsScreen(store, ref, data_events, Privacy(), OwnerRole.MENTOR)
    qtbot.addWidget(screen)
    screen.show()
    return screen


def test_a_quick_search_goes_straight_to_its_count(qtbot, store: Store, ref, data_events) -> None:
    """More matches than the list has room for: the rows come first and the count a moment later, and the
    summary line goes from the old count to the new one, with nothing in between."""
    write_large(store, seed=5, mentees=3)
    screen = _screen(qtbot, store, ref, data_events)
    summaries = _Summaries(screen.summary)
    screen.search.setText("falls")
    screen.reload()
    qtbot.waitUntil(lambda: not screen.search_busy() and screen.model.query.text == "falls")
    qtbot.waitUntil(screen.model.counted)
    qtbot.wait(SEARCHING_NOTE_MS + 100)
    total = store.sessions.count_listing(screen.model.query)
    assert total > screen.model.rowCount()
    assert summaries.texts == [f"{total:,} sessions"]


def test_a_slow_search_says_searching_then_its_count(
    qtbot, demo_store: Store, ref, data_events, monkeypatch
) -> None:
    screen = _screen(qtbot, demo_store, ref, data_events)
    release = threading.Event()
    real = type(demo_store.sessions).search_page

    def slow(repository, query, limit):  # type: ignore[no-untyped-def]
        release.wait(10)
        return real(repository, query, limit)

    monkeypatch.setattr(type(demo_store.sessions), "search_page", slow)
    screen.search.setText("chairing")
    screen.reload()
    qtbot.waitUntil(lambda: screen.summary.text() == "Searching…")
    release.set()
    qtbot.waitUntil(lambda: not screen.search_busy() and screen.summary.text() != "Searching…")
    qtbot.wait(SEARCHING_NOTE_MS + 100)
    assert screen.summary.text().endswith(("sessions", "session"))


def test_a_failed_search_does_not_leave_searching_behind(
    qtbot, store: Store, ref, data_events, monkeypatch
) -> None:
    screen = _screen(qtbot, store, ref, data_events)
    summaries = _Summaries(screen.summary)

    def broken(repository, query, limit):  # type: ignore[no-untyped-def]
        raise StoreError("LeadApp could not search just now.")

    monkeypatch.setattr(type(store.sessions), "search_page", broken)
    with qtbot.waitSignal(screen.problem):
        screen.search.setText("chairing")
        screen.reload()
    qtbot.wait(SEARCHING_NOTE_MS + 100)
    assert "Searching…" not in summaries.texts


def test_search_everything_says_searching_only_when_slow(qtbot, demo_store: Store, monkeypatch) -> None:
    from leadapp.ui.search_all import search_dialog

    dialog = SearchDialog(demo_store, Privacy(), OwnerRole.MENTOR)
    qtbot.addWidget(dialog)
    dialog.show()
    summaries = _Summaries(dialog.summary)
    dialog.search.setText("chairing")
    dialog.run()
    qtbot.waitUntil(lambda: not dialog.busy())
    qtbot.wait(SEARCHING_NOTE_MS + 100)
    assert "Searching…" not in summaries.texts
    assert "result" in dialog.summary.text()

    release = threading.Event()
    real = search_dialog.search_everywhere

    def slow(reader, query):  # type: ignore[no-untyped-def]
        release.wait(10)
        return real(reader, query)

    monkeypatch.setattr(search_dialog, "search_everywhere", slow)
    dialog.search.setText("falls")
    dialog.run()
    qtbot.waitUntil(lambda: dialog.summary.text() == "Searching…")
    release.set()
    qtbot.waitUntil(lambda: not dialog.busy() and dialog.summary.text() != "Searching…")
    assert "result" in dialog.summary.text() or "Nothing matches" in dialog.summary.text()
