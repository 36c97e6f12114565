"""Reflections and quick notes: free text outside a session, each with its own visibility."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from leadapp.domain.enums import NoteKind, Visibility
from leadapp.domain.records import Record


@dataclass(kw_only=True)
class Note(Record):
    person_id: str
    noted_on: date
    body: str = ""
    kind: NoteKind = NoteKind.REFLECTION
    category: str = ""
    visibility: Visibility = Visibility.SHARED
    session_id: str | None = None
    finish_later: bool = False
