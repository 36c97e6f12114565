"""Every control a keyboard reaches shows the yellow focus ring, in both themes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from keyboard_audit import focus_ring_misses
from windows import active_window, app_theme, choose_mentee

from leadapp.domain.enums import PersonKind
from leadapp.store.store import Store


@pytest.fixture
def themed(request) -> Iterator[None]:
    with app_theme(request.param, 100):
        yield


@pytest.mark.usefixtures("demo_store")
@pytest.mark.parametrize("themed", ["light", "dark"], indirect=True)
def test_every_focusable_control_shows_the_focus_ring(qtbot, store: Store, ref, themed) -> None:
    window = active_window(qtbot, store, ref, size=(1366, 768))
    mentee = next(
        p.id for p in store.people.listing([PersonKind.MENTEE]) if store.leap_plans.for_mentee(p.id)
    )
    choose_mentee(window, mentee)
    misses: list[str] = []
    for key in ("home", "balance", "leap", "people", "reports"):
        window.go_to(key)
        misses += [f"{key}: {m}" for m in focus_ring_misses(qtbot, window)]
    sessions = window.go_to("sessions")
    sessions.open_session(store.sessions.for_mentee(mentee)[0].id)
    misses += [f"session editor: {m}" for m in focus_ring_misses(qtbot, window)]
    assert "\n".join(sorted(set(misses))) == ""
