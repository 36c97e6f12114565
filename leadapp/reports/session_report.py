"""The session summary: one page where it fits, handed over at the end of a session."""

from __future__ import annotations

from leadapp.domain.agenda import split_agenda
from leadapp.domain.reference import Reference
from leadapp.domain.summaries import SessionSummary
from leadapp.domain.wording import word
from leadapp.reports.styles import build_pdf, content_width, heading, para, prose, space, table, when


def session_pdf(summary: SessionSummary, ref: Reference) -> bytes:
    session = summary.session
    mentor = summary.mentor.full_name if summary.mentor else "—"
    width = content_width()
    duration = f"{session.duration_min} minutes"
    time_text = f"{session.start_time}, " if session.start_time else ""
    story = [
        para("Mentoring session summary", "title"),
        para(f"{summary.mentee.full_name} with {mentor}", "subtitle"),
        space(2),
        table(
            [
                ["Mentee", summary.mentee.full_name, "Mentor", mentor],
                ["Date", f"{when(session.session_date)}", "Time and length", f"{time_text}{duration}"],
                ["Mode", word(session.mode), "Status", word(session.status)],
            ],
            [width * 0.15, width * 0.35, width * 0.18, width * 0.32],
            header=False,
        ),
    ]
    names = [ref.category(code).name for code in session.categories]
    story += [heading("Categories discussed"), para("; ".join(names) if names else "None recorded.")]
    own, carried = split_agenda(session.agenda)
    story += [heading("Agenda"), *prose("\n".join(own) if own or carried else "No agenda recorded.")]
    if carried:
        story += [heading("Carried over from last time", 3), *prose("\n".join(carried))]
    story += [heading("Notes"), *prose(session.shared_notes or "No shared notes recorded.")]
    if session.reflection.strip():
        story += [heading("Mentee's reflection"), *prose(session.reflection)]
    story.append(heading("Actions agreed"))
    if summary.actions:
        rows = [["Action", "Owner", "Due", "Status"]] + [
            [
                a.text or "(no text)",
                word(a.owner),
                when(a.due_date),
                word(a.status),
            ]
            for a in summary.actions
        ]
        story.append(table(rows, [width * 0.55, width * 0.15, width * 0.18, width * 0.12]))
    else:
        story.append(para("No actions agreed."))
    story += [heading("Next session"), para(when(session.next_session_date))]
    if summary.private_text.strip():
        story += [
            heading("Private notes (included by their author for this print)"),
            *prose(summary.private_text, "private"),
        ]
    footer = f"Confidential: mentoring record of {summary.mentee.full_name}. Share only as agreed."
    return build_pdf(
        story, f"Session summary: {summary.mentee.full_name}, {when(session.session_date)}", mentor, footer
    )
