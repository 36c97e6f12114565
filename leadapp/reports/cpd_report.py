"""The HCPC CPD profile, in the order HCPC asks for it, as a PDF to send and as Markdown to keep.

Both read the same sections from `cpd_sections`, so the two can never drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.platypus import Flowable

from leadapp.domain.cpd import (
    SOURCE,
    STANDARDS,
    CpdSummary,
    gap_note,
    learning_mix,
    statement_words,
    summary_words,
)
from leadapp.domain.people import profession_label
from leadapp.domain.reference import Reference
from leadapp.domain.wording import LEARNING_TYPES
from leadapp.reports.styles import build_pdf, content_width, heading, para, prose, space, table, when

SECTIONS = (
    "1. Personal details",
    "2. Summary of practice history",
    "3. Dated list of CPD activities",
    "4. Personal statement",
    "5. Summary of supporting evidence",
)


@dataclass(frozen=True)
class _Row:
    when: str
    title: str
    kind: str
    note: str = ""


def _rows(summary: CpdSummary) -> list[_Row]:
    """Activities and gaps in date order; each gap shows its explanation or that one is still needed."""
    entries: list[tuple[object, int, _Row]] = []
    for activity in summary.listed:
        span = when(activity.start_date)
        if activity.end_date and activity.end_date != activity.start_date:
            span += f" to {when(activity.end_date)}"
        kind = LEARNING_TYPES[activity.learning_type] if activity.learning_type else "Not set"
        entries.append((activity.start_date, 1, _Row(span, activity.title, kind)))
    for gap in summary.gaps:
        note = gap_note(summary.profile, gap) or "Explanation still to be written."
        row = _Row(f"{when(gap.start)} to {when(gap.end)}", f"Gap of {gap.months} months", "—", note)
        entries.append((gap.start, 0, row))
    entries.sort(key=lambda e: (str(e[0]), e[1]))
    return [row for _key, _order, row in entries]


def _details(summary: CpdSummary, ref: Reference) -> list[tuple[str, str]]:
    person = summary.person
    return [
        ("Name", person.full_name),
        ("Profession", profession_label(person, ref.profession_names()) or "Not set"),
        ("Job title", person.job_title or "Not set"),
        ("Renewal date", when(summary.profile.renewal_date)),
        ("Period covered", f"{when(summary.period_from)} to {when(summary.period_to)}"),
    ]


def cpd_pdf(summary: CpdSummary, ref: Reference) -> bytes:
    profile = summary.profile
    width = content_width()
    story: list[Flowable] = [
        para("HCPC CPD profile", "title"),
        para(f"{summary.person.full_name}: a draft built from the LeadApp record", "subtitle"),
        space(2),
        heading(SECTIONS[0]),
        table(
            [[label, value] for label, value in _details(summary, ref)],
            [width * 0.25, width * 0.75],
            header=False,
        ),
    ]
    words = summary_words(profile)
    story += [
        heading(SECTIONS[1]),
        para(f"Word count: {words.message}.", "small"),
        *prose(profile.practice_summary or "Not written yet."),
    ]
    story.append(heading(SECTIONS[2]))
    rows = _rows(summary)
    if rows:
        story.append(
            table(
                [["When", "Activity", "Learning type", "Gap explained"]]
                + [[r.when, r.title, r.kind, r.note] for r in rows],
                [width * 0.24, width * 0.34, width * 0.18, width * 0.24],
            )
        )
    else:
        story.append(para("No CPD activities recorded in this period."))
    story.append(para(learning_mix(list(summary.listed)).message, "small"))
    statement = statement_words(profile)
    story += [heading(SECTIONS[3]), para(f"Word count: {statement.message}.", "small")]
    if summary.chosen:
        story.append(para("Activities chosen: " + "; ".join(a.title for a in summary.chosen) + "."))
    for standard in STANDARDS:
        story.append(heading(f"Standard {standard.number}: {standard.summary}", 3))
        story += prose(profile.standard_text(standard.number) or "Not written yet.")
    story.append(heading(SECTIONS[4]))
    evidence = [
        [a.title, "; ".join(summary.evidence_titles.get(a.id, ())) or "To be added"] for a in summary.chosen
    ]
    if evidence:
        story.append(table([["Activity", "Evidence"], *evidence], [width * 0.4, width * 0.6]))
    else:
        story.append(para("Choose four to six activities to list their evidence here."))
    story += [space(4), para(f"Standards summarised in our own words from the {SOURCE}.", "small")]
    footer = f"CPD profile draft of {summary.person.full_name}. Personal: share only with HCPC or as agreed."
    return build_pdf(story, f"HCPC CPD profile: {summary.person.full_name}", summary.person.full_name, footer)


def _md(text: str) -> str:
    """Person-written text kept as written, with characters Markdown would read as markup escaped at the
    start of a line, so a line starting "#" stays text."""
    lines = []
    for line in text.splitlines():
        stripped = line.lstrip()
        if stripped[:1] in ("#", ">", "-", "*", "+", "|") or stripped[:2].rstrip(".").isdigit():
            line = "\\" + line
        lines.append(line)
    return "\n".join(lines)


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def cpd_markdown(summary: CpdSummary, ref: Reference) -> str:
    profile = summary.profile
    out = [f"# HCPC CPD profile: {summary.person.full_name}", "", f"## {SECTIONS[0]}", ""]
    out += [f"- **{label}:** {_cell(value)}" for label, value in _details(summary, ref)]
    out += ["", f"## {SECTIONS[1]}", "", f"*Word count: {summary_words(profile).message}.*", ""]
    out += [_md(profile.practice_summary) or "Not written yet.", "", f"## {SECTIONS[2]}", ""]
    out += ["| When | Activity | Learning type | Gap explained |", "| --- | --- | --- | --- |"]
    out += [f"| {r.when} | {_cell(r.title)} | {r.kind} | {_cell(r.note)} |" for r in _rows(summary)]
    out += ["", learning_mix(list(summary.listed)).message, "", f"## {SECTIONS[3]}", ""]
    out += [f"*Word count: {statement_words(profile).message}.*", ""]
    if summary.chosen:
        out += ["Activities chosen: " + "; ".join(_cell(a.title) for a in summary.chosen) + ".", ""]
    for standard in STANDARDS:
        out += [f"### Standard {standard.number}: {standard.summary}", ""]
        out += [_md(profile.standard_text(standard.number)) or "Not written yet.", ""]
    out += [f"## {SECTIONS[4]}", ""]
    for activity in summary.chosen:
        titles = "; ".join(summary.evidence_titles.get(activity.id, ())) or "To be added"
        out.append(f"- **{_cell(activity.title)}:** {_cell(titles)}")
    out += ["", f"*Standards summarised in our own words from the {SOURCE}.*", ""]
    return "\n".join(out)
