"""Balance: how a mentee's activities spread across the five categories, the gaps, and board readiness."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from leadapp.documents import DocumentKind
from leadapp.domain.activities import Activity
from leadapp.domain.balance import (
    balance_gaps,
    category_by_stage,
    counted,
    over_time,
    readiness_map,
    seventy_twenty_ten,
)
from leadapp.domain.enums import OwnerRole
from leadapp.domain.objectives import coverage, coverage_sentence
from leadapp.domain.reference import Reference
from leadapp.domain.sharing import NOBODY
from leadapp.store.changes import Table
from leadapp.store.store import Store
from leadapp.ui.events import DataEvents
from leadapp.ui.scope import person_scope
from leadapp.ui.screen import Screen
from leadapp.ui.widgets.category_chips import text_colour_for
from leadapp.ui.widgets.layouts import clear_layout
from leadapp.ui.widgets.roles import Panel, set_role
from leadapp.ui.widgets.section import Section
from leadapp.ui.widgets.tables import list_table


class BalanceScreen(Screen, QScrollArea):
    def __init__(
        self, store: Store, ref: Reference, events: DataEvents, role: OwnerRole, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.ref = ref
        self.role = role
        self.mentee_id: str | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(self.tr("Balance"))
        inner = QWidget()
        layout = QVBoxLayout(inner)
        top = QHBoxLayout()
        self.heading = QLabel(self.tr("Balance"))
        set_role(self.heading, "heading")
        top.addWidget(self.heading, 1)
        self.print_button = QPushButton(self.tr("Print or save the portfolio…"))
        self.print_button.clicked.connect(self._print)
        top.addWidget(self.print_button)
        layout.addLayout(top)
        self.summary = QLabel()
        set_role(self.summary, "secondary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.body = QWidget()
        grid = QGridLayout(self.body)
        grid.setContentsMargins(0, 0, 0, 0)
        self.charts = QVBoxLayout()
        self.side_charts = QVBoxLayout()
        self.gaps = QVBoxLayout()
        gaps_box = Panel("card")
        gaps_outer = QVBoxLayout(gaps_box)
        gaps_title = QLabel(self.tr("Gaps a board would notice"))
        set_role(gaps_title, "subheading")
        gaps_outer.addWidget(gaps_title)
        gaps_outer.addLayout(self.gaps)
        cover_title = QLabel(self.tr("What your objectives cover"))
        set_role(cover_title, "subheading")
        gaps_outer.addWidget(cover_title)
        self.objectives_cover = QLabel()
        self.objectives_cover.setWordWrap(True)
        self.objectives_cover.setAccessibleName(self.tr("What your objectives cover"))
        gaps_outer.addWidget(self.objectives_cover)
        charts_box = QWidget()
        charts_box.setLayout(self.charts)
        side_box = QWidget()
        side = QVBoxLayout(side_box)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(gaps_box)
        side.addLayout(self.side_charts)
        grid.addWidget(charts_box, 0, 0)
        grid.addWidget(side_box, 0, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        layout.addWidget(self.body)
        self.figures = QLabel()
        self.figures.setWordWrap(True)
        self.figures.setTextFormat(Qt.TextFormat.RichText)
        self.figures.setAccessibleName(self.tr("The charts' figures"))
        self.figures_section = Section(self.tr("The charts' figures, as tables"), self.figures)
        layout.addWidget(self.figures_section)
        readiness_title = QLabel(self.tr("Readiness: what boards expect of senior leaders"))
        set_role(readiness_title, "subheading")
        layout.addWidget(readiness_title)
        self.readiness_model = QStandardItemModel(0, 2, self)
        self.readiness_model.setHorizontalHeaderLabels(
            [self.tr("What boards expect"), self.tr("Evidence so far")]
        )
        self.readiness = list_table(self.tr("Readiness map"), self.readiness_model)
        self.readiness.setWordWrap(True)
        self.readiness.setMinimumHeight(self.fontMetrics().height() * 16)
        layout.addWidget(self.readiness)
        source = QLabel(
            self.tr("Based on: NHS England and NHS Improvement, AHP leadership development guide.")
        )
        set_role(source, "secondary")
        layout.addWidget(source)
        layout.addStretch(1)
        self.setWidget(inner)
        events.watch(self, {Table.ACTIVITIES, Table.PEOPLE, Table.OBJECTIVES}, lambda _change: self.refresh())
        self.refresh()

    def person_scope(self) -> str | None:
        """None also while sharing with nobody chosen: there is no one's balance to show."""
        scope = person_scope(self.store, self.role, self.mentee_id)
        return None if scope == NOBODY else scope

    def print_current(self) -> bool:
        self._print()
        return self.person_scope() is not None

    def _print(self) -> None:
        person_id = self.person_scope()
        if person_id is not None:
            self.print_requested.emit(DocumentKind.PORTFOLIO, person_id)

    def set_mentee(self, mentee_id: str | None) -> None:
        self.mentee_id = mentee_id
        self.refresh()

    def refresh(self) -> None:
        """QtCharts is imported on the first chart drawn, not when the app starts."""
        clear_layout(self.charts)
        clear_layout(self.side_charts)
        clear_layout(self.gaps)
        person_id = self.person_scope()
        self.print_button.setEnabled(person_id is not None)
        self.body.setVisible(person_id is not None)
        self.figures_section.setVisible(person_id is not None)
        if person_id is None:
            self.summary.setText(
                self.tr("Choose a mentee in “Working with” at the top to see the balance of their portfolio.")
            )
            self.readiness_model.setRowCount(0)
            return
        person = self.store.people.find(person_id)
        activities = self.store.activities.for_person(person_id)
        name = person.full_name if person else ""
        self.heading.setText(self.tr("Balance: {0}").format(name) if name else self.tr("Balance"))
        self.summary.setText(
            self.tr("Counting {0} of {1} activities: those in progress or done.").format(
                len(counted(activities)), len(activities)
            )
        )
        from leadapp.ui.balance.charts import category_stage_chart, over_time_chart, split_chart

        text_colour = self.palette().windowText().color()
        table = category_by_stage(activities)
        stage_view, stage_text = category_stage_chart(self.ref, table, text_colour)
        years = over_time(activities)
        time_view, time_text = over_time_chart(self.ref, years, text_colour)
        split = seventy_twenty_ten(activities)
        split_view, split_text = split_chart(split, text_colour)
        self.charts.addWidget(stage_view)
        self.charts.addWidget(time_view)
        self.side_charts.addWidget(split_view)
        stage_view.setAccessibleDescription(stage_text)
        self.figures.setText(stage_text + "<br>" + time_text + "<p>" + split_text + "</p>")
        self._show_gaps(activities)
        self._show_readiness(activities)
        counts = coverage(self.store.objectives.for_person(person_id), [c.code for c in self.ref.categories])
        self.objectives_cover.setText(
            coverage_sentence(counts, {c.code: c.short for c in self.ref.categories})
        )

    def _show_gaps(self, activities: list[Activity]) -> None:
        stage = "later_mid"
        gaps = balance_gaps(activities, self.ref, stage)
        if not gaps:
            done = QLabel(self.tr("No gaps stand out: experience spans all five categories."))
            done.setWordWrap(True)
            self.gaps.addWidget(done)
            return
        for gap in gaps:
            category = self.ref.category(gap.category)
            card = QWidget()
            line = QHBoxLayout(card)
            line.setContentsMargins(0, 0, 0, 0)
            chip = QLabel(category.letter)
            chip.setStyleSheet(
                f"background: {category.colour}; color: {text_colour_for(category.colour)};"
                " font-weight: 700; padding: 0.15em 0.5em; border-radius: 3px;"
            )
            chip.setAccessibleName(category.short)
            words = QLabel(gap.sentence)
            words.setWordWrap(True)
            line.addWidget(chip, 0, Qt.AlignmentFlag.AlignTop)
            line.addWidget(words, 1)
            self.gaps.addWidget(card)
            if gap.suggestion is not None:
                suggestion = QLabel(self.tr("Try: {0}").format(escape(gap.suggestion.title)))
                set_role(suggestion, "secondary")
                suggestion.setWordWrap(True)
                self.gaps.addWidget(suggestion)
            button = QPushButton(self.tr("Find an example"))
            button.setAccessibleName(self.tr("Find an example: {0}").format(gap.sentence))
            code = gap.suggestion.code if gap.suggestion else ""
            button.clicked.connect(
                lambda _checked=False, c=gap.category, s=code: self.find_example.emit(c, s)
            )
            self.gaps.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)

    def _show_readiness(self, activities: list[Activity]) -> None:
        rows = readiness_map(activities, self.ref)
        self.readiness_model.setRowCount(len(rows))
        for position, row in enumerate(rows):
            expectation = QStandardItem(row.label)
            expectation.setToolTip(row.description)
            evidence = QStandardItem(
                "; ".join(a.title for a in row.evidence) if row.evidence else self.tr("No evidence yet")
            )
            if not row.evidence:
                evidence.setForeground(self.palette().placeholderText())
            self.readiness_model.setItem(position, 0, expectation)
            self.readiness_model.setItem(position, 1, evidence)
        self.readiness.resizeRowsToContents()
