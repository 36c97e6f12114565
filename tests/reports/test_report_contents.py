"""What each printed document says, read back out of the real PDF.

A summary is handed over at the end of a session or taken to an appraisal panel: every word a person typed
must be on the page, nothing private may slip in unasked, and long text must never be cut off. So these
tests build records through the real store, make the document as the GUI and command line do, and read the
text back with pypdf. Extracted lines wrap where the PDF wraps them, so whitespace is normalised first.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from itertools import pairwise

import pytest
from pypdf import PdfReader

from leadapp.demo import write_demo
from leadapp.documents import Document, DocumentKind, DocumentRequest, make_document
from leadapp.domain.activities import Activity, Evidence
from leadapp.domain.enums import (
    ActionOwner,
    ActionStatus,
    ActivityStatus,
    Formality,
    LearningType,
    OwnerRole,
    PersonKind,
    PlanStatus,
    Reach,
    RelationshipKind,
    SessionMode,
    SessionStatus,
)
from leadapp.domain.ids import today
from leadapp.domain.leaps import LeapConcern, LeapMilestone, LeapPlan, LeapReview, LeapSupport
from leadapp.domain.people import Person, Relationship
from leadapp.domain.reference import Reference
from leadapp.domain.sessions import Action, Session
from leadapp.store.errors import StoreError
from leadapp.store.leap_planning import new_plan
from leadapp.store.store import Store
from leadapp.store.summaries import mentee_ids

ORGANISATION = "Northfield Community and Hospitals NHS Trust"
SESSION_DAY = date(2026, 3, 12)
SESSION_FOOTER = "Confidential: mentoring record of Asha Patel. Share only as agreed."
PAGE_MARK = re.compile(r"Page \d+ of \d+")


# Reading the PDF --------------------------------------------------------------------------------------


def _words(text: str) -> str:
    return " ".join(text.split())


def _pages(document: Document) -> list[str]:
    reader = PdfReader(io.BytesIO(document.pdf))
    return [_words(page.extract_text()) for page in reader.pages]


def _text(document: Document) -> str:
    return " ".join(_pages(document))


def _body(document: Document, footer: str) -> str:
    """The text without the footers, so a paragraph running over a page break reads as one."""
    return _words(" ".join(PAGE_MARK.sub(" ", page.replace(footer, " ")) for page in _pages(document)))


def _between(text: str, start: str, end: str | None = None) -> str:
    """The stretch of text after `start` and before the next `end`: one section of a document."""
    assert start in text, f"{start!r} not found"
    after = text.split(start, 1)[1]
    if end is None:
        return after
    assert end in after, f"{end!r} not found after {start!r}"
    return after.split(end, 1)[0]


def _make(
    store: Store, ref: Reference, kind: DocumentKind, record_id: str = "", **options: object
) -> Document:
    return make_document(store, ref, DocumentRequest(kind, record_id, **options))  # type: ignore[arg-type]


def _long(words: int) -> str:
    """About 8 characters a word of numbered words ending in one distinctive word, to see nothing is lost."""
    text = " ".join(f"word{number:03d}" for number in range(1, words + 1)) + " kingfisher"
    return text


# The people every document is about -------------------------------------------------------------------


@dataclass
class Cast:
    owner: Person
    asha: Person
    champion: Person
    with_asha: Relationship


@pytest.fixture
def cast(store: Store) -> Cast:
    owner = store.people.add(
        Person(full_name="Morgan Hale", kind=PersonKind.MENTOR, is_owner=True, organisation=ORGANISATION)
    )
    asha = store.people.add(
        Person(
            full_name="Asha Patel",
            kind=PersonKind.MENTEE,
            profession="physiotherapist",
            band="band_7",
            organisation=ORGANISATION,
            job_title="Advanced practitioner, MSK",
            career_stage="later_mid",
            aspirations="Lead a multi-professional MSK service.",
        )
    )
    champion = store.people.add(Person(full_name="Dr Priya Nair", kind=PersonKind.CHAMPION))
    with_asha = store.relationships.add(
        Relationship(mentor_id=owner.id, mentee_id=asha.id, start_date=date(2025, 1, 1))
    )
    return Cast(owner, asha, champion, with_asha)


# Session summary ------------------------------------------------------------------------------------------


def _session(store: Store, cast: Cast, **fields: object) -> Session:
    values: dict[str, object] = {
        "mentee_id": cast.asha.id,
        "mentor_id": cast.owner.id,
        "relationship_id": cast.with_asha.id,
        "session_date": SESSION_DAY,
        "status": SessionStatus.HELD,
        "start_time": "14:00",
        "duration_min": 45,
        "mode": SessionMode.VIDEO,
        "agenda": "Review the falls project plan\nPrepare for the divisional board",
        "shared_notes": "Talked through who needs to be involved from nursing.",
        "reflection": "Preparing three key messages helped me feel calmer.",
        "mentor_private": "MENTOR-ONLY: wonder whether workload is affecting confidence.",
        "mentee_private": "MENTEE-ONLY: I am not sure I want the band 8 role yet.",
        "categories": ["widening", "track_record"],
        "next_session_date": date(2026, 4, 9),
    }
    values.update(fields)
    return store.sessions.add(Session(**values))  # type: ignore[arg-type]


def _session_with_actions(store: Store, cast: Cast) -> Session:
    session = _session(store, cast)
    for text, owner, due, status in (
        ("Draft the business case summary", ActionOwner.MENTEE, date(2026, 3, 26), ActionStatus.OPEN),
        ("Book a shadowing day with the deputy COO", ActionOwner.MENTOR, date(2026, 4, 2), ActionStatus.DONE),
        ("Ask finance for the budget lines", ActionOwner.BOTH, None, ActionStatus.OPEN),
    ):
        store.actions.add(
            Action(
                mentee_id=cast.asha.id,
                session_id=session.id,
                text=text,
                owner=owner,
                due_date=due,
                status=status,
            )
        )
    return session


def test_a_session_summary_shows_everything_shared_in_the_session(
    store: Store, ref: Reference, cast: Cast
) -> None:
    """The one page handed over at the end: who, when, how, what was said and agreed, and what comes next."""
    session = _session_with_actions(store, cast)

    text = _text(_make(store, ref, DocumentKind.SESSION, session.id))

    for expected in (
        "Mentoring session summary",
        "Asha Patel with Morgan Hale",
        "Mentee Asha Patel Mentor Morgan Hale",
        "Date 12 March 2026",
        "Time and length 14:00, 45 minutes",
        "Mode Video Status Held",
        "Categories discussed Widening perspectives and boundary testing; Building a track record",
        "Agenda Review the falls project plan Prepare for the divisional board",
        "Notes Talked through who needs to be involved from nursing.",
        "Mentee's reflection Preparing three key messages helped me feel calmer.",
        "Action Owner Due Status",
        "Draft the business case summary Mentee 26 March 2026 Open",
        "Book a shadowing day with the deputy COO Mentor 2 April 2026 Done",
        "Ask finance for the budget lines Both — Open",
        "Next session 9 April 2026",
        SESSION_FOOTER,
        "Page 1 of 1",
    ):
        assert expected in text
    for name in ("Formal learning", "Mentors and champions", "Leaps of faith"):
        assert name not in text


@pytest.mark.parametrize(
    ("role", "include_private", "shown", "hidden"),
    [
        (OwnerRole.MENTOR, False, (), ("MENTOR-ONLY", "MENTEE-ONLY", "Private notes")),
        (OwnerRole.MENTOR, True, ("MENTOR-ONLY: wonder whether workload is affecting",), ("MENTEE-ONLY",)),
        (OwnerRole.MENTEE, False, (), ("MENTOR-ONLY", "MENTEE-ONLY", "Private notes")),
        (OwnerRole.MENTEE, True, ("MENTEE-ONLY: I am not sure I want the band 8",), ("MENTOR-ONLY",)),
    ],
    ids=["mentor-default", "mentor-included", "mentee-default", "mentee-included"],
)
def test_private_notes_appear_only_when_included_and_only_the_owners_side(
    store: Store,
    ref: Reference,
    cast: Cast,
    role: OwnerRole,
    include_private: bool,
    shown: tuple[str, ...],
    hidden: tuple[str, ...],
) -> None:
    """Private notes stay private unless their author asks to print them; the other side's never print."""
    store.settings.set("owner_role", role.value)
    session = _session(store, cast)

    text = _text(_make(store, ref, DocumentKind.SESSION, session.id, include_private=include_private))

    for words in shown:
        assert words in text
    if shown:
        assert "Private notes (included by their author for this print)" in text
    for words in hidden:
        assert words not in text


