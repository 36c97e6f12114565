"""A long list reads, when it opens, the rows its screen has room for, not a fixed sixty: and a window as
tall as the screen is still full to its bottom row."""

from __future__ import annotations

from windows import activities_screen

from leadapp.demo import write_large
from leadapp.store.store import Store
from leadapp.ui.widgets.paged_model import FIRST_PAGE
from leadapp.ui.widgets.tables import rows_to_read


def test_a_list_opens_with_a_screenful_and_fills_a_window_as_tall_as_the_screen(
    qtbot, store: Store, ref, data_events
) -> None:
    write_large(store, seed=5, mentees=3)
    screen = activities_screen(qtbot, store, ref, data_events)
    table, model = screen.table, screen.model
    room = table.screen().availableGeometry().height()
    expected = room // table.verticalHeader().defaultSectionSize() + 2
    assert rows_to_read(table) == expected < FIRST_PAGE
    assert model.rowCount() == expected
    screen.resize(table.screen().availableGeometry().width(), room)
    screen.show()
    qtbot.waitUntil(lambda: table.rowAt(table.viewport().height() - 1) != -1)
    assert model.rowCount() >= expected
