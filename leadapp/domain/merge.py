"""The three-way field merge behind every save: an editor's edits against what the record holds now.

An editor remembers the record as it loaded it (the base). What the person changed is every field where
their copy differs from the base. A field someone else changed meanwhile (a second window, an exchange
import) is taken from the database unless the person changed it too; when both changed the same field to
different values, neither side may be dropped silently, so that field is a conflict for the person to settle.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, TypeVar

from leadapp.domain.records import Record

R = TypeVar("R", bound=Record)

STAMP_FIELDS = frozenset({"id", "created_at", "updated_at", "deleted_at"})
BOTH_DIVIDER = "\n\n——— both versions kept: the other window's above, yours below ———\n\n"


@dataclass(frozen=True)
class Conflict:
    """One field both sides changed: `mine` is the editor's value, `theirs` what the database holds.

    `base` is the value both started from, which lets two additions to the same text be told apart.
    """

    field: str
    mine: Any
    theirs: Any
    base: Any = None


@dataclass(frozen=True)
class Merge:
    write: dict[str, Any]
    conflicts: tuple[Conflict, ...]


def edited_fields(base: R, mine: R) -> dict[str, Any]:
    """The fields the person changed, with their new values; the store's own stamps never count."""
    return {
        f.name: getattr(mine, f.name)
        for f in dataclasses.fields(mine)
        if f.name not in STAMP_FIELDS and getattr(mine, f.name) != getattr(base, f.name)
    }


def three_way(base: R, mine: R, theirs: R) -> Merge:
    """What to write over `theirs`, and the fields changed on both sides to different values."""
    write: dict[str, Any] = {}
    conflicts: list[Conflict] = []
    for name, value in edited_fields(base, mine).items():
        current = getattr(theirs, name)
        if current == value:
            continue
        if current == getattr(base, name):
            write[name] = value
        else:
            conflicts.append(Conflict(name, value, current, getattr(base, name)))
    return Merge(write, tuple(conflicts))


def keep_both(mine: Any, theirs: Any, base: Any = None) -> Any | None:
    """Both versions in one value, theirs first, or None when the kind of value cannot hold two.

    Text is joined with a divider a person can see and delete; when both sides only added to the text they
    started from, just the person's addition goes below it. Lists keep every item once.
    """
    if isinstance(mine, str) and isinstance(theirs, str):
        if isinstance(base, str) and base.strip() and mine.startswith(base) and theirs.startswith(base):
            mine = mine[len(base) :].lstrip()
        if not mine.strip() or mine in theirs:
            return theirs
        if not theirs.strip() or theirs in mine:
            return mine
        return theirs + BOTH_DIVIDER + mine
    if isinstance(mine, list) and isinstance(theirs, list):
        return [*theirs, *(item for item in mine if item not in theirs)]
    return None


def resolved(record: R, conflicts: tuple[Conflict, ...]) -> R:
    """`record` with each conflicting field holding both versions where it can (theirs otherwise)."""
    values = {}
    for conflict in conflicts:
        both = keep_both(conflict.mine, conflict.theirs, conflict.base)
        values[conflict.field] = conflict.theirs if both is None else both
    return dataclasses.replace(record, **values)
