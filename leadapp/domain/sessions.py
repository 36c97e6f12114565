"""Mentoring sessions and the actions agreed in them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

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
