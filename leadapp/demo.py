"""Demo and scale data: a believable mentor caseload, and a large deterministic database for benchmarks.

`python -m leadapp.demo --db PATH` writes the demo caseload; `--size large --seed 1` writes about 60 mentees,
6,000 sessions, 30,000 activities and 20,000 actions for the benchmarks. The people and trusts are invented.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path

from leadapp.domain.activities import Activity, Evidence, Objective
from leadapp.domain.assessments import Assessment, AssessmentRating
from leadapp.domain.enums import (
    ActionOwner,
    ActionStatus,
    ActivityStatus,
    EvidenceKind,
    Formality,
    Framework,
    LearningType,
    ObjectiveStatus,
    OwnerRole,
    PersonKind,
    PlanStatus,
    Rater,
    Reach,
    RelationshipKind,
    SessionMode,
    SessionStatus,
    Setting,
)
from leadapp.domain.ids import today
from leadapp.domain.leaps import LeapReview, LeapSupport
from leadapp.domain.people import Person, Relationship
from leadapp.domain.reference import Reference, reference
from leadapp.domain.sessions import Action, Session
from leadapp.store.errors import StoreError
from leadapp.store.leap_planning import new_plan
from leadapp.store.store import Store

ORGANISATION = "Northfield Community and Hospitals NHS Trust"

DEMO_MENTEES = [
    (
        "Asha Patel",
        "physiotherapist",
        "band_7",
        "later_mid",
        "Lead a multi-professional MSK service.",
    ),
    ("Tom Reilly", "paramedic", "band_7", "later_mid", "A trust-wide urgent care leadership role."),
    (
        "Grace Mensah",
        "clinical_psychologist",
        "band_8a",
        "later_mid",
        "Head of psychological services.",
    ),
    (
        "Lewis Chen",
        "speech_and_language_therapist",
        "band_6",
        "early_mid",
        "Clinical lead for dysphagia.",
    ),
]

AGENDA_OPENERS = [
    "Check in: how the month has gone",
    "Review actions from last time",
    "Career direction: where next in two to three years",
    "Preparing for the service review",
    "Feedback from the business case panel",
    "How to build visibility with the executive team",
    "Balancing clinical work and project time",
    "Reflections on the leadership programme module",
]

NOTE_SENTENCES = [
    "Talked through the falls prevention project and who needs to be involved from nursing.",
    "Discussed how to present audit results to the divisional board in ten minutes.",
    "Explored what a step into an interim service lead role would mean for clinical skills.",
    "Agreed that protected time for the project needs to go into the job plan.",
    "Reflected on a difficult conversation with a consultant colleague and what went well.",
    "Looked at the gaps in the portfolio: little formal learning since qualifying.",
    "Considered applying for the Rosalind Franklin programme next intake.",
    "Mapped the stakeholders for the integration work across the two localities.",
    "Talked about confidence when chairing meetings with senior managers present.",
    "Planned how to measure the impact of the new first contact practitioner clinic.",
    "Discussed outputs versus outcomes for the workforce project write-up.",
    "Reviewed feedback from the regional AHP network presentation.",
    "Explored shadowing the deputy chief operating officer for a day.",
    "Agreed to draft a one-page summary of the business case before the next session.",
    "Noted the tension between service pressures and development time this quarter.",
]

ACTION_TEXTS = [
    "Draft the business case summary",
    "Book a shadowing day with the deputy COO",
    "Send the audit slides for comments",
    "Ask the line manager for protected project time",
    "Read the chapter on influencing without authority",
    "Apply for the leadership programme intake",
    "Meet the nursing lead about the falls pathway",
    "Write up outcomes of the clinic pilot",
    "Join the regional AHP network call",
    "Update the portfolio with this month's evidence",
]

REFLECTIONS = [
    "I felt more confident presenting this time; preparing the three key messages helped.",
    "I underestimated how long stakeholder conversations take. Next time I will start earlier.",
    "Hearing how my mentor handled a similar situation gave me a different way to approach it.",
    "I am still unsure whether I want a general management route or to stay close to practice.",
]


@dataclass
class _Batch:
    people: list[Person] = field(default_factory=list)
    relationships: list[Relationship] = field(default_factory=list)
    sessions: list[Session] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    activities: list[Activity] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)

    def write(self, store: Store, stamp: str = "") -> None:
        """Insert everything; a fixed `stamp` makes the timestamps repeatable too."""
        if stamp:
            for records in (
                self.people,
                self.relationships,
                self.sessions,
                self.actions,
                self.activities,
                self.evidence,
            ):
                for record in records:
                    record.created_at = record.updated_at = stamp
        store.people.add_many(self.people)
        store.relationships.add_many(self.relationships)
        store.sessions.add_many(self.sessions)
        store.actions.add_many(self.actions)
        store.activities.add_many(self.activities)
        store.evidence.add_many(self.evidence)


class _Ids:
    """Deterministic UUIDs from a seeded generator, so the large database is the same on every run."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def __call__(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))


