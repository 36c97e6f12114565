"""Enter on a search result: the record opens where it is edited, with its mentee in "Working with"."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from leadapp.domain.enums import OwnerRole
from leadapp.domain.search_all import HitKind, SearchHit
from leadapp.store.store import Store
from leadapp.ui.privacy import Privacy
from leadapp.ui.search_all.search_dialog import SearchDialog


class Window(Protocol):
    def set_working_with(self, mentee_id: str) -> None: ...

    def go_to(self, key: str) -> QWidget: ...

    def open_in(self, key: str, record_id: str, mentee_id: str = "") -> QWidget: ...

    def open_person(self, person_id: str) -> None: ...


def open_hit(window: Window, hit: SearchHit) -> None:
    """Sessions, and actions or notes from a session, open that session; activities their editor; a note
    without a session opens its person's page."""
    window.set_working_with(hit.person_id)
    session_id = hit.record_id if hit.kind is HitKind.SESSION else hit.session_id
    if hit.kind is HitKind.ACTIVITY:
        window.open_in("activities", hit.record_id)
    elif session_id:
        window.open_in("sessions", session_id)
    elif hit.kind is HitKind.ACTION:
        window.go_to("actions")
    else:
        window.open_person(hit.person_id)


class SearchingWindow(Window, Protocol):
    store: Store
    privacy: Privacy
    role: OwnerRole
    privacy_action: QAction

    def show_problem(self, message: str) -> None: ...


def search_window(window: SearchingWindow, parent: QWidget) -> SearchDialog:
    """Built once, kept for the window's life, so Ctrl+F comes back to the last search and its results."""
    dialog = SearchDialog(window.store, window.privacy, window.role, parent)

    def chosen(hit: SearchHit) -> None:
        dialog.hide()
        parent.activateWindow()
        open_hit(window, hit)

    dialog.open_requested.connect(chosen)
    dialog.problem.connect(window.show_problem)
    dialog.add_window_shortcut("Ctrl+Shift+H", window.privacy_action.toggle)
    return dialog
