"""One search over sessions, activities, actions and notes: what a result is, and what may be searched.

Private text is searched only while it is shown, and only the owner's own: a mentor's database searches the
mentor's private notes and mentor-private notes, never what the mentee keeps private (and the reverse).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from leadapp.domain.enums import OwnerRole, Visibility


class HitKind(StrEnum):
    SESSION = "session"
    ACTIVITY = "activity"
    ACTION = "action"
    NOTE = "note"


KIND_ORDER = (HitKind.SESSION, HitKind.ACTIVITY, HitKind.ACTION, HitKind.NOTE)


@dataclass(frozen=True)
class SearchHit:
    kind: HitKind
    record_id: str
    person_id: str
    person_name: str
    on: date | None
    title: str
    passage: str
    """A few words around the first match, the matched words between the caller's marks."""
    session_id: str | None = None


def note_levels(role: OwnerRole, include_private: bool) -> tuple[Visibility, ...]:
    """Which notes may be searched: shared ones always, the owner's private level only while shown."""
    if not include_private:
        return (Visibility.SHARED,)
    own = Visibility.MENTEE_PRIVATE if role is OwnerRole.MENTEE else Visibility.MENTOR_PRIVATE
    return (Visibility.SHARED, own)


def first_line(text: str, limit: int = 80) -> str:
    line = next((part.strip() for part in text.split("\n") if part.strip()), "")
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def grouped(hits: Iterable[SearchHit]) -> list[tuple[HitKind, list[SearchHit]]]:
    """Results by kind in a fixed order (sessions first), each in the store's order; empty kinds left out."""
    by_kind: dict[HitKind, list[SearchHit]] = {kind: [] for kind in KIND_ORDER}
    for hit in hits:
        by_kind[hit.kind].append(hit)
    return [(kind, by_kind[kind]) for kind in KIND_ORDER if by_kind[kind]]
