"""Making a document on a worker thread, with its own read-only connection to the database."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from leadapp.documents import Document, DocumentRequest, make_document
from leadapp.domain.reference import Reference
from leadapp.store.store import Store


def document_work(db_path: Path, ref: Reference, request: DocumentRequest) -> Callable[[], Document]:
    """The job to hand to a worker (see `NewestRequest`): it opens, reads and closes its own connection."""

    def work() -> Document:
        reader = Store.open_reader(db_path)
        try:
            return make_document(reader, ref, request)
        finally:
            reader.close()

    return work
