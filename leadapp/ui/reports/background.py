"""Making a document on a worker thread, with its own read-only connection to the database."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject

from leadapp.documents import Document, DocumentRequest, make_document
from leadapp.domain.reference import Reference
from leadapp.store.store import Store
from leadapp.ui.jobs import run_in_background


def document_in_background(
    owner: QObject,
    db_path: Path,
    ref: Reference,
    request: DocumentRequest,
    on_done: Callable[[Document], None],
    on_failed: Callable[[Exception], None],
) -> None:
    def work() -> Document:
        reader = Store.open_reader(db_path)
        try:
            return make_document(reader, ref, request)
        finally:
            reader.close()

    run_in_background(owner, work, on_done, on_failed)
