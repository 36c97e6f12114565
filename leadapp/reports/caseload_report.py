"""The mentor's caseload on one page: who needs attention, and why."""

from __future__ import annotations

from leadapp.domain.caseload import needs_attention
from leadapp.domain.people import profession_label
from leadapp.domain.reference import Reference
from leadapp.domain.summaries import CaseloadSummary
from leadapp.reports.styles import build_pdf, content_width, para, space, table, when


def caseload_pdf(summary: CaseloadSummary, ref: Reference) -> bytes:
    width = content_width()
    owner = summary.owner.full_name if summary.owner else "Mentor"
    professions = ref.profession_names()
    rows = [["Mentee", "Profession", "Last session", "Next session", "Open", "Overdue", "Needs attention"]]
    for entry in summary.entries:
        rows.append(
            [
                entry.mentee_name,
                profession_label(entry, professions),
                entry.last_held.strftime("%d %b %Y") if entry.last_held else "—",
                entry.next_planned.strftime("%d %b %Y") if entry.next_planned else "—",
                str(entry.open_actions),
                str(entry.overdue_actions),
                "; ".join(needs_attention(entry, summary.on)) or "—",
            ]
        )
    story = [
        para("Caseload", "title"),
        para(f"{owner} · {len(summary.entries)} mentees · {when(summary.on)}", "subtitle"),
        space(3),
        table(rows, [w * width for w in (0.16, 0.17, 0.12, 0.12, 0.07, 0.1, 0.26)])
        if summary.entries
        else para("No mentees yet."),
        space(3),
        para(
            "Open and overdue count agreed actions; leap-of-faith flags come from the support plans.", "small"
        ),
    ]
    return build_pdf(story, f"Caseload of {owner}", owner, "Confidential: mentoring caseload.")