def _notes(rng: random.Random, count: int) -> str:
    return "\n".join(rng.sample(NOTE_SENTENCES, count))


def _sessions_for(
    rng: random.Random,
    ids: _Ids,
    ref: Reference,
    mentee: Person,
    mentor: Person,
    relationship: Relationship,
    first: date,
    count: int,
    now: date,
    batch: _Batch,
    actions_per_session: tuple[int, int] = (2, 4),
) -> None:
    """Monthly sessions from `first`: held in the past, the next one planned, each with its actions."""
    codes = [c.code for c in ref.categories]
    templates = [t.code for t in ref.templates]
    for number in range(count):
        when = first + timedelta(days=28 * number + rng.randint(0, 4))
        held = when < now
        status = SessionStatus.HELD if held else SessionStatus.PLANNED
        if held and rng.random() < 0.05:
            status = SessionStatus.CANCELLED
        template = "first_meeting" if number == 0 else rng.choice(templates)
        agenda_lines = list(ref.template(template).agenda[:2]) + rng.sample(AGENDA_OPENERS, 2)
        session = Session(
            id=ids(),
            mentee_id=mentee.id,
            mentor_id=mentor.id,
            relationship_id=relationship.id,
            session_date=when,
            status=status,
            start_time=rng.choice(["09:00", "12:30", "15:00", "16:30"]),
            duration_min=rng.choice([45, 60, 60, 60]),
            mode=rng.choice(list(SessionMode)),
            location=rng.choice(["Therapies office", "Teams", "Education centre room 2", ""]),
            template=template,
            agenda="\n".join(agenda_lines),
            shared_notes=_notes(rng, 3) if status is SessionStatus.HELD else "",
            reflection=rng.choice(REFLECTIONS) if status is SessionStatus.HELD else "",
            mentor_private=(
                "Wonder whether workload is affecting confidence; check in gently next time."
                if held and rng.random() < 0.3
                else ""
            ),
            categories=sorted(rng.sample(codes, rng.randint(1, 3))) if held else [],
            next_session_date=when + timedelta(days=28),
        )
        batch.sessions.append(session)
        if status is not SessionStatus.HELD:
            continue
        for text in rng.sample(ACTION_TEXTS, rng.randint(*actions_per_session)):
            due = when + timedelta(days=rng.randint(10, 40))
            done = due < now - timedelta(days=14) or (due < now and rng.random() < 0.6)
            batch.actions.append(
                Action(
                    id=ids(),
                    mentee_id=mentee.id,
                    session_id=session.id,
                    text=text,
                    owner=ActionOwner.MENTEE if rng.random() < 0.8 else ActionOwner.MENTOR,
                    due_date=due,
                    status=ActionStatus.DONE if done else ActionStatus.OPEN,
                    done_on=min(due, now) if done else None,
                )
            )


def _activities_for(
    rng: random.Random,
    ids: _Ids,
    ref: Reference,
    mentee: Person,
    count: int,
    start: date,
    span_days: int,
    batch: _Batch,
    with_evidence: bool,
) -> None:
    """Activities started from the guide's examples, spread over the categories, stages and reaches."""
    examples = ref.examples()
    by_category = {c.code: [e for e in examples if e.category == c.code] for c in ref.categories}
    codes = [c.code for c in ref.categories]
    expectations = [e.code for e in ref.board_expectations]
    for number in range(count):
        primary = codes[number % len(codes)] if number < len(codes) else rng.choice(codes)
        example = rng.choice(by_category[primary])
        extra = [c for c in rng.sample(codes, rng.randint(0, 1)) if c != primary]
        began = start + timedelta(days=rng.randint(0, span_days))
        status = rng.choice(list(ActivityStatus))
        category = ref.category(primary)
        activity = Activity(
            id=ids(),
            person_id=mentee.id,
            title=example.title,
            description=rng.choice(NOTE_SENTENCES),
            start_date=began,
            end_date=began + timedelta(days=rng.randint(14, 120)) if status is ActivityStatus.DONE else None,
            status=status,
            categories=[primary, *extra],
            primary_category=primary,
            stage=example.stage if example.stage != "any" else rng.choice(["early_mid", "later_mid"]),
            setting=Setting.OUTSIDE_NHS if example.setting == "outside_nhs" else Setting.NHS,
            reach=rng.choice(list(Reach)),
            development_value=[v.code for v in rng.sample(category.development_value, 2)],
            organisational_benefit=rng.choice(category.organisational_benefit),
            outputs="A written report and a revised pathway." if primary == "track_record" else "",
            outcomes="Waiting time fell from 9 to 6 weeks." if primary == "track_record" else "",
            impact="Fewer admissions for falls in the pilot wards." if primary == "track_record" else "",
            learning_type=rng.choice(list(LearningType)),
            example_code=example.code,
            readiness=rng.sample(expectations, rng.randint(0, 2)),
        )
        batch.activities.append(activity)
        if with_evidence and rng.random() < 0.5:
            batch.evidence.append(
                Evidence(
                    id=ids(),
                    activity_id=activity.id,
                    kind=EvidenceKind.NOTE,
                    title="Feedback from the project sponsor",
                    body="Thanked the team for clear updates and a realistic plan.",
                )
            )


