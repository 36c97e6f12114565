"""The self-assessment summary and the appraisal pack: ratings, the mentor's view, change, and the plan."""

from __future__ import annotations

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors

from leadapp.domain.activities import Activity
from leadapp.domain.assessments import Review, item_names
from leadapp.domain.balance import balance_gaps, category_by_stage
from leadapp.domain.objectives import AppraisalSummary, coverage, coverage_sentence
from leadapp.domain.people import Person
from leadapp.domain.reference import Reference
from leadapp.domain.wording import word
from leadapp.reports.charts import balance_chart
from leadapp.reports.styles import (
    BOLD,
    FONT,
    SECONDARY,
    TEXT,
    build_pdf,
    content_width,
    heading,
    para,
    space,
    table,
    when,
)

SOURCES = (
    "Based on: NHS England and NHS Improvement, AHP leadership development guide (behaviours), and NHS "
    "Leadership Academy, Healthcare Leadership Model (2013) (dimensions and scale), in our own words."
)
GREYS = ("#BBC6CC", "#768692", "#425563", "#212B32")
"""Oldest to latest, so the change reads in grey print as well as in colour."""


def _marker(kind: int, x: float, y: float, size: float, fill: colors.Color) -> object:
    half = size / 2
    if kind == 0:
        return Rect(x - half, y - half, size, size, fillColor=fill, strokeColor=TEXT, strokeWidth=0.4)
    if kind == 1:
        return Polygon(
            [x - half, y - half, x + half, y - half, x, y + half],
            fillColor=fill,
            strokeColor=TEXT,
            strokeWidth=0.4,
        )
    if kind == 2:
        return Polygon(
            [x, y - half, x + half, y, x, y + half, x - half, y],
            fillColor=fill,
            strokeColor=TEXT,
            strokeWidth=0.4,
        )
    return Circle(x, y, half, fillColor=fill, strokeColor=TEXT, strokeWidth=0.4)


def dot_plot(review: Review, ref: Reference, width: float) -> Drawing:
    """Nine dimensions down, four points across; a marker shape per assessment, the mentor's a cross."""
    rows = list(ref.hlm_dimensions)
    row_height = 16
    left, top = 150, 22
    height = top + row_height * len(rows) + 40
    drawing = Drawing(width, height)
    drawing.add(
        String(
            0,
            height - 10,
            "Healthcare Leadership Model: each dimension at each assessment",
            fontName=BOLD,
            fontSize=8.5,
        )
    )
    plot_width = width - left - 10
    column = plot_width / 4

    def x_of(value: int) -> float:
        return left + column * (value - 0.5)

    def y_of(position: int) -> float:
        return height - top - row_height * (position + 0.5)

    for value, item in enumerate(ref.hlm_scale, start=1):
        drawing.add(
            Line(
                x_of(value),
                y_of(0) + 8,
                x_of(value),
                y_of(len(rows) - 1) - 8,
                strokeColor=colors.HexColor("#D8DDE0"),
                strokeWidth=0.4,
            )
        )
        drawing.add(
            String(
                x_of(value), 24, item.label, fontName=FONT, fontSize=7.5, textAnchor="middle", fillColor=TEXT
            )
        )
    shown = review.history[-4:]
    layers = [
        (f"{r.assessment.assessed_on:%d %b %Y}", r.ratings, 4 - len(shown) + n) for n, r in enumerate(shown)
    ]
    spread = 4.0
    count = len(layers) + (1 if review.mentor else 0)
    for position, dimension in enumerate(rows):
        y = y_of(position)
        drawing.add(
            String(
                left - 6,
                y - 3,
                dimension.label,
                fontName=FONT,
                fontSize=7.5,
                textAnchor="end",
                fillColor=TEXT,
            )
        )
        for n, (_name, ratings, kind) in enumerate(layers):
            rating = ratings.get(dimension.code)
            if rating:
                offset = (n - (count - 1) / 2) * spread
                drawing.add(_marker(kind, x_of(rating), y + offset, 6, colors.HexColor(GREYS[kind])))
        if review.mentor:
            theirs = review.mentor.ratings.get(dimension.code)
            if theirs:
                offset = (len(layers) - (count - 1) / 2) * spread
                x = x_of(theirs)
                drawing.add(
                    Line(
                        x - 3,
                        y + offset - 3,
                        x + 3,
                        y + offset + 3,
                        strokeColor=colors.HexColor("#D55E00"),
                        strokeWidth=1.2,
                    )
                )
                drawing.add(
                    Line(
                        x - 3,
                        y + offset + 3,
                        x + 3,
                        y + offset - 3,
                        strokeColor=colors.HexColor("#D55E00"),
                        strokeWidth=1.2,
                    )
                )
    legend_x = left
    for name, _ratings, kind in layers:
        drawing.add(_marker(kind, legend_x, 8, 6, colors.HexColor(GREYS[kind])))
        drawing.add(String(legend_x + 6, 5, name, fontName=FONT, fontSize=7, fillColor=SECONDARY))
        legend_x += 75
    if review.mentor:
        drawing.add(
            Line(legend_x - 3, 5, legend_x + 3, 11, strokeColor=colors.HexColor("#D55E00"), strokeWidth=1.2)
        )
        drawing.add(
            Line(legend_x - 3, 11, legend_x + 3, 5, strokeColor=colors.HexColor("#D55E00"), strokeWidth=1.2)
        )
        drawing.add(String(legend_x + 6, 5, "Mentor's view", fontName=FONT, fontSize=7, fillColor=SECONDARY))
    return drawing


