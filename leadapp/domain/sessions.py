"""Mentoring sessions and the actions agreed in them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from leadapp.domain.agenda import FOLLOW_UP, REVIEW_DUE
from leadapp.domain.enums import ActionOwner, ActionStatus, SessionMode, SessionStatus
from leadapp.domain.records import Record


@dataclass(kw_only=True)
class Session(Record):
    mentee_id: str
    session_date: date
    mentor_id: str | None = None
    relationship_id: str | None = None
    status: SessionStatus = SessionStatus.PLANNED
    start_time: str = ""
    duration_min: int = 60
    mode: SessionMode = SessionMode.IN_PERSON
    location: str = ""
    template: str = ""
    agenda: str = ""
    shared_notes: str = ""
    reflection: str = ""
    mentor_private: str = ""
    mentee_private: str = ""
    categories: list[str] = field(default_factory=list)
    next_session_date: date | None = None
    finish_later: bool = False


@dataclass(kw_only=True)
class Action(Record):
    mentee_id: str
    text: str
    session_id: str | None = None
    owner: ActionOwner = ActionOwner.MENTEE
    owner_name: str = ""
    due_date: date | None = None
    status: ActionStatus = ActionStatus.OPEN
    done_on: date | None = None

    def is_overdue(self, on: date) -> bool:
        return self.status is ActionStatus.OPEN and self.due_date is not None and self.due_date < on


@dataclass(frozen=True)
class SessionListing:
    """One row of the session list: the session with what the list shows beside it."""

    session: Session
    mentee_name: str
    open_actions: int
    snippet: str = ""


@dataclass(frozen=True)
class ActionListing:
    action: Action
    mentee_name: str
    session_date: date | None


@dataclass(frozen=True)
class CaseloadEntry:
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

    def profession_text(self, names: dict[str, str]) -> str:
        """The reference name, or the mentee's own words when their profession is 'other'."""
        return self.profession_other if self.profession == "other" else names.get(self.profession, "")


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


def carried_agenda(open_actions: list[Action], due_reviews: list[str]) -> list[str]:
    """Agenda lines carried into a new session: unfinished actions, then leap-of-faith reviews due."""
    lines = [
        f"{FOLLOW_UP}{a.text}" + (f" (due {a.due_date:%d/%m/%Y})" if a.due_date else "") for a in open_actions
    ]
    lines += [f"{REVIEW_DUE}{title}" for title in due_reviews]
    return lines


def clock_start(session: Session, now: datetime, opened_at: datetime | None) -> datetime | None:
    """Time counts from the planned start if that is today and has passed, else from opening the view."""
    if session.session_date == now.date() and session.start_time:
        try:
            planned = datetime.strptime(f"{session.session_date} {session.start_time}", "%Y-%m-%d %H:%M")
        except ValueError:
            planned = None
        if planned is not None and planned <= now:
            return planned
    return opened_at


def elapsed_minutes(started_at: datetime, now: datetime) -> int:
    return max(0, int((now - started_at).total_seconds() // 60))


MAX_SEARCH_TERMS = 8
MAX_TERM_LENGTH = 64
"""A search query's cost grows with its words: beyond these, more typing narrows nothing a person needs."""


def search_terms(text: str) -> list[str]:
    """Words of a search box, split where the index splits stored text, so any typing is a safe query.

    Punctuation separates words (as the FTS tokenizer does); hyphens and apostrophes inside a word stay, and
    the store quotes each word, so it is matched as a phrase. A word typed again adds nothing (the index
    ignores case), and the count and length of words are capped, so no typing can make a query that hangs.
    """
    spaced = "".join(ch if ch.isalnum() or ch in "-'" else " " for ch in text)
    words: list[str] = []
    seen: set[str] = set()
    for raw in spaced.split():
        word = raw.strip("-'")[:MAX_TERM_LENGTH].strip("-'")
        if word and word.casefold() not in seen:
            seen.add(word.casefold())
            words.append(word)
            if len(words) == MAX_SEARCH_TERMS:
                break
    return words
