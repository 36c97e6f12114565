"""One mentee's story: every dated record as one kind of entry, newest first.

The store reads the entries; the rules here say what a card shows, so the screen and its tests agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from leadapp.domain.enums import Visibility


class EntryKind(StrEnum):
    SESSION = "session"
    ACTION_SET = "action_set"
    ACTION_DONE = "action_done"
    REFLECTION = "reflection"
    NOTE = "note"
    ACTIVITY = "activity"
    LEAP_PLAN = "leap_plan"
    LEAP_REVIEW = "leap_review"
    ASSESSMENT = "assessment"
    OBJECTIVE = "objective"


@dataclass(frozen=True)
class TimelineEntry:
    kind: EntryKind
    record_id: str
    day: str
    """ISO date; an entry without a date sorts last."""
    categories: tuple[str, ...]
    text: str | None
    """None when the text is private and may not be on screen now."""
    detail: str = ""
    opens: str = ""
    """The record Enter opens: the entry's own, or for an action its session, for a review its plan."""
    finish_later: bool = False


@dataclass(frozen=True)
class TimelineQuery:
    mentee_id: str
    kinds: frozenset[EntryKind] = frozenset(EntryKind)
    category: str = ""
    own_private: Visibility = Visibility.MENTOR_PRIVATE
    """The only private level this database's owner may ever see."""
    show_private: bool = True
    """False while sharing: private note text stays in the database."""