def test_long_shared_notes_flow_over_pages_with_every_sentence_once(
    store: Store, ref: Reference, cast: Cast
) -> None:
    """A long write-up runs on to more pages: no sentence lost or doubled, and 'Page N of M' is right."""
    count = 770
    sentences = [f"Sentence {number:05d} ends here." for number in range(1, count + 1)]
    notes = " ".join(sentences)
    assert len(notes) >= 20_000
    session = _session(store, cast, shared_notes=notes)

    document = _make(store, ref, DocumentKind.SESSION, session.id)

    pages = _pages(document)
    total = len(pages)
    assert total >= 3
    for number, page in enumerate(pages, start=1):
        assert PAGE_MARK.findall(page) == [f"Page {number} of {total}"]
        assert SESSION_FOOTER in page
    body = _body(document, SESSION_FOOTER)
    missing_or_doubled = [s for s in sentences if body.count(s) != 1]
    assert missing_or_doubled == []
    assert "Next session 9 April 2026" in _between(body, sentences[-1])


# Metadata and font ----------------------------------------------------------------------------------------


def _all_kinds(store: Store, ref: Reference, cast: Cast) -> dict[DocumentKind, Document]:
    session = _session_with_actions(store, cast)
    plan = store.leap_plans.add(LeapPlan(mentee_id=cast.asha.id, title="Interim service lead"))
    return {
        DocumentKind.SESSION: _make(store, ref, DocumentKind.SESSION, session.id),
        DocumentKind.PORTFOLIO: _make(store, ref, DocumentKind.PORTFOLIO, cast.asha.id),
        DocumentKind.LEAP: _make(store, ref, DocumentKind.LEAP, plan.id),
        DocumentKind.CASELOAD: _make(store, ref, DocumentKind.CASELOAD),
    }


