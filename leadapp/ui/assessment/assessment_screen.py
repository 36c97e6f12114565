"""The Self-assessment section: rate on one screen by keyboard, see the change, and turn gaps into a plan."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from leadapp.documents import DocumentKind
from leadapp.domain.assessments import (
    Assessment,
    AssessmentRating,
    evidence_link,
    group_of,
    item_names,
    low_items,
    parse_evidence,
    serving_categories,
)
from leadapp.domain.enums import OwnerRole, Rater
from leadapp.domain.ids import today
from leadapp.domain.objectives import objective_for_item
from leadapp.domain.reference import Reference
from leadapp.domain.sharing import NOBODY
from leadapp.store.assessment_review import review
from leadapp.store.changes import ChangeSet, Table
from leadapp.store.store import Store
from leadapp.ui.assessment.change_chart import change_chart, change_text
from leadapp.ui.assessment.objectives_panel import ObjectivesPanel
from leadapp.ui.assessment.rating_table import RatingTable
from leadapp.ui.events import DataEvents
from leadapp.ui.scope import person_scope
from leadapp.ui.screen import Screen
from leadapp.ui.widgets.autosave import Autosaver
from leadapp.ui.widgets.date_field import format_date
from leadapp.ui.widgets.forms import note, subheading
from leadapp.ui.widgets.layouts import clear_layout
from leadapp.ui.widgets.merged_record import ConflictNotice, MergedRecord, set_plain_text
from leadapp.ui.widgets.roles import make_primary, set_role
from leadapp.ui.widgets.tick_boxes import outlined

LINK_ROLE = Qt.ItemDataRole.UserRole
SOURCES = (
    "Based on: NHS England and NHS Improvement, AHP leadership development guide (behaviours), and "
    "NHS Leadership Academy, Healthcare Leadership Model (2013) (dimensions and scale), described in our own "
    "words."
)


class AssessmentScreen(Screen, QWidget):
    def __init__(
        self, store: Store, ref: Reference, events: DataEvents, role: OwnerRole, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.ref = ref
        self.role = role
        self.mentee_id: str | None = None
        self.assessment: Assessment | None = None
        self.mentor_view: Assessment | None = None
        self.names = item_names(ref)
        self.groups = group_of(ref)
        self.descriptions = {i.code: i.description for g in ref.behaviour_groups for i in g.items}
        self.descriptions.update({g.code: g.description for g in ref.behaviour_groups})
        self.descriptions.update({d.code: d.description for d in ref.hlm_dimensions})
        self._loading = False
        self.setAccessibleName(self.tr("Self-assessment"))
        outer = QVBoxLayout(self)
        self.heading = QLabel(self.tr("Self-assessment"))
        set_role(self.heading, "heading")
        outer.addWidget(self.heading)
        self.empty = note("")
        outer.addWidget(self.empty)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Self-assessment views"))
        outer.addWidget(self.tabs, 1)
        sources = note(
            self.tr(SOURCES) + f' <a href="{ref.hlm_url}">{self.tr("The model and its questions")}</a>'
        )
        sources.setOpenExternalLinks(True)
        sources.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        outer.addWidget(sources)

        self.tabs.addTab(self._rate_tab(), self.tr("&Rate"))
        change_tab = self._change_tab()
        self.tabs.addTab(change_tab, self.tr("&Change over time"))
        self.objectives = ObjectivesPanel(store, ref)
        self.objectives.problem.connect(self.problem)
        self.tabs.addTab(self.objectives, self.tr("&Development objectives"))

        self._change_stale = False
        self.tabs.currentChanged.connect(self._on_tab)
        events.watch(self.assessments, {Table.ASSESSMENTS}, self._on_assessments_changed)
        events.watch(change_tab, {Table.ASSESSMENTS, Table.ASSESSMENT_RATINGS}, self._on_ratings_changed)
        events.watch(self.objectives, {Table.OBJECTIVES}, self._on_objectives_changed)
        events.watch(
            self.link_choice,
            {Table.ACTIVITIES, Table.SESSIONS},
            lambda _change: self._fill_links(self.person_scope()),
        )
        events.changed_elsewhere.connect(self._follow)
        self.refresh()

    # Building ------------------------------------------------------------------------------------------

    def _rate_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        bar = QHBoxLayout()
        chooser = QLabel(self.tr("&Assessment:"))
        self.assessments = QComboBox()
        self.assessments.setAccessibleName(self.tr("Assessment"))
        chooser.setBuddy(self.assessments)
        self.new_button = QPushButton(self.tr("New assessment for toda&y"))
        make_primary(self.new_button)
        self.new_button.setToolTip(self.tr("A new dated assessment for today"))
        self.mentor_button = QPushButton(self.tr("Add the &mentor's view"))
        self.mentor_button.setToolTip(self.tr("The mentor rates the same items beside the mentee's ratings"))
        self.finish_later = outlined(QCheckBox(self.tr("Finish &later")))
        self.print_button = QPushButton(self.tr("&Print or save…"))
        self.print_button.setToolTip(self.tr("The self-assessment summary as a PDF"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(
            self.tr("Moves this assessment and the mentor's view of it to the bin; Ctrl+Z brings them back")
        )
        bar.addWidget(chooser)
        bar.addWidget(self.assessments, 1)
        for widget in (self.new_button, self.mentor_button, self.remove_button):
            bar.addWidget(widget)
        layout.addLayout(bar)
        second = QHBoxLayout()
        keys = note(
            self.tr(
                "Rate a group as a whole or behaviour by behaviour, and each dimension. Keys: 1–4 rate and "
                "move on (essential to exemplary), Left/Right step, 0 clears, Shift+Right for the mentor's "
                "column."
            )
        )
        second.addWidget(keys, 1)
        second.addWidget(self.finish_later)
        second.addWidget(self.print_button)
        layout.addLayout(second)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        self.table = RatingTable(self.ref)
        split.addWidget(self.table)
        side = self._item_panel()
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setWidget(side)
        split.addWidget(scroller)
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side.setMinimumWidth(self.fontMetrics().averageCharWidth() * 24)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 1)
        split.setSizes([650, 350])
        layout.addWidget(split, 1)

        self.note_saver = Autosaver(self._save_note, self)
        self.note_saver.flush_when_focus_leaves(side)
        self.note_record: MergedRecord[AssessmentRating] = MergedRecord(
            self.store.ratings,
            self.note_saver,
            self.note_conflicts,
            self._apply_note,
            self.problem.emit,
            self,
        )
        self._connect_rate_tab()
        return tab

    def _item_panel(self) -> QWidget:
        """Beside the ratings: the current item, its note and evidence, and what is worth developing."""
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        self.item_title = subheading("")
        self.item_title.setWordWrap(True)
        self.item_about = note("")
        side_layout.addWidget(self.item_title)
        side_layout.addWidget(self.item_about)
        self.objective_button = QPushButton(self.tr("Make an o&bjective"))
        self.example_button = QPushButton(self.tr("&Start an activity…"))
        self.objective_button.setToolTip(self.tr("A development objective aimed at this item"))
        self.example_button.setToolTip(
            self.tr("The example library, filtered to a category that builds this item")
        )
        gap_row = QHBoxLayout()
        gap_row.addWidget(self.objective_button)
        gap_row.addWidget(self.example_button)
        side_layout.addLayout(gap_row)
        self.note_conflicts = ConflictNotice({"note": self.tr("Note")})
        side_layout.addWidget(self.note_conflicts)
        form = QFormLayout()
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(self.note.fontMetrics().lineSpacing() * 5)
        self.note.setAccessibleName(self.tr("Note on this item"))
        note_label = QLabel(self.tr("&Note"))
        note_label.setBuddy(self.note)
        form.addRow(note_label, self.note)
        side_layout.addLayout(form)
        side_layout.addWidget(QLabel(self.tr("Evidence")))
        self.evidence = QListWidget()
        self.evidence.setAccessibleName(self.tr("Evidence for this item"))
        self.evidence.setMaximumHeight(self.evidence.fontMetrics().height() * 5)
        side_layout.addWidget(self.evidence)
        link_row = QHBoxLayout()
        self.link_choice = QComboBox()
        self.link_choice.setAccessibleName(self.tr("Activity or session to link"))
        self.link_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.link_choice.setMinimumContentsLength(10)
        self.link_button = QPushButton(self.tr("Lin&k"))
        self.link_button.setToolTip(self.tr("Link the chosen activity or session as evidence"))
        self.unlink_button = QPushButton(self.tr("Unlink"))
        self.unlink_button.setToolTip(self.tr("Remove the selected evidence link"))
        link_row.addWidget(self.link_choice, 1)
        link_row.addWidget(self.link_button)
        link_row.addWidget(self.unlink_button)
        side_layout.addLayout(link_row)
        side_layout.addWidget(subheading(self.tr("Worth developing")))
        self.low_text = note("")
        side_layout.addWidget(self.low_text)
        side_layout.addStretch(1)
        return side

    def _connect_rate_tab(self) -> None:
        self.assessments.activated.connect(lambda _i: self._choose_assessment())
        self.new_button.clicked.connect(self.new_assessment)
        self.mentor_button.clicked.connect(self.add_mentor_view)
        self.finish_later.toggled.connect(self._set_finish_later)
        self.print_button.clicked.connect(lambda: self._print(DocumentKind.ASSESSMENT))
        self.remove_button.clicked.connect(self.remove_assessment)
        self.table.rated.connect(self._on_rated)
        self.table.item_changed.connect(lambda _code: self._show_item())
        self.table.currentCellChanged.connect(lambda *_a: self._show_item())
        self.note.textChanged.connect(self._note_edited)
        self.link_button.clicked.connect(self._link)
        self.unlink_button.clicked.connect(self._unlink)
        self.objective_button.clicked.connect(self._objective_from_item)
        self.example_button.clicked.connect(self._example_for_item)

    def _change_tab(self) -> QWidget:
        tab = QWidget()
        layout = QHBoxLayout(tab)
        self.chart_holder = QVBoxLayout()
        layout.addLayout(self.chart_holder, 3)
        words = QScrollArea()
        words.setWidgetResizable(True)
        words.setFrameShape(QFrame.Shape.NoFrame)
        words.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.addWidget(subheading(self.tr("Since last time")))
        self.since = QLabel()
        self.since.setWordWrap(True)
        self.since.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.since.setAccessibleName(self.tr("Since last time"))
        column.addWidget(self.since)
        self.appraisal_button = QPushButton(self.tr("Appraisal &pack…"))
        self.appraisal_button.setToolTip(
            self.tr("Objectives with their evidence, the balance and the change, as a PDF")
        )
        self.appraisal_button.clicked.connect(lambda: self._print(DocumentKind.APPRAISAL))
        column.addWidget(self.appraisal_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(subheading(self.tr("The chart in words")))
        self.chart_words = QLabel()
        self.chart_words.setWordWrap(True)
        self.chart_words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.chart_words.setAccessibleName(self.tr("The chart in words"))
        column.addWidget(self.chart_words)
        column.addStretch(1)
        words.setWidget(inner)
        words.setMinimumWidth(self.fontMetrics().averageCharWidth() * 34)
        layout.addWidget(words, 2)
        return tab

    # Whose and which -----------------------------------------------------------------------------------

    def person_scope(self) -> str | None:
        scope = person_scope(self.store, self.role, self.mentee_id)
        return None if scope == NOBODY else scope

    def set_mentee(self, mentee_id: str | None) -> None:
        self.flush()
        self.mentee_id = mentee_id
        self.assessment = None
        self.refresh()

    def refresh(self) -> None:
        person_id = self.person_scope()
        person = self.store.people.find(person_id) if person_id else None
        self.heading.setText(
            self.tr("Self-assessment — {0}").format(person.full_name)
            if person
            else self.tr("Self-assessment")
        )
        self.empty.setText(
            "" if person else self.tr("Choose a mentee in “Working with” to see their self-assessments.")
        )
        self.empty.setVisible(person is None)
        self.tabs.setEnabled(person is not None)
        self.objectives.set_person(person_id)
        self._fill_assessments(person_id)
        self._fill_links(person_id)
        self._show_change()

    def _fill_assessments(self, person_id: str | None, select: str | None = None) -> None:
        keep = select or (self.assessment.id if self.assessment else None)
        found = self.store.assessments.for_person(person_id, Rater.MENTEE) if person_id else []
        self.assessments.blockSignals(True)
        self.assessments.clear()
        for assessment in reversed(found):
            later = self.tr(" · finish later") if assessment.finish_later else ""
            self.assessments.addItem(format_date(assessment.assessed_on) + later, assessment.id)
        if not found:
            self.assessments.addItem(self.tr("None yet: start one with New assessment for today (Alt+Y)"), "")
        position = self.assessments.findData(keep) if keep else -1
        self.assessments.setCurrentIndex(max(position, 0))
        self.assessments.blockSignals(False)
        self._choose_assessment()

    def _choose_assessment(self) -> None:
        self.flush()
        chosen = self.assessments.currentData()
        self.assessment = self.store.assessments.find(chosen) if chosen else None
        self.mentor_view = self.store.assessments.mentor_view(self.assessment) if self.assessment else None
        has = self.assessment is not None
        for widget in (
            self.table,
            self.mentor_button,
            self.finish_later,
            self.note,
            self.link_button,
            self.remove_button,
        ):
            widget.setEnabled(has)
        self.mentor_button.setEnabled(has and self.mentor_view is None)
        self._loading = True
        self.finish_later.setChecked(bool(self.assessment and self.assessment.finish_later))
        self._loading = False
        mine = self.store.ratings.values(self.assessment.id) if self.assessment else {}
        theirs = self.store.ratings.values(self.mentor_view.id) if self.mentor_view else {}
        self.table.set_values(Rater.MENTEE, mine)
        self.table.set_values(Rater.MENTOR, theirs)
        self.table.show_mentor(self.mentor_view is not None)
        self._show_item()
        self._show_low()

    def _fill_links(self, person_id: str | None) -> None:
        self.link_choice.clear()
        if not person_id:
            return
        for activity in self.store.activities.for_person(person_id):
            self.link_choice.addItem(
                self.tr("Activity: {0}").format(activity.title), evidence_link("activity", activity.id)
            )
        for session in reversed(self.store.sessions.for_mentee(person_id)):
            self.link_choice.addItem(
                self.tr("Session: {0}").format(format_date(session.session_date)),
                evidence_link("session", session.id),
            )

    def _link_text(self, link: str) -> str:
        kind, record_id = parse_evidence(link)
        if kind == "activity":
            activity = self.store.activities.find(record_id)
            return (
                self.tr("Activity: {0}").format(activity.title)
                if activity
                else self.tr("An activity since removed")
            )
        session = self.store.sessions.find(record_id)
        return (
            self.tr("Session: {0}").format(format_date(session.session_date))
            if session
            else self.tr("A session since removed")
        )

    # Rating --------------------------------------------------------------------------------------------

    def _assessment_for(self, rater: Rater) -> Assessment | None:
        return self.mentor_view if rater is Rater.MENTOR else self.assessment

    def _on_rated(self, code: str, rater: Rater, value: int | None) -> None:
        assessment = self._assessment_for(rater)
        if assessment is None:
            return

        def rate() -> None:
            row = self.store.ratings.for_item(assessment.id, code)
            self.store.ratings.save_edits(row, replace(row, rating=value))

        if self.wrote(rate):
            self._show_low()

    def new_assessment(self) -> None:
        person_id = self.person_scope()
        if not person_id:
            return
        self.flush()
        created = self.write(self.store.assessments.add, Assessment(person_id=person_id, assessed_on=today()))
        if created is None:
            return
        self._fill_assessments(person_id, created.id)
        self.tabs.setCurrentIndex(0)
        self.table.setCurrentCell(0, 1)
        self.table.setFocus()

    def add_mentor_view(self) -> None:
        if self.assessment is None or self.mentor_view is not None:
            return
        mentor_view = Assessment(
            person_id=self.assessment.person_id, assessed_on=self.assessment.assessed_on, rater=Rater.MENTOR
        )
        if self.write(self.store.assessments.add, mentor_view) is None:
            return
        self._choose_assessment()
        self.table.setCurrentCell(max(self.table.currentRow(), 0), 2)
        self.table.setFocus()

    def remove_assessment(self) -> None:
        if self.assessment is None:
            return
        self.flush()
        removed = [a.id for a in (self.mentor_view, self.assessment) if a is not None]

        def remove() -> None:
            for assessment_id in removed:
                self.store.assessments.remove(assessment_id)

        if not self.wrote(remove):
            return
        self.assessment = None
        self._fill_assessments(self.person_scope())
        self._show_change()

    def _set_finish_later(self, on: bool) -> None:
        base = self.assessment
        if self._loading or base is None:
            return
        saved = self.write(self.store.assessments.save_edits, base, replace(base, finish_later=on))
        if saved is None:
            return
        self.assessment = saved.record
        position = self.assessments.currentIndex()
        later = self.tr(" · finish later") if on else ""
        self.assessments.setItemText(position, format_date(base.assessed_on) + later)

    def _show_low(self) -> None:
        person_id = self.person_scope()
        if not person_id or self.assessment is None:
            self.low_text.setText(self.tr("Nothing yet."))
            return
        mine = self.table.values[Rater.MENTEE]
        past = [
            a
            for a in self.store.assessments.for_person(person_id, Rater.MENTEE)
            if a.assessed_on < self.assessment.assessed_on
        ]
        before = self.store.ratings.values(past[-1].id) if past else {}
        low = low_items(mine, before, list(self.names))
        self.low_text.setText(
            ", ".join(self.names.get(code, code) for code in low)
            if low
            else self.tr("No item is rated essential or lower than last time.")
        )

    # The current item's note and evidence --------------------------------------------------------------

    def _show_item(self) -> None:
        self.note_saver.flush()
        code = self.table.current_code()
        self.item_title.setText(self.names.get(code, ""))
        self.item_about.setText(self.descriptions.get(code, ""))
        assessment = self._assessment_for(self.table.current_rater())
        record = None
        if assessment is not None and code:
            record = self.store.ratings.by_item(assessment.id).get(code)
        self.note_record.load(record)
        self._apply_note(record, {"note", "evidence"})
        has_item = bool(code) and assessment is not None
        self.objective_button.setEnabled(has_item)
        self.example_button.setEnabled(has_item)

    def _apply_note(self, record: AssessmentRating | None, fields: set[str]) -> None:
        self._loading = True
        try:
            if "note" in fields:
                set_plain_text(self.note, record.note if record else "")
            if "evidence" in fields:
                self.evidence.clear()
                for link in record.evidence if record else []:
                    item = QListWidgetItem(self._link_text(link))
                    item.setData(LINK_ROLE, link)
                    self.evidence.addItem(item)
        finally:
            self._loading = False

    def _ensure_rating_row(self) -> AssessmentRating | None:
        if self.note_record.base is not None:
            return self.note_record.base
        assessment = self._assessment_for(self.table.current_rater())
        code = self.table.current_code()
        if assessment is None or not code:
            return None
        row = self.write(self.store.ratings.for_item, assessment.id, code)
        if row is not None:
            self.note_record.load(row)
        return row

    def _note_edited(self) -> None:
        if self._loading:
            return
        if self._ensure_rating_row() is not None:
            self.note_saver.touch()

    def _save_note(self) -> bool:
        base = self.note_record.base
        if base is None:
            return True
        return self.note_record.save(replace(base, note=self.note.toPlainText())) is not None

    def _set_evidence(self, links: list[str]) -> None:
        self.note_saver.flush()
        base = self._ensure_rating_row()
        if base is None:
            return
        saved = self.note_record.save(replace(base, evidence=links))
        if saved is not None:
            self._apply_note(saved.record, {"evidence"})

    def _link(self) -> None:
        link = self.link_choice.currentData()
        current = list(self.note_record.base.evidence) if self.note_record.base else []
        if link and link not in current:
            self._set_evidence([*current, link])

    def _unlink(self) -> None:
        item = self.evidence.currentItem()
        if item is None or self.note_record.base is None:
            return
        self._set_evidence([link for link in self.note_record.base.evidence if link != item.data(LINK_ROLE)])

    # Gaps into action ----------------------------------------------------------------------------------

    def _objective_from_item(self) -> None:
        code = self.table.current_code()
        person_id = self.person_scope()
        if not code or not person_id:
            return
        made = objective_for_item(
            person_id, self.names.get(code, code).strip(), code, serving_categories(code, self.groups)
        )
        self.tabs.setCurrentWidget(self.objectives)
        self.objectives.add(made)

    def _example_for_item(self) -> None:
        code = self.table.current_code()
        categories = serving_categories(code, self.groups)
        self.flush()
        self.find_example.emit(categories[0] if categories else "", "")

    # Change over time ----------------------------------------------------------------------------------

    def _on_tab(self, position: int) -> None:
        """The chart is redrawn when looked at, not at every keypress on the rating tab."""
        if position == 1 and self._change_stale:
            self._show_change()

    def _show_change(self) -> None:
        self._change_stale = False
        clear_layout(self.chart_holder)
        person_id = self.person_scope()
        if not person_id:
            self.since.setText("")
            self.chart_words.setText("")
            return
        found = review(self.store, self.ref, person_id)
        if found.latest is None:
            self.since.setText(self.tr("No self-assessment yet."))
        elif found.previous is None:
            self.since.setText(self.tr("This is the first assessment: the change shows from the next one."))
        else:
            self.since.setText(
                "\n".join(found.sentences)
                if found.sentences
                else self.tr("No rating has changed since last time.")
            )
        history = [(r.assessment.assessed_on, r.ratings) for r in found.history]
        view = change_chart(
            history,
            self.ref,
            self.palette().windowText().color(),
            found.mentor.ratings if found.mentor else None,
        )
        self.chart_holder.addWidget(view)
        self.chart_words.setText(change_text(history, self.ref))

    # Keeping up ----------------------------------------------------------------------------------------

    def _print(self, kind: DocumentKind) -> None:
        person_id = self.person_scope()
        if person_id:
            self.flush()
            self.print_requested.emit(kind, person_id)

    def _listed(self) -> set[str]:
        return {str(self.assessments.itemData(n)) for n in range(self.assessments.count())} - {""}

    def _stored(self) -> set[str]:
        person_id = self.person_scope()
        found = self.store.assessments.for_person(person_id, Rater.MENTEE) if person_id else []
        return {a.id for a in found}

    def _on_assessments_changed(self, _change: ChangeSet) -> None:
        if self._listed() != self._stored():
            self._fill_assessments(self.person_scope())

    def _on_ratings_changed(self, _change: ChangeSet) -> None:
        self._change_stale = True
        if self.tabs.currentIndex() == 1:
            self._show_change()

    def _on_objectives_changed(self, _change: ChangeSet) -> None:
        if not self.objectives.autosaver.pending:
            self.objectives.follow_store()

    def _follow(self) -> None:
        self.note_record.follow()
        self.objectives.follow_store()
        if self.assessment is not None:
            self.table.set_values(Rater.MENTEE, self.store.ratings.values(self.assessment.id))
        if self.mentor_view is not None:
            self.table.set_values(Rater.MENTOR, self.store.ratings.values(self.mentor_view.id))

    def flush(self) -> None:
        self.note_saver.flush()
        self.objectives.flush()