def _owner(ids: _Ids) -> Person:
    return Person(
        id=ids(),
        full_name="Morgan Hale",
        kind=PersonKind.MENTOR,
        is_owner=True,
        profession="occupational_therapist",
        band="band_8d",
        organisation=ORGANISATION,
        job_title="Deputy chief AHP",
        career_stage="senior",
    )


def write_demo(store: Store, seed: int = 7, now: date | None = None) -> None:
    """The small, believable caseload offered on first run."""
    ref = reference()
    now = now or today()
    rng = random.Random(seed)
    ids = _Ids(rng)
    batch = _Batch()
    owner = _owner(ids)
    champion = Person(
        id=ids(),
        full_name="Dr Priya Nair",
        kind=PersonKind.CHAMPION,
        organisation=ORGANISATION,
        job_title="Chief nurse and executive sponsor for AHPs",
    )
    batch.people += [owner, champion]
    known = {p.code for p in ref.professions}
    mentees: list[Person] = []
    for name, profession, band, stage, aspiration in DEMO_MENTEES:
        mentee = Person(
            id=ids(),
            full_name=name,
            kind=PersonKind.MENTEE,
            profession=profession if profession in known else "other",
            profession_other="" if profession in known else profession.replace("_", " ").title(),
            band=band,
            organisation=ORGANISATION,
            career_stage=stage,
            aspirations=aspiration,
        )
        mentees.append(mentee)
        first = now - timedelta(days=365)
        relationship = Relationship(
            id=ids(),
            mentor_id=owner.id,
            mentee_id=mentee.id,
            kind=RelationshipKind.MENTOR,
            formality=Formality.FORMAL,
            start_date=first,
            goals="Build a leadership portfolio across the five categories; prepare for a band 8 role.",
            frequency="Monthly, an hour",
            confidentiality="What we discuss stays between us, within the usual limits.",
        )
        batch.people.append(mentee)
        batch.relationships.append(relationship)
        _sessions_for(rng, ids, ref, mentee, owner, relationship, first, 15, now, batch)
        _activities_for(rng, ids, ref, mentee, 9, first - timedelta(days=700), 1050, batch, True)
    batch.relationships.append(
        Relationship(
            id=ids(),
            mentor_id=champion.id,
            mentee_id=mentees[1].id,
            kind=RelationshipKind.CHAMPION,
            formality=Formality.INFORMAL,
            start_date=now - timedelta(days=200),
        )
    )
    _leave_cpd_gap(batch, ids, mentees[0], now)
    batch.write(store)
    _write_leap(store, ref, mentees[1], champion, now)
    _write_assessment(store, ref, mentees[0], now)
    store.settings.set("owner_role", OwnerRole.MENTOR.value)


CPD_GAP_FROM_DAYS_AGO = 330
CPD_GAP_MONTHS = 4


