"""One way to make each printed document, for the GUI and the command line alike.

Every document is one entry in DOCUMENTS: how its contents are gathered from the store, how they are rendered
by the reports floor, what it is called, and what the person chooses before it can be made. `make_document`,
the choices of `leadapp report` and the Reports screen's list all read that table, so adding a document is
one entry (and its kind) here; the caller previews, prints or writes the bytes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from leadapp.domain.ids import today
from leadapp.domain.wording import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from leadapp.domain.agreement import AgreementSummary
    from leadapp.domain.assessments import Review
    from leadapp.domain.cpd import CpdSummary
    from leadapp.domain.objectives import AppraisalSummary
    from leadapp.domain.people import Person
    from leadapp.domain.reference import Reference
    from leadapp.domain.summaries import CaseloadSummary, LeapSummary, PortfolioSummary, SessionSummary
    from leadapp.reports.programme_report import ProgrammeInput
    from leadapp.store.store import Store


class DocumentKind(StrEnum):
    SESSION = "session"
    PORTFOLIO = "portfolio"
    CPD = "cpd-profile"
    AGREEMENT = "agreement"
    PROGRAMME = "programme"
    LEAP = "leap"
    CASELOAD = "caseload"
    ASSESSMENT = "assessment"
    APPRAISAL = "appraisal"


class Subject(StrEnum):
    """What a document's record id names, so the Reports screen knows which choice to read it from."""

    NONE = "none"
    SESSION = "session"
    PERSON = "person"
    RELATIONSHIP = "relationship"
    RETURN_FILES = "return files"
    """Programme returns, chosen as files in the programme report's own dialog rather than by a record id."""


@dataclass(frozen=True)
class DocumentRequest:
    kind: DocumentKind
    record_id: str = ""
    include_private: bool = False
    period_from: date | None = None
    period_to: date | None = None
    sharing: bool = False
    """Made while the screen is shared: wellbeing and confidence ratings are left out, like private notes."""
    return_files: tuple[str, ...] = ()
    """For the programme report: the returns to add up."""
    profession_shares: tuple[tuple[str, float], ...] = ()
    band_shares: tuple[tuple[str, float], ...] = ()


@dataclass(frozen=True)
class Document:
    title: str
    suggested_name: str
    pdf: bytes


T = TypeVar("T")


@dataclass(frozen=True)
class DocumentEntry(Generic[T]):
    name: str
    """What the Reports screen lists it as; a source text for translation in the "labels" context."""
    subject: Subject
    gather: Callable[[Store, Reference, DocumentRequest], T]
    """Reads what the document shows; raises NotFoundError (a StoreError) when the record is not there."""
    title: Callable[[T], str]
    """The title a preview window and a saved file's suggested name take, from what was gathered."""
    render: Callable[[T, Reference], bytes]
    private_option: bool = False
    """The author's private notes can be included when they ask (never while private notes are hidden)."""
    period: bool = False
    """Can be limited to a period (from, to)."""
    whole_caseload: bool = False
    """Names every mentee: offered to a mentor only, and not while the screen is shared."""

    @property
    def needs_record(self) -> bool:
        return self.subject is not Subject.NONE

    @property
    def offered(self) -> bool:
        """Listed on the Reports screen and by `leadapp report`, which both choose a record by its id."""
        return self.subject is not Subject.RETURN_FILES


# Gathering: what each document shows, read from the store. Imported when first used, like the rendering, so
# the command line can list the documents without loading the store.


def _session(store: Store, _ref: Reference, request: DocumentRequest) -> SessionSummary:
    from leadapp.store.summaries import session_summary

    return session_summary(store, request.record_id, request.include_private)


def _portfolio(store: Store, _ref: Reference, request: DocumentRequest) -> PortfolioSummary:
    from leadapp.domain.sharing import without_ratings
    from leadapp.store.summaries import portfolio_summary

    portfolio = portfolio_summary(store, request.record_id, request.period_from, request.period_to)
    if request.sharing:
        portfolio = replace(portfolio, plan_reviews=without_ratings(portfolio.plan_reviews))
    return portfolio


