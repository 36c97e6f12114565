"""Printing sends the PDF's vector pages: through a real CUPS queue (cups-pdf) the job keeps its text layer
and stays small, where painting rendered pages sent one 300 dpi picture a page."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QApplication
from windows import shown_window

from leadapp.store.store import Store
from leadapp.ui.reports.preview_dialog import PreviewDialog
from leadapp.ui.reports.printing import PrintJob, lp_command
from leadapp.ui.sessions.sessions_screen import SessionsScreen

QUEUE = "PDF"
PPD = "lsb/usr/cups-pdf/CUPS-PDF_opt.ppd"


def _scheduler_running() -> bool:
    return subprocess.run(["lpstat", "-r"], capture_output=True, text=True, check=False).stdout.startswith(
        "scheduler is running"
    )


@pytest.fixture(scope="module")
def cups_pdf_queue() -> Iterator[Path]:
    """A real CUPS queue printing to PDF files in ~/PDF; cupsd is started here when it is not running."""
    needed = ("cupsd", "lpadmin", "lpstat", "lp")
    missing = [tool for tool in needed if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"CUPS is not installed here ({', '.join(missing)} missing)")
    if not Path("/usr/lib/cups/backend/cups-pdf").exists():
        pytest.skip("the cups-pdf backend (printer-driver-cups-pdf) is not installed")
    started: subprocess.Popen[bytes] | None = None
    if not _scheduler_running():
        if os.geteuid() != 0:
            pytest.skip("cupsd is not running and only root can start it here")
        started = subprocess.Popen(["cupsd", "-f"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while not _scheduler_running():
            if time.monotonic() > deadline:
                started.terminate()
                pytest.skip("cupsd did not start within 10 s")
            time.sleep(0.2)
    queues = subprocess.run(["lpstat", "-p", QUEUE], capture_output=True, text=True, check=False)
    if queues.returncode != 0:
        added = subprocess.run(
            ["lpadmin", "-p", QUEUE, "-v", "cups-pdf:/", "-E", "-m", PPD], capture_output=True, check=False
        )
        if added.returncode != 0:
            pytest.skip(f"could not add the {QUEUE} queue: {added.stderr.decode().strip()}")
    yield Path.home() / "PDF"
    if started is not None:
        started.terminate()
        started.wait(10)


def test_lp_gets_the_printer_copies_and_pages_chosen() -> None:
    job = PrintJob(printer="Ward printer", title="Session summary", copies=2, first_page=2, last_page=3)
    assert lp_command(job, Path("/tmp/x.pdf")) == [
        "lp", "-d", "Ward printer", "-t", "Session summary", "-n", "2",
        "-o", "page-ranges=2-3", "--", "/tmp/x.pdf",
    ]  # fmt: skip
    assert "-o" not in lp_command(PrintJob(printer="P", title="T"), Path("/tmp/x.pdf"))


@pytest.mark.usefixtures("demo_store")
def test_printing_through_cups_sends_vector_pages_with_their_text(
    qtbot, store: Store, ref, monkeypatch, cups_pdf_queue: Path
) -> None:
    window = shown_window(qtbot, store, ref)
    session = store.sessions._where("status = 'held' and shared_notes != ''", limit=1)[0]
    sessions = window.go_to("sessions")
    assert isinstance(sessions, SessionsScreen)
    sessions.open_session(session.id)
    qtbot.mouseClick(sessions.editor.print_button, Qt.MouseButton.LeftButton)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PreviewDialog) and w.isVisible())
    preview = dialog.preview
    qtbot.waitUntil(lambda: preview.document is not None)

    def choose_queue(print_dialog: QPrintDialog) -> int:
        print_dialog.printer().setPrinterName(QUEUE)
        return QPrintDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", choose_queue)
    before = set(cups_pdf_queue.glob("*.pdf")) if cups_pdf_queue.exists() else set()
    preview.print_button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is preview.print_button)
    qtbot.keyClick(preview.print_button, Qt.Key.Key_Space)

    def arrived() -> list[Path]:
        return sorted(set(cups_pdf_queue.glob("*.pdf")) - before) if cups_pdf_queue.exists() else []

    qtbot.waitUntil(lambda: bool(arrived()), timeout=30_000)
    [printed] = arrived()
    qtbot.waitUntil(lambda: printed.stat().st_size > 0 and b"%%EOF" in printed.read_bytes()[-1024:])
    size = printed.stat().st_size
    reader = PdfReader(io.BytesIO(printed.read_bytes()))
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert session.shared_notes.split()[0] in text
    assert sum(len(page.images) for page in reader.pages) == 0
    assert size < 500_000, f"a {size} byte job is a picture, not vector pages"
    assert "Sent 1 pages to PDF" in preview.message.text()
    dialog.close()
