"""Every navigation section, declared once: the window builds its rail, its pages, the Go menu, the
keyboard shortcuts list and the wiring from this table.

A section's screen is named by module and class, not imported: start-up loads only the screen shown
first, and a section's module is imported the first time that section is shown. Adding a section is its
own folder under `leadapp/ui/` (a `Screen` subclass and its parts) and one line here.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Literal, NamedTuple

from PySide6.QtCore import QCoreApplication

from leadapp.domain.enums import OwnerRole
from leadapp.ui.screen import Screen

if TYPE_CHECKING:
    from leadapp.domain.reference import Reference
    from leadapp.store.store import Store
    from leadapp.ui.events import DataEvents
    from leadapp.ui.privacy import Privacy

Need = Literal["store", "ref", "events", "privacy", "role"]
EVERYONE = frozenset(OwnerRole)


def _tr(text: str) -> str:
    return QCoreApplication.translate("sections", text)


class SectionNeeds(NamedTuple):
    """What the window can hand a screen's constructor."""

    store: Store
    ref: Reference
    events: DataEvents
    privacy: Privacy
    role: OwnerRole


class SectionEntry(NamedTuple):
    key: str
    title_of: Callable[[], str]
    """The title, translated when it is asked for."""
    shortcut: str
    module: str
    class_name: str
    needs: tuple[Need, ...]
    """The screen constructor's arguments, in order."""
    roles: frozenset[OwnerRole] = EVERYONE
    """Whose app has the section; two entries may share a key, one per role."""
    follows_mentee: bool = True
    """Whether the screen follows every change of "Working with"; it is always told the mentee in
    "Working with" when first built."""

    @property
    def title(self) -> str:
        return self.title_of()

    def build(self, given: SectionNeeds) -> Screen:
        """Import the screen's module (once) and make the screen."""
        screen_class = getattr(importlib.import_module(self.module), self.class_name)
        screen = screen_class(*(getattr(given, need) for need in self.needs))
        if not isinstance(screen, Screen):
            raise TypeError(f"{self.module}.{self.class_name} is not a Screen")
        return screen


MENTOR_ONLY = frozenset({OwnerRole.MENTOR})
MENTEE_ONLY = frozenset({OwnerRole.MENTEE})
UI = "leadapp.ui."

SECTIONS: tuple[SectionEntry, ...] = (
    SectionEntry(
        "home",
        lambda: _tr("Home"),
        "Ctrl+1",
        UI + "home.caseload_screen",
        "CaseloadScreen",
        ("store", "ref", "events"),
        roles=MENTOR_ONLY,
    ),
    SectionEntry(
        "home",
        lambda: _tr("My mentoring"),
        "Ctrl+1",
        UI + "home.my_mentoring_screen",
        "MyMentoringScreen",
        ("store", "ref", "events"),
        roles=MENTEE_ONLY,
    ),
    SectionEntry(
        "timeline",
        lambda: _tr("Timeline"),
        "Ctrl+2",
        UI + "timeline.timeline_screen",
        "TimelineScreen",
        ("store", "ref", "events", "role"),
    ),
    SectionEntry(
        "people",
        lambda: _tr("People"),
        "Ctrl+3",
        UI + "people.people_screen",
        "PeopleScreen",
        ("store", "ref", "events"),
    ),
    SectionEntry(
        "sessions",
        lambda: _tr("Sessions"),
        "Ctrl+4",
        UI + "sessions.sessions_screen",
        "SessionsScreen",
        ("store", "ref", "events", "privacy", "role"),
    ),
    SectionEntry(
        "actions",
        lambda: _tr("Actions"),
        "Ctrl+5",
        UI + "actions.actions_screen",
        "ActionsScreen",
        ("store", "events"),
    ),
    SectionEntry(
        "activities",
        lambda: _tr("Activities"),
        "Ctrl+6",
        UI + "activities.activities_screen",
        "ActivitiesScreen",
        ("store", "ref", "events", "role"),
    ),
    SectionEntry(
        "balance",
        lambda: _tr("Balance"),
        "Ctrl+7",
        UI + "balance.balance_screen",
        "BalanceScreen",
        ("store", "ref", "events", "role"),
    ),
    SectionEntry(
        "leap",
        lambda: _tr("Leap of faith"),
        "Ctrl+8",
        UI + "leap.leap_screen",
        "LeapScreen",
        ("store", "ref", "events", "role"),
    ),
    SectionEntry(
        "assessment",
        lambda: _tr("Self-assessment"),
        "Ctrl+9",
        UI + "assessment.assessment_screen",
        "AssessmentScreen",
        ("store", "ref", "events", "role"),
    ),
    SectionEntry(
        "reports",
        lambda: _tr("Reports"),
        "Ctrl+0",
        UI + "reports.reports_screen",
        "ReportsScreen",
        ("store", "ref", "events", "privacy", "role"),
    ),
    SectionEntry(
        "exchange",
        lambda: _tr("Exchange"),
        "Ctrl+Shift+0",
        UI + "exchange.exchange_screen",
        "ExchangeScreen",
        ("store", "events", "privacy"),
        follows_mentee=False,
    ),
)


def sections_for(role: OwnerRole, entries: tuple[SectionEntry, ...] = SECTIONS) -> list[SectionEntry]:
    return [entry for entry in entries if role in entry.roles]