def test_each_document_carries_a_title_and_author(store: Store, ref: Reference, cast: Cast) -> None:
    """Title and author show in a PDF viewer's tab and file properties; they should say what and whose."""
    documents = _all_kinds(store, ref, cast)

    expected = {
        DocumentKind.SESSION: ("Session summary: Asha Patel, 12 March 2026", "Morgan Hale"),
        DocumentKind.PORTFOLIO: ("Portfolio: Asha Patel", "Asha Patel"),
        DocumentKind.LEAP: ("Leap-of-faith plan: Asha Patel", "Asha Patel"),
        DocumentKind.CASELOAD: ("Caseload of Morgan Hale", "Morgan Hale"),
    }
    for kind, (title, author) in expected.items():
        metadata = PdfReader(io.BytesIO(documents[kind].pdf)).metadata
        assert metadata is not None
        assert (metadata.title, metadata.author) == (title, author), kind
        assert documents[kind].suggested_name.endswith(".pdf")
    assert documents[DocumentKind.SESSION].suggested_name == "session-summary-asha-patel-12-mar-2026.pdf"


def test_each_document_embeds_the_shipped_font(store: Store, ref: Reference, cast: Cast) -> None:
    """The font travels inside the PDF so a summary looks the same on any machine that opens it.

    reportlab registers the font as 'LeadAppSans', but the PDF names a TrueType font by the face name inside
    the file, so the embedded subsets read 'AAAAAA+DejaVuSans' (and '-Bold'); 'LeadAppSans' never appears.
    """
    for kind, document in _all_kinds(store, ref, cast).items():
        embedded: set[str] = set()
        for page in PdfReader(io.BytesIO(document.pdf)).pages:
            for font in page["/Resources"]["/Font"].values():
                font = font.get_object()
                if font.get("/Subtype") != "/TrueType":
                    continue
                assert "/FontFile2" in font["/FontDescriptor"].get_object(), font["/BaseFont"]
                embedded.add(str(font["/BaseFont"]).split("+", 1)[-1])
        assert {"DejaVuSans", "DejaVuSans-Bold"} <= embedded, kind


# Portfolio summary ----------------------------------------------------------------------------------------


@dataclass
class Portfolio:
    shadowing: Activity
    falls: Activity
    certificate: Activity
    interim: Activity
    idea: Activity
    old: Activity
    future: Activity
    plan: LeapPlan


@pytest.fixture
def portfolio(store: Store, ref: Reference, cast: Cast) -> Portfolio:
    def add(**fields: object) -> Activity:
        return store.activities.add(Activity(person_id=cast.asha.id, **fields))  # type: ignore[arg-type]

    shadowing = add(
        title="Shadow the deputy COO for a day",
        categories=["widening", "mentors"],
        primary_category="widening",
        stage="later_mid",
        reach=Reach.TRUST,
        status=ActivityStatus.DONE,
        start_date=date(2025, 6, 1),
        end_date=date(2025, 6, 2),
        readiness=["broad_perspective"],
    )
    store.evidence.add(Evidence(activity_id=shadowing.id, title="Reflection on the shadowing day"))
    falls = add(
        title="Falls pathway redesign",
        categories=["track_record"],
        stage="early_mid",
        reach=Reach.MULTI_PROFESSIONAL,
        status=ActivityStatus.IN_PROGRESS,
        start_date=date(2025, 9, 1),
        outputs="A revised falls pathway and a written report.",
        outcomes="Waiting time fell from nine to six weeks.",
        impact="Fewer admissions for falls on the pilot wards.",
    )
    certificate = add(
        title="Postgraduate certificate",
        categories=["learning"],
        stage="later_mid",
        status=ActivityStatus.IN_PROGRESS,
        start_date=date(2025, 10, 1),
        programme="PG Cert in Healthcare Leadership",
        provider="Northfield University",
        level="certificate",
        learning_type=LearningType.FORMAL,
    )
    interim = add(
        title="Interim lead of the urgent response team",
        categories=["leaps"],
        stage="later_mid",
        status=ActivityStatus.PLANNED,
        start_date=date(2026, 2, 1),
    )
    idea = add(
        title="Lead a multi-professional huddle",
        categories=["widening"],
        status=ActivityStatus.IDEA,
        start_date=date(2026, 1, 5),
        readiness=["leads_range_of_professions"],
    )
    old = add(
        title="Organised the 2019 study day",
        categories=["widening"],
        status=ActivityStatus.DONE,
        start_date=date(2019, 5, 1),
        end_date=date(2019, 5, 2),
    )
    future = add(
        title="Regional network chair from 2027",
        categories=["widening"],
        status=ActivityStatus.PLANNED,
        start_date=date(2027, 2, 1),
    )
    store.relationships.add(
        Relationship(
            mentor_id=cast.champion.id,
            mentee_id=cast.asha.id,
            kind=RelationshipKind.CHAMPION,
            formality=Formality.INFORMAL,
            start_date=date(2025, 9, 1),
        )
    )
    plan = store.leap_plans.add(
        LeapPlan(
            mentee_id=cast.asha.id,
            title="Interim lead for the urgent community response service",
            status=PlanStatus.IN_PROGRESS,
            start_date=date(2026, 2, 1),
        )
    )
    for day, confidence, wellbeing in ((date(2026, 2, 15), 3, 3), (date(2026, 3, 1), 4, 2)):
        store.leap_reviews.add(
            LeapReview(plan_id=plan.id, review_date=day, confidence=confidence, wellbeing=wellbeing)
        )
    return Portfolio(shadowing, falls, certificate, interim, idea, old, future, plan)


