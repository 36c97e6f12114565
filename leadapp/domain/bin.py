"""What the bin holds and how a removal is named to a person, before it is gone for good."""

from __future__ import annotations

from collections import Counter
from typing import NamedTuple

KIND_NAMES: dict[str, tuple[str, str]] = {
    "sessions": ("session", "sessions"),
    "actions": ("action", "actions"),
    "activities": ("activity", "activities"),
    "evidence": ("evidence", "evidence"),
    "notes": ("note", "notes"),
    "objectives": ("objective", "objectives"),
    "relationships": ("relationship", "relationships"),
    "leap_plans": ("leap plan", "leap plans"),
    "leap_concerns": ("concern", "concerns"),
    "leap_supports": ("support", "supports"),
    "leap_milestones": ("milestone", "milestones"),
    "leap_reviews": ("leap review", "leap reviews"),
    "assessments": ("self-assessment", "self-assessments"),
}
"""Tables whose removed records wait in the bin, with the singular and plural name a person reads."""

NAMED_UP_TO = 5
"""A confirmation names each record up to this many; beyond it, counts per kind are clearer."""


class BinEntry(NamedTuple):
    table: str
    id: str
    title: str
    removed_at: str

    @property
    def kind(self) -> str:
        return KIND_NAMES.get(self.table, (self.table, self.table))[0]


def counted(table: str, count: int) -> str:
    singular, plural = KIND_NAMES.get(table, (table, table))
    return f"{count} {singular if count == 1 else plural}"


def removal_summary(entries: list[BinEntry]) -> str:
    """What emptying the bin will delete, in words: each record by name when few, else counts per kind."""
    if not entries:
        return "The bin is empty."
    if len(entries) <= NAMED_UP_TO:
        return "; ".join(f"{entry.kind.capitalize()}: “{entry.title}”" for entry in entries)
    counts = Counter(entry.table for entry in entries)
    return ", ".join(counted(table, count) for table, count in sorted(counts.items()))
