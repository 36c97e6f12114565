"""The Reports screen lists what the document registry holds, and asks for what each entry needs."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from leadapp.documents import DOCUMENTS, DocumentKind, Subject, offered_kinds
from leadapp.domain.enums import OwnerRole
from leadapp.domain.reference import Reference
from leadapp.store.store import Store
from leadapp.ui import labels
from leadapp.ui.events import DataEvents
from leadapp.ui.privacy import Privacy
from leadapp.ui.reports.reports_screen import ReportsScreen
from leadapp.ui.widgets.choices import select_data

Screen = tuple[ReportsScreen, Privacy]


@pytest.fixture
def reports(qtbot: Any, store: Store, ref: Reference) -> Iterator[Callable[[OwnerRole], Screen]]:
    """A Reports screen for a role; its change notices stop when the test ends, timer and all."""
    made: list[DataEvents] = []

    def build(role: OwnerRole) -> Screen:
        events, privacy = DataEvents(store), Privacy()
        made.append(events)
        screen = ReportsScreen(store, ref, events, privacy, role)
        qtbot.addWidget(screen)
        return screen, privacy

    yield build
    for events in made:
        events.detach()


def _listed(screen: ReportsScreen) -> list[tuple[str, str]]:
    return [(screen.kind.itemData(i), screen.kind.itemText(i)) for i in range(screen.kind.count())]


def test_a_mentor_is_offered_every_document_made_from_a_record(
    reports: Callable[[OwnerRole], Screen],
) -> None:
    screen, privacy = reports(OwnerRole.MENTOR)
    assert _listed(screen) == [(kind.value, labels.document_name(kind)) for kind in offered_kinds()]

    privacy.set_hidden(True)
    assert [value for value, _name in _listed(screen)] == [
        kind.value for kind in offered_kinds() if not DOCUMENTS[kind].whole_caseload
    ]


def test_a_mentee_is_not_offered_the_caseload(reports: Callable[[OwnerRole], Screen]) -> None:
    screen, _privacy = reports(OwnerRole.MENTEE)
    assert [value for value, _name in _listed(screen)] == [
        kind.value for kind in offered_kinds() if not DOCUMENTS[kind].whole_caseload
    ]


@pytest.mark.parametrize("kind", offered_kinds(), ids=str)
def test_each_document_asks_for_what_its_entry_needs(
    reports: Callable[[OwnerRole], Screen], kind: DocumentKind
) -> None:
    screen, _privacy = reports(OwnerRole.MENTOR)
    entry = DOCUMENTS[kind]
    select_data(screen.kind, kind.value)
    assert screen.kind.currentData() == kind.value
    assert screen.person.isEnabled() == entry.needs_record
    assert screen.session.isEnabled() == (entry.subject is Subject.SESSION)
    assert screen.relationship.isEnabled() == (entry.subject is Subject.RELATIONSHIP)
    assert screen.period_from.isEnabled() == entry.period
    assert screen.include_private.isVisibleTo(screen) == entry.private_option