CATEGORY_HEADINGS = (
    "W · Widening perspectives and boundary testing",
    "F · Formal learning",
    "M · Mentors and champions",
    "L · Leaps of faith",
    "T · Building a track record",
    "Track record: outputs, outcomes and impact",
)


def test_a_portfolio_shows_the_profile_and_each_activity_under_its_categories(
    store: Store, ref: Reference, cast: Cast, portfolio: Portfolio
) -> None:
    """An appraisal panel reads a portfolio by category, so an activity sits under every category it has."""
    text = _text(_make(store, ref, DocumentKind.PORTFOLIO, cast.asha.id))

    profession = ref.profession_names()["physiotherapist"]
    assert f"Profession {profession} Band Band 7" in text
    assert f"Organisation {ORGANISATION} Career stage Later mid-career" in text
    assert "Job title Advanced practitioner, MSK" in text
    assert "Aspirations Lead a multi-professional MSK service." in text

    sections = {
        heading: _between(text, heading, following) for heading, following in pairwise(CATEGORY_HEADINGS)
    }
    placed = {
        portfolio.shadowing.title: {CATEGORY_HEADINGS[0], CATEGORY_HEADINGS[2]},
        portfolio.certificate.title: {CATEGORY_HEADINGS[1]},
        portfolio.interim.title: {CATEGORY_HEADINGS[3]},
        portfolio.falls.title: {CATEGORY_HEADINGS[4]},
    }
    for title, headings in placed.items():
        for heading, section in sections.items():
            assert (title in section) == (heading in headings), (title, heading)

    shadowing_row = (
        "Shadow the deputy COO for a day 1 June 2025 to 2 June 2025 Later mid-career Trust-wide Done "
        "Reflection on the shadowing day"
    )
    assert shadowing_row in sections[CATEGORY_HEADINGS[0]]
    assert shadowing_row in sections[CATEGORY_HEADINGS[2]]
    assert (
        "Falls pathway redesign 1 September 2025 Early mid-career Multi-professional In progress —"
        in sections[CATEGORY_HEADINGS[4]]
    )


def test_a_portfolio_shows_track_record_learning_supporters_readiness_and_the_leap(
    store: Store, ref: Reference, cast: Cast, portfolio: Portfolio
) -> None:
    """The later sections are what boards ask about: delivery, formal learning, who backs you, readiness."""
    text = _text(_make(store, ref, DocumentKind.PORTFOLIO, cast.asha.id))

    track = _between(
        text, "Track record: outputs, outcomes and impact", "Formal learning Programme or course"
    )
    assert (
        "Falls pathway redesign A revised falls pathway and a written report. "
        "Waiting time fell from nine to six weeks. Fewer admissions for falls on the pilot wards."
    ) in track

    learning = _between(text, "Formal learning Programme or course", "Mentors and champions Name Role")
    assert "PG Cert in Healthcare Leadership Northfield University Certificate In progress Formal" in learning

    supporters = _between(text, "Mentors and champions Name Role", "Readiness: what boards expect")
    assert "Morgan Hale Mentor 1 January 2025 Formal, within one organisation" in supporters
    assert "Dr Priya Nair Champion 1 September 2025 Informal, within one organisation" in supporters

    readiness = _between(text, "Readiness: what boards expect", "Leap of faith under way")
    assert "Broad view across trust business Shadow the deputy COO for a day" in readiness
    assert "Politically and strategically astute No evidence yet" in readiness
    assert "Leads a range of professions No evidence yet" in readiness, "an idea is not evidence yet"
    assert readiness.count("No evidence yet") == len(ref.board_expectations) - 1

    assert (
        "Interim lead for the urgent community response service. Started 1 February 2026. "
        "Last review 1 March 2026: confidence 4, wellbeing 2 (of 5)."
    ) in _between(text, "Leap of faith under way")


def test_a_portfolio_for_a_period_leaves_out_activities_outside_it(
    store: Store, ref: Reference, cast: Cast, portfolio: Portfolio
) -> None:
    """A portfolio for this year's appraisal shows this period only, and says which period it covers."""
    everything = _text(_make(store, ref, DocumentKind.PORTFOLIO, cast.asha.id))
    period = _text(
        _make(
            store,
            ref,
            DocumentKind.PORTFOLIO,
            cast.asha.id,
            period_from=date(2024, 1, 1),
            period_to=date(2026, 12, 31),
        )
    )

    assert "Asha Patel · all records" in everything
    assert "Asha Patel · 1 January 2024 to 31 December 2026" in period
    for activity in (portfolio.old, portfolio.future):
        assert activity.title in everything
        assert activity.title not in period
    for activity in (portfolio.shadowing, portfolio.falls, portfolio.certificate, portfolio.interim):
        assert activity.title in period


