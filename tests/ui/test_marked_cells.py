"""A search match's cell is drawn with less work per paint, and looks as Qt's own cells do: the same
background, selection and focus frame, the matched words bold on the highlight at any text size, and the
session list's answers to every role unchanged."""

from __future__ import annotations

import itertools
from collections import Counter

import pytest
from PySide6.QtCore import QItemSelectionModel, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QImage, QPainter, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView, QTreeView

from leadapp.demo import write_large
from leadapp.store.sessions import MARK_END, MARK_START, SessionQuery
from leadapp.store.store import Store
from leadapp.ui.sessions.session_model import MATCH_COLUMN, SessionListModel
from leadapp.ui.widgets.rich_text_delegate import (
    MARKED_ROLE,
    MATCH_BACKGROUND,
    MATCH_TEXT,
    RichTextDelegate,
    RunFonts,
    _draw_runs,
    plain,
)

WORD = "Chairing"
MARKED = f"notes on {MARK_START}{WORD}{MARK_END} the panel and the rest of a long passage"


def _table(qtbot, rows: int = 3) -> tuple[QTableView, QStandardItemModel]:
    model = QStandardItemModel(rows, 2)
    for row in range(rows):
        model.setItem(row, 0, QStandardItem(f"Row {row}"))
        cell = QStandardItem("plain text the accessible name reads")
        cell.setData(MARKED, MARKED_ROLE)
        model.setItem(row, 1, cell)
    table = QTableView()
    table.setModel(model)
    table.setColumnWidth(1, 600)
    table.resize(800, 300)
    qtbot.addWidget(table)
    table.show()
    return table, model


def _dominant(image: QImage) -> int:
    return Counter(
        image.pixel(x, y) for y in range(image.height()) for x in range(image.width())
    ).most_common(1)[0][0]


def _edges(image: QImage) -> list[int]:
    """The cell's outermost pixels, where a focus frame is drawn."""
    width, height = image.width(), image.height()
    return [image.pixel(x, y) for x in range(width) for y in (0, height - 1)] + [
        image.pixel(x, y) for y in range(height) for x in (0, width - 1)
    ]


@pytest.mark.parametrize("view_type", [QTableView, QTreeView])
def test_a_marked_cell_is_drawn_on_what_qt_draws_behind_its_own_cells(qtbot, view_type) -> None:
    """The delegate hands the style the view's own option, with no copy and no questions to the model: the
    plain, alternate, selected and current cells look as Qt's own beside them."""
    text = "notes on chairing the panel and the rest of a long passage that goes on"
    model = QStandardItemModel(4, 2)
    for row in range(4):
        for column in range(2):
            cell = QStandardItem(text)
            if column == 1:
                cell.setData(text, MARKED_ROLE)
            model.setItem(row, column, cell)
    view = view_type()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setAlternatingRowColors(True)
    if isinstance(view, QTreeView):
        view.header().setStretchLastSection(False)
        view.setRootIsDecorated(False)
    for column in range(2):
        view.setColumnWidth(column, 300)
    view.resize(700, 300)
    view.setItemDelegateForColumn(1, RichTextDelegate(view))
    view.show()
    view.setFocus()
    selection = view.selectionModel()
    selection.select(
        model.index(1, 0), QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    )
    for row in range(4):
        drawn = []
        for column in range(2):
            selection.setCurrentIndex(model.index(row, column), QItemSelectionModel.SelectionFlag.NoUpdate)
            drawn.append(view.viewport().grab(view.visualRect(model.index(row, column))).toImage())
        qt_own, ours = drawn
        assert _dominant(ours) == _dominant(qt_own), row
        assert _edges(ours) == _edges(qt_own), row


def _highlight_box(image: QImage) -> QRect:
    """The one highlighted box: its top line has no glyph in it, and every line of it shows some highlight
    beside the glyphs."""
    wanted = MATCH_BACKGROUND.rgb()
    ys = [y for y in range(image.height()) if any(image.pixel(x, y) == wanted for x in range(image.width()))]
    assert ys, "no highlight drawn"
    assert ys == list(range(ys[0], ys[-1] + 1)), "one box"
    xs = [x for x in range(image.width()) if image.pixel(x, ys[0]) == wanted]
    return QRect(xs[0], ys[0], xs[-1] - xs[0] + 1, len(ys))


def _word_as_drawn_plainly(size: QSize, bold: QFont) -> QImage:
    """The matched word bold in the match colours, drawn the plain way: one drawText on a filled box."""
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(MATCH_BACKGROUND)
    painter = QPainter(image)
    painter.setFont(bold)
    painter.setPen(MATCH_TEXT)
    painter.drawText(0, QFontMetrics(bold).ascent(), WORD)
    painter.end()
    return image


