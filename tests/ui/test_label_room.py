"""Field labels never clip their own text ("To" drawn as "Tc"), at 100 %, 150 % and 200 % text."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QLabel, QWidget
from windows import active_window, app_theme

from leadapp.store.store import Store


@pytest.fixture
def text_size(request) -> Iterator[int]:
    with app_theme("light", request.param):
        yield request.param


def ink_reaches_the_edge(label: QLabel) -> bool:
    """True when the label's text is drawn up to its last pixel column: the rest was cut off."""
    image = label.grab().toImage()
    background = label.palette().window().color()
    last = image.width() - 1
    for y in range(image.height()):
        colour = image.pixelColor(last, y)
        if sum(abs(a - b) for a, b in zip(colour.getRgb()[:3], background.getRgb()[:3], strict=True)) > 120:
            return True
    return False


def clipped_labels(root: QWidget) -> list[str]:
    return [
        label.text()
        for label in root.findChildren(QLabel)
        if label.buddy() is not None and label.isVisibleTo(root.window()) and ink_reaches_the_edge(label)
    ]


@pytest.mark.usefixtures("demo_store")
@pytest.mark.parametrize("text_size", [100, 150, 200], indirect=True)
def test_reports_and_session_labels_keep_their_last_letter(qtbot, store: Store, ref, text_size) -> None:
    window = active_window(qtbot, store, ref, size=(1366, 768))
    reports = window.go_to("reports")
    qtbot.wait(20)
    assert clipped_labels(reports) == []
    sessions = window.go_to("sessions")
    mentee = store.people.listing()[1]
    sessions.open_session(store.sessions.for_mentee(mentee.id)[0].id)
    qtbot.wait(20)
    assert clipped_labels(sessions) == []