# Leap-of-faith plan ---------------------------------------------------------------------------------------


def _leap_plan(store: Store, ref: Reference, cast: Cast) -> LeapPlan:
    plan = new_plan(
        store, ref, cast.asha.id, "Interim lead for the urgent response service", date(2026, 1, 10)
    )
    plan = store.leap_plans.update(
        replace(
            plan,
            status=PlanStatus.COMPLETED,
            opportunity_type="interim_unfamiliar_service",
            direction="sideways",
            origin="opportunistic",
            champion_id=cast.champion.id,
            review_date=date(2026, 4, 1),
            hopes="Experience of leading a service I do not know.",
            outcome="mixed",
            benefits=["confidence", "wider_network"],
            lessons="Ask for the budget figures in the first week.",
        )
    )
    rated = {
        "clinical_skills": ("strong", "Keep one clinical session a week."),
        "work_life_balance": ("some", "No rota cover after 7pm."),
    }
    for concern in store.leap_concerns.for_plan(plan.id):
        if concern.concern in rated:
            rating, mitigation = rated[concern.concern]
            store.leap_concerns.update(replace(concern, rating=rating, mitigation=mitigation))
    store.leap_concerns.add(
        LeapConcern(
            plan_id=plan.id,
            custom_text="Being seen as having left the profession",
            rating="some",
            mitigation="Keep presenting at the regional network.",
        )
    )
    for support in (
        LeapSupport(
            plan_id=plan.id, mechanism="check_ins", who="Morgan Hale", frequency="Fortnightly", agreed=True
        ),
        LeapSupport(plan_id=plan.id, mechanism="coaching", who="Trust coaching service", frequency="Monthly"),
        LeapSupport(
            plan_id=plan.id,
            mechanism="route_back",
            who="Service manager",
            frequency="As needed",
            agreed=True,
            if_less_well=True,
        ),
    ):
        store.leap_supports.add(support)
    store.leap_milestones.add(
        LeapMilestone(
            plan_id=plan.id,
            title="Handover from the outgoing lead",
            due_date=date(2026, 1, 31),
            done_on=date(2026, 1, 28),
        )
    )
    store.leap_milestones.add(
        LeapMilestone(plan_id=plan.id, title="First budget report to the board", due_date=date(2026, 4, 30))
    )
    store.leap_reviews.add(
        LeapReview(
            plan_id=plan.id,
            review_date=date(2026, 2, 15),
            confidence=3,
            wellbeing=3,
            went_well="Handover meetings run to time.",
            less_well="Evenings lost to rota gaps.",
            next_steps="Raise the rota gaps with the manager.",
        )
    )
    store.leap_reviews.add(
        LeapReview(
            plan_id=plan.id,
            review_date=date(2026, 3, 1),
            confidence=4,
            wellbeing=2,
            went_well="First budget meeting chaired.",
            less_well="Still tired at weekends.",
            next_steps="Book two days of leave.",
        )
    )
    return plan


def test_a_leap_plan_shows_the_step_concerns_supports_milestones_reviews_and_outcome(
    store: Store, ref: Reference, cast: Cast
) -> None:
    """The plan is the agreement between mentee, mentor and champion; each part of it must be on paper."""
    plan = _leap_plan(store, ref, cast)

    text = _text(_make(store, ref, DocumentKind.LEAP, plan.id))

    for expected in (
        "Leap-of-faith support plan",
        "Asha Patel · Interim lead for the urgent response service",
        "Step Interim lead for the urgent response service Status Completed",
        "Kind Interim leadership of an unfamiliar service Direction Sideways move",
        "How it arose Opportunistic Champion Dr Priya Nair",
        "Starts 10 January 2026 Next review 1 April 2026",
        "What the mentee hopes it brings Experience of leading a service I do not know.",
        "Losing clinical skills Strong concern Keep one clinical session a week.",
        "Role demands and work–life balance Some concern No rota cover after 7pm.",
        "Being seen as having left the profession Some concern Keep presenting at the regional network.",
        "Handover from the outgoing lead 31 January 2026 28 January 2026",
        "First budget report to the board 30 April 2026 —",
        "15 Feb 2026 3 3 Handover meetings run to time. Evenings lost to rota gaps. "
        "Raise the rota gaps with the manager.",
        "01 Mar 2026 4 2 First budget meeting chaired. Still tired at weekends. Book two days of leave.",
        "Outcome: Mixed",
        "Benefits realised: Confidence and self-belief; A broader, more varied network",
        "Lessons learned Ask for the budget figures in the first week.",
    ):
        assert expected in text
    unrated = [c.label for c in ref.leap.concerns if c.code not in ("clinical_skills", "work_life_balance")]
    for label in unrated:
        assert label not in text

    support = _between(text, "Support Support Who How often Agreed", "If it goes less well")
    less_well = _between(text, "If it goes less well", "Milestones")
    assert "Regular check-ins Morgan Hale Fortnightly Yes" in support
    assert "Coaching Trust coaching service Monthly Not yet" in support
    assert "A route back" not in support
    assert "A route back Service manager As needed Yes" in less_well
    assert "Regular check-ins" not in less_well


