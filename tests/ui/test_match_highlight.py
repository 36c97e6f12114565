"""Search matches are drawn in bold on the highlight colour, from the marked passage, in both searches."""

from __future__ import annotations

from PySide6.QtGui import QImage

from leadapp.demo import write_large
from leadapp.domain.enums import OwnerRole
from leadapp.store.sessions import MARK_END, MARK_START
from leadapp.store.store import Store
from leadapp.ui.privacy import Privacy
from leadapp.ui.search_all.search_dialog import SearchDialog
from leadapp.ui.sessions.session_model import MATCH_COLUMN
from leadapp.ui.sessions.sessions_screen import SessionsScreen
from leadapp.ui.widgets.rich_text_delegate import MARKED_ROLE, MATCH_BACKGROUND, marked_runs


def _highlighted_pixels(image: QImage) -> int:
    wanted = MATCH_BACKGROUND.rgb()
    return sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if image.pixel(x, y) == wanted
    )


def test_a_marked_passage_splits_into_plain_and_matched_runs() -> None:
    marked = f"…the {MARK_START}business{MARK_END} {MARK_START}case{MARK_END} panel"
    assert marked_runs(marked) == [
        ("…the ", False),
        ("business", True),
        (" ", False),
        ("case", True),
        (" panel", False),
    ]
    assert marked_runs(f"{MARK_START}falls{MARK_END}") == [("falls", True)]
    assert marked_runs("no match") == [("no match", False)]


def test_the_session_list_draws_its_matches_highlighted(qtbot, store: Store, ref, data_events) -> None:
    write_large(store, seed=5, mentees=2)
    screen = SessionsScreen(store, ref, data_events, Privacy(), OwnerRole.MENTOR)
    qtbot.addWidget(screen)
    screen.resize(1200, 600)
    screen.show()
    screen.search.setText("falls")
    screen.reload()
    qtbot.waitUntil(lambda: screen.model.query.text == "falls" and not screen.search_busy())
    marked = screen.model.data(screen.model.index(0, MATCH_COLUMN), MARKED_ROLE)
    assert MARK_START in marked and MARK_END in marked
    assert _highlighted_pixels(screen.table.viewport().grab().toImage()) > 50


def test_search_everything_draws_its_matches_highlighted(qtbot, store: Store) -> None:
    write_large(store, seed=5, mentees=2)
    dialog = SearchDialog(store, Privacy(), OwnerRole.MENTOR)
    qtbot.addWidget(dialog)
    dialog.resize(1000, 600)
    dialog.show()
    dialog.search.setText("falls")
    dialog.run()
    qtbot.waitUntil(lambda: bool(dialog.hits) and not dialog.busy())
    assert _highlighted_pixels(dialog.results.viewport().grab().toImage()) > 50
