"""Every control a keyboard reaches shows the yellow focus ring, in both themes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from keyboard_audit import focus_ring_misses
from PySide6.QtWidgets import QApplication

from leadapp.demo import write_demo
from leadapp.domain.enums import PersonKind
from leadapp.store.store import Store
from leadapp.ui.main_window import MainWindow
from leadapp.ui.theme import apply_theme


@pytest.fixture
def themed(request) -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    palette, font, style = app.palette(), app.font(), app.style().name()
    apply_theme(app, request.param, 100)
    yield
    app.setStyleSheet("")
    app.setPalette(palette)
    app.setFont(font)
    app.setStyle(style)


@pytest.mark.parametrize("themed", ["light", "dark"], indirect=True)
def test_every_focusable_control_shows_the_focus_ring(qtbot, store: Store, ref, themed) -> None:
    write_demo(store)
    window = MainWindow(store, ref)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    mentee = next(
        p.id for p in store.people.listing([PersonKind.MENTEE]) if store.leap_plans.for_mentee(p.id)
    )
    window.mentee_switcher.setCurrentIndex(window.mentee_switcher.findData(mentee))
    misses: list[str] = []
    for key in ("home", "balance", "leap", "people", "reports"):
        window.go_to(key)
        misses += [f"{key}: {m}" for m in focus_ring_misses(qtbot, window)]
    sessions = window.go_to("sessions")
    sessions.open_session(store.sessions.for_mentee(mentee)[0].id)
    misses += [f"session editor: {m}" for m in focus_ring_misses(qtbot, window)]
    assert "\n".join(sorted(set(misses))) == ""
