"""The one search: a window of its own over whatever section is open, results grouped by kind.

It runs on a worker (newest request wins) so typing never waits. Private text is searched only while it is
on screen, and the results are cleared the moment sharing starts, before the search runs again without it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from leadapp.domain.enums import OwnerRole
from leadapp.domain.search_all import HitKind, SearchHit, grouped
from leadapp.domain.sessions import search_terms
from leadapp.store.search_all import EverywhereQuery, search_everywhere
from leadapp.store.store import Store
from leadapp.ui.privacy import Privacy
from leadapp.ui.widgets.background_query import BackgroundQuery
from leadapp.ui.widgets.clear_button import named_clear_button
from leadapp.ui.widgets.date_field import format_date
from leadapp.ui.widgets.rich_text_delegate import MARKED_ROLE, RichTextDelegate, plain
from leadapp.ui.widgets.roles import flat_scroll_bars, set_role
from leadapp.ui.widgets.searching_note import SearchingNote
from leadapp.ui.widgets.tables import StretchAtOnce

SEARCH_DELAY_MS = 120
HIT_ROLE = Qt.ItemDataRole.UserRole + 5


class _SearchBox(QLineEdit):
    """Down (or Enter) moves to the results, as in a list with a filter above it."""

    to_results = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.to_results.emit()
            return
        super().keyPressEvent(event)


class SearchDialog(QDialog):
    open_requested = Signal(object)
    problem = Signal(str)

    def __init__(
        self, store: Store, privacy: Privacy, role: OwnerRole, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.privacy = privacy
        self.role = role
        self.setWindowTitle(self.tr("Search everything"))
        self.setAccessibleName(self.tr("Search everything"))
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("&Search sessions, activities, actions and notes"))
        self.search = _SearchBox()
        self.search.setAccessibleName(self.tr("Search everything"))
        self.search.setPlaceholderText(self.tr("Words to find; Down moves to the results"))
        named_clear_button(self.search)
        label.setBuddy(self.search)
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Search summary"))
        set_role(self.summary, "secondary")
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels([self.tr("Record"), self.tr("Where it matches")])
        self.results = QTreeView()
        self.results.setModel(self.model)
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setItemDelegateForColumn(1, RichTextDelegate(self.results))
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setAllColumnsShowFocus(True)
        self.results.setUniformRowHeights(True)  # laid out without asking each row its height
        self.results.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.results.header().setStretchLastSection(True)
        StretchAtOnce(self.results, self.results.header())
        flat_scroll_bars(self.results)
        hint = QLabel(self.tr("Enter opens the record. Esc closes this window; the search is kept."))
        set_role(hint, "secondary")
        hint.setWordWrap(True)
        for widget in (label, self.search, self.summary, self.results, hint):
            layout.addWidget(widget)
        layout.setStretch(3, 1)
        chars = self.fontMetrics().averageCharWidth()
        lines = self.fontMetrics().lineSpacing()
        room = parent.window().size() if parent is not None else None
        width, height = chars * 150, lines * 30
        if room is not None and room.width() > 0:
            width, height = min(width, room.width() * 9 // 10), min(height, room.height() * 9 // 10)
        self.resize(width, height)
        self.results.setColumnWidth(0, chars * 60)
        self._row_height = lines + lines // 2

        self._searcher = BackgroundQuery(store.path, self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run)
        self._searching = SearchingNote(lambda: self.summary.setText(self.tr("Searching…")), self)
        self.search.textChanged.connect(self._timer.start)
        self.search.to_results.connect(self.focus_results)
        self.results.activated.connect(self._activated)
        privacy.scope_changed.connect(self._scope_changed)
        privacy.changed.connect(self._privacy_changed)
        self.hits: list[SearchHit] = []
        self._show([])

    def add_window_shortcut(self, keys: str, slot: object) -> None:
        """The main window's keys that must work here too (the sharing switch above all)."""
        shortcut = QShortcut(QKeySequence(keys), self)
        shortcut.activated.connect(slot)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl+F here too goes back to the words, as it does from the main window."""
        if event.matches(QKeySequence.StandardKey.Find):
            self.open_search()
            return
        super().keyPressEvent(event)

    def open_search(self) -> None:
        self.show()
        self.raise_()
        self.activateWindow()
        self.search.setFocus()
        self.search.selectAll()

    def busy(self) -> bool:
        return self._searcher.busy() or self._timer.isActive()

    def query(self) -> EverywhereQuery:
        return EverywhereQuery(
            self.search.text(), self.role, include_private=not self.privacy.hidden, scope=self.privacy.scope
        )

    def run(self) -> None:
        self._timer.stop()
        query = self.query()
        if not search_terms(query.text):
            self._searcher.cancel()
            self._show([])
            return
        self._searching.search_started()
        self._searcher.run(
            lambda reader: (query, search_everywhere(reader, query)),
            self._found,
            self._search_failed,
        )

    def _search_failed(self, error: Exception) -> None:
        self._searching.search_ended()
        self.problem.emit(str(error))

    def _found(self, found: tuple[EverywhereQuery, list[SearchHit]]) -> None:
        query, hits = found
        if query != self.query():
            return
        self._show(hits)

    def _privacy_changed(self, _hidden: bool) -> None:
        """A bound slot, not a lambda, so the connection ends with this window."""
        self._scope_changed()

    def _scope_changed(self) -> None:
        """Sharing started or the mentee in front changed: what is listed may not stay on screen."""
        self._searcher.cancel()
        self._show([])
        self.run()

    def _show(self, hits: list[SearchHit]) -> None:
        self._searching.search_ended()
        self.hits = hits
        self.model.removeRows(0, self.model.rowCount())
        titles = {
            HitKind.SESSION: self.tr("Sessions"),
            HitKind.ACTIVITY: self.tr("Activities"),
            HitKind.ACTION: self.tr("Actions"),
            HitKind.NOTE: self.tr("Notes"),
        }
        for kind, kind_hits in grouped(hits):
            group = QStandardItem(self.tr("{0} ({1})").format(titles[kind], len(kind_hits)))
            group.setSelectable(True)
            font = group.font()
            font.setBold(True)
            group.setFont(font)
            group.setSizeHint(QSize(0, self._row_height))  # every row's height: they are uniform
            for hit in kind_hits:
                group.appendRow(self._row(hit))
            self.model.appendRow([group, QStandardItem()])
        self.results.expandAll()
        if not search_terms(self.search.text()):
            self.summary.setText(self.tr("Type a word or the start of one."))
        elif not hits:
            self.summary.setText(self.tr("Nothing matches. Try fewer words."))
        else:
            kinds = len(grouped(hits))
            self.summary.setText(
                self.tr("{0} results in {1} kinds of record").format(len(hits), kinds)
                if kinds > 1
                else self.tr("{0} results").format(len(hits))
            )

    def _row(self, hit: SearchHit) -> list[QStandardItem]:
        when = format_date(hit.on) if isinstance(hit.on, date) else ""
        label = " · ".join(part for part in (hit.title, hit.person_name, when) if part)
        first = QStandardItem(label)
        first.setData(hit, HIT_ROLE)
        first.setToolTip(label)
        where = QStandardItem(plain(hit.passage))
        where.setData(hit.passage, MARKED_ROLE)
        where.setData(hit, HIT_ROLE)
        return [first, where]

    def focus_results(self) -> None:
        """From the search box: the first result gets the focus, ready for Enter."""
        if self._timer.isActive():
            self.run()
        self.results.setFocus()
        first = self.model.index(0, 0)
        if first.isValid():
            target = self.model.index(0, 0, first) if self.model.rowCount(first) else first
            self.results.setCurrentIndex(target)

    def current_hit(self) -> SearchHit | None:
        hit = self.results.currentIndex().data(HIT_ROLE)
        return hit if isinstance(hit, SearchHit) else None

    def _activated(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if isinstance(hit, SearchHit):
            self.open_requested.emit(hit)
        elif index.isValid():
            self.results.setExpanded(index, not self.results.isExpanded(index))
