"""A mentee renamed in People is shown by the new name in the Sessions and Activities lists at once."""

from __future__ import annotations

import pytest
from windows import active_window

from leadapp.domain.enums import PersonKind
from leadapp.store.store import Store
from leadapp.ui.activities.activities_screen import ActivitiesScreen
from leadapp.ui.main_window import MainWindow
from leadapp.ui.sessions.sessions_screen import SessionsScreen

NEW_NAME = "Asha Patel-Okoro"


def _shown(model: object, column_title: str) -> list[str]:
    from PySide6.QtCore import Qt

    assert hasattr(model, "rowCount") and hasattr(model, "headerData") and hasattr(model, "index")
    columns = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    column = columns.index(column_title)
    return [model.index(row, column).data() for row in range(model.rowCount())]


@pytest.mark.usefixtures("demo_store")
def test_a_renamed_mentee_is_shown_by_the_new_name_in_the_lists(qtbot, store: Store, ref) -> None:
    window: MainWindow = active_window(qtbot, store, ref)
    sessions = window.go_to("sessions")
    activities = window.go_to("activities")
    assert isinstance(sessions, SessionsScreen) and isinstance(activities, ActivitiesScreen)
    assert "Asha Patel" in _shown(sessions.model, "Mentee")
    assert "Asha Patel" in _shown(activities.model, "Mentee")
    asha = next(p for p in store.people.listing([PersonKind.MENTEE]) if p.full_name == "Asha Patel")

    window.go_to("people")
    store.people.set_fields(asha.id, full_name=NEW_NAME)

    assert NEW_NAME in _shown(sessions.model, "Mentee")
    assert "Asha Patel" not in _shown(sessions.model, "Mentee")
    assert NEW_NAME in _shown(activities.model, "Mentee")
    assert "Asha Patel" not in _shown(activities.model, "Mentee")
