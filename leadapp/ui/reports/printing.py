"""Printing the PDF itself, so the printer gets vector pages with their text, not page-sized pictures.

Qt cannot hand a PDF file to a printer. Painting QtPdf's rendered pages on a QPrinter sends each page as a
300 dpi image (a one-page summary became a 7.4 MB job with no text layer). So, after the system print
dialog has chosen the printer, copies and pages:
- a CUPS printer (Linux, macOS) gets the PDF file through `lp`, which every CUPS system has;
- "Print to file" gets the PDF bytes themselves;
- only where neither is possible (Windows) are pages rendered at the printer's own resolution.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter

from leadapp.store.errors import StoreError
from leadapp.store.output_files import save_copy

LP_TIMEOUT_S = 30


@dataclass(frozen=True)
class PrintJob:
    printer: str
    title: str
    copies: int = 1
    first_page: int = 0
    last_page: int = 0
    """1-based page range; 0 and 0 for every page."""


def job_for(printer: QPrinter, title: str) -> PrintJob:
    """What the print dialog chose, in the terms `lp` understands."""
    chosen_range = printer.printRange() == QPrinter.PrintRange.PageRange
    return PrintJob(
        printer=printer.printerName(),
        title=title,
        copies=max(printer.copyCount(), 1),
        first_page=printer.fromPage() if chosen_range else 0,
        last_page=printer.toPage() if chosen_range else 0,
    )


def lp_command(job: PrintJob, path: Path) -> list[str]:
    command = ["lp", "-d", job.printer, "-t", job.title, "-n", str(job.copies)]
    if job.first_page and job.last_page:
        command += ["-o", f"page-ranges={job.first_page}-{job.last_page}"]
    return [*command, "--", str(path)]


def can_send_file(printer: QPrinter) -> bool:
    return (
        printer.outputFormat() == QPrinter.OutputFormat.NativeFormat
        and bool(printer.printerName())
        and shutil.which("lp") is not None
    )


def send_to_cups(pdf: bytes, job: PrintJob) -> str:
    """Hand the PDF to CUPS; returns what `lp` said (the request id). StoreError in plain words if refused."""
    with tempfile.TemporaryDirectory(prefix="leadapp-print-") as folder:
        path = Path(folder) / "document.pdf"
        save_copy(path, pdf)
        try:
            done = subprocess.run(
                lp_command(job, path), capture_output=True, text=True, timeout=LP_TIMEOUT_S, check=False
            )
        except (OSError, subprocess.TimeoutExpired) as error:
            raise StoreError(
                f"The printer {job.printer} could not be reached ({error}). Nothing was printed."
            ) from error
        if done.returncode != 0:
            said = (done.stderr or done.stdout).strip().splitlines()
            reason = said[0] if said else f"lp ended with code {done.returncode}"
            raise StoreError(
                f"The printer {job.printer} did not take the job: {reason}. Nothing was printed."
            )
        return done.stdout.strip()


def print_file_output(pdf: bytes, printer: QPrinter, database: Path | None = None) -> bool:
    """Print to file, as PDF: the document's own bytes, vector text and all. False if not that case."""
    if printer.outputFormat() != QPrinter.OutputFormat.PdfFormat or not printer.outputFileName():
        return False
    save_copy(Path(printer.outputFileName()), pdf, database)
    return True