def test_a_leap_request_for_a_mentee_prints_their_latest_plan(
    store: Store, ref: Reference, cast: Cast
) -> None:
    """From a mentee's page, 'print the leap plan' means their newest one; a plan id picks that plan."""
    first = store.leap_plans.add(
        LeapPlan(mentee_id=cast.asha.id, title="Secondment to the ICS workforce team")
    )
    latest = store.leap_plans.add(LeapPlan(mentee_id=cast.asha.id, title="Interim head of therapies"))

    by_mentee = _text(_make(store, ref, DocumentKind.LEAP, cast.asha.id))
    by_plan = _text(_make(store, ref, DocumentKind.LEAP, first.id))

    assert latest.title in by_mentee
    assert first.title not in by_mentee
    assert first.title in by_plan
    assert latest.title not in by_plan


@pytest.mark.parametrize("kind", [DocumentKind.SESSION, DocumentKind.PORTFOLIO, DocumentKind.LEAP])
def test_an_unknown_record_is_a_store_error(
    store: Store, ref: Reference, cast: Cast, kind: DocumentKind
) -> None:
    """The GUI and command line turn a StoreError into one plain sentence; anything else would be a crash."""
    with pytest.raises(StoreError):
        _make(store, ref, kind, "no-such-record")


def test_a_leap_request_for_a_mentee_without_a_plan_is_a_store_error(
    store: Store, ref: Reference, cast: Cast
) -> None:
    with pytest.raises(StoreError):
        _make(store, ref, DocumentKind.LEAP, cast.asha.id)


@pytest.mark.parametrize("part", ["kind of opportunity", "support"])
def test_a_leap_plan_prints_the_persons_own_words_for_other(
    store: Store, ref: Reference, cast: Cast, part: str
) -> None:
    """Choosing 'Other' and describing it is the only way to say what the step is; the words must print."""
    plan = store.leap_plans.add(
        LeapPlan(
            mentee_id=cast.asha.id,
            title="Interim lead",
            opportunity_type="other",
            opportunity_other="Running the regional vaccination hub",
        )
    )
    store.leap_supports.add(
        LeapSupport(plan_id=plan.id, mechanism="other", other_text="Shadowing the hub's previous lead")
    )

    text = _text(_make(store, ref, DocumentKind.LEAP, plan.id))

    words = {"kind of opportunity": "Running the regional vaccination hub", "support": "Shadowing the hub's"}
    assert words[part] in text


# Caseload -------------------------------------------------------------------------------------------------


def test_the_caseload_lists_each_current_mentee_with_what_needs_attention(
    store: Store, ref: Reference, cast: Cast
) -> None:
    """The mentor's one-page overview: every current mentee once, their dates and counts, and why to look."""
    on = today()
    tom = store.people.add(Person(full_name="Tom Reilly", kind=PersonKind.MENTEE, profession="paramedic"))
    lewis = store.people.add(
        Person(full_name="Lewis Chen", kind=PersonKind.MENTEE, profession="speech_and_language_therapist")
    )
    grace = store.people.add(Person(full_name="Grace Mensah", kind=PersonKind.MENTEE))
    store.people.archive(grace.id)

    def session(person: Person, day: date, status: SessionStatus) -> None:
        store.sessions.add(
            Session(mentee_id=person.id, mentor_id=cast.owner.id, session_date=day, status=status)
        )

    session(cast.asha, on - timedelta(days=20), SessionStatus.HELD)
    session(cast.asha, on + timedelta(days=8), SessionStatus.PLANNED)
    session(tom, on - timedelta(days=60), SessionStatus.HELD)
    session(tom, on - timedelta(days=5), SessionStatus.PLANNED)
    session(grace, on + timedelta(days=3), SessionStatus.PLANNED)
    for due, status in (
        (on - timedelta(days=3), ActionStatus.OPEN),
        (on + timedelta(days=10), ActionStatus.OPEN),
        (on - timedelta(days=30), ActionStatus.DONE),
    ):
        store.actions.add(Action(mentee_id=cast.asha.id, text="An action", due_date=due, status=status))
    store.leap_plans.add(
        LeapPlan(
            mentee_id=cast.asha.id,
            title="Interim lead",
            status=PlanStatus.IN_PROGRESS,
            review_date=on - timedelta(days=2),
        )
    )

    text = _text(_make(store, ref, DocumentKind.CASELOAD))

    names = ref.profession_names()
    rows = [
        f"Asha Patel {names['physiotherapist']} {on - timedelta(days=20):%d %b %Y} "
        f"{on + timedelta(days=8):%d %b %Y} 2 1 leap-of-faith review due; 1 overdue action",
        f"Tom Reilly {names['paramedic']} {on - timedelta(days=60):%d %b %Y} — 0 0 "
        "no session planned; last met 60 days ago",
        f"Lewis Chen {names['speech_and_language_therapist']} — — 0 0 no session planned",
    ]
    for row in rows:
        assert text.count(row) == 1, row
    assert text.index(rows[0]) < text.index(rows[1]), "a leap-of-faith flag comes first"
    assert "Morgan Hale · 3 mentees" in text
    for absent in ("Grace Mensah", "Dr Priya Nair"):
        assert absent not in text
    assert lewis.full_name in text