def _cpd(store: Store, _ref: Reference, request: DocumentRequest) -> CpdSummary:
    from leadapp.store.cpd import cpd_summary

    return cpd_summary(store, request.record_id, today())


def _agreement(store: Store, _ref: Reference, request: DocumentRequest) -> AgreementSummary:
    from leadapp.store.agreements import agreement_summary

    return agreement_summary(store, request.record_id)


def _leap(store: Store, _ref: Reference, request: DocumentRequest) -> LeapSummary:
    """The plan asked for, or a mentee's latest plan when a person id is given."""
    from leadapp.domain.sharing import without_ratings
    from leadapp.store.errors import NotFoundError
    from leadapp.store.summaries import latest_plan, leap_summary

    plan_id = request.record_id
    if store.leap_plans.find(plan_id) is None and store.people.find(plan_id) is not None:
        plan_id = latest_plan(store, plan_id)
    if store.leap_plans.find(plan_id) is None:
        raise NotFoundError("leap-of-faith plan", request.record_id)
    leap = leap_summary(store, plan_id)
    if request.sharing:
        leap = replace(leap, reviews=without_ratings(leap.reviews))
    return leap


def _caseload(store: Store, _ref: Reference, _request: DocumentRequest) -> CaseloadSummary:
    from leadapp.store.summaries import caseload_summary

    return caseload_summary(store, today())


def _assessment(store: Store, ref: Reference, request: DocumentRequest) -> tuple[Person, Review]:
    from leadapp.store.assessment_review import review

    person = store.people.get(request.record_id)
    return person, review(store, ref, person.id)


def _appraisal(store: Store, ref: Reference, request: DocumentRequest) -> AppraisalSummary:
    from leadapp.store.assessment_review import appraisal_summary

    return appraisal_summary(store, ref, request.record_id)


def _programme(_store: Store, _ref: Reference, request: DocumentRequest) -> ProgrammeInput:
    from leadapp.domain.programme import combine
    from leadapp.reports.programme_report import ProgrammeInput
    from leadapp.store.programme import read_return_file

    returns = [read_return_file(Path(name)) for name in request.return_files]
    return ProgrammeInput(
        combine(returns),
        dict(request.profession_shares),
        dict(request.band_shares),
        tuple(Path(name).name for name in request.return_files),
    )


# Rendering: reportlab is imported on first use, so starting the app does not pay for it.


def _session_pdf(summary: SessionSummary, ref: Reference) -> bytes:
    from leadapp.reports.session_report import session_pdf

    return session_pdf(summary, ref)


def _portfolio_pdf(summary: PortfolioSummary, ref: Reference) -> bytes:
    from leadapp.reports.portfolio_report import portfolio_pdf

    return portfolio_pdf(summary, ref)


def _cpd_pdf(summary: CpdSummary, ref: Reference) -> bytes:
    from leadapp.reports.cpd_report import cpd_pdf

    return cpd_pdf(summary, ref)


def _agreement_pdf(summary: AgreementSummary, ref: Reference) -> bytes:
    from leadapp.reports.agreement_report import agreement_pdf

    return agreement_pdf(summary, ref)


def _leap_pdf(summary: LeapSummary, ref: Reference) -> bytes:
    from leadapp.reports.leap_report import leap_pdf

    return leap_pdf(summary, ref)


def _caseload_pdf(summary: CaseloadSummary, ref: Reference) -> bytes:
    from leadapp.reports.caseload_report import caseload_pdf

    return caseload_pdf(summary, ref)


def _assessment_pdf(gathered: tuple[Person, Review], ref: Reference) -> bytes:
    from leadapp.reports.assessment_report import assessment_pdf

    return assessment_pdf(*gathered, ref)


