"""The compact, keyboard-friendly table every list screen uses, with its columns fitted to their contents."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QAbstractScrollArea, QHeaderView, QTableView, QWidget

from leadapp.ui.widgets.paged_model import FIRST_PAGE, PagedTableModel
from leadapp.ui.widgets.roles import flat_scroll_bars

SIZING_ROWS = 30
"""Columns fit their contents judged on this many rows; measuring every loaded row costs seconds."""

Index = QModelIndex | QPersistentModelIndex


def list_table(name: str, model: QAbstractItemModel, stretch_column: int | None = None) -> QTableView:
    """Rows selected whole, one at a time, read-only; Tab leaves the table rather than walking its cells.

    Every table in the app is made here, so none can become a keyboard trap (a QTableWidget walks Tab
    through every cell by default: forty presses to get past a short list).
    """
    table = QTableView()
    table.setAccessibleName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.setTabKeyNavigation(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header.setResizeContentsPrecision(SIZING_ROWS)
    if stretch_column is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    ColumnFit(table)
    StretchAtOnce(table, header)
    flat_scroll_bars(table)
    if isinstance(model, PagedTableModel):
        model.first_rows = rows_to_read(table)
    return table


def rows_to_read(table: QTableView) -> int:
    """The rows the list has room for and two more, so that it scrolls: what a paged list reads first, and
    what a search of it reads. Before the list is shown, as many as its screen has room for. A fixed sixty
    was nearly three screenfuls on this machine's screen, each read, made into records and placed in cells
    (about a third of opening the activities list); a search reading as many rows as the whole list leaves
    the scroll bar as it was (its repaint was a millisecond of a search). A window moved to a taller screen
    asks for the rest as it is shown."""
    row = table.verticalHeader().defaultSectionSize()
    if row <= 0:
        return FIRST_PAGE
    if table.isVisible():
        return table.height() // row + 2
    screen = table.screen()
    return FIRST_PAGE if screen is None else screen.availableGeometry().height() // row + 2


def own_viewport(area: QAbstractScrollArea) -> QWidget:
    """The area's viewport, found among its children by the name Qt gives it. Asked with `viewport()`, PySide
    first loaded every QtWidgets class to name the widget's type (about 70 enum types, 10-15 ms), and every
    list asks while the window is built; found by name, it costs nothing."""
    found = area.findChild(QWidget, "qt_scrollarea_viewport", Qt.FindChildOption.FindDirectChildrenOnly)
    return found if isinstance(found, QWidget) else area.viewport()


class StretchAtOnce(QObject):
    """The stretched column takes its new width as soon as the view's width changes, not on the header's
    zero-delay timer. A vertical scroll bar that comes or goes with a new set of rows is shown a turn of the
    event loop after the rows arrive (Qt decides it in a queued call); the view then painted the rows with
    the stretched column at its old width and, once the header's timer had run, painted that column again
    (for search results, the column of highlighted passages, the dearest to draw). The view is not told of
    the new width: a resized viewport is painted whole anyway, and the view would otherwise paint the column
    a second time from its own zero-delay timer. For headers whose sections are fixed, stretched or sized
    by hand: ResizeToContents sections would be measured here on every resize."""

    def __init__(self, view: QAbstractItemView, header: QHeaderView) -> None:
        super().__init__(view)
        self._header = header
        own_viewport(header).installEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            quiet = self._header.blockSignals(True)
            try:
                self._header.resizeSections()
            finally:
                self._header.blockSignals(quiet)
        return False


class ColumnFit(QObject):
    """Sizes each column to its title and the widest of the first SIZING_ROWS rows, as the header's
    ResizeToContents did, but at once when new rows arrive and measuring one cell a column.

    ResizeToContents sized on a zero-delay timer after every reset, so each search painted the list with the
    old widths, sized 30 rows × every column through the delegate (seven `data()` calls a cell) and painted
    again: two or three paints per set of results. Here the widest text is found with the font's metrics
    (a model may offer `column_texts(column, count)`, the texts `data()` shows, so nothing goes through Qt),
    and only that cell is asked for its size hint, so padding and style are the delegate's own. Later pages
    (rows past SIZING_ROWS) leave the widths alone, as before.
    """

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self._table = table
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self.fit)
        model = table.model()
        model.modelReset.connect(self.fit)
        model.layoutChanged.connect(self.fit)
        model.rowsInserted.connect(self._rows_changed)
        model.rowsRemoved.connect(self._rows_changed)
        model.dataChanged.connect(self._data_changed)
        model.headerDataChanged.connect(self._later.start)
        table.horizontalHeader().sectionResized.connect(self._section_resized)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):  # a new text size changes every width
            app.fontChanged.connect(self._later.start)
        self.fit()

    def _section_resized(self, _column: int, old: int, new: int) -> None:
        """A column shown again (a list leaving one mentee's scope shows its Mentee column) comes back at the
        width it had when hidden, fitted to rows it no longer shows: fit again. The fit's own resizes are
        not heard (it blocks the header's signals)."""
        if old == 0 and new > 0:
            self._later.start()

    def _rows_changed(self, parent: Index, first: int, _last: int) -> None:
        if not parent.isValid() and first < SIZING_ROWS:
            self._later.start()

    def _data_changed(self, top_left: Index, _bottom_right: Index, _roles: object = None) -> None:
        if top_left.row() < SIZING_ROWS:
            self._later.start()

    def fit(self) -> None:
        self._later.stop()
        table = self._table
        header = table.horizontalHeader()
        quiet = header.blockSignals(True)
        try:
            table.ensurePolished()
            stretched = self._fit_to_contents()
            table.doItemsLayout()
            if len(stretched) == 1:
                self._stretch(stretched[0])
        finally:
            header.blockSignals(quiet)

    def _fit_to_contents(self) -> list[int]:
        """Sizes every column but the stretched ones, which it returns."""
        table = self._table
        model = table.model()
        header = table.horizontalHeader()
        metrics = table.fontMetrics()
        rows = min(model.rowCount(), SIZING_ROWS)
        columns = model.columnCount()
        texts = getattr(model, "column_texts", None)
        grid = 1 if table.showGrid() else 0
        stretched = []
        for column in range(columns):
            if header.isSectionHidden(column):
                continue
            if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch or (
                header.stretchLastSection() and column == columns - 1
            ):
                stretched.append(column)
                continue
            shown = (
                texts(column, rows)
                if texts is not None
                else [model.index(row, column).data() for row in range(rows)]
            )
            width = header.sectionSizeHint(column)
            if shown:
                texts_shown = [str(text or "") for text in shown]
                widths = {text: metrics.horizontalAdvance(text) for text in set(texts_shown)}
                widest = max(range(len(texts_shown)), key=lambda row: widths[texts_shown[row]])
                width = max(width, table.sizeHintForIndex(model.index(widest, column)).width() + grid)
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)
        return stretched

    def _stretch(self, column: int) -> None:
        """The stretched column takes the room left, as the header's own pass would on a later timer: the
        view then painted its new rows and, once that pass had run, painted them again."""
        header = self._table.horizontalHeader()
        used = sum(
            header.sectionSize(other)
            for other in range(header.count())
            if other != column and not header.isSectionHidden(other)
        )
        width = max(header.minimumSectionSize(), header.maximumViewportSize().width() - used)
        if header.sectionSize(column) != width:
            header.resizeSection(column, width)