def test_the_caseload_shows_a_profession_in_the_mentees_own_words(
    store: Store, ref: Reference, cast: Cast
) -> None:
    """A profession outside the reference list is kept in the person's own words and should print as such."""
    store.people.add(
        Person(
            full_name="Sam Okoro",
            kind=PersonKind.MENTEE,
            profession="other",
            profession_other="Genetic counsellor",
        )
    )

    text = _text(_make(store, ref, DocumentKind.CASELOAD))

    assert "Sam Okoro Genetic counsellor" in text


# The demo database ----------------------------------------------------------------------------------------


def _pages_in(document: Document) -> int:
    return len(PdfReader(io.BytesIO(document.pdf)).pages)


def test_every_document_of_the_demo_database_builds(store: Store, ref: Reference) -> None:
    """The demo is what a new user prints first: every kind of document for every mentee must come out."""
    write_demo(store)
    mentees = mentee_ids(store)
    assert len(mentees) == 4
    built: list[Document] = [_make(store, ref, DocumentKind.CASELOAD)]
    for mentee in mentees:
        sessions = store.sessions.for_mentee(mentee)
        built.append(_make(store, ref, DocumentKind.SESSION, sessions[0].id, include_private=True))
        built.append(_make(store, ref, DocumentKind.PORTFOLIO, mentee))
        built.append(
            _make(
                store,
                ref,
                DocumentKind.PORTFOLIO,
                mentee,
                period_from=today() - timedelta(days=365),
                period_to=today(),
            )
        )
    for session in store.sessions.for_mentee(mentees[0]):
        built.append(_make(store, ref, DocumentKind.SESSION, session.id))
        built.append(_make(store, ref, DocumentKind.SESSION, session.id, include_private=True))
    plans = store.leap_plans._where()
    assert len(plans) == 1, "the demo has one leap plan (Tom Reilly's); the others have none to print"
    built.append(_make(store, ref, DocumentKind.LEAP, plans[0].id))
    built.append(_make(store, ref, DocumentKind.LEAP, plans[0].mentee_id))

    assert all(_pages_in(document) >= 1 for document in built)
    assert "Tom Reilly" in _text(built[-1])


# Long text in table cells ---------------------------------------------------------------------------------


def _long_action(store: Store, ref: Reference, cast: Cast, text: str) -> Document:
    session = _session(store, cast)
    store.actions.add(Action(mentee_id=cast.asha.id, session_id=session.id, text=text))
    return _make(store, ref, DocumentKind.SESSION, session.id)


def _long_activity(field: str, category: str) -> Callable[[Store, Reference, Cast, str], Document]:
    def build(store: Store, ref: Reference, cast: Cast, text: str) -> Document:
        fields: dict[str, object] = {
            "title": "Falls pathway redesign",
            "categories": [category],
            "status": ActivityStatus.DONE,
            "outputs": "A report.",
        }
        fields[field] = text
        store.activities.add(Activity(person_id=cast.asha.id, **fields))  # type: ignore[arg-type]
        return _make(store, ref, DocumentKind.PORTFOLIO, cast.asha.id)

    return build


def _long_evidence(store: Store, ref: Reference, cast: Cast, text: str) -> Document:
    activity = store.activities.add(Activity(person_id=cast.asha.id, title="Audit", categories=["widening"]))
    store.evidence.add(Evidence(activity_id=activity.id, title=text))
    return _make(store, ref, DocumentKind.PORTFOLIO, cast.asha.id)


def _long_profile(field: str) -> Callable[[Store, Reference, Cast, str], Document]:
    def build(store: Store, ref: Reference, cast: Cast, text: str) -> Document:
        store.people.update(replace(cast.asha, **{field: text}))
        return _make(store, ref, DocumentKind.PORTFOLIO, cast.asha.id)

    return build


def _long_plan(field: str) -> Callable[[Store, Reference, Cast, str], Document]:
    def build(store: Store, ref: Reference, cast: Cast, text: str) -> Document:
        fields: dict[str, object] = {"mentee_id": cast.asha.id, "title": "Interim lead", field: text}
        plan = store.leap_plans.add(LeapPlan(**fields))  # type: ignore[arg-type]
        return _make(store, ref, DocumentKind.LEAP, plan.id)

    return build


def _long_concern(field: str) -> Callable[[Store, Reference, Cast, str], Document]:
    def build(store: Store, ref: Reference, cast: Cast, text: str) -> Document:
        plan = store.leap_plans.add(LeapPlan(mentee_id=cast.asha.id, title="Interim lead"))
        fields = {
            "concern": "clinical_skills",
            "rating": "strong",
            "mitigation": "Keep a clinic.",
            field: text,
        }
        if field == "custom_text":
            fields["concern"] = ""
        store.leap_concerns.add(LeapConcern(plan_id=plan.id, **fields))
        return _make(store, ref, DocumentKind.LEAP, plan.id)

    return build


