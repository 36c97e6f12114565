"""The nine HLM dimensions across assessments as a dot plot, with a text equivalent for screen readers.

One row per dimension, the four points of the scale across; each assessment is a differently shaped dot,
slightly offset so equal ratings stay visible side by side. Shapes carry the meaning as well as colour.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCharts import QCategoryAxis, QChart, QChartView, QLegend, QScatterSeries
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QFrame, QWidget

from leadapp.domain.reference import Reference

SHOWN = 4
"""The latest few assessments; more dots per row stop reading as a change."""
COLOURS = ("#BBC6CC", "#56B4E9", "#0072B2", "#003087")
DARK_COLOURS = ("#5E6B73", "#0072B2", "#56B4E9", "#E8EDEE")
"""Oldest to latest: the latest is the most prominent in either theme."""
SHAPES = (
    QScatterSeries.MarkerShape.MarkerShapeRectangle,
    QScatterSeries.MarkerShape.MarkerShapeTriangle,
    QScatterSeries.MarkerShape.MarkerShapeRotatedRectangle,
    QScatterSeries.MarkerShape.MarkerShapeCircle,
)


def tr(text: str) -> str:
    return QCoreApplication.translate("assessment", text)


def change_text(history: list[tuple[date, dict[str, int | None]]], ref: Reference) -> str:
    """Every dimension with its ratings in date order: the chart in words."""
    if not history:
        return tr("No self-assessment yet.")
    scale = [s.label.lower() for s in ref.hlm_scale]
    lines = []
    for dimension in ref.hlm_dimensions:
        values = [
            f"{when:%d/%m/%Y} {scale[v - 1] if v else tr('not rated')}"
            for when, ratings in history[-SHOWN:]
            for v in [ratings.get(dimension.code)]
        ]
        lines.append(f"{dimension.label}: " + "; ".join(values))
    return "\n".join(lines)


def change_chart(
    history: list[tuple[date, dict[str, int | None]]],
    ref: Reference,
    text_colour: QColor,
    mentor: dict[str, int | None] | None = None,
    parent: QWidget | None = None,
) -> QChartView:
    chart = QChart()
    chart.setTitle(tr("Healthcare Leadership Model: each dimension at each assessment"))
    chart.setBackgroundVisible(False)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(6, 6, 6, 6))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.legend().setMarkerShape(QLegend.MarkerShape.MarkerShapeFromSeries)
    dimensions = list(ref.hlm_dimensions)
    rows = len(dimensions)
    shown = history[-SHOWN:]
    colours = DARK_COLOURS if text_colour.lightness() > 128 else COLOURS
    layers: list[tuple[str, dict[str, int | None], str, QScatterSeries.MarkerShape]] = [
        (f"{when:%d %b %Y}", ratings, colours[SHOWN - len(shown) + n], SHAPES[SHOWN - len(shown) + n])
        for n, (when, ratings) in enumerate(shown)
    ]
    if mentor:
        layers.append((tr("Mentor's view"), mentor, "#D55E00", QScatterSeries.MarkerShape.MarkerShapeStar))
    size = chart.font().pointSizeF() * 1.6 if chart.font().pointSizeF() > 0 else 14
    across = QCategoryAxis()
    across.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    for position, item in enumerate(ref.hlm_scale, start=1):
        across.append(item.label, position)
    across.setRange(0.6, 4.4)
    down = QCategoryAxis()
    down.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    for position, dimension in reversed(list(enumerate(dimensions))):
        down.append(dimension.label, rows - position)
    down.setRange(0.4, rows + 0.6)
    down.setGridLineVisible(True)
    chart.addAxis(across, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(down, Qt.AlignmentFlag.AlignLeft)
    spread = 0.5 / max(len(layers), 1)
    for n, (name, ratings, colour, shape) in enumerate(layers):
        series = QScatterSeries()
        series.setName(name)
        series.setMarkerShape(shape)
        series.setMarkerSize(size)
        series.setColor(QColor(colour))
        series.setBorderColor(QColor("#212B32"))
        series.setPen(QPen(QColor("#212B32"), 1))
        offset = (n - (len(layers) - 1) / 2) * spread
        for position, dimension in enumerate(dimensions):
            value = ratings.get(dimension.code)
            if value:
                series.append(value, rows - position + offset)
        chart.addSeries(series)
        series.attachAxis(across)
        series.attachAxis(down)
    chart.setTitleBrush(QBrush(text_colour))
    chart.legend().setLabelColor(text_colour)
    for axis in chart.axes():
        axis.setLabelsColor(text_colour)
    view = QChartView(chart, parent)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setFrameShape(QFrame.Shape.NoFrame)
    view.setMinimumHeight(view.fontMetrics().height() * 24)
    view.setAccessibleName(tr("Chart: Healthcare Leadership Model ratings at each assessment"))
    view.setAccessibleDescription(change_text(history, ref))
    return view
