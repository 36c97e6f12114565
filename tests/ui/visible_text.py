"""Every piece of text a person could read on screen, gathered from the widget tree.

A privacy test plants a marker in private or sensitive fields and then looks for it in what this returns:
labels, fields, buttons, combo items, visible table rows and headers, list items, window titles, tooltips,
accessible names and descriptions (what a screen reader reads aloud) of every visible widget.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGraphicsView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QTextEdit,
    QWidget,
)


def _model_texts(view: QAbstractItemView) -> list[str]:
    model: QAbstractItemModel | None = view.model()
    if model is None:
        return []
    texts: list[str] = []
    table = view if isinstance(view, QTableView) else None
    try:
        columns = range(model.columnCount(QModelIndex()))
    except TypeError:  # list models keep columnCount private in PySide: they have one column
        columns = range(1)
    for column in columns:
        if table is not None and table.isColumnHidden(column):
            continue
        header = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if header:
            texts.append(str(header))
    for row in range(model.rowCount(QModelIndex())):
        if table is not None and table.isRowHidden(row):
            continue
        for column in columns:
            if table is not None and table.isColumnHidden(column):
                continue
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = index.data(role)
                if value:
                    texts.append(str(value))
    return texts


def widget_texts(widget: QWidget) -> list[str]:
    texts = [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
    if widget.isWindow():
        texts.append(widget.windowTitle())
    if isinstance(widget, QLabel):
        texts.append(widget.text())
    elif isinstance(widget, QLineEdit):
        texts += [widget.text(), widget.placeholderText()]
    elif isinstance(widget, QPlainTextEdit | QTextEdit):
        texts.append(widget.toPlainText())
    elif isinstance(widget, QAbstractButton):
        texts.append(widget.text())
    elif isinstance(widget, QComboBox):
        texts += [widget.itemText(i) for i in range(widget.count())]
    elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
        texts += _model_texts(widget)
    elif isinstance(widget, QGraphicsView):
        chart = getattr(widget, "chart", None)
        texts.append(chart().title() if callable(chart) else "")
    return [text for text in texts if text]


def visible_texts(root: QWidget) -> list[str]:
    """Text of the root and every descendant a person can see now (hidden parents hide children)."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is root or (widget.isVisibleTo(root) and widget.window() is root.window()):
            found += widget_texts(widget)
    return found


def everything_on_screen() -> list[str]:
    """The text of every visible top-level window: the main window and any dialog open over it."""
    found: list[str] = []
    for window in QApplication.topLevelWidgets():
        if window.isVisible():
            found += visible_texts(window)
    return found
