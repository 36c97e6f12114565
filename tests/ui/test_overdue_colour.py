"""The actions list shows an overdue action's row in the error colour, set on its cells as the row is read;
the colour leaves a row's cells when another row takes their place."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
from windows import app_theme

from leadapp.domain.enums import PersonKind
from leadapp.domain.ids import today
from leadapp.domain.people import Person
from leadapp.domain.sessions import Action
from leadapp.store.session_planning import start_session
from leadapp.store.store import Store
from leadapp.ui.actions.actions_screen import SHOW_ALL, ActionsScreen
from leadapp.ui.theme import ERROR, ERROR_ON_DARK, apply_theme


def _colours(screen: ActionsScreen) -> dict[str, set[str | None]]:
    """Each listed action's text, with the colours its cells are drawn in."""
    model = screen.model
    shown: dict[str, set[str | None]] = {}
    for row in range(model.rowCount()):
        listing = model.row_object(row)
        assert listing is not None
        brushes = [
            model.index(row, column).data(Qt.ItemDataRole.ForegroundRole)
            for column in range(model.columnCount())
        ]
        shown[listing.action.text] = {b.color().name().upper() if b is not None else None for b in brushes}
    return shown


def test_an_overdue_action_is_in_the_error_colour_until_it_is_done(
    qtbot, store: Store, ref, data_events
) -> None:
    store.people.add(Person(full_name="Morgan Hale", kind=PersonKind.MENTOR, is_owner=True))
    tom = store.people.add(Person(full_name="Tom Reid", profession="paramedic"))
    session = start_session(store, ref, tom.id, today(), today())
    late = Action(mentee_id=tom.id, session_id=session.id, text="Late", due_date=today() - timedelta(days=3))
    store.actions.add(late)
    store.actions.add(
        Action(mentee_id=tom.id, session_id=session.id, text="Later", due_date=today() + timedelta(days=30))
    )
    screen = ActionsScreen(store, data_events)
    qtbot.addWidget(screen)
    screen.show()
    screen.show_filter.setCurrentIndex(screen.show_filter.findData(SHOW_ALL))
    qtbot.waitUntil(lambda: screen.model.rowCount() == 2)
    assert _colours(screen) == {"Late": {QColor(ERROR).name().upper()}, "Later": {None}}

    store.actions.mark_done(late.id, today())
    screen.model.reload()
    assert _colours(screen) == {"Late": {None}, "Later": {None}}


def test_a_new_theme_gives_the_overdue_rows_its_shade(qtbot, store: Store, ref, data_events) -> None:
    store.people.add(Person(full_name="Morgan Hale", kind=PersonKind.MENTOR, is_owner=True))
    tom = store.people.add(Person(full_name="Tom Reid", profession="paramedic"))
    session = start_session(store, ref, tom.id, today(), today())
    store.actions.add(
        Action(mentee_id=tom.id, session_id=session.id, text="Late", due_date=today() - timedelta(days=3))
    )
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    with app_theme("light", 100):
        screen = ActionsScreen(store, data_events)
        qtbot.addWidget(screen)
        screen.show()
        qtbot.waitUntil(lambda: screen.model.rowCount() == 1)
        assert _colours(screen) == {"Late": {QColor(ERROR).name().upper()}}
        apply_theme(app, "dark", 100)
        qtbot.waitUntil(lambda: _colours(screen) == {"Late": {QColor(ERROR_ON_DARK).name().upper()}})
        apply_theme(app, "light", 100)
        qtbot.waitUntil(lambda: _colours(screen) == {"Late": {QColor(ERROR).name().upper()}})