def test_the_matched_word_is_bold_on_the_highlight_and_follows_a_new_text_size(qtbot) -> None:
    table, model = _table(qtbot, rows=1)
    table.setItemDelegateForColumn(1, RichTextDelegate(table))
    for scale in (1.0, 1.5, 1.0):
        font = QFont(QApplication.font())
        font.setPointSizeF(font.pointSizeF() * scale)
        table.setFont(font)
        table.setRowHeight(0, QFontMetrics(font).height() * 2)
        bold = QFont(font)
        bold.setBold(True)
        image = table.viewport().grab(table.visualRect(model.index(0, 1))).toImage()
        box = _highlight_box(image)
        assert (
            box.width()
            == QFontMetrics(bold).horizontalAdvance(WORD)
            != QFontMetrics(font).horizontalAdvance(WORD)
        )
        assert box.height() == QFontMetrics(bold).height()
        drawn = image.copy(box).convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
        assert drawn == _word_as_drawn_plainly(box.size(), bold), "the same pixels as drawText gives"


def _some_session_rows(store: Store) -> SessionListModel:
    from leadapp.domain.reference import reference

    write_large(store, seed=5, mentees=2)
    model = SessionListModel(store, reference())
    model.set_query(SessionQuery(text="falls"))
    return model


def test_the_session_list_cells_hold_the_texts_and_nothing_else(qtbot, store: Store) -> None:
    """The cells answer in C++: each its column's text (the passage without its marks), the passage's
    marked text for the delegate, and no other role; never editable, as a read-only list."""
    model = _some_session_rows(store)
    assert model.rowCount() > 0
    text_roles = {int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.EditRole)}
    roles = [*range(0, 40), int(MARKED_ROLE), *range(256, 262)]
    for row in (0, model.rowCount() - 1):
        listing = model.row_object(row)
        assert listing is not None and listing.snippet
        for column in range(model.columnCount()):
            index = model.index(row, column)
            text = model.column_texts(column, row + 1)[row]
            assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable
            for role in roles:
                got = model.data(index, role)
                if role in text_roles:
                    assert got == text, (row, column, role)
                elif role == MARKED_ROLE and column == MATCH_COLUMN:
                    assert got == listing.snippet
                else:
                    assert got is None, (row, column, role)
    passage = model.data(model.index(0, MATCH_COLUMN), Qt.ItemDataRole.DisplayRole)
    assert passage and passage == plain(model.row_object(0).snippet)  # type: ignore[union-attr]
    assert MARK_START not in passage
    assert MARK_START in model.data(model.index(0, MATCH_COLUMN), MARKED_ROLE)


def test_two_matched_words_keep_the_space_between_them(qtbot) -> None:
    model = QStandardItemModel(1, 1)
    cell = QStandardItem("business case")
    cell.setData(f"the {MARK_START}business{MARK_END}  {MARK_START}case{MARK_END} panel", MARKED_ROLE)
    model.setItem(0, 0, cell)
    table = QTableView()
    table.setModel(model)
    table.setColumnWidth(0, 500)
    qtbot.addWidget(table)
    table.setItemDelegateForColumn(0, RichTextDelegate(table))
    table.show()
    image = table.viewport().grab(table.visualRect(model.index(0, 0))).toImage()
    top = _highlight_box(image).top()
    lit = [x for x in range(image.width()) if image.pixel(x, top) == MATCH_BACKGROUND.rgb()]
    gaps = [(a, b) for a, b in itertools.pairwise(lit) if b != a + 1]
    assert len(gaps) == 1, "two boxes"
    bold = QFont(table.font())
    bold.setBold(True)
    first_end, second_start = gaps[0]
    assert first_end - lit[0] + 1 == QFontMetrics(bold).horizontalAdvance("business")
    assert second_start - first_end - 1 == QFontMetrics(table.font()).horizontalAdvance("  ")


class _RecordingPainter(QPainter):
    """Keeps every text the delegate draws with drawText, and whether it was bold."""

    def __init__(self, image: QImage) -> None:
        super().__init__(image)
        self.texts: list[tuple[str, bool]] = []

    def drawText(self, *args) -> None:  # type: ignore[no-untyped-def,override]
        self.texts.append((str(args[-1]), self.font().bold()))
        super().drawText(*args)


def _drawn(marked: str, width: int) -> list[tuple[str, bool]]:
    image = QImage(QSize(width + 40, 40), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = _RecordingPainter(image)
    _draw_runs(painter, QRect(0, 0, width, 30), RunFonts(QApplication.font()), MATCH_TEXT, marked)
    painter.end()
    return painter.texts


def test_a_passage_longer_than_its_cell_ends_in_an_ellipsis(qtbot) -> None:
    tail = " meetings with senior managers and the board, with notes for the next time"
    marked = f"Talked about {MARK_START}{WORD}{MARK_END}{tail}"
    plain = QFontMetrics(QApplication.font())
    bold = QFont(QApplication.font())
    bold.setBold(True)
    fitted = plain.horizontalAdvance("Talked about ") + QFontMetrics(bold).horizontalAdvance(WORD)

    roomy = _drawn(marked, fitted + plain.horizontalAdvance(tail) + 20)
    assert roomy[-1] == (tail, False) and not any("…" in text for text, _ in roomy)

    cut_in_the_tail = _drawn(marked, fitted + 60)
    assert cut_in_the_tail[-1][0].endswith("…") and not cut_in_the_tail[-1][1]

    cut_in_the_word = _drawn(marked, plain.horizontalAdvance("Talked about ") + 30)
    assert cut_in_the_word[-1][0].endswith("…") and cut_in_the_word[-1][1], "the word, bold, cut short"