def _chart_figures(review: Review, ref: Reference) -> list:
    """The dot plot as a table: every dimension at each assessment shown, and the mentor's view."""
    shown = review.history[-4:]
    header = ["Dimension", *(f"{r.assessment.assessed_on:%d %b %Y}" for r in shown)]
    if review.mentor:
        header.append("Mentor's view")
    rows = [header]
    for dimension in ref.hlm_dimensions:
        row = [dimension.label, *(_scale(ref, r.ratings.get(dimension.code)) for r in shown)]
        if review.mentor:
            row.append(_scale(ref, review.mentor.ratings.get(dimension.code)))
        rows.append(row)
    first = 0.34
    rest = (1 - first) / (len(header) - 1)
    width = content_width()
    return [
        heading("The chart in figures", 3),
        table(rows, [first * width] + [rest * width] * (len(header) - 1)),
    ]


def _scale(ref: Reference, value: int | None) -> str:
    return ref.hlm_scale[value - 1].label if value else "—"


def _review_story(review: Review, ref: Reference, with_ratings: bool) -> list:
    width = content_width()
    names = item_names(ref)
    latest = review.latest
    if latest is None:
        return [para("No self-assessment yet.")]
    story: list = [
        para(
            f"Latest assessment: {when(latest.assessment.assessed_on)}"
            + (f"; previous: {when(review.previous.assessment.assessed_on)}" if review.previous else "")
            + (
                f"; the mentor's view of {when(review.mentor.assessment.assessed_on)} beside it"
                if review.mentor
                else ""
            )
            + "."
        ),
        heading("Since last time", 3),
    ]
    if review.previous is None:
        story.append(para("This is the first assessment: the change shows from the next one."))
    else:
        story.append(
            para("; ".join(review.sentences) + "." if review.sentences else "No rating has changed.")
        )
    if review.low:
        story += [heading("Worth developing", 3), para(", ".join(names.get(i, i) for i in review.low) + ".")]
    story += [space(2), dot_plot(review, ref, width), *_chart_figures(review, ref)]
    if not with_ratings:
        return story
    mentor = review.mentor.ratings if review.mentor else {}
    header = ["Item", "Mentee", "Mentor", "Note"] if review.mentor else ["Item", "Mentee", "Note"]
    rows: list[list[str]] = [header]
    for code, name in names.items():
        value = latest.ratings.get(code)
        theirs = mentor.get(code)
        if value is None and theirs is None and code not in latest.notes:
            continue
        row = [name, _scale(ref, value)]
        if review.mentor:
            row.append(_scale(ref, theirs) + (" (differs)" if value and theirs and value != theirs else ""))
        row.append(latest.notes.get(code, ""))
        rows.append(row)
    story.append(heading("Latest ratings", 3))
    widths = [0.36, 0.16, 0.2, 0.28] if review.mentor else [0.4, 0.2, 0.4]
    story.append(table(rows, [w * width for w in widths]))
    if review.unfinished:
        story.append(
            para(
                f"{len(review.unfinished)} items not rated yet: "
                + ", ".join(names.get(i, i) for i in review.unfinished)
                + ".",
                "small",
            )
        )
    return story


def assessment_pdf(person: Person, review: Review, ref: Reference) -> bytes:
    story = [
        para("Self-assessment summary", "title"),
        para(person.full_name, "subtitle"),
        *_review_story(review, ref, with_ratings=True),
        space(2),
        para(SOURCES, "small"),
    ]
    footer = f"Self-assessment of {person.full_name}. Share only as agreed."
    return build_pdf(story, f"Self-assessment: {person.full_name}", person.full_name, footer)


def _evidence_for(activity: Activity, summary: AppraisalSummary) -> str:
    titles = summary.evidence_titles.get(activity.id, ())
    return activity.title + (f" (evidence: {', '.join(titles)})" if titles else "")


def appraisal_pdf(summary: AppraisalSummary, ref: Reference) -> bytes:
    width = content_width()
    names = item_names(ref)
    by_id = {a.id: a for a in summary.activities}
    story = [
        para("Appraisal pack", "title"),
        para(f"{summary.person.full_name} · personal development plan", "subtitle"),
        heading("Development objectives"),
    ]
    live = list(summary.objectives)
    if live:
        rows = [["Objective", "Why", "Target", "Status", "What serves it"]]
        for o in live:
            serves = [_evidence_for(by_id[i], summary) for i in o.activity_ids if i in by_id]
            serves += [f"Self-assessment: {names.get(i, i)}" for i in o.assessment_items]
            rows.append(
                [
                    o.objective or "—",
                    o.why or "—",
                    when(o.target_date),
                    word(o.status),
                    "; ".join(serves) or "—",
                ]
            )
        story.append(table(rows, [w * width for w in (0.24, 0.22, 0.13, 0.1, 0.31)]))
        counts = coverage(list(summary.objectives), [c.code for c in ref.categories])
        story.append(para(coverage_sentence(counts, {c.code: c.short for c in ref.categories}), "small"))
    else:
        story.append(para("No development objectives yet."))
    story += [
        heading("Balance across the five categories"),
        balance_chart(ref, category_by_stage(list(summary.activities)), width),
    ]
    gaps = balance_gaps(list(summary.activities), ref)
    if gaps:
        story += [heading("Gaps to work on", 3), para("; ".join(g.sentence for g in gaps) + ".")]
    story += [heading("Self-assessment: the change"), *_review_story(summary.review, ref, with_ratings=False)]
    story += [space(2), para(SOURCES, "small")]
    footer = f"Appraisal pack of {summary.person.full_name}. Share only as agreed."
    return build_pdf(story, f"Appraisal pack: {summary.person.full_name}", summary.person.full_name, footer)
