"""One way to make each printed document, for the GUI and the command line alike.

Gathers the summary from the store and renders it with the reports floor; the caller previews, prints or
writes the bytes.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from pathlib import Path

from leadapp.domain.ids import today
from leadapp.domain.programme import combine
from leadapp.domain.reference import Reference
from leadapp.domain.sharing import without_ratings
from leadapp.store.agreements import agreement_summary
from leadapp.store.cpd import cpd_summary
from leadapp.store.errors import NotFoundError
from leadapp.store.programme import read_return_file
from leadapp.store.store import Store
from leadapp.store.summaries import (
    caseload_summary,
    latest_plan,
    leap_summary,
    portfolio_summary,
    session_summary,
)


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


def _slug(text: str) -> str:
    return "-".join("".join(ch if ch.isalnum() else " " for ch in text.lower()).split())


def _owned_record_document(store: Store, ref: Reference, request: DocumentRequest) -> Document:
    """The CPD profile, the mentoring agreement and the programme report."""
    from leadapp.reports.agreement_report import agreement_pdf
    from leadapp.reports.cpd_report import cpd_pdf
    from leadapp.reports.programme_report import ProgrammeInput, programme_pdf

    if request.kind is DocumentKind.CPD:
        cpd = cpd_summary(store, request.record_id, today())
        title = f"HCPC CPD profile, {cpd.person.full_name}"
        return Document(title, _slug(title) + ".pdf", cpd_pdf(cpd, ref))
    if request.kind is DocumentKind.AGREEMENT:
        agreement = agreement_summary(store, request.record_id)
        title = f"{agreement.kind_name} agreement, {agreement.mentee.full_name}"
        return Document(title, _slug(title) + ".pdf", agreement_pdf(agreement, ref))
    returns = [read_return_file(Path(name)) for name in request.return_files]
    data = ProgrammeInput(
        combine(returns),
        dict(request.profession_shares),
        dict(request.band_shares),
        tuple(Path(name).name for name in request.return_files),
    )
    title = f"Programme report, {today():%d %b %Y}"
    return Document(title, _slug(title) + ".pdf", programme_pdf(data))


def make_document(store: Store, ref: Reference, request: DocumentRequest) -> Document:
    """Raises NotFoundError (a StoreError) when the record asked for does not exist.

    reportlab is imported here, not at the top, so starting the app does not pay for it.
    """
    if request.kind in (DocumentKind.CPD, DocumentKind.AGREEMENT, DocumentKind.PROGRAMME):
        return _owned_record_document(store, ref, request)
    from leadapp.reports.caseload_report import caseload_pdf
    from leadapp.reports.leap_report import leap_pdf
    from leadapp.reports.portfolio_report import portfolio_pdf
    from leadapp.reports.session_report import session_pdf

    kind = request.kind
    if kind in (DocumentKind.ASSESSMENT, DocumentKind.APPRAISAL):
        return _assessment_document(store, ref, kind, request.record_id)
    if kind is DocumentKind.SESSION:
        session = session_summary(store, request.record_id, request.include_private)
        title = f"Session summary, {session.mentee.full_name}, {session.session.session_date:%d %b %Y}"
        return Document(title, _slug(title) + ".pdf", session_pdf(session, ref))
    if kind is DocumentKind.PORTFOLIO:
        portfolio = portfolio_summary(store, request.record_id, request.period_from, request.period_to)
        if request.sharing:
            portfolio = replace(portfolio, plan_reviews=without_ratings(portfolio.plan_reviews))
        title = f"Portfolio, {portfolio.person.full_name}"
        return Document(title, _slug(title) + ".pdf", portfolio_pdf(portfolio, ref))
    if kind is DocumentKind.LEAP:
        plan_id = request.record_id
        if store.leap_plans.find(plan_id) is None and store.people.find(plan_id) is not None:
            plan_id = latest_plan(store, plan_id)
        if store.leap_plans.find(plan_id) is None:
            raise NotFoundError("leap-of-faith plan", request.record_id)
        leap = leap_summary(store, plan_id)
        if request.sharing:
            leap = replace(leap, reviews=without_ratings(leap.reviews))
        title = f"Leap-of-faith plan, {leap.mentee.full_name}"
        return Document(title, _slug(title) + ".pdf", leap_pdf(leap, ref))
    caseload = caseload_summary(store, today())
    title = f"Caseload, {today():%d %b %Y}"
    return Document(title, _slug(title) + ".pdf", caseload_pdf(caseload, ref))


def _assessment_document(store: Store, ref: Reference, kind: DocumentKind, person_id: str) -> Document:
    from leadapp.reports.assessment_report import appraisal_pdf, assessment_pdf
    from leadapp.store.assessment_review import appraisal_summary, review

    person = store.people.get(person_id)
    if kind is DocumentKind.ASSESSMENT:
        title = f"Self-assessment, {person.full_name}"
        return Document(
            title, _slug(title) + ".pdf", assessment_pdf(person, review(store, ref, person_id), ref)
        )
    title = f"Appraisal pack, {person.full_name}"
    return Document(
        title, _slug(title) + ".pdf", appraisal_pdf(appraisal_summary(store, ref, person_id), ref)
    )