def _leave_cpd_gap(batch: _Batch, ids: _Ids, mentee: Person, now: date) -> None:
    """Four months with no CPD for the first mentee, so the profile builder's gap warning can be seen.

    Activities that would run into the gap are ended, or moved, before it; two dated activities frame it.
    """
    gap_start = now - timedelta(days=CPD_GAP_FROM_DAYS_AGO)
    gap_end = gap_start + timedelta(days=CPD_GAP_MONTHS * 31)
    for position, activity in enumerate(batch.activities):
        if activity.person_id != mentee.id or activity.start_date is None or activity.start_date > gap_end:
            continue
        start = min(activity.start_date, gap_start - timedelta(days=40 + 9 * position % 60))
        ended = activity.status in (ActivityStatus.DONE, ActivityStatus.IN_PROGRESS)
        batch.activities[position] = replace(
            activity,
            start_date=start,
            end_date=start + timedelta(days=20) if ended else None,
            status=ActivityStatus.DONE if ended else activity.status,
        )
    for title, began, finished, kind, status in (
        (
            "Completed a coaching skills course",
            gap_start - timedelta(days=60),
            gap_start,
            LearningType.FORMAL,
            ActivityStatus.DONE,
        ),
        (
            "Led a quality improvement project on falls",
            gap_end,
            None,
            LearningType.WORK_BASED,
            ActivityStatus.IN_PROGRESS,
        ),
    ):
        batch.activities.append(
            Activity(
                id=ids(),
                person_id=mentee.id,
                title=title,
                description="Planned with my mentor and reviewed in our sessions.",
                start_date=began,
                end_date=finished,
                status=status,
                categories=["learning" if kind is LearningType.FORMAL else "track_record"],
                primary_category="learning" if kind is LearningType.FORMAL else "track_record",
                learning_type=kind,
                outcomes="I now plan improvement work with the whole team.",
                impact="Patients on the pilot ward had fewer falls.",
            )
        )


def _write_leap(store: Store, ref: Reference, mentee: Person, champion: Person, now: date) -> None:
    plan = new_plan(store, ref, mentee.id, "Interim lead for the urgent community response service", now)
    plan = store.leap_plans.update(
        replace(
            plan,
            status=PlanStatus.IN_PROGRESS,
            opportunity_type="lead_24_7_or_mp_service",
            direction="step_up",
            origin="prompted",
            champion_id=champion.id,
            start_date=now - timedelta(days=120),
            review_date=now + timedelta(days=10),
            hopes="Experience of leading a 24/7 multi-professional service and its budget.",
        )
    )
    agreed = {
        "clinical_skills": ("strong", "Keep one clinical session a week for the six months."),
        "leadership_credibility": ("some", "Monthly check-in with the champion on how the role is seen."),
        "blind_alley": ("some", "Agree a route back to the band 7 post if it does not work out."),
        "work_life_balance": ("some", "No rota cover after 7pm; review at each check-in."),
    }
    for concern in store.leap_concerns.for_plan(plan.id):
        if concern.concern in agreed:
            rating, mitigation = agreed[concern.concern]
            store.leap_concerns.update(replace(concern, rating=rating, mitigation=mitigation))
    store.leap_supports.add(
        LeapSupport(
            plan_id=plan.id, mechanism="check_ins", who="Morgan Hale", frequency="Fortnightly", agreed=True
        )
    )
    store.leap_supports.add(
        LeapSupport(
            plan_id=plan.id, mechanism="champion_sponsorship", who="Dr Priya Nair", frequency="Monthly"
        )
    )
    store.leap_supports.add(
        LeapSupport(
            plan_id=plan.id, mechanism="route_back", who="Service manager", agreed=True, if_less_well=True
        )
    )
    for offset, confidence, wellbeing in ((90, 2, 3), (45, 3, 3), (10, 4, 2)):
        store.leap_reviews.add(
            LeapReview(
                plan_id=plan.id,
                review_date=now - timedelta(days=offset),
                confidence=confidence,
                wellbeing=wellbeing,
                went_well="Handover meetings are running to time.",
                less_well="Evenings lost to rota gaps.",
                next_steps="Raise the rota gaps with the general manager.",
            )
        )


def _write_assessment(store: Store, ref: Reference, mentee: Person, now: date) -> None:
    """Two self-assessments six months or more apart, the mentor's view of the latest, and two objectives."""
    groups = [g.code for g in ref.behaviour_groups]
    for offset in (300, 30):
        assessment = store.assessments.add(
            Assessment(
                person_id=mentee.id,
                assessed_on=now - timedelta(days=offset),
                framework=Framework.HLM,
            )
        )
        store.ratings.add_many(
            AssessmentRating(
                assessment_id=assessment.id,
                item=code,
                rating=min(4, 1 + (position + (offset < 100)) % 4),
            )
            for position, code in enumerate([d.code for d in ref.hlm_dimensions] + groups)
        )
    store.assessments.add(
        Assessment(person_id=mentee.id, assessed_on=now - timedelta(days=30), rater=Rater.MENTOR)
    )
    mentor_view = store.assessments.for_person(mentee.id, Rater.MENTOR)[-1]
    store.ratings.add_many(
        AssessmentRating(assessment_id=mentor_view.id, item=d.code, rating=min(4, 2 + position % 3))
        for position, d in enumerate(ref.hlm_dimensions)
    )
    serving = [a.id for a in store.activities.for_person(mentee.id) if "track_record" in a.categories][:2]
    store.objectives.add_many(
        [
            Objective(
                person_id=mentee.id,
                objective="Lead a multi-professional improvement project",
                why="Boards look for a track record beyond my own profession.",
                categories=["track_record", "widening"],
                target_date=now + timedelta(days=20),
                status=ObjectiveStatus.ON_TRACK,
                activity_ids=serving,
                assessment_items=["engaging_the_team"],
            ),
            Objective(
                person_id=mentee.id,
                objective="Present a business case to the divisional board",
                why="Influencing for results was my lowest rating.",
                categories=["widening"],
                target_date=now + timedelta(days=120),
                status=ObjectiveStatus.AT_RISK,
                assessment_items=["influencing_for_results"],
            ),
        ]
    )


