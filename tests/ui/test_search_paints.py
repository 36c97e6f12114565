"""A set of search results is painted once: nothing that follows their arrival (fitting the columns, the
summary line, a scroll bar appearing) makes the list paint them a second time."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject

from leadapp.demo import write_large
from leadapp.domain.enums import OwnerRole
from leadapp.store.store import Store
from leadapp.ui.privacy import Privacy
from leadapp.ui.search_all.search_dialog import SearchDialog
from leadapp.ui.sessions.sessions_screen import SessionsScreen


class _Paints(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        self.count += event.type() == QEvent.Type.Paint
        return False


def test_each_search_paints_the_session_list_once(qtbot, store: Store, ref, data_events) -> None:
    write_large(store, seed=5, mentees=2)
    screen = SessionsScreen(store, ref, data_events, Privacy(), OwnerRole.MENTOR)
    qtbot.addWidget(screen)
    screen.resize(1200, 600)
    screen.show()
    qtbot.wait(50)
    for words in ("falls", "review", "qqqqqq", "falls"):
        paints = _Paints()
        screen.table.viewport().installEventFilter(paints)
        screen.search.setText(words)
        screen.reload()
        qtbot.waitUntil(lambda words=words: screen.model.query.text == words and not screen.search_busy())
        qtbot.waitUntil(lambda paints=paints: paints.count > 0)
        qtbot.wait(60)
        screen.table.viewport().removeEventFilter(paints)
        assert paints.count == 1, words


def test_each_search_paints_search_everything_once(qtbot, store: Store) -> None:
    write_large(store, seed=5, mentees=2)
    dialog = SearchDialog(store, Privacy(), OwnerRole.MENTOR)
    qtbot.addWidget(dialog)
    dialog.resize(1000, 600)
    dialog.show()
    qtbot.wait(50)
    for words in ("falls", "review", "qqqqqq", "falls"):
        paints = _Paints()
        dialog.results.viewport().installEventFilter(paints)
        dialog.search.setText(words)
        dialog.run()
        qtbot.waitUntil(lambda: not dialog.busy() and dialog.summary.text() != "Searching…")
        qtbot.waitUntil(lambda paints=paints: paints.count > 0)
        qtbot.wait(60)
        dialog.results.viewport().removeEventFilter(paints)
        assert paints.count == 1, words
