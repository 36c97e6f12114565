"""Reports and People reach the agreement, the CPD builder and the programme return and report."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from leadapp.demo_programme import write_programme_demo
from leadapp.documents import DocumentKind
from leadapp.domain.enums import OwnerRole, PersonKind
from leadapp.domain.reference import Reference
from leadapp.owned_records import make_programme_return
from leadapp.store.store import Store
from leadapp.ui.people.person_editor import PersonEditor
from leadapp.ui.privacy import Privacy
from leadapp.ui.reports import preview_dialog
from leadapp.ui.reports.programme_dialogs import ProgrammeReportDialog, ReturnDialog
from leadapp.ui.reports.reports_screen import ReportsScreen
from leadapp.ui.widgets.choices import select_data
from tests.ui.test_main_window import unnamed_controls


@pytest.mark.usefixtures("demo_store")
def test_the_agreement_is_shown_from_reports(qtbot, store: Store, ref: Reference, data_events) -> None:
    screen = ReportsScreen(store, ref, data_events, Privacy(), OwnerRole.MENTOR)
    qtbot.addWidget(screen)
    screen.show()
    select_data(screen.kind, DocumentKind.AGREEMENT.value)
    asha = store.people.listing([PersonKind.MENTEE], text="Asha")[0]
    select_data(screen.person, asha.id)
    assert screen.relationship.isEnabled()
    assert screen.relationship.currentText() == "Mentoring with Morgan Hale"
    qtbot.mouseClick(screen.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.preview.document is not None, timeout=20000)
    assert screen.preview.document is not None
    assert screen.preview.document.title == "Mentoring agreement, Asha Patel"
    assert unnamed_controls(screen) == []


def test_a_return_shows_what_leaves_and_saves_json_and_csv(
    qtbot, store: Store, ref: Reference, tmp_path: Path
) -> None:
    write_programme_demo(store, seed=3, extra=20, now=date(2026, 12, 1))
    dialog = ReturnDialog(store, ref)
    qtbot.addWidget(dialog)
    assert dialog.counts.topLevelItem(0).text(1) == "24"
    shown = [
        dialog.counts.topLevelItem(i).child(j).text(1)
        for i in range(dialog.counts.topLevelItemCount())
        for j in range(dialog.counts.topLevelItem(i).childCount())
    ]
    assert "<5" in shown
    assert dialog.save_to(tmp_path / "march")
    saved = json.loads((tmp_path / "march.json").read_text())
    assert saved["mentees"] == 24
    assert (tmp_path / "march.csv").exists()
    names = [p.full_name for p in store.people.listing(include_archived=True)]
    assert not any(n in (tmp_path / "march.json").read_text() for n in names)
    assert unnamed_controls(dialog) == []


@pytest.mark.usefixtures("demo_store")
def test_a_return_that_cannot_be_written_says_so(qtbot, store: Store, ref: Reference, tmp_path: Path) -> None:
    dialog = ReturnDialog(store, ref)
    qtbot.addWidget(dialog)
    assert not dialog.save_to(tmp_path / "missing-folder" / "r.json")
    assert "r.json" in dialog.message.text()
    assert not (tmp_path / "missing-folder").exists()


def test_the_lead_builds_a_report_from_three_returns(
    qtbot, tmp_path: Path, store: Store, ref: Reference
) -> None:
    files = []
    for seed in (4, 5, 6):
        other = Store.open(tmp_path / f"m{seed}.sqlite3")
        try:
            write_programme_demo(other, seed=seed, extra=16, now=date(2026, 12, 1))
            make_programme_return(other, ref, tmp_path / f"r{seed}.json")
        finally:
            other.close()
        files.append(tmp_path / f"r{seed}.json")
    dialog = ProgrammeReportDialog(store.path, ref)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    assert dialog.problem.text() == "Add at least one return first."
    dialog.add_returns(files + files[:1])
    assert dialog.files.count() == 3
    qtbot.keyClicks(dialog.band_shares, "Band 7 forty")
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    assert "Line 1" in dialog.problem.text()
    dialog.band_shares.setPlainText("Band 7: 40")
    dialog.profession_shares.setPlainText("Physiotherapist: 25")
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.preview.document is not None, timeout=20000)
    assert dialog.preview.document is not None
    assert dialog.preview.document.title.startswith("Programme report")
    assert "mentees counted from 3 return(s)" in dialog.headline.text()
    assert "Physiotherapist" in dialog.headline.text()
    assert unnamed_controls(dialog) == []
    qtbot.wait(500)  # let QtPdf finish drawing the pages before the dialog goes


@pytest.fixture
def editor(qtbot, store: Store, ref: Reference, demo_store: Store) -> PersonEditor:
    editor = PersonEditor(store, ref)
    editor.privacy = Privacy()
    qtbot.addWidget(editor)
    editor.show()
    editor.load(store.people.listing([PersonKind.MENTEE], text="Asha")[0])
    return editor


def test_group_membership_is_off_until_the_person_chooses(qtbot, editor: PersonEditor, store: Store) -> None:
    assert not editor.equity.recorded.isChecked()
    assert not editor.equity.description.isEnabled()
    assert "Why this is asked" in editor.equity.explanation.text()
    editor.equity.recorded.setFocus()
    qtbot.keyClick(editor.equity.recorded, Qt.Key.Key_Space)
    assert editor.equity.description.isEnabled()
    editor.equity.description.setFocus()
    qtbot.keyClicks(editor.equity.description, "Black British")
    person_id = editor.person.id if editor.person else ""
    qtbot.waitUntil(lambda: store.people.get(person_id).equity_description == "Black British", timeout=3000)
    assert store.people.get(person_id).equity_recorded
    editor.equity.recorded.setFocus()
    qtbot.keyClick(editor.equity.recorded, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not store.people.get(person_id).equity_recorded, timeout=3000)
    assert store.people.get(person_id).equity_description == ""


def test_group_membership_leaves_the_screen_while_sharing(editor: PersonEditor) -> None:
    editor.show_sensitive(False)
    assert not editor.equity.isVisible()
    editor.show_sensitive(True)
    assert editor.equity.isVisible()


def test_the_agreement_prints_from_the_relationship(
    qtbot, editor: PersonEditor, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = []

    def capture(self: preview_dialog.PreviewDialog) -> int:
        asked.append(self._request_for(False))
        return 0

    monkeypatch.setattr(preview_dialog.PreviewDialog, "exec", capture)
    monkeypatch.setattr(preview_dialog.PreviewDialog, "refresh", lambda self: None)
    editor.relationships.setCurrentRow(0)
    qtbot.mouseClick(editor.agreement_button, Qt.MouseButton.LeftButton)
    assert asked and asked[0].kind is DocumentKind.AGREEMENT
    assert asked[0].record_id == editor.relationships.currentItem().data(Qt.ItemDataRole.UserRole)
