"""Reports' way in to the records a mentee owns and the programme learns from.

The CPD profile builder (for the mentee chosen under Whose), the programme return a mentor sends, and the
programme report a lead builds from several returns: each opens in its own window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from leadapp.domain.enums import OwnerRole
from leadapp.store.store import Store
from leadapp.ui import labels
from leadapp.ui.privacy import Privacy
from leadapp.ui.widgets.choices import fill_items, select_data

if TYPE_CHECKING:
    from leadapp.ui.reports.reports_screen import ReportsScreen


def fill_relationships(store: Store, box: QComboBox, person_id: str | None, privacy: Privacy) -> None:
    """The chosen person's relationships, named by kind and the other person (hidden people left out)."""
    chosen = box.currentData()
    items = []
    kinds = labels.relationship_kinds()
    if person_id:
        for rel in store.relationships.for_person(person_id):
            other_id = rel.mentor_id if rel.mentee_id == person_id else rel.mentee_id
            other = store.people.find(other_id)
            if other is None or not privacy.shows(other):
                continue
            items.append((rel.id, f"{kinds[rel.kind]} with {other.full_name}"))
    fill_items(box, items)
    if chosen:
        select_data(box, chosen)


class OwnedRecordButtons(QWidget):
    def __init__(self, screen: ReportsScreen) -> None:
        super().__init__(screen)
        self.screen_ = screen
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Build:")))
        self.cpd_button = QPushButton(self.tr("&CPD profile…"))
        self.cpd_button.setAccessibleName(self.tr("CPD profile builder"))
        self.cpd_button.setToolTip(self.tr("The HCPC CPD profile of the person chosen under Whose"))
        self.return_button = QPushButton(self.tr("Programme &return…"))
        self.report_button = QPushButton(self.tr("Programme re&port…"))
        for button in (self.cpd_button, self.return_button, self.report_button):
            row.addWidget(button)
        row.addStretch(1)
        self.cpd_button.clicked.connect(self.open_cpd)
        self.return_button.clicked.connect(self.open_return)
        self.report_button.clicked.connect(self.open_report)
        self.return_button.setVisible(screen.role is OwnerRole.MENTOR)
        screen.privacy.changed.connect(self._on_privacy)
        self._on_privacy(screen.privacy.hidden)

    def _on_privacy(self, hidden: bool) -> None:
        """A return counts every mentee, so it is not made while the screen is shared."""
        self.return_button.setEnabled(not hidden)

    def open_cpd(self) -> None:
        from leadapp.ui.reports.cpd_builder import CpdBuilderDialog

        screen = self.screen_
        person_id = screen.person.currentData()
        if not person_id:
            screen.preview.message.setText(self.tr("Choose whose CPD profile it is first."))
            return
        CpdBuilderDialog(screen.store, screen.ref, screen.privacy, person_id, screen).exec()

    def open_return(self) -> None:
        from leadapp.ui.reports.programme_dialogs import ReturnDialog

        screen = self.screen_
        ReturnDialog(screen.store, screen.ref, screen).exec()

    def open_report(self) -> None:
        from leadapp.ui.reports.programme_dialogs import ProgrammeReportDialog

        screen = self.screen_
        ProgrammeReportDialog(screen.store.path, screen.ref, screen).exec()