def _appraisal_pdf(summary: AppraisalSummary, ref: Reference) -> bytes:
    from leadapp.reports.assessment_report import appraisal_pdf

    return appraisal_pdf(summary, ref)


def _programme_pdf(data: ProgrammeInput, _ref: Reference) -> bytes:
    from leadapp.reports.programme_report import programme_pdf

    return programme_pdf(data)


# The registry, in the order the Reports screen lists them.

DOCUMENTS: Mapping[DocumentKind, DocumentEntry[Any]] = MappingProxyType(
    {
        DocumentKind.SESSION: DocumentEntry(
            QT_TRANSLATE_NOOP("labels", "Session summary"),
            Subject.SESSION,
            _session,
            lambda s: f"Session summary, {s.mentee.full_name}, {s.session.session_date:%d %b %Y}",
            _session_pdf,
            private_option=True,
        ),
        DocumentKind.PORTFOLIO: DocumentEntry(
            QT_TRANSLATE_NOOP("labels", "Portfolio summary"),
            Subject.PERSON,
            _portfolio,
            lambda p: f"Portfolio, {p.person.full_name}",
            _portfolio_pdf,
            period=True,
        ),
        DocumentKind.CPD: DocumentEntry(
            QT_TRANSLATE_NOOP("labels", "HCPC CPD profile"),
            Subject.PERSON,
            _cpd,
            lambda c: f"HCPC CPD profile, {c.person.full_name}",
            _cpd_pdf,
        ),
        DocumentKind.AGREEMENT: DocumentEntry(
            QT_TRANSLATE_NOOP("labels", "Mentoring agreement"),
            Subject.RELATIONSHIP,
            _agreement,
            lambda a: f"{a.kind_name} agreement, {a.mentee.full_name}",
            _agreement_pdf,
        ),
        DocumentKind.LEAP: DocumentEntry(
            QT_TRANSLATE_NOOP("labels", "Leap-of-faith plan"),
            Subject.PERSON,
            _leap,
            lambda leap: f"Leap-of-faith plan, {leap.mentee.full_name}",
            _leap_pdf,
        ),
        DocumentKind.ASSESSMENT: DocumentEntry(
            QT_TRANSLATE_NOOP("labels", "Self-assessment summary"),
            Subject.PERSON,
            _assessment,
            lambda gathered: f"Self-assessment, {gathered[0].full_name}",
            _assessment_pdf,
        ),
        DocumentKind.APPRAISAL: DocumentEntry(
            QT_TRANSLATE_NOOP("labels", "Appraisal pack"),
            Subject.PERSON,
            _appraisal,
            lambda a: f"Appraisal pack, {a.person.full_name}",
            _appraisal_pdf,
        ),
        DocumentKind.CASELOAD: DocumentEntry(
            QT_TRANSLATE_NOOP("labels", "Caseload"),
            Subject.NONE,
            _caseload,
            lambda c: f"Caseload, {c.on:%d %b %Y}",
            _caseload_pdf,
            whole_caseload=True,
        ),
        DocumentKind.PROGRAMME: DocumentEntry(
            QT_TRANSLATE_NOOP("labels", "Programme report"),
            Subject.RETURN_FILES,
            _programme,
            lambda _data: f"Programme report, {today():%d %b %Y}",
            _programme_pdf,
        ),
    }
)


def offered_kinds() -> list[DocumentKind]:
    """The documents made from a record id, in the Reports screen's order."""
    return [kind for kind, entry in DOCUMENTS.items() if entry.offered]


def _slug(text: str) -> str:
    return "-".join("".join(ch if ch.isalnum() else " " for ch in text.lower()).split())


def make_document(store: Store, ref: Reference, request: DocumentRequest) -> Document:
    """Raises NotFoundError (a StoreError) when the record asked for does not exist."""
    entry = DOCUMENTS[request.kind]
    gathered = entry.gather(store, ref, request)
    title = entry.title(gathered)
    return Document(title, _slug(title) + ".pdf", entry.render(gathered, ref))