def _long_support(field: str) -> Callable[[Store, Reference, Cast, str], Document]:
    def build(store: Store, ref: Reference, cast: Cast, text: str) -> Document:
        plan = store.leap_plans.add(LeapPlan(mentee_id=cast.asha.id, title="Interim lead"))
        store.leap_supports.add(LeapSupport(plan_id=plan.id, mechanism="check_ins", **{field: text}))
        return _make(store, ref, DocumentKind.LEAP, plan.id)

    return build


def _long_milestone(store: Store, ref: Reference, cast: Cast, text: str) -> Document:
    plan = store.leap_plans.add(LeapPlan(mentee_id=cast.asha.id, title="Interim lead"))
    store.leap_milestones.add(LeapMilestone(plan_id=plan.id, title=text))
    return _make(store, ref, DocumentKind.LEAP, plan.id)


def _long_review(field: str) -> Callable[[Store, Reference, Cast, str], Document]:
    def build(store: Store, ref: Reference, cast: Cast, text: str) -> Document:
        plan = store.leap_plans.add(LeapPlan(mentee_id=cast.asha.id, title="Interim lead"))
        store.leap_reviews.add(LeapReview(plan_id=plan.id, review_date=date(2026, 3, 1), **{field: text}))
        return _make(store, ref, DocumentKind.LEAP, plan.id)

    return build


LONG_FIELDS = [
    pytest.param(_long_action, 375, id="session-action-text"),
    pytest.param(_long_action, 750, id="session-action-text-6000"),
    pytest.param(_long_activity("title", "widening"), 375, id="portfolio-activity-title"),
    pytest.param(_long_evidence, 375, id="portfolio-evidence-title"),
    pytest.param(_long_activity("outputs", "track_record"), 375, id="portfolio-outputs"),
    pytest.param(_long_activity("outcomes", "track_record"), 375, id="portfolio-outcomes"),
    pytest.param(_long_activity("impact", "track_record"), 375, id="portfolio-impact"),
    pytest.param(_long_activity("programme", "learning"), 375, id="portfolio-programme"),
    pytest.param(_long_activity("provider", "learning"), 375, id="portfolio-provider"),
    pytest.param(_long_profile("organisation"), 375, id="portfolio-organisation"),
    pytest.param(_long_profile("job_title"), 375, id="portfolio-job-title"),
    pytest.param(_long_plan("title"), 375, id="leap-title"),
    pytest.param(_long_plan("opportunity_other"), 375, id="leap-opportunity-other"),
    pytest.param(_long_concern("custom_text"), 375, id="leap-own-concern"),
    pytest.param(_long_concern("mitigation"), 375, id="leap-mitigation"),
    pytest.param(_long_concern("mitigation"), 750, id="leap-mitigation-6000"),
    pytest.param(_long_support("who"), 375, id="leap-support-who"),
    pytest.param(_long_support("frequency"), 375, id="leap-support-how-often"),
    pytest.param(_long_milestone, 375, id="leap-milestone"),
    pytest.param(_long_review("went_well"), 375, id="leap-review-went-well"),
    pytest.param(_long_review("less_well"), 375, id="leap-review-less-well"),
    pytest.param(_long_review("next_steps"), 375, id="leap-review-next-steps"),
]


@pytest.mark.parametrize(("build", "words"), LONG_FIELDS)
def test_long_text_in_a_table_cell_is_printed_whole(
    store: Store,
    ref: Reference,
    cast: Cast,
    build: Callable[[Store, Reference, Cast, str], Document],
    words: int,
) -> None:
    """People paste whole paragraphs into small boxes; the printed table must keep every word of them."""
    text = _long(words)
    assert len(text) >= 8 * words

    printed = _text(build(store, ref, cast, text))

    assert "kingfisher" in printed
    missing = [word for word in text.split() if word not in printed]
    assert missing == []


def test_very_long_notes_print_every_line_in_order_including_a_line_with_no_spaces(
    store: Store, ref: Reference, cast: Cast
) -> None:
    """400 KB of notes (the size that took 38 s when laid out as one paragraph) print whole and in order."""
    sentences = [f"Point {number:05d} is noted." for number in range(1, 18_001)]
    unbroken = "x" * 5_000
    notes = " ".join(sentences[:9_000]) + "\n\n" + unbroken + "\n" + " ".join(sentences[9_000:])
    assert len(notes) >= 400_000
    session = _session(store, cast, shared_notes=notes)

    document = _make(store, ref, DocumentKind.SESSION, session.id)

    body = _body(document, SESSION_FOOTER)
    notes_text = _between(body, "Notes ", "Mentee's reflection")
    positions = [notes_text.find(s) for s in sentences]
    assert -1 not in positions
    assert positions == sorted(positions)
    assert notes_text.replace(" ", "").count("x" * 5_000) == 1
    assert "Next session 9 April 2026" in _between(body, sentences[-1])
