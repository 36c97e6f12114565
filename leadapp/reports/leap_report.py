"""The leap-of-faith support plan: the step, concerns, support both ways, reviews and their trend."""

from __future__ import annotations

from leadapp.domain.leaps import trend
from leadapp.domain.reference import Reference
from leadapp.domain.summaries import LeapSummary
from leadapp.domain.wording import word
from leadapp.reports.charts import trend_chart
from leadapp.reports.styles import build_pdf, content_width, heading, para, prose, space, table, when


def _label(items: tuple, code: str) -> str:
    return next((i.label for i in items if i.code == code), "")


def _own_words(items: tuple, code: str, words: str) -> str:
    """The person's own description when they chose 'other' (or nothing), else the reference label."""
    if words.strip() and code in ("", "other"):
        return words.strip()
    return _label(items, code) or words.strip()


def leap_pdf(summary: LeapSummary, ref: Reference) -> bytes:
    plan = summary.plan
    leap = ref.leap
    width = content_width()
    kind = _own_words(leap.opportunity_types, plan.opportunity_type, plan.opportunity_other) or "—"
    story = [
        para("Leap-of-faith support plan", "title"),
        para(f"{summary.mentee.full_name} · {plan.title}", "subtitle"),
        heading("The step"),
        table(
            [
                ["Step", plan.title, "Status", word(plan.status)],
                ["Kind", kind, "Direction", _label(leap.directions, plan.direction) or "—"],
                [
                    "How it arose",
                    _label(leap.origins, plan.origin) or "—",
                    "Champion",
                    summary.champion.full_name if summary.champion else "—",
                ],
                ["Starts", when(plan.start_date), "Next review", when(plan.review_date)],
            ],
            [width * 0.14, width * 0.4, width * 0.16, width * 0.3],
            header=False,
        ),
    ]
    if plan.hopes.strip():
        story += [heading("What the mentee hopes it brings", 3), *prose(plan.hopes)]
    rated = [c for c in summary.concerns if c.rating != "none" or c.mitigation.strip() or c.custom_text]
    story.append(heading("Uncertainties and what will ease them"))
    if rated:
        rows = [["Concern", "How strong", "What will ease it"]] + [
            [
                _label(leap.concerns, c.concern) or c.custom_text or "Own concern",
                _label(leap.ratings, c.rating),
                c.mitigation or "—",
            ]
            for c in rated
        ]
        story.append(table(rows, [width * 0.34, width * 0.16, width * 0.5]))
    else:
        story.append(para("No concerns rated yet."))
    for title, less_well in (("Support", False), ("If it goes less well", True)):
        chosen = [s for s in summary.supports if s.if_less_well is less_well]
        story.append(heading(title))
        if chosen:
            rows = [["Support", "Who", "How often", "Agreed"]] + [
                [
                    _own_words(leap.support_mechanisms, s.mechanism, s.other_text),
                    s.who or "—",
                    s.frequency or "—",
                    "Yes" if s.agreed else "Not yet",
                ]
                for s in chosen
            ]
            story.append(table(rows, [width * 0.34, width * 0.3, width * 0.22, width * 0.14]))
        else:
            story.append(para("Nothing agreed yet."))
    if summary.milestones:
        story.append(heading("Milestones"))
        rows = [["Milestone", "Due", "Reached"]] + [
            [m.title or "—", when(m.due_date), when(m.done_on)] for m in summary.milestones
        ]
        story.append(table(rows, [width * 0.6, width * 0.2, width * 0.2]))
    story.append(heading("Reviews"))
    story.append(trend_chart(trend(list(summary.reviews)), width))
    if summary.reviews:
        rows = [["Date", "Confidence", "Wellbeing", "Went well", "Less well", "Next steps"]] + [
            [
                r.review_date.strftime("%d %b %Y"),
                str(r.confidence or "—"),
                str(r.wellbeing or "—"),
                r.went_well or "—",
                r.less_well or "—",
                r.next_steps or "—",
            ]
            for r in summary.reviews
        ]
        story.append(table(rows, [w * width for w in (0.13, 0.13, 0.12, 0.2, 0.2, 0.22)]))
    story.append(heading("Outcome"))
    outcome = _label(leap.outcomes, plan.outcome) or "Not yet known"
    benefits = [_label(leap.benefits, code) for code in plan.benefits]
    story += [para(f"Outcome: {outcome}")]
    if benefits:
        story.append(para("Benefits realised: " + "; ".join(b for b in benefits if b)))
    if plan.lessons.strip():
        story += [heading("Lessons learned", 3), *prose(plan.lessons)]
    story += [
        space(2),
        para("Based on: NHS England and NHS Improvement, AHP leadership development guide.", "small"),
    ]
    footer = f"Confidential: leap-of-faith plan of {summary.mentee.full_name}. Share only as agreed."
    return build_pdf(
        story, f"Leap-of-faith plan: {summary.mentee.full_name}", summary.mentee.full_name, footer
    )
