"""The portfolio summary a mentee takes to appraisal: balance, activities by category, evidence, readiness."""

from __future__ import annotations

from leadapp.domain.activities import Activity
from leadapp.domain.balance import balance_gaps, category_by_stage, counted, readiness_map, seventy_twenty_ten
from leadapp.domain.leaps import trend
from leadapp.domain.people import profession_label
from leadapp.domain.reference import Reference
from leadapp.domain.summaries import PortfolioSummary
from leadapp.domain.wording import SUPPORTER_ROLES, word
from leadapp.reports.charts import balance_chart
from leadapp.reports.styles import build_pdf, content_width, heading, para, prose, space, table, when


def _period(summary: PortfolioSummary) -> str:
    if summary.period_from and summary.period_to:
        return f"{when(summary.period_from)} to {when(summary.period_to)}"
    if summary.period_from:
        return f"since {when(summary.period_from)}"
    if summary.period_to:
        return f"up to {when(summary.period_to)}"
    return "all records"


def _activity_rows(activities: list[Activity], summary: PortfolioSummary, ref: Reference) -> list[list[str]]:
    stages = {s.code: s.label for s in ref.stages}
    rows = [["Activity", "Dates", "Stage", "Reach", "Status", "Evidence"]]
    for activity in activities:
        dates = when(activity.start_date) + (f" to {when(activity.end_date)}" if activity.end_date else "")
        rows.append(
            [
                activity.title,
                dates,
                stages.get(activity.stage, "—"),
                word(activity.reach),
                word(activity.status),
                "; ".join(summary.evidence_titles.get(activity.id, ())) or "—",
            ]
        )
    return rows


def portfolio_pdf(summary: PortfolioSummary, ref: Reference) -> bytes:
    person = summary.person
    width = content_width()
    activities = list(summary.activities)
    bands = {b.code: b.label for b in ref.bands}
    stages = {s.code: s.label for s in ref.stages}
    story = [
        para("Leadership development portfolio", "title"),
        para(f"{person.full_name} · {_period(summary)}", "subtitle"),
        heading("Profile"),
        table(
            [
                [
                    "Profession",
                    profession_label(person, ref.profession_names()) or "—",
                    "Band",
                    bands.get(person.band, "—"),
                ],
                [
                    "Organisation",
                    person.organisation or "—",
                    "Career stage",
                    stages.get(person.career_stage, "—"),
                ],
                [
                    "Job title",
                    person.job_title or "—",
                    "Activities",
                    f"{len(activities)} ({len(counted(activities))} under way or done)",
                ],
            ],
            [width * 0.15, width * 0.4, width * 0.15, width * 0.3],
            header=False,
        ),
    ]
    if person.aspirations.strip():
        story += [heading("Aspirations", 3), *prose(person.aspirations)]
    story += [
        heading("Balance across the five categories"),
        balance_chart(ref, category_by_stage(activities), width),
    ]
    split = seventy_twenty_ten(activities)
    if split.total:
        story.append(
            para(
                f"Where development came from: experience {split.experience:.0%}, "
                f"learning from others {split.from_others:.0%}, formal learning {split.formal:.0%} "
                "(a typical senior leader: 70/20/10).",
                "small",
            )
        )
    gaps = balance_gaps(activities, ref)
    if gaps:
        story += [heading("Gaps to work on", 3), para("; ".join(g.sentence for g in gaps) + ".")]

    for category in ref.categories:
        chosen = [a for a in activities if category.code in a.categories]
        story.append(heading(f"{category.letter} · {category.name}"))
        if chosen:
            story.append(
                table(
                    _activity_rows(chosen, summary, ref),
                    [w * width for w in (0.27, 0.15, 0.12, 0.19, 0.11, 0.16)],
                )
            )
        else:
            story.append(para("Nothing recorded in this category yet.", "small"))

    track = [
        a for a in activities if "track_record" in a.categories and (a.outputs or a.outcomes or a.impact)
    ]
    story.append(heading("Track record: outputs, outcomes and impact"))
    if track:
        rows = [["Activity", "Outputs", "Outcomes", "Impact"]] + [
            [a.title, a.outputs or "—", a.outcomes or "—", a.impact or "—"] for a in track
        ]
        story.append(table(rows, [width * 0.22, width * 0.26, width * 0.26, width * 0.26]))
    else:
        story.append(para("No outputs, outcomes or impact recorded yet.", "small"))

    learning = [a for a in activities if "learning" in a.categories]
    story.append(heading("Formal learning"))
    if learning:
        rows = [["Programme or course", "Provider", "Level", "Status", "CPD type"]] + [
            [
                a.programme or a.title,
                a.provider or "—",
                next((i.label for i in ref.study_levels if i.code == a.level), "—"),
                word(a.status),
                word(a.learning_type),
            ]
            for a in learning
        ]
        story.append(table(rows, [width * 0.34, width * 0.2, width * 0.14, width * 0.14, width * 0.18]))
    else:
        story.append(para("No formal learning recorded yet.", "small"))

    story.append(heading("Mentors and champions"))
    if summary.supporters:
        rows = [["Name", "Role", "Since", "Arrangement"]] + [
            [
                supporter.full_name,
                SUPPORTER_ROLES[relationship.kind],
                when(relationship.start_date),
                f"{word(relationship.formality)}, {word(relationship.scope).lower()}",
            ]
            for supporter, relationship in summary.supporters
        ]
        story.append(table(rows, [width * 0.3, width * 0.2, width * 0.2, width * 0.3]))
    else:
        story.append(para("No mentors or champions recorded yet.", "small"))

    story.append(heading("Readiness: what boards expect of senior leaders"))
    rows = [["What boards expect", "Evidence"]] + [
        [row.label, "; ".join(a.title for a in row.evidence) or "No evidence yet"]
        for row in readiness_map(activities, ref)
    ]
    story.append(table(rows, [width * 0.4, width * 0.6]))

    plan = summary.active_plan
    if plan is not None:
        story.append(heading("Leap of faith under way"))
        points = trend(list(summary.plan_reviews))
        latest = points[-1] if points else None
        review_text = (
            f"Last review {when(latest[0])}: confidence {latest[1] or '—'}, "
            f"wellbeing {latest[2] or '—'} (of 5)."
            if latest
            else "No review yet."
        )
        story += [para(f"{plan.title}. Started {when(plan.start_date)}. {review_text}")]
    story += [
        space(3),
        para(
            "Categories and board expectations based on: "
            "NHS England and NHS Improvement, AHP leadership development guide.",
            "small",
        ),
    ]
    footer = f"Portfolio of {person.full_name}. Shared by its owner."
    return build_pdf(story, f"Portfolio: {person.full_name}", person.full_name, footer)
