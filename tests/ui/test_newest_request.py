"""Only the newest request's outcome is shown, whichever job finishes last."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QThreadPool

from leadapp.ui import jobs
from leadapp.ui.newest_request import NewestRequest


def _settled(qtbot) -> None:
    assert QThreadPool.globalInstance().waitForDone(5000)
    qtbot.waitUntil(lambda: not jobs._in_flight, timeout=3000)


def test_an_older_request_finishing_last_is_dropped(qtbot) -> None:
    owner = QObject()
    newest = NewestRequest(owner)
    older_may_finish = threading.Event()
    shown: list[str] = []
    failed: list[Exception] = []

    def older() -> str:
        older_may_finish.wait(5)
        return "older"

    newest.run(older, shown.append, failed.append)
    newest.run(lambda: "newer", shown.append, failed.append)
    qtbot.waitUntil(lambda: shown == ["newer"])
    older_may_finish.set()
    _settled(qtbot)
    assert shown == ["newer"]
    assert failed == []


def test_a_failure_of_the_newest_request_is_reported_and_forget_drops_everything(qtbot) -> None:
    owner = QObject()
    newest = NewestRequest(owner)
    failed: list[str] = []

    def broken() -> str:
        raise ValueError("no such session")

    newest.run(broken, lambda _result: None, lambda error: failed.append(str(error)))
    qtbot.waitUntil(lambda: failed == ["no such session"])

    shown: list[str] = []
    newest.run(lambda: "dropped", shown.append, lambda error: failed.append(str(error)))
    newest.forget()
    _settled(qtbot)
    assert shown == []
    assert failed == ["no such session"]
