"""Two real databases, a mentor's and a mentee's, paired by keys, with a marker in every private place."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pyrage

from leadapp.domain.activities import Activity, Evidence, Objective
from leadapp.domain.assessments import Assessment, AssessmentRating
from leadapp.domain.enums import EvidenceKind, PersonKind, Visibility
from leadapp.domain.leaps import LeapConcern, LeapMilestone, LeapPlan, LeapReview, LeapSupport
from leadapp.domain.notes import Note
from leadapp.domain.people import Person, Relationship
from leadapp.domain.sessions import Action, Session
from leadapp.store.exchange import IDENTITY_KEY
from leadapp.store.store import Store

SECRET = "SECRET-MARKER-7f3a"


@dataclass
class Pair:
    mentor: Store
    mentee: Store
    mentee_here: str
    """The mentee's record in the mentor's database."""
    mentor_there: str
    """The mentor's record in the mentee's database."""
    other_mentee: str
    session_id: str

    def close(self) -> None:
        self.mentor.close()
        self.mentee.close()

    def to_mentee(self, everything: bool = False) -> bytes:
        return self.mentor.exchange.export(self.mentee_here, everything)

    def to_mentor(self, everything: bool = False) -> bytes:
        return self.mentee.exchange.export(self.mentor_there, everything)

    def mentee_opens(self, blob: bytes) -> object:
        return self.mentee.exchange.open_file(blob, link_to=self.mentor_there)

    def mentor_opens(self, blob: bytes) -> object:
        return self.mentor.exchange.open_file(blob, link_to=self.mentee_here)


def decrypted(store: Store, blob: bytes) -> bytes:
    identity = pyrage.x25519.Identity.from_str(store.settings.get(IDENTITY_KEY))
    return bytes(pyrage.decrypt(blob, [identity]))


def payload(store: Store, blob: bytes) -> dict:
    return json.loads(decrypted(store, blob))


def make_pair(folder: Path, plant: bool = True) -> Pair:
    mentor = Store.open(folder / "mentor.sqlite3")
    mentee = Store.open(folder / "mentee.sqlite3")
    mentor.settings.set("owner_role", "mentor")
    mentee.settings.set("owner_role", "mentee")
    mentor.settings.set("theme", SECRET)
    me = mentor.people.add(Person(full_name="Morgan Mentor", kind=PersonKind.MENTOR, is_owner=True))
    mentee_here = mentor.people.add(Person(full_name="Asha Mentee", notes=SECRET)).id
    other = mentor.people.add(Person(full_name=f"Other {SECRET}", notes=SECRET)).id
    them = mentee.people.add(Person(full_name="Asha Mentee", is_owner=True, notes=SECRET))
    mentor_there = mentee.people.add(
        Person(full_name="Morgan Mentor", kind=PersonKind.MENTOR, notes=SECRET)
    ).id
    mentor.exchange.set_key(mentee_here, mentee.exchange.my_key())
    mentee.exchange.set_key(mentor_there, mentor.exchange.my_key())
    del them
    session_id = ""
    if plant:
        rel = mentor.relationships.add(
            Relationship(mentor_id=me.id, mentee_id=mentee_here, goals="Grow as a leader", notes=SECRET)
        )
        session = mentor.sessions.add(
            Session(
                mentee_id=mentee_here,
                mentor_id=me.id,
                relationship_id=rel.id,
                session_date=date(2026, 3, 2),
                agenda="Talk about the board",
                shared_notes="Agreed to shadow the chair",
                mentor_private=SECRET,
                mentee_private=SECRET,
                categories=["self"],
            )
        )
        session_id = session.id
        mentor.actions.add(Action(mentee_id=mentee_here, session_id=session.id, text="Book the shadowing"))
        activity = mentor.activities.add(
            Activity(
                person_id=mentee_here, title="Chair a huddle", related_person_id=other, session_id=session.id
            )
        )
        mentor.evidence.add(
            Evidence(
                activity_id=activity.id, kind=EvidenceKind.FILE, filename="a.txt", content=b"evidence bytes"
            )
        )
        mentor.notes.add(
            Note(
                person_id=mentee_here,
                noted_on=date(2026, 3, 3),
                body=SECRET,
                visibility=Visibility.MENTOR_PRIVATE,
            )
        )
        mentor.notes.add(Note(person_id=mentee_here, noted_on=date(2026, 3, 4), body="A shared reflection"))
        plan = mentor.leap_plans.add(LeapPlan(mentee_id=mentee_here, title="Acting lead", champion_id=other))
        mentor.leap_concerns.add(LeapConcern(plan_id=plan.id, concern="time"))
        mentor.leap_supports.add(LeapSupport(plan_id=plan.id, mechanism="buddy"))
        mentor.leap_milestones.add(LeapMilestone(plan_id=plan.id, title="First month"))
        mentor.leap_reviews.add(LeapReview(plan_id=plan.id, review_date=date(2026, 4, 1), went_well="Calm"))
        mentor.objectives.add(Objective(person_id=mentee_here, objective="Lead a project"))
        assessment = mentor.assessments.add(Assessment(person_id=mentee_here, assessed_on=date(2026, 1, 5)))
        mentor.ratings.add(AssessmentRating(assessment_id=assessment.id, item="b1", rating=3))
        # Another mentee's records, all of them marked: none may ever cross.
        mentor.sessions.add(
            Session(mentee_id=other, mentor_id=me.id, session_date=date(2026, 3, 2), agenda=SECRET)
        )
        mentor.activities.add(Activity(person_id=other, title=SECRET))
        mentor.notes.add(Note(person_id=other, noted_on=date(2026, 3, 3), body=SECRET))
        mentor.objectives.add(Objective(person_id=other, objective=SECRET))
        mentor.assessments.add(Assessment(person_id=other, assessed_on=date(2026, 1, 5), notes=SECRET))
        mentor.leap_plans.add(LeapPlan(mentee_id=other, title=SECRET))
    return Pair(mentor, mentee, mentee_here, mentor_there, other, session_id)
