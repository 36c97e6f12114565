"""Change notices: which table a write touched, which records, and who asked for it.

Every write tells its listeners with one `ChangeSet`. The table comes from `Table`, so a listener that
refreshes on sessions cannot be misspelt into never refreshing; the initiator is whatever object the caller
passed (an open editor, say), kept opaque here so the store stays free of the UI that uses it to tell its
own writes from everyone else's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class Table(StrEnum):
    """Every table whose writes are announced; the value is the table's name in the database."""

    PEOPLE = "people"
    RELATIONSHIPS = "relationships"
    SESSIONS = "sessions"
    ACTIONS = "actions"
    ACTIVITIES = "activities"
    EVIDENCE = "evidence"
    OBJECTIVES = "objectives"
    NOTES = "notes"
    LEAP_PLANS = "leap_plans"
    LEAP_CONCERNS = "leap_concerns"
    LEAP_SUPPORTS = "leap_supports"
    LEAP_MILESTONES = "leap_milestones"
    LEAP_REVIEWS = "leap_reviews"
    ASSESSMENTS = "assessments"
    ASSESSMENT_RATINGS = "assessment_ratings"
    CPD_PROFILES = "cpd_profiles"
    SETTINGS = "settings"
    EXCHANGE_PARTNERS = "exchange_partners"
    EXCHANGE_HISTORY = "exchange_history"
    EXCHANGE_CONFLICTS = "exchange_conflicts"


@dataclass(frozen=True)
class ChangeSet:
    """One announced write. `ids` is empty when many records changed at once (an import, a bulk insert)."""

    table: Table
    ids: tuple[str, ...] = ()
    initiator: object | None = None
    """Whoever asked for the write, as they passed it; None for writes nobody claimed."""


ChangeListener = Callable[[ChangeSet], None]


class Changes:
    """The listeners to tell after a write."""

    def __init__(self) -> None:
        self._listeners: list[ChangeListener] = []
        self.removal_listeners: list[Callable[[Any], None]] = []
        """Told of each record a person removes (a bin entry), so the UI can offer to undo it."""
        self._held: list[ChangeSet] | None = None

    def subscribe(self, listener: ChangeListener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: ChangeListener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def emit(self, change: ChangeSet) -> None:
        if self._held is not None:
            self._held.append(change)
            return
        for listener in list(self._listeners):
            listener(change)

    @contextmanager
    def held(self) -> Iterator[None]:
        """Notices of the writes inside are told once the block ends well, and dropped if it fails.

        Wrapped around a transaction, listeners hear only of what was committed, and only after the
        commit, so a screen never refreshes from a write that was rolled back. Held again inside, the
        inner block's notices join the outer ones (and go if the inner block fails).
        """
        if self._held is not None:
            mark = len(self._held)
            try:
                yield
            except BaseException:
                del self._held[mark:]
                raise
            return
        self._held = []
        try:
            yield
        except BaseException:
            self._held = None
            raise
        held, self._held = self._held, None
        for change in held:
            self.emit(change)
