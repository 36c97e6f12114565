"""Mentoring sessions and the actions agreed in them."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime

from leadapp.domain.agenda import FOLLOW_UP, REVIEW_DUE
from leadapp.domain.enums import ActionOwner, ActionStatus, OwnerRole, SessionMode, SessionStatus
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


def own_private_column(role: OwnerRole) -> str:
    """The private notes that belong to the database's owner: a mentor's database keeps the mentor's.

    The other side's column is never shown, searched, printed or written from here: it belongs to the other
    person's own copy of the record.
    """
    return "mentee_private" if role is OwnerRole.MENTEE else "mentor_private"


def own_private_text(session: Session, role: OwnerRole) -> str:
    return str(getattr(session, own_private_column(role)))


def with_own_private(session: Session, role: OwnerRole, text: str) -> Session:
    """The session with the owner's private notes set to `text`, the other side's left as they were."""
    if role is OwnerRole.MENTEE:
        return replace(session, mentee_private=text)
    return replace(session, mentor_private=text)


def only_own_private(session: Session, role: OwnerRole, include_private: bool) -> Session:
    """The session as it may leave the app: the other side's private notes never, the owner's when asked."""
    blank = replace(session, mentor_private="", mentee_private="")
    return with_own_private(blank, role, own_private_text(session, role)) if include_private else blank


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
