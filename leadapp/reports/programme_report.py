"""The programme report: several mentors' anonymised returns added up, set against the workforce.

Every chart has its table under it, so the numbers can be read without the picture and in grey print.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.platypus import Flowable

from leadapp.domain.programme import BREAKDOWNS, Combined, ShareRow, against_workforce
from leadapp.reports.styles import BOLD, FONT, TEXT, build_pdf, content_width, heading, para, space, table

MENTEES_COLOUR = "#005EB8"
WORKFORCE_COLOUR = "#AEB7BD"


@dataclass(frozen=True)
class ProgrammeInput:
    combined: Combined
    profession_shares: dict[str, float] = field(default_factory=dict)
    band_shares: dict[str, float] = field(default_factory=dict)
    sources: tuple[str, ...] = ()


def _bars(
    labels: list[str], series: list[list[float]], names: list[str], title: str, width: float
) -> Drawing:
    height = 40 + 16 * max(1, len(labels)) * max(1, len(series))
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 150, 10
    chart.width, chart.height = width - 290, height - 30
    chart.data = [list(reversed(s)) for s in series]
    chart.categoryAxis.categoryNames = [label[:32] for label in reversed(labels)]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    peak = max((v for series_values in series for v in series_values), default=0.0)
    chart.valueAxis.valueMax = max(1.0, peak * 1.15)
    colours = [MENTEES_COLOUR, WORKFORCE_COLOUR]
    for position in range(len(series)):
        chart.bars[position].fillColor = colors.HexColor(colours[position % 2])
        chart.bars[position].strokeColor = TEXT
        chart.bars[position].strokeWidth = 0.3
    chart.barLabelFormat = "%.0f"
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 6.5
    chart.barLabels.nudge = 8
    drawing.add(chart)
    if len(series) > 1:
        legend = Legend()
        legend.x, legend.y = width - 95, height - 24
        legend.fontName, legend.fontSize = FONT, 7
        legend.colorNamePairs = [(colors.HexColor(colours[i % 2]), names[i]) for i in range(len(series))]
        drawing.add(legend)
    drawing.add(String(0, height - 10, title, fontName=BOLD, fontSize=8.5))
    return drawing


def _percent(value: float | None) -> str:
    return "not entered" if value is None else f"{value:.0f}%"


def _share_section(
    title: str, rows: list[ShareRow], withheld: dict[str, int], width: float
) -> list[Flowable]:
    if not rows:
        return [heading(title), para("Nothing counted yet.")]
    story: list[Flowable] = [heading(title)]
    series = [[r.share for r in rows]]
    names = ["Mentees (%)"]
    if any(r.workforce is not None for r in rows):
        series.append([r.workforce or 0.0 for r in rows])
        names.append("Workforce (%)")
    story.append(_bars([r.group for r in rows], series, names, f"{title}: share of mentees", width))
    body = [
        [
            r.group,
            str(r.mentees),
            f"{r.share:.0f}%",
            _percent(r.workforce),
            "" if r.difference is None else f"{r.difference:+.0f} points",
            f"under 5 in {withheld[r.group]}" if withheld.get(r.group) else "",
        ]
        for r in rows
    ]
    story.append(
        table(
            [["Group", "Mentees", "Share of mentees", "Share of workforce", "Difference", "Withheld"], *body],
            [width * 0.3, width * 0.1, width * 0.14, width * 0.15, width * 0.15, width * 0.16],
        )
    )
    return story


def _count_section(
    title: str, counts: dict[str, int], withheld: dict[str, int], width: float
) -> list[Flowable]:
    if not counts and not withheld:
        return [heading(title), para("Nothing counted yet.")]
    groups = sorted(set(counts) | set(withheld), key=lambda g: (-counts.get(g, 0), g))
    story: list[Flowable] = [heading(title)]
    story.append(_bars(groups, [[float(counts.get(g, 0)) for g in groups]], ["Mentees"], title, width))
    rows = [
        [g, str(counts.get(g, 0)), f"under 5 in {withheld[g]} return(s)" if withheld.get(g) else ""]
        for g in groups
    ]
    story.append(table([["Group", "Mentees", "Withheld"], *rows], [width * 0.5, width * 0.2, width * 0.3]))
    return story


def _with_withheld(combined: Combined, key: str) -> dict[str, int]:
    """Groups only ever withheld still get a row (at 0 counted), so the table says they were there."""
    return {**dict.fromkeys(combined.withheld.get(key, {}), 0), **combined.counts.get(key, {})}


def programme_pdf(data: ProgrammeInput) -> bytes:
    combined = data.combined
    width = content_width()
    titles = dict(BREAKDOWNS)
    story: list[Flowable] = [
        para("Programme report: access to mentoring", "title"),
        para(
            f"Built from {combined.returns} anonymised return(s). Counts under 5 were withheld by each "
            "sender and are not added in; no names or notes are held.",
            "subtitle",
        ),
        space(2),
        heading("In all"),
        table(
            [
                ["Mentees counted", str(combined.mentees)],
                ["Sessions held", str(combined.sessions_held)],
                ["Sessions per mentee", f"{combined.sessions_per_mentee():.1f}"],
                ["Returns too small to count in the totals", str(combined.mentees_withheld)],
            ],
            [width * 0.5, width * 0.5],
            header=False,
        ),
    ]
    story += _share_section(
        "Mentees by profession",
        against_workforce(_with_withheld(combined, "profession"), data.profession_shares),
        combined.withheld.get("profession", {}),
        width,
    )
    story += _share_section(
        "Mentees by NHS band",
        against_workforce(_with_withheld(combined, "band"), data.band_shares),
        combined.withheld.get("band", {}),
        width,
    )
    for key in ("relationship_kind", "formality", "sessions_held", "months_active", "under_represented"):
        story += _count_section(
            titles[key], combined.counts.get(key, {}), combined.withheld.get(key, {}), width
        )
    if data.sources:
        story += [heading("Returns used"), para("; ".join(data.sources), "small")]
    return build_pdf(
        story, "Programme report: access to mentoring", "LeadApp", "Programme report: counts only."
    )
