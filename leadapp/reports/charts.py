"""Charts for print, drawn with reportlab.graphics; patterns and labels keep them readable in grey."""

from __future__ import annotations

from datetime import date

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors

from leadapp.domain.leaps import days_apart, labelled_days
from leadapp.domain.reference import Reference
from leadapp.reports.styles import BOLD, FONT, SECONDARY, TEXT

STAGES = (
    ("early_mid", "Early mid-career", "#41B6E6"),
    ("later_mid", "Later mid-career", "#005EB8"),
    ("", "Stage not set", "#AEB7BD"),
)


def balance_chart(
    ref: Reference, table: dict[str, dict[str, int]], width: float, height: float = 150
) -> Drawing:
    """Activities per category, stacked by career stage, with the count written on each bar."""
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 30, 22
    chart.width, chart.height = width - 150, height - 52
    chart.categoryAxis.style = "stacked"
    chart.data = [[table[c.code][stage] for c in ref.categories] for stage, _label, _colour in STAGES]
    for position, (_stage, _label, colour) in enumerate(STAGES):
        chart.bars[position].fillColor = colors.HexColor(colour)
        chart.bars[position].strokeColor = TEXT
        chart.bars[position].strokeWidth = 0.3
    chart.categoryAxis.categoryNames = [f"{c.letter} {c.short}" for c in ref.categories]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    peak = max((sum(v.values()) for v in table.values()), default=0)
    chart.valueAxis.valueMax = max(peak, 1)
    chart.valueAxis.valueStep = max(1, (peak + 4) // 5)
    drawing.add(chart)
    for position, category in enumerate(ref.categories):
        total = sum(table[category.code].values())
        x = chart.x + chart.width * (position + 0.5) / len(ref.categories)
        y = chart.y + chart.height * total / chart.valueAxis.valueMax + 3
        drawing.add(String(x, y, str(total), fontName=BOLD, fontSize=7, fillColor=TEXT, textAnchor="middle"))
    legend = Legend()
    legend.x, legend.y = width - 110, height - 30
    legend.fontName, legend.fontSize = FONT, 7
    legend.colorNamePairs = [(colors.HexColor(colour), label) for _s, label, colour in STAGES]
    drawing.add(legend)
    drawing.add(
        String(0, height - 10, "Activities per category, by career stage", fontName=BOLD, fontSize=8.5)
    )
    return drawing


def trend_chart(
    points: list[tuple[date, int | None, int | None]], width: float, height: float = 140
) -> Drawing:
    """Confidence (solid, circles) and wellbeing (dashed, squares) on a 1–5 scale at each review."""
    drawing = Drawing(width, height)
    drawing.add(
        String(
            0,
            height - 10,
            "Confidence and wellbeing at each review (1 low, 5 high)",
            fontName=BOLD,
            fontSize=8.5,
        )
    )
    if not points:
        drawing.add(String(0, height / 2, "No reviews yet.", fontName=FONT, fontSize=8, fillColor=SECONDARY))
        return drawing
    plot = LinePlot()
    plot.x, plot.y = 30, 30
    plot.width, plot.height = width - 150, height - 50
    days = days_apart([when for when, _c, _w in points])
    confidence = [(day, c) for day, (_d, c, _w) in zip(days, points, strict=True) if c is not None]
    wellbeing = [(day, w) for day, (_d, _c, w) in zip(days, points, strict=True) if w is not None]
    plot.data = [confidence or [(0, 0)], wellbeing or [(0, 0)]]
    plot.lines[0].strokeColor = colors.HexColor("#005EB8")
    plot.lines[0].strokeWidth = 1.6
    plot.lines[0].symbol = makeMarker("FilledCircle")
    plot.lines[1].strokeColor = colors.HexColor("#D55E00")
    plot.lines[1].strokeWidth = 1.6
    plot.lines[1].strokeDashArray = [4, 2]
    plot.lines[1].symbol = makeMarker("FilledSquare")
    plot.yValueAxis.valueMin, plot.yValueAxis.valueMax, plot.yValueAxis.valueStep = 1, 5, 1
    margin = max(days[-1] * 0.04, 0.3)
    plot.xValueAxis.valueMin = -margin
    plot.xValueAxis.valueMax = days[-1] + margin
    plot.xValueAxis.valueSteps = labelled_days(days)
    dated = dict(zip(days, (when for when, _c, _w in points), strict=True))
    plot.xValueAxis.labelTextFormat = lambda value: dated[round(value)].strftime("%d %b %y")
    for axis in (plot.xValueAxis, plot.yValueAxis):
        axis.labels.fontName = FONT
        axis.labels.fontSize = 7
    drawing.add(plot)
    legend = Legend()
    legend.x, legend.y = width - 110, height - 30
    legend.fontName, legend.fontSize = FONT, 7
    legend.colorNamePairs = [
        (colors.HexColor("#005EB8"), "Confidence (solid)"),
        (colors.HexColor("#D55E00"), "Wellbeing (dashed)"),
    ]
    drawing.add(legend)
    return drawing
