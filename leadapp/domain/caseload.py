"""The caseload home's rules: which mentees need attention, and in what order.

Kept apart from the session records (leadapp/domain/sessions.py) because the caseload is the first thing the
window shows: importing it should not build the session, action and listing classes, which the first
screen never uses.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import NamedTuple, Protocol


class CaseloadEntry(NamedTuple):
    """A mentee as the caseload home shows them."""

    mentee_id: str
    mentee_name: str
    profession: str
    last_held: date | None
    next_planned: date | None
    open_actions: int
    overdue_actions: int
    leap_flags: tuple[str, ...] = ()
    profession_other: str = ""


GAP_BEFORE_ATTENTION = timedelta(days=42)


def needs_attention(entry: CaseloadEntry, on: date) -> list[str]:
    """Plain reasons a mentor should look at this mentee today; empty when all is in hand."""
    reasons: list[str] = list(entry.leap_flags)
    if entry.overdue_actions:
        plural = "s" if entry.overdue_actions != 1 else ""
        reasons.append(f"{entry.overdue_actions} overdue action{plural}")
    if entry.next_planned is None:
        reasons.append("no session planned")
    if (
        entry.last_held is not None
        and on - entry.last_held > GAP_BEFORE_ATTENTION
        and entry.next_planned is None
    ):
        reasons.append(f"last met {(on - entry.last_held).days} days ago")
    return reasons


def caseload_order(entries: list[CaseloadEntry], on: date) -> list[CaseloadEntry]:
    """Who needs attention first: leap-of-faith flags, most overdue actions, no session planned, soonest."""

    def key(entry: CaseloadEntry) -> tuple[int, int, int, date, str]:
        return (
            -len(entry.leap_flags),
            -entry.overdue_actions,
            0 if entry.next_planned is None else 1,
            entry.next_planned or date.max,
            entry.mentee_name.lower(),
        )

    return sorted(entries, key=key)


def has_attention(entry: CaseloadEntry) -> bool:
    """Whether `needs_attention` gives any reason, without wording them: flags, overdue actions or no
    session planned (the long gap since the last meeting counts only with no session planned). The kept
    totals in the store count the same (migrations.CASELOAD_STANDING)."""
    return bool(entry.leap_flags or entry.overdue_actions or entry.next_planned is None)


class CaseloadRows(Protocol):
    """Home's caseload in its order, read a page at a time, with the counts its summary line gives."""

    def count(self) -> int: ...

    def page(self, offset: int, limit: int) -> list[CaseloadEntry]: ...

    def position(self, mentee_id: str) -> int:
        """The mentee's row, or -1 when they are not listed."""
        ...

    def needing_attention(self) -> int: ...

    def overdue(self) -> int: ...


class ListedCaseload:
    """The caseload from entries already read, put in order here: the rows to share a screen with, or the
    whole caseload when the kept order cannot be read."""

    def __init__(self, entries: list[CaseloadEntry], on: date) -> None:
        self._entries = caseload_order(entries, on)

    def count(self) -> int:
        return len(self._entries)

    def page(self, offset: int, limit: int) -> list[CaseloadEntry]:
        return self._entries[offset : offset + limit]

    def position(self, mentee_id: str) -> int:
        return next((i for i, e in enumerate(self._entries) if e.mentee_id == mentee_id), -1)

    def needing_attention(self) -> int:
        return sum(1 for entry in self._entries if has_attention(entry))

    def overdue(self) -> int:
        return sum(entry.overdue_actions for entry in self._entries)
