"""Headings, panels, main buttons, the rail and the focus ring look as the style sheet drew them, in both
themes and at every text size, with no application style sheet at all (it cost a tenth of the start)."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible, QColor, QImage, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget
from windows import app_theme, shown_window

from leadapp.store.store import Store
from leadapp.ui.theme import ERROR, FOCUS, NHS_BLUE
from leadapp.ui.widgets.date_field import DateField
from leadapp.ui.widgets.focus_ring import Edge
from leadapp.ui.widgets.roles import DARK, LIGHT, NoticeLabel, Panel, make_primary, set_role
from leadapp.ui.widgets.tables import list_table


def _colours(widget: QWidget) -> set[str]:
    image: QImage = widget.grab().toImage()
    return {
        image.pixelColor(x, y).name().upper() for x in range(image.width()) for y in range(image.height())
    }


def _edge_colours(widget: QWidget, depth: int = 4) -> set[str]:
    image: QImage = widget.grab().toImage()
    width, height = image.width(), image.height()
    return {
        image.pixelColor(x, y).name().upper()
        for y in range(height)
        for x in range(width)
        if min(x, y, width - 1 - x, height - 1 - y) < depth
    }


def _near(found: set[str], wanted: str, within: int = 24) -> bool:
    goal = QColor(wanted)
    return any(
        abs(QColor(c).red() - goal.red()) < within
        and abs(QColor(c).green() - goal.green()) < within
        and abs(QColor(c).blue() - goal.blue()) < within
        for c in found
    )


def _form(qtbot) -> tuple[QWidget, QVBoxLayout]:  # type: ignore[no-untyped-def]
    form = QWidget()
    qtbot.addWidget(form)
    return form, QVBoxLayout(form)


def _show_active(qtbot, form: QWidget) -> None:  # type: ignore[no-untyped-def]
    """Shown and active, or the focus and its ring never arrive."""
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)


def test_the_app_has_no_style_sheet_and_headings_follow_theme_and_text_size(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    form, layout = _form(qtbot)
    heading, note = QLabel("Sessions"), QLabel("60 sessions")
    for label in (heading, note):
        layout.addWidget(label)
    with app_theme("light", 100):
        assert qapp.styleSheet() == ""
        set_role(heading, "heading")
        set_role(note, "secondary")
        base = qapp.font().pointSizeF()
        assert heading.font().pointSizeF() == pytest.approx(base * 1.6, abs=0.1)
        assert heading.font().weight() == heading.font().Weight.DemiBold
        assert heading.palette().color(QPalette.ColorRole.WindowText).name().upper() == LIGHT.heading
        assert note.font().pointSizeF() == pytest.approx(base)
        assert note.palette().color(QPalette.ColorRole.WindowText).name().upper() == LIGHT.secondary
    with app_theme("dark", 150):
        assert qapp.styleSheet() == ""
        assert heading.font().pointSizeF() == pytest.approx(qapp.font().pointSizeF() * 1.6, abs=0.1)
        assert heading.palette().color(QPalette.ColorRole.WindowText).name().upper() == DARK.heading
        assert note.palette().color(QPalette.ColorRole.WindowText).name().upper() == DARK.secondary
        form.show()
        qtbot.waitExposed(form)
        assert _near(_colours(heading), DARK.heading, 40)


def test_a_label_that_turns_to_an_error_loses_its_heading_size(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    """The session clock: a subheading while on time, error text once over."""
    _form_widget, layout = _form(qtbot)
    clock = QLabel("52 min of 50")
    layout.addWidget(clock)
    with app_theme("light", 100):
        set_role(clock, "subheading")
        assert clock.font().pointSizeF() > qapp.font().pointSizeF()
        set_role(clock, "error")
        assert clock.font().pointSizeF() == pytest.approx(qapp.font().pointSizeF())
        assert clock.palette().color(QPalette.ColorRole.WindowText).name().upper() == ERROR


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_primary_buttons_panels_and_notices_are_drawn_in_the_theme(qtbot, mode: str) -> None:  # type: ignore[no-untyped-def]
    looks = LIGHT if mode == "light" else DARK
    form, layout = _form(qtbot)
    with app_theme(mode, 100):
        main, other = QPushButton("New session"), QPushButton("Remove")
        make_primary(main)
        card = Panel("card")
        QVBoxLayout(card).addWidget(QLabel("Why they are flagged"))
        notice = NoticeLabel("No CPD for four months")
        for widget in (main, other, card, notice):
            layout.addWidget(widget)
        form.show()
        qtbot.waitExposed(form)
        assert _near(_colours(main), looks.selected, 4), (
            "the exact colour, as Fusion's greyed one failed contrast"
        )
        assert not _near(_colours(other), looks.selected, 30)
        assert main.font().bold() or main.font().weight() >= main.font().Weight.DemiBold
        assert main.height() >= main.fontMetrics().height() * 1.8
        assert _near(_colours(card), looks.surface, 4)
        assert _near(_edge_colours(card, 2), looks.border, 12)
        assert _near(_edge_colours(notice), looks.selected, 12)
        assert notice.contentsRect().left() >= notice.fontMetrics().height() * 0.5
    with app_theme("dark" if mode == "light" else "light", 100):
        other_looks = DARK if mode == "light" else LIGHT
        assert _near(_colours(main), other_looks.selected, 4)


@pytest.mark.usefixtures("demo_store")
def test_the_rail_marks_the_chosen_section_and_the_strip_still_shows(qtbot, store: Store, ref) -> None:  # type: ignore[no-untyped-def]
    with app_theme("light", 100):
        window = shown_window(qtbot, store, ref, size=(1280, 800))
        rail = window.navigation
        window.go_to("sessions")
        chosen = rail.visualItemRect(rail.currentItem())
        image = rail.viewport().grab().toImage()
        inside = image.pixelColor(chosen.center().x(), chosen.top() + 3).name().upper()
        home = rail.visualItemRect(rail.item(0))
        assert inside == NHS_BLUE
        assert image.pixelColor(1, chosen.center().y()).name().upper() == LIGHT.surface, (
            "set in from the edge"
        )
        assert image.pixelColor(home.center().x(), home.top() + 3).name().upper() == LIGHT.surface
        window.privacy.set_hidden(True)
        qtbot.waitUntil(window.privacy_strip.isVisible)
        assert _near(_colours(window.privacy_strip), "#FFB81C", 4)


def test_the_ring_follows_the_focus_and_its_size_and_stays_out_of_the_way(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    form, layout = _form(qtbot)
    first, second = QLineEdit(), QLineEdit()
    first.setAccessibleName("First")
    second.setAccessibleName("Second")
    layout.addWidget(first)
    layout.addWidget(second)
    with app_theme("light", 100):
        _show_active(qtbot, form)
        first.setFocus()
        qtbot.waitUntil(first.hasFocus)
        assert _near(_edge_colours(first), FOCUS, 24)
        assert not _near(_edge_colours(second), FOCUS, 24)

        first.setMinimumWidth(first.width() + 80)
        qtbot.waitUntil(
            lambda: any(e.isVisible() and e.size() == first.size() for e in first.findChildren(Edge))
        )

        QAccessible.setActive(True)
        interface = QAccessible.queryAccessibleInterface(form)
        assert interface is not None
        assert sorted(
            interface.child(i).text(QAccessible.Text.Name) for i in range(interface.childCount())
        ) == [
            "First",
            "Second",
        ]
        assert QAccessible.queryAccessibleInterface(first).childCount() == 0

        qtbot.mouseClick(second, Qt.MouseButton.LeftButton, pos=QPoint(1, second.height() // 2))
        qtbot.waitUntil(second.hasFocus)
        QApplication.processEvents()
        assert _near(_edge_colours(second), FOCUS, 24)
        qtbot.waitUntil(lambda: not _near(_edge_colours(first), FOCUS, 24))

        second.deleteLater()
        qtbot.waitUntil(lambda: not shiboken6.isValid(second))
        first.setFocus()
        qtbot.waitUntil(first.hasFocus)
        assert _near(_edge_colours(first), FOCUS, 24)


def test_a_date_that_cannot_be_kept_gets_a_red_edge_until_it_is_put_right(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    form, layout = _form(qtbot)
    field, elsewhere = DateField(), QLineEdit()
    layout.addWidget(field)
    layout.addWidget(elsewhere)
    with app_theme("light", 100):
        _show_active(qtbot, form)
        field.setFocus()
        qtbot.keyClicks(field, "31/02/2026")
        assert _near(_edge_colours(field), FOCUS, 24), "the focus ring lies over the red edge"
        elsewhere.setFocus()
        qtbot.waitUntil(elsewhere.hasFocus)
        qtbot.waitUntil(lambda: _near(_edge_colours(field, 2), ERROR, 24))
        field.setFocus()
        field.selectAll()
        qtbot.keyClicks(field, "28/02/2026")
        elsewhere.setFocus()
        qtbot.waitUntil(lambda: not _near(_edge_colours(field, 2), ERROR, 24))


def test_long_lists_scroll_with_a_flat_bar_that_follows_the_theme(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Fusion's scroll bar took most of a millisecond to repaint at each search and page; the flat one is
    drawn from the bars' own sheet, in the theme's colours, and still scrolls the list."""
    model = QStandardItemModel(200, 2)
    for row in range(200):
        model.setItem(row, 0, QStandardItem(f"Session {row}"))
    with app_theme("light", 100):
        table = list_table("Sessions", model)
        qtbot.addWidget(table)
        assert table.horizontalScrollBar().property("flat") is not True, "made flat as it first shows"
        table.resize(500, 300)
        table.show()
        qtbot.waitExposed(table)
        bar = table.verticalScrollBar()
        assert bar.isVisible() and bar.property("flat") is True
        assert _near(_colours(bar), LIGHT.handle, 4)
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=QPoint(bar.width() // 2, bar.height() - 4))
        qtbot.waitUntil(lambda: bar.value() > 0)
        across = table.horizontalScrollBar()
        if not across.isVisible():
            assert across.property("flat") is not True, "flat only once it shows"
        table.horizontalHeader().setStretchLastSection(False)
        table.setColumnWidth(0, 2000)
        qtbot.waitUntil(across.isVisible)
        assert across.property("flat") is True
        assert _near(_colours(across), LIGHT.handle, 4)
    with app_theme("dark", 100):
        assert _near(_colours(bar), DARK.handle, 4)
        assert not _near(_colours(bar), LIGHT.handle, 4)
