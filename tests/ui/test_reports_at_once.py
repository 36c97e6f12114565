"""Reports shows the document for the current choice at once, never an empty grey box."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from windows import active_window

from leadapp.store.store import Store
from leadapp.ui.reports.reports_screen import ReportsScreen


@pytest.mark.usefixtures("demo_store")
def test_reports_shows_the_chosen_document_without_pressing_show(qtbot, store: Store, ref) -> None:
    window = active_window(qtbot, store, ref)
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    reports = window.current_screen()
    assert isinstance(reports, ReportsScreen)
    qtbot.waitUntil(lambda: reports.preview.document is not None, timeout=15000)
    first = reports.preview.document
    assert first is not None and first.pdf.startswith(b"%PDF")
    assert reports.preview.view.isVisible()

    portfolio = reports.kind.findText("Portfolio summary")
    reports.kind.setFocus()
    while reports.kind.currentIndex() != portfolio:
        qtbot.keyClick(reports.kind, Qt.Key.Key_Down)
    qtbot.waitUntil(
        lambda: reports.preview.document is not None and reports.preview.document is not first, timeout=15000
    )
    assert "Portfolio" in reports.preview.document.title
