"""Confidence and wellbeing across reviews, as a chart with a sentence for screen readers."""

from __future__ import annotations

from datetime import date

from PySide6.QtCharts import QCategoryAxis, QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QFrame, QWidget

from leadapp.domain.leaps import days_apart, labelled_days


def tr(text: str) -> str:
    return QCoreApplication.translate("leap", text)


def trend_chart(
    points: list[tuple[date, int | None, int | None]], text_colour: QColor, parent: QWidget | None = None
) -> tuple[QChartView, str]:
    chart = QChart()
    chart.setTitle(tr("Confidence and wellbeing at each review"))
    chart.setBackgroundVisible(False)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(10, 8, 10, 8))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    confidence = QLineSeries()
    confidence.setName(tr("Confidence (solid)"))
    confidence.setPen(QPen(QColor("#005EB8"), 3))
    wellbeing = QLineSeries()
    wellbeing.setName(tr("Wellbeing (dashed)"))
    pen = QPen(QColor("#D55E00"), 3)
    pen.setStyle(Qt.PenStyle.DashLine)
    wellbeing.setPen(pen)
    labels = QCategoryAxis()
    labels.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    days = days_apart([when for when, _conf, _well in points])
    for day, (_when, conf, well) in zip(days, points, strict=True):
        if conf is not None:
            confidence.append(day, conf)
        if well is not None:
            wellbeing.append(day, well)
    dated = dict(zip(days, (when for when, _conf, _well in points), strict=True))
    for day in labelled_days(days):
        labels.append(dated[day].strftime("%d %b %y"), day)
    for series in (confidence, wellbeing):
        series.setPointsVisible(True)
        chart.addSeries(series)
    span = days[-1] if days else 0
    margin = max(span * 0.04, 0.3)
    labels.setRange(-margin, span + margin)
    chart.addAxis(labels, Qt.AlignmentFlag.AlignBottom)
    scale = QValueAxis()
    scale.setRange(1, 5)
    scale.setTickCount(5)
    scale.setTitleText(tr("1 low – 5 high"))
    scale.setLabelFormat("%d")
    scale.setVisible(True)
    chart.addAxis(scale, Qt.AlignmentFlag.AlignLeft)
    for series in (confidence, wellbeing):
        series.attachAxis(labels)
        series.attachAxis(scale)
    chart.setTitleBrush(QBrush(text_colour))
    chart.legend().setLabelColor(text_colour)
    for axis in chart.axes():
        axis.setLabelsColor(text_colour)
        axis.setTitleBrush(QBrush(text_colour))
    view = QChartView(chart, parent)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setFrameShape(QFrame.Shape.NoFrame)
    view.setMinimumHeight(view.fontMetrics().height() * 20)
    view.setAccessibleName(tr("Chart: confidence and wellbeing at each review"))
    if points:
        sentence = "; ".join(
            f"{when:%d/%m/%Y}: confidence {conf if conf is not None else '–'}, "
            f"wellbeing {well if well is not None else '–'}"
            for when, conf, well in points
        )
    else:
        sentence = tr("No reviews yet.")
    view.setAccessibleDescription(sentence)
    return view, sentence
