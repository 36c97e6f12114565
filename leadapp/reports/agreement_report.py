"""The mentoring agreement, printed from the relationship's record, with lines to sign and date."""

from __future__ import annotations

from reportlab.platypus import Flowable

from leadapp.domain.agreement import CONFIDENTIALITY_LIMITS, ENDING, NOTES_KEPT, AgreementSummary
from leadapp.domain.enums import PersonKind, RelationshipKind
from leadapp.domain.people import profession_label
from leadapp.domain.reference import Reference
from leadapp.domain.wording import SUPPORTER_ROLES, word
from leadapp.reports.styles import build_pdf, content_width, heading, para, prose, space, table, when

SECTIONS = (
    "Who we are",
    "What we want from it",
    "How often and how long",
    "How sessions happen",
    "Confidentiality and its limits",
    "How notes are kept",
    "How the relationship ends",
    "Signed",
)


def agreement_pdf(summary: AgreementSummary, ref: Reference) -> bytes:
    rel = summary.relationship
    width = content_width()
    names = ref.profession_names()
    supporter_role = SUPPORTER_ROLES[rel.kind]
    mentee_role = supporter_role if rel.kind is RelationshipKind.RECIPROCAL else word(PersonKind.MENTEE)

    def who(person_role: str, person_name: str, profession: str, job: str, org: str) -> list[str]:
        return [person_role, person_name, ", ".join(p for p in (job or profession, org) if p) or "—"]

    story: list[Flowable] = [
        para(f"{summary.kind_name} agreement", "title"),
        para(f"{summary.supporter.full_name} and {summary.mentee.full_name}", "subtitle"),
        space(2),
        heading(SECTIONS[0]),
        table(
            [
                who(
                    supporter_role,
                    summary.supporter.full_name,
                    profession_label(summary.supporter, names),
                    summary.supporter.job_title,
                    summary.supporter.organisation,
                ),
                who(
                    mentee_role,
                    summary.mentee.full_name,
                    profession_label(summary.mentee, names),
                    summary.mentee.job_title,
                    summary.mentee.organisation,
                ),
            ],
            [width * 0.2, width * 0.3, width * 0.5],
            header=False,
        ),
        para(
            f"{summary.kind_name}, {word(rel.formality).lower()}, {word(rel.scope).lower()}; "
            f"starting {when(rel.start_date)}"
            + (f", planned to end {when(rel.end_date)}." if rel.end_date else ", with no end date set.")
        ),
        heading(SECTIONS[1]),
        *prose(rel.goals or "To be agreed at the first session."),
        heading(SECTIONS[2]),
    ]
    length = summary.usual_length()
    story.append(para(rel.frequency or "To be agreed at the first session."))
    story.append(
        para(
            f"Sessions usually last {length} minutes."
            if length
            else "Each session lasts about an hour unless we agree otherwise."
        )
    )
    story += [heading(SECTIONS[3]), para(summary.how_sessions_happen())]
    story.append(heading(SECTIONS[4]))
    if rel.confidentiality.strip():
        story += prose(rel.confidentiality)
    story.append(para(CONFIDENTIALITY_LIMITS[0]))
    story += [para(f"• {line}") for line in CONFIDENTIALITY_LIMITS[1:]]
    story += [heading(SECTIONS[5]), *[para(f"• {line}") for line in NOTES_KEPT]]
    story += [heading(SECTIONS[6]), para(ENDING), heading(SECTIONS[7])]
    line = "_" * 34
    story.append(
        table(
            [
                ["", "Signature", "Date"],
                [summary.supporter.full_name, line, "____ / ____ / ________"],
                [summary.mentee.full_name, line, "____ / ____ / ________"],
            ],
            [width * 0.3, width * 0.4, width * 0.3],
        )
    )
    footer = f"{summary.kind_name} agreement: {summary.supporter.full_name} and {summary.mentee.full_name}."
    return build_pdf(
        story,
        f"{summary.kind_name} agreement: {summary.mentee.full_name}",
        summary.supporter.full_name,
        footer,
    )
