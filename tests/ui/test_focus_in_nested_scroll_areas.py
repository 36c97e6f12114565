"""Focus brings a field into view through every scroll area around it, innermost first, so the outer
area's last scroll leaves the field on screen."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLineEdit, QScrollArea, QVBoxLayout, QWidget

from leadapp.ui.keyboard import follow_focus_in_scroll_areas


def tall_column(fields: list[QLineEdit], first: int, spacer: int) -> QWidget:
    column = QWidget()
    layout = QVBoxLayout(column)
    for _ in range(first):
        layout.addSpacing(spacer)
    for field in fields:
        layout.addWidget(field)
    return column


def test_a_field_in_an_area_inside_an_area_comes_into_view(qtbot) -> None:
    follow_focus_in_scroll_areas(QApplication.instance())  # type: ignore[arg-type]
    window = QWidget()
    qtbot.addWidget(window)
    near, far = QLineEdit(), QLineEdit()
    inner = QScrollArea()
    inner.setWidgetResizable(True)
    inner.setFixedHeight(120)
    inner.setWidget(tall_column([far], first=12, spacer=60))
    outer_column = QWidget()
    outer_layout = QVBoxLayout(outer_column)
    outer_layout.addWidget(near)
    for _ in range(10):
        outer_layout.addSpacing(80)
    outer_layout.addWidget(inner)
    for _ in range(20):  # room below the inner area, where its hidden field lies before it scrolls
        outer_layout.addSpacing(80)
    outer = QScrollArea(window)
    outer.setWidgetResizable(True)
    outer.setWidget(outer_column)
    outer.resize(300, 200)
    window.resize(300, 200)
    window.show()
    qtbot.waitExposed(window)
    near.setFocus()
    qtbot.waitUntil(near.hasFocus)
    assert not far.visibleRegion().boundingRect().height()

    far.setFocus()
    qtbot.waitUntil(far.hasFocus)

    top_in_outer = far.mapTo(outer.viewport(), far.rect().topLeft()).y()
    top_in_inner = far.mapTo(inner.viewport(), far.rect().topLeft()).y()
    assert top_in_inner >= 0 and top_in_inner + far.height() <= inner.viewport().height()
    assert top_in_outer >= 0 and top_in_outer + far.height() <= outer.viewport().height()
