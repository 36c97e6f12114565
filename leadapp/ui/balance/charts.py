"""QtCharts views of the balance, each with a plain table equivalent for screen readers."""

from __future__ import annotations

from html import escape

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QFrame, QWidget

from leadapp.domain.balance import Split
from leadapp.domain.reference import Reference


def tr(text: str) -> str:
    return QCoreApplication.translate("balance", text)


STAGE_COLOURS = {"early_mid": "#41B6E6", "later_mid": "#005EB8", "": "#AEB7BD"}
STAGE_BRUSHES = {
    "early_mid": Qt.BrushStyle.SolidPattern,
    "later_mid": Qt.BrushStyle.SolidPattern,
    "": Qt.BrushStyle.Dense4Pattern,
}


def _chart(title: str, parent: QWidget | None) -> tuple[QChart, QChartView]:
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundVisible(False)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    view = QChartView(chart, parent)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(view.fontMetrics().height() * 16)
    view.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    view.setFrameShape(QFrame.Shape.NoFrame)
    return chart, view


def _style_text(chart: QChart, text_colour: QColor) -> None:
    chart.setTitleBrush(QBrush(text_colour))
    chart.legend().setLabelColor(text_colour)
    for axis in chart.axes():
        axis.setLabelsColor(text_colour)
        axis.setGridLineColor(QColor(128, 128, 128, 60))


def _value_axis(maximum: int, chart: QChart, series: QBarSeries | QStackedBarSeries | QLineSeries) -> None:
    axis = QValueAxis()
    axis.setRange(0, max(1, maximum))
    axis.setTickCount(min(6, max(2, maximum + 1)))
    axis.setLabelFormat("%d")
    chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis)


def category_stage_chart(
    ref: Reference, table: dict[str, dict[str, int]], text_colour: QColor, parent: QWidget | None = None
) -> tuple[QChartView, str]:
    chart, view = _chart(tr("Activities per category, by career stage"), parent)
    series = QStackedBarSeries()
    stage_names = {"early_mid": "Early mid-career", "later_mid": "Later mid-career", "": "Stage not set"}
    for stage in ("early_mid", "later_mid", ""):
        bar = QBarSet(stage_names[stage])
        bar.setColor(QColor(STAGE_COLOURS[stage]))
        bar.setBrush(QBrush(QColor(STAGE_COLOURS[stage]), STAGE_BRUSHES[stage]))
        bar.setBorderColor(QColor("#425563"))
        for category in ref.categories:
            bar.append(table[category.code][stage])
        series.append(bar)
    chart.addSeries(series)
    axis = QBarCategoryAxis()
    axis.append([f"{c.letter} {c.short}" for c in ref.categories])
    chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis)
    _value_axis(max((sum(v.values()) for v in table.values()), default=0), chart, series)
    _style_text(chart, text_colour)
    rows = "".join(
        f"<tr><td>{escape(c.name)}</td><td>{table[c.code]['early_mid']}</td>"
        f"<td>{table[c.code]['later_mid']}</td><td>{table[c.code]['']}</td></tr>"
        for c in ref.categories
    )
    text = (
        "<table cellpadding='3'><tr><th align='left'>Category</th><th>Early mid</th><th>Later mid</th>"
        f"<th>Not set</th></tr>{rows}</table>"
    )
    view.setAccessibleName(tr("Chart: activities per category, by career stage"))
    return view, text


def over_time_chart(
    ref: Reference,
    years: list[tuple[int, dict[str, int]]],
    text_colour: QColor,
    parent: QWidget | None = None,
) -> tuple[QChartView, str]:
    chart, view = _chart(tr("Activities started each year"), parent)
    series = QBarSeries()
    for category in ref.categories:
        bar = QBarSet(f"{category.letter} {category.short}")
        bar.setColor(QColor(category.colour))
        for _year, counts in years:
            bar.append(counts[category.code])
        series.append(bar)
    chart.addSeries(series)
    axis = QBarCategoryAxis()
    axis.append([str(year) for year, _counts in years] or ["—"])
    chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis)
    _value_axis(max((max(c.values()) for _y, c in years), default=0), chart, series)
    _style_text(chart, text_colour)
    header = "".join(f"<th>{c.letter}</th>" for c in ref.categories)
    rows = "".join(
        f"<tr><td>{year}</td>" + "".join(f"<td>{counts[c.code]}</td>" for c in ref.categories) + "</tr>"
        for year, counts in years
    )
    text = f"<table cellpadding='3'><tr><th align='left'>Year</th>{header}</tr>{rows}</table>"
    view.setAccessibleName(tr("Chart: activities started each year, per category"))
    return view, text


def split_chart(split: Split, text_colour: QColor, parent: QWidget | None = None) -> tuple[QChartView, str]:
    chart, view = _chart(tr("70/20/10: where development comes from"), parent)
    series = QBarSeries()
    mine = QBarSet(tr("This portfolio"))
    mine.setColor(QColor("#005EB8"))
    typical = QBarSet(tr("Typical for senior leaders"))
    typical.setBrush(QBrush(QColor("#768692"), Qt.BrushStyle.BDiagPattern))
    typical.setPen(QPen(QColor("#425563")))
    for value in (split.experience, split.from_others, split.formal):
        mine.append(round(value * 100))
    for value in (70, 20, 10):
        typical.append(value)
    series.append(mine)
    series.append(typical)
    chart.addSeries(series)
    axis = QBarCategoryAxis()
    axis.append([tr("Experience"), tr("From others"), tr("Formal")])
    chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis)
    percent = QValueAxis()
    percent.setRange(0, 100)
    percent.setLabelFormat("%d%%")
    chart.addAxis(percent, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(percent)
    _style_text(chart, text_colour)
    text = (
        f"Experience {split.experience:.0%}, learning from others {split.from_others:.0%}, "
        f"formal learning {split.formal:.0%} of {split.total} activities (typical: 70%, 20%, 10%)."
    )
    view.setAccessibleName(tr("Chart: 70/20/10 split compared with the typical pattern"))
    return view, escape(text)
