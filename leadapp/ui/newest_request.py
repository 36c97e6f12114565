"""Background work where only the newest request counts: the document for the latest choice, never an
older one that happened to finish last.

A person changes a choice while the document for the previous one is still being made; both jobs run to
the end (a worker cannot be stopped halfway through a PDF), but only the outcome of the latest request is
delivered, and `forget` drops even that one (private notes hidden, a document no longer offered).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject

from leadapp.ui.jobs import run_in_background

T = TypeVar("T")


class NewestRequest:
    def __init__(self, owner: QObject) -> None:
        """Outcomes are delivered on the UI thread, and only while `owner` still exists."""
        self._owner = owner
        self._latest = 0

    def run(
        self,
        work: Callable[[], T],
        on_done: Callable[[T], None],
        on_failed: Callable[[Exception], None],
    ) -> None:
        self._latest += 1
        request = self._latest

        def done(result: Any) -> None:
            if request == self._latest:
                on_done(result)

        def failed(error: Exception) -> None:
            if request == self._latest:
                on_failed(error)

        run_in_background(self._owner, work, done, failed)

    def forget(self) -> None:
        """Whatever is still running is dropped when it ends."""
        self._latest += 1