def write_large(store: Store, seed: int = 1, mentees: int = 60, factor: int = 1) -> dict[str, int]:
    """A mentor's ten-year database: the same rows for the same seed, for benchmarks.

    `factor` repeats the caseload (factor × 60 mentees, each with their own sessions and activities) for the
    scaling table; it is written one caseload at a time so memory stays that of one.
    """
    ref = reference()
    rng = random.Random(seed)
    ids = _Ids(rng)
    now = date(2026, 11, 1)
    batch = _Batch()
    owner = _owner(ids)
    batch.people.append(owner)
    professions = [p.code for p in ref.professions]
    first_names = ["Alex", "Sam", "Jo", "Priya", "Kofi", "Mei", "Rhys", "Aoife", "Zainab", "Ola"]
    last_names = [
        "Smith",
        "Khan",
        "Evans",
        "Okoro",
        "Wright",
        "Li",
        "Murphy",
        "Hughes",
        "Ali",
        "Berg",
    ]
    counts = {"people": 0, "sessions": 0, "actions": 0, "activities": 0}
    for number in range(mentees * factor):
        if number and number % mentees == 0:
            _write_caseload(batch, store, counts)
            batch = _Batch()
        mentee = Person(
            id=ids(),
            full_name=f"{first_names[number % 10]} {last_names[(number // 10) % 10]} {number + 1}",
            kind=PersonKind.MENTEE,
            profession=professions[number % len(professions)],
            band=rng.choice(["band_6", "band_7", "band_8a"]),
            organisation=ORGANISATION,
            career_stage=rng.choice(["early_mid", "later_mid"]),
        )
        first = now - timedelta(days=3650)
        relationship = Relationship(id=ids(), mentor_id=owner.id, mentee_id=mentee.id, start_date=first)
        batch.people.append(mentee)
        batch.relationships.append(relationship)
        _sessions_for(rng, ids, ref, mentee, owner, relationship, first, 100, now, batch, (3, 4))
        _activities_for(rng, ids, ref, mentee, 500, first, 3650, batch, False)
    _write_caseload(batch, store, counts)
    store.settings.set("owner_role", OwnerRole.MENTOR.value)
    return counts


def _write_caseload(batch: _Batch, store: Store, counts: dict[str, int]) -> None:
    """Write one caseload of the large database (20,000 actions at most) and add it to the counts."""
    del batch.actions[20_000:]
    batch.write(store, stamp="2026-11-01T00:00:00.000000Z")
    counts["people"] += len(batch.people)
    counts["sessions"] += len(batch.sessions)
    counts["actions"] += len(batch.actions)
    counts["activities"] += len(batch.activities)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m leadapp.demo", description=__doc__)
    parser.add_argument("--db", type=Path, required=True, help="database file to write")
    parser.add_argument("--size", choices=["demo", "large"], default="demo")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--factor", type=int, default=1, help="with --size large: this many times the large caseload"
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        store = Store.open(args.db)
        if store.people.count() > 0:
            store.close()
            print(f"leadapp.demo: {args.db} already holds data; choose a new file.", file=sys.stderr)
            return 2
        if args.size == "large":
            counts = write_large(store, seed=args.seed, factor=args.factor)
        else:
            write_demo(store, seed=args.seed)
            counts = {"people": store.people.count(), "sessions": store.sessions.count()}
        store.close()
    except StoreError as error:
        print(f"leadapp.demo: {error}", file=sys.stderr)
        return 3
    summary = ", ".join(f"{value} {key}" for key, value in counts.items())
    print(f"Wrote {summary} to {args.db} in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
