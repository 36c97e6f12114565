"""The programme return a mentor sends, and the programme report a lead builds from several returns.

The return dialog shows exactly what will leave, as the lead will see it, before anything is written.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from leadapp.documents import Document, DocumentKind, DocumentRequest
from leadapp.domain.ids import today
from leadapp.domain.programme import (
    BREAKDOWNS,
    ProgrammeReturn,
    combine,
    make_return,
    parse_shares,
    summary_sentence,
)
from leadapp.domain.reference import Reference
from leadapp.store.errors import StoreError
from leadapp.store.programme import mentee_facts, read_return_file, write_return
from leadapp.store.store import Store
from leadapp.ui.newest_request import NewestRequest
from leadapp.ui.reports.background import document_work
from leadapp.ui.reports.pdf_preview import PdfPreview
from leadapp.ui.widgets.forms import labelled_row, note
from leadapp.ui.widgets.roles import make_primary, set_role


def _fit(dialog: QDialog, columns: int, rows: int) -> None:
    metrics = dialog.fontMetrics()
    width, height = metrics.averageCharWidth() * columns, metrics.height() * rows
    screen = dialog.screen().availableGeometry() if dialog.screen() else None
    if screen is not None:
        width, height = min(width, screen.width() - 40), min(height, screen.height() - 60)
    dialog.resize(width, height)


class ReturnDialog(QDialog):
    """Counts only: what is withheld shows as "<5" here exactly as it will in the file."""

    def __init__(self, store: Store, ref: Reference, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        now = today()
        self.programme_return: ProgrammeReturn = make_return(mentee_facts(store, ref, now), f"{now:%Y-%m}")
        self.setWindowTitle(self.tr("Programme return"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            note(
                self.tr(
                    "An anonymised return for your mentoring programme lead: counts of your mentees by "
                    "profession, band, kind of relationship, months and sessions, and the groups mentees "
                    "chose to record. No names, notes or ids leave; any count from 1 to 4 is withheld as "
                    "<5. It is saved as a JSON file and a CSV file beside it."
                )
            )
        )
        self.counts = QTreeWidget()
        self.counts.setAccessibleName(self.tr("What the return holds"))
        self.counts.setHeaderLabels([self.tr("Group"), self.tr("Mentees")])
        self._fill()
        layout.addWidget(self.counts, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Save result"))
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton(self.tr("&Save return…"))
        make_primary(self.save_button)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.choose_and_save)
        layout.addWidget(buttons)
        _fit(self, 90, 36)

    def _fill(self) -> None:
        made = self.programme_return
        top = QTreeWidgetItem([self.tr("Mentees in all"), str(made.mentees)])
        self.counts.addTopLevelItem(top)
        self.counts.addTopLevelItem(QTreeWidgetItem([self.tr("Sessions held"), str(made.sessions_held)]))
        for key, title in BREAKDOWNS:
            parent = QTreeWidgetItem([title, ""])
            for group, n in made.counts.get(key, {}).items():
                parent.addChild(QTreeWidgetItem([group, str(n)]))
            self.counts.addTopLevelItem(parent)
        self.counts.expandAll()
        header = self.counts.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

    def choose_and_save(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the programme return"),
            str(Path.home() / f"programme-return-{self.programme_return.made_in}.json"),
            self.tr("Programme return (*.json)"),
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> bool:
        if path.suffix.lower() != ".json":
            path = path.with_suffix(".json")
        try:
            csv_path = write_return(self.programme_return, path)
        except StoreError as error:
            self.message.setText(str(error))
            return False
        self.message.setText(
            self.tr("Saved {0} and {1}. Send both to your programme lead.").format(path.name, csv_path.name)
        )
        return True


class ProgrammeReportDialog(QDialog):
    """The lead's side: returns in, workforce shares typed, the report shown with Print and Save."""

    def __init__(self, db_path: Path, ref: Reference, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.ref = ref
        self._newest = NewestRequest(self)
        self.setWindowTitle(self.tr("Programme report"))
        layout = QHBoxLayout(self)
        side = QVBoxLayout()
        side.addWidget(
            note(self.tr("Add the returns mentors sent you, and the workforce shares to compare against."))
        )
        self.files = QListWidget()
        self.files.setAccessibleName(self.tr("Returns added"))
        side.addWidget(self.files)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add returns…"))
        self.remove_button = QPushButton(self.tr("Remo&ve"))
        self.remove_button.setAccessibleName(self.tr("Remove the chosen return"))
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        side.addLayout(row)
        form = QFormLayout()
        self.profession_shares = QPlainTextEdit()
        self.profession_shares.setTabChangesFocus(True)
        self.profession_shares.setPlaceholderText(self.tr("Physiotherapist: 22\nOccupational therapist: 18"))
        self.band_shares = QPlainTextEdit()
        self.band_shares.setTabChangesFocus(True)
        self.band_shares.setPlaceholderText(self.tr("Band 6: 40\nBand 7: 35"))
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        labelled_row(form, self.tr("&Profession shares (%)"), self.profession_shares)
        labelled_row(form, self.tr("&Band shares (%)"), self.band_shares)
        side.addLayout(form)
        self.problem = QLabel()
        set_role(self.problem, "error")
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("Problem with the shares"))
        side.addWidget(self.problem)
        self.show_button = QPushButton(self.tr("S&how report"))
        make_primary(self.show_button)
        side.addWidget(self.show_button)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        side.addWidget(close)
        layout.addLayout(side, 1)
        right = QVBoxLayout()
        self.preview = PdfPreview()
        right.addWidget(self.preview, 1)
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.headline.setAccessibleName(self.tr("The report in words"))
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        right.addWidget(self.headline)
        layout.addLayout(right, 2)
        self.add_button.clicked.connect(self.choose_returns)
        self.remove_button.clicked.connect(self._remove)
        self.show_button.clicked.connect(self.show_report)
        _fit(self, 150, 44)

    def choose_returns(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Add programme returns"), str(Path.home()), self.tr("Programme returns (*.json)")
        )
        self.add_returns([Path(p) for p in paths])

    def add_returns(self, paths: list[Path]) -> None:
        have = set(self.return_files())
        for path in paths:
            if str(path) not in have:
                have.add(str(path))
                self.files.addItem(str(path))

    def return_files(self) -> list[str]:
        return [self.files.item(row).text() for row in range(self.files.count())]

    def _remove(self) -> None:
        row = self.files.currentRow()
        if row >= 0:
            self.files.takeItem(row)

    def request(self) -> DocumentRequest | None:
        if not self.return_files():
            self.problem.setText(self.tr("Add at least one return first."))
            return None
        try:
            professions = parse_shares(self.profession_shares.toPlainText())
            bands = parse_shares(self.band_shares.toPlainText())
        except ValueError as error:
            self.problem.setText(str(error))
            return None
        self.problem.clear()
        return DocumentRequest(
            DocumentKind.PROGRAMME,
            return_files=tuple(self.return_files()),
            profession_shares=tuple(professions.items()),
            band_shares=tuple(bands.items()),
        )

    def show_report(self) -> None:
        request = self.request()
        if request is None:
            return
        self.preview.show_busy(self.tr("Adding up the returns…"))
        self.headline.clear()
        self._newest.run(
            document_work(self.db_path, self.ref, request),
            lambda document: self._show(document, request),
            self.preview.show_failure,
        )

    def _show(self, document: Document, request: DocumentRequest) -> None:
        """The charts' text equivalent goes under the pages, for a screen reader and a quick read."""
        self.preview.show_document(document)
        try:
            returns = [read_return_file(Path(name)) for name in request.return_files]
        except StoreError:
            self.headline.clear()
            return
        self.headline.setText(summary_sentence(combine(returns), dict(request.profession_shares)))
