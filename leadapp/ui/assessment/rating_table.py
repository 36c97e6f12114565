"""The items of a self-assessment, rated from the keyboard: digits set, arrows step, the list never traps Tab.

Keys: 1–4 rate the current item and move to the next; Left and Right step the rating down or up; 0, Delete
or Backspace clear it; Up and Down move between items. The rating goes to the current column, the mentee's
own or the mentor's view, chosen with Shift+Left and Shift+Right (or a click).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from leadapp.domain.assessments import SCALE
from leadapp.domain.enums import Rater
from leadapp.domain.reference import Reference

ITEM_ROLE = Qt.ItemDataRole.UserRole
ITEM, MENTEE, MENTOR, DIFFERENCE = range(4)
RATERS = {MENTEE: Rater.MENTEE, MENTOR: Rater.MENTOR}
DIGITS = {Qt.Key.Key_1: 1, Qt.Key.Key_2: 2, Qt.Key.Key_3: 3, Qt.Key.Key_4: 4}
CLEAR = (Qt.Key.Key_0, Qt.Key.Key_Delete, Qt.Key.Key_Backspace)


@dataclass(frozen=True)
class Row:
    code: str
    label: str
    description: str
    heading: bool = False
    """A section title (the HLM), not an item to rate."""
    group: bool = False


def rows_for(ref: Reference) -> list[Row]:
    rows: list[Row] = []
    for group in ref.behaviour_groups:
        rows.append(Row(group.code, group.name + " (the group as a whole)", group.description, group=True))
        rows += [Row(i.code, "    " + i.label, i.description or group.description) for i in group.items]
    rows.append(Row("", "Healthcare Leadership Model", "", heading=True))
    rows += [Row(d.code, d.label, d.description) for d in ref.hlm_dimensions]
    return rows


class RatingTable(QTableWidget):
    rated = Signal(str, object, object)
    """(item code, Rater, rating 1–4 or None)"""
    item_changed = Signal(str)

    def __init__(self, ref: Reference, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scale = [s.label for s in ref.hlm_scale]
        self.rows = rows_for(ref)
        self.values: dict[Rater, dict[str, int | None]] = {Rater.MENTEE: {}, Rater.MENTOR: {}}
        self.mentor_shown = False
        self.setAccessibleName(self.tr("Ratings"))
        self.setAccessibleDescription(
            self.tr(
                "Up and Down choose an item; 1 to 4 rate it (essential to exemplary) and move on; Left and "
                "Right step the rating; 0 clears it; Shift+Right moves to the mentor's view."
            )
        )
        self.setColumnCount(4)
        self.setHorizontalHeaderLabels(
            [self.tr("Item"), self.tr("Mentee's rating"), self.tr("Mentor's view"), self.tr("Difference")]
        )
        self.setRowCount(len(self.rows))
        self.setTabKeyNavigation(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.horizontalHeader()
        header.setSectionResizeMode(ITEM, QHeaderView.ResizeMode.Stretch)
        for column in (MENTEE, MENTOR, DIFFERENCE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for position, row in enumerate(self.rows):
            label = QTableWidgetItem(row.label.strip() if row.heading else row.label)
            label.setData(ITEM_ROLE, row.code)
            label.setData(Qt.ItemDataRole.AccessibleTextRole, row.label.strip())
            label.setToolTip(row.description)
            if row.heading or row.group:
                font = QFont(label.font())
                font.setBold(True)
                label.setFont(font)
            self.setItem(position, ITEM, label)
            for column in (MENTEE, MENTOR, DIFFERENCE):
                cell = QTableWidgetItem("")
                if row.heading:
                    cell.setFlags(Qt.ItemFlag.NoItemFlags)
                self.setItem(position, column, cell)
            if row.heading:
                label.setFlags(Qt.ItemFlag.NoItemFlags)
        self.setColumnHidden(MENTOR, True)
        self.setColumnHidden(DIFFERENCE, True)
        self.currentCellChanged.connect(lambda row, _c, _pr, _pc: self._announce(row))
        self.setCurrentCell(0, MENTEE)

    def _announce(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.item_changed.emit(self.rows[row].code)

    def current_code(self) -> str:
        row = self.currentRow()
        return self.rows[row].code if 0 <= row < len(self.rows) else ""

    def current_rater(self) -> Rater:
        return RATERS.get(self.currentColumn(), Rater.MENTEE)

    def show_mentor(self, shown: bool) -> None:
        self.mentor_shown = shown
        self.setColumnHidden(MENTOR, not shown)
        self.setColumnHidden(DIFFERENCE, not shown)
        if not shown and self.currentColumn() != MENTEE:
            self.setCurrentCell(max(self.currentRow(), 0), MENTEE)

    def set_values(self, rater: Rater, values: dict[str, int | None]) -> None:
        self.values[rater] = dict(values)
        self._paint()

    def set_value(self, rater: Rater, code: str, value: int | None) -> None:
        self.values[rater][code] = value
        self._paint()

    def select_code(self, code: str) -> None:
        for position, row in enumerate(self.rows):
            if row.code == code and not row.heading:
                self.setCurrentCell(position, max(self.currentColumn(), MENTEE))

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        cell = self.item(row, column)
        if cell is None:
            cell = QTableWidgetItem("")
            self.setItem(row, column, cell)
        return cell

    def _words(self, value: int | None) -> str:
        return f"{value} {self.scale[value - 1]}" if value in SCALE and value is not None else "–"

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * 80, super().sizeHint().height())

    def _paint(self) -> None:
        for position, row in enumerate(self.rows):
            if row.heading:
                continue
            mine = self.values[Rater.MENTEE].get(row.code)
            theirs = self.values[Rater.MENTOR].get(row.code)
            for column, value in ((MENTEE, mine), (MENTOR, theirs)):
                cell = self._cell(position, column)
                cell.setText(self._words(value))
                cell.setData(
                    Qt.ItemDataRole.AccessibleTextRole, self._words(value) if value else self.tr("Not rated")
                )
            gap = self._cell(position, DIFFERENCE)
            if mine is not None and theirs is not None and mine != theirs:
                gap.setText(
                    self.tr("Mentor {0}{1}").format("+" if theirs > mine else "−", abs(theirs - mine))
                )
                gap.setBackground(QColor("#FFB81C"))
                gap.setForeground(QColor("#212B32"))
            else:
                gap.setText("" if mine is None or theirs is None else self.tr("Same"))
                gap.setData(Qt.ItemDataRole.BackgroundRole, None)
                gap.setData(Qt.ItemDataRole.ForegroundRole, None)

    def _step_row(self, step: int) -> None:
        row = self.currentRow() + step
        while 0 <= row < len(self.rows) and self.rows[row].heading:
            row += step
        if 0 <= row < len(self.rows):
            self.setCurrentCell(row, self.currentColumn() if self.currentColumn() in RATERS else MENTEE)

    def _rate(self, value: int | None) -> None:
        code = self.current_code()
        if not code:
            return
        rater = self.current_rater()
        self.set_value(rater, code, value)
        self.rated.emit(code, rater, value)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods == Qt.KeyboardModifier.NoModifier:
            current = self.values[self.current_rater()].get(self.current_code())
            if key in DIGITS:
                self._rate(DIGITS[key])
                self._step_row(1)
                return
            if key in CLEAR:
                self._rate(None)
                return
            if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
                step = -1 if key == Qt.Key.Key_Left else 1
                start = current if current is not None else (0 if step > 0 else len(SCALE) + 1)
                self._rate(min(max(start + step, SCALE[0]), SCALE[-1]))
                return
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self._step_row(-1 if key == Qt.Key.Key_Up else 1)
                return
        if mods == Qt.KeyboardModifier.ShiftModifier and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            column = MENTOR if key == Qt.Key.Key_Right and self.mentor_shown else MENTEE
            self.setCurrentCell(max(self.currentRow(), 0), column)
            return
        super().keyPressEvent(event)
