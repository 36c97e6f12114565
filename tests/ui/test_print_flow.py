"""Print or save a session summary from the session itself: the real PDF, previewed, saved and printed."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog
from windows import shown_window

from leadapp.documents import DocumentKind
from leadapp.domain.enums import PersonKind
from leadapp.store.store import Store
from leadapp.ui.reports.preview_dialog import PreviewDialog
from leadapp.ui.reports.reports_screen import ReportsScreen
from leadapp.ui.sessions.sessions_screen import SessionsScreen

PRIVATE = "Wonder whether workload is affecting confidence"


def pdf_text(data: bytes) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(data)).pages)


def held_session_with_private_notes(store: Store) -> str:
    return store.sessions._where("status = 'held' and mentor_private != ''", limit=1)[0].id


@pytest.mark.usefixtures("demo_store")
def test_preview_save_and_print_a_session_summary(qtbot, store, ref, tmp_path: Path, monkeypatch) -> None:
    window = shown_window(qtbot, store, ref)
    session_id = held_session_with_private_notes(store)
    sessions = window.go_to("sessions")
    assert isinstance(sessions, SessionsScreen)
    sessions.open_session(session_id)
    qtbot.mouseClick(sessions.editor.print_button, Qt.MouseButton.LeftButton)
    dialog = QApplication.activeModalWidget() or next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, PreviewDialog) and w.isVisible()
    )
    assert isinstance(dialog, PreviewDialog)
    preview = dialog.preview
    qtbot.waitUntil(lambda: preview.document is not None)
    assert preview.pdf.pageCount() == 1
    assert "1 page" in preview.pages.text()
    assert PRIVATE not in pdf_text(preview.document.pdf)

    dialog.include_private.setChecked(True)
    qtbot.waitUntil(lambda: preview.document is not None and PRIVATE in pdf_text(preview.document.pdf))
    dialog.include_private.setChecked(False)
    qtbot.waitUntil(lambda: preview.document is not None and PRIVATE not in pdf_text(preview.document.pdf))

    target = tmp_path / "summary.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(tmp_path / "summary"), ""))
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    assert target.exists()
    saved = pdf_text(target.read_bytes())
    session = store.sessions.get(session_id)
    assert session.shared_notes.splitlines()[0] in saved
    assert PRIVATE not in saved
    assert "Saved to" in preview.message.text()

    printed = tmp_path / "printed.pdf"

    def accept(print_dialog: QPrintDialog) -> int:
        printer = print_dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return QPrintDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    assert printed.exists() and len(PdfReader(str(printed)).pages) == 1
    assert "Sent 1 pages" in preview.message.text()
    dialog.close()


def caseload_preview(qtbot, store, ref):
    window = shown_window(qtbot, store, ref)
    reports = window.go_to("reports")
    assert isinstance(reports, ReportsScreen)
    reports.kind.setCurrentIndex(reports.kind.findData("caseload"))
    qtbot.mouseClick(reports.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: reports.preview.document is not None)
    return reports.preview


@pytest.mark.usefixtures("demo_store")
def test_saving_to_a_folder_that_cannot_be_written_says_so(qtbot, store, ref, tmp_path, monkeypatch) -> None:
    preview = caseload_preview(qtbot, store, ref)
    assert preview.pdf.pageCount() >= 1
    missing = tmp_path / "no-such-folder" / "caseload.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(missing), ""))
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    assert "Nothing was written" in preview.message.text()
    assert not missing.exists()


@pytest.mark.usefixtures("demo_store")
def test_reports_screen_never_shows_private_notes_while_hidden(qtbot, store, ref) -> None:
    window = shown_window(qtbot, store, ref)
    reports = window.go_to("reports")
    assert isinstance(reports, ReportsScreen)
    session_id = held_session_with_private_notes(store)
    mentee = store.sessions.get(session_id).mentee_id
    reports.person.setCurrentIndex(reports.person.findData(mentee))
    reports.session.setCurrentIndex(reports.session.findData(session_id))
    reports.include_private.setChecked(True)
    reports.show_document()
    qtbot.waitUntil(lambda: reports.preview.document is not None)
    assert PRIVATE in pdf_text(reports.preview.document.pdf)
    window.mentee_switcher.setCurrentIndex(window.mentee_switcher.findData(mentee))
    window.privacy.set_hidden(True)
    assert not reports.include_private.isEnabled() and not reports.include_private.isChecked()
    assert reports.preview.document is None
    reports.show_document()
    qtbot.waitUntil(lambda: reports.preview.document is not None)
    assert PRIVATE not in pdf_text(reports.preview.document.pdf)


@pytest.mark.usefixtures("demo_store")
def test_portfolio_and_leap_prints_open_from_their_screens(qtbot, store, ref) -> None:
    window = shown_window(qtbot, store, ref)
    tom = store.people.listing([PersonKind.MENTEE], text="Tom")[0]
    window.mentee_switcher.setCurrentIndex(window.mentee_switcher.findData(tom.id))
    balance = window.go_to("balance")
    qtbot.mouseClick(balance.print_button, Qt.MouseButton.LeftButton)
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, PreviewDialog) and w.isVisible()]
    qtbot.waitUntil(lambda: dialogs[-1].preview.document is not None)
    assert dialogs and "Portfolio, Tom Reilly" in dialogs[-1].preview.pages.text()
    dialogs[-1].close()
    leap = window.go_to("leap")
    qtbot.mouseClick(leap.print_button, Qt.MouseButton.LeftButton)
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, PreviewDialog) and w.isVisible()]
    qtbot.waitUntil(lambda: dialogs[-1].preview.document is not None)
    assert dialogs and "Leap-of-faith plan, Tom Reilly" in dialogs[-1].preview.pages.text()
    assert "Interim lead" in pdf_text(dialogs[-1].preview.document.pdf)
    dialogs[-1].close()


@pytest.mark.usefixtures("demo_store")
def test_a_document_that_cannot_be_made_says_so_calmly(qtbot, store, ref) -> None:
    window = shown_window(qtbot, store, ref)
    dialog = window.preview(DocumentKind.SESSION, "no-such-session")
    qtbot.waitUntil(lambda: "No session" in dialog.preview.message.text())
    assert dialog.preview.document is None and not dialog.preview.save_button.isEnabled()
    dialog.close()


@pytest.mark.usefixtures("demo_store")
def test_hiding_private_notes_remakes_an_open_preview(qtbot, store, ref) -> None:
    window = shown_window(qtbot, store, ref)
    session_id = held_session_with_private_notes(store)
    dialog = window.preview(DocumentKind.SESSION, session_id, private_option=True)
    qtbot.waitUntil(lambda: dialog.preview.document is not None)
    dialog.include_private.setChecked(True)
    qtbot.waitUntil(
        lambda: dialog.preview.document is not None and PRIVATE in pdf_text(dialog.preview.document.pdf)
    )
    qtbot.keyClick(
        dialog, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert window.privacy.hidden
    assert not dialog.include_private.isChecked() and not dialog.include_private.isEnabled()
    qtbot.waitUntil(lambda: dialog.preview.document is not None)
    assert PRIVATE not in pdf_text(dialog.preview.document.pdf)
    dialog.close()


@pytest.mark.usefixtures("demo_store")
def test_reports_screen_drops_a_private_document_whatever_is_chosen_next(qtbot, store, ref) -> None:
    window = shown_window(qtbot, store, ref)
    reports = window.go_to("reports")
    assert isinstance(reports, ReportsScreen)
    session_id = held_session_with_private_notes(store)
    reports.person.setCurrentIndex(reports.person.findData(store.sessions.get(session_id).mentee_id))
    reports.session.setCurrentIndex(reports.session.findData(session_id))
    reports.include_private.setChecked(True)
    reports.show_document()
    qtbot.waitUntil(lambda: reports.preview.document is not None)
    reports.kind.setCurrentIndex(reports.kind.findData("portfolio"))
    window.privacy.set_hidden(True)
    assert reports.preview.document is None


@pytest.mark.usefixtures("demo_store")
def test_save_as_pdf_onto_a_file_that_is_not_a_pdf_is_refused(
    qtbot, store, ref, tmp_path, monkeypatch
) -> None:
    preview = caseload_preview(qtbot, store, ref)
    notes = tmp_path / "notes.pdf"
    notes.write_text("my own notes, not a PDF")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(notes), ""))
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    assert "not a PDF" in preview.message.text()
    assert notes.read_text() == "my own notes, not a PDF"


def test_save_as_pdf_onto_the_database_is_refused(qtbot, ref, tmp_path, monkeypatch, demo_database) -> None:
    db = tmp_path / "mentoring.pdf"
    shutil.copyfile(demo_database, db)
    opened = Store.open(db)
    try:
        preview = caseload_preview(qtbot, opened, ref)
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(db), ""))
        qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
        assert "your LeadApp database" in preview.message.text()
        assert opened.people.count() > 0
    finally:
        opened.close()
    assert db.read_bytes().startswith(b"SQLite format 3")


@pytest.mark.usefixtures("demo_store")
def test_save_as_pdf_on_a_full_disk_leaves_no_partial_file(qtbot, store, ref, tiny_disk, monkeypatch) -> None:
    preview = caseload_preview(qtbot, store, ref)
    target = tiny_disk.path / "caseload.pdf"
    tiny_disk.fill(leave=2048)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    assert "disk is full" in preview.message.text()
    assert sorted(p.name for p in tiny_disk.path.iterdir()) == ["filler.bin"]
    tiny_disk.free()
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    assert "Saved to" in preview.message.text()
    assert len(PdfReader(str(target)).pages) >= 1
