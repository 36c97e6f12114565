"""The mentoring agreement: what two people agree at the start, printed from the relationship's record.

The record holds the goals, how often, and any confidentiality words they chose; the usual limits to
confidentiality and how notes are kept are the same for every agreement made with LeadApp, so they are
written once here.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from statistics import median

from leadapp.domain.enums import SessionStatus
from leadapp.domain.people import Person, Relationship
from leadapp.domain.sessions import Session
from leadapp.domain.wording import RELATIONSHIP_KINDS, SESSION_MODE_PHRASES

CONFIDENTIALITY_LIMITS = (
    "What is said in our sessions stays between us. There are three usual limits, and if one arises we will "
    "talk about it first wherever we safely can:",
    "a risk of serious harm to the mentee or to anyone else, including a patient or service user;",
    "a serious breach of professional standards or of our organisation's policies;",
    "anything that suggests an illegal activity.",
)

NOTES_KEPT = (
    "Shared notes, agreed actions and the mentee's reflections are seen by both of us.",
    "Each of us may keep private notes. They stay on their author's own computer: they are never printed, "
    "exported or sent in an update unless their author chooses.",
    "Updates are exchanged as a locked file made by LeadApp, sent by email or any other way we choose; it "
    "holds shared records only.",
    "The mentee owns their record of activities and development, and can export it at any time.",
)

ENDING = (
    "Either of us can end the relationship at any time, without giving a reason, by telling the other. "
    "We will review this agreement after six months or at the end of the formal period, whichever comes "
    "first, and close with a final session to look back and agree what happens to shared notes."
)


@dataclass(frozen=True)
class AgreementSummary:
    relationship: Relationship
    supporter: Person
    mentee: Person
    sessions: tuple[Session, ...]

    @property
    def kind_name(self) -> str:
        return RELATIONSHIP_KINDS[self.relationship.kind]

    def usual_length(self) -> int | None:
        """The middle length of the sessions so far, in minutes; None before the first one."""
        lengths = [s.duration_min for s in self.sessions if s.status is not SessionStatus.CANCELLED]
        return int(median(lengths)) if lengths else None

    def how_sessions_happen(self) -> str:
        modes = Counter(s.mode for s in self.sessions if s.status is not SessionStatus.CANCELLED)
        if not modes:
            return "To be agreed at the first session: in person, by video or by phone."
        named = [SESSION_MODE_PHRASES[mode] for mode, _count in modes.most_common()]
        if len(named) == 1:
            return f"Sessions are held {named[0]}."
        return f"Sessions are held {', '.join(named[:-1])} or {named[-1]}, as suits us both."
