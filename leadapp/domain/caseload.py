"""The caseload home's rules: which mentees need attention, and in what order.

Kept apart from the session records (leadapp/domain/sessions.py) because the caseload is the first thing the
window shows: importing it should not build the session, action and listing classes, which the first
screen never uses.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import NamedTuple


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
