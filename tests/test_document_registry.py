"""The document registry: one entry per document, read by make_document and by `leadapp report`.

The Reports screen's list is checked against the same table in tests/ui/test_reports_list.py.
"""

from __future__ import annotations

import argparse
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from leadapp.app import OWNED_RECORD_CHOICES, build_parser
from leadapp.documents import DOCUMENTS, DocumentKind, DocumentRequest, Subject, make_document, offered_kinds
from leadapp.domain.enums import PersonKind, SessionStatus
from leadapp.domain.reference import Reference
from leadapp.owned_records import make_programme_return
from leadapp.store.store import Store
from tests.test_report_command import demo_db

__all__ = ["demo_db"]


@pytest.fixture
def demo(demo_db: Path) -> Iterator[Store]:
    store = Store.open(demo_db)
    yield store
    store.close()


def test_every_kind_of_document_has_one_entry() -> None:
    assert set(DOCUMENTS) == set(DocumentKind)


def test_only_documents_without_a_record_need_no_id() -> None:
    assert {k for k, e in DOCUMENTS.items() if not e.needs_record} == {DocumentKind.CASELOAD}
    assert [k for k in DocumentKind if k not in offered_kinds()] == [DocumentKind.PROGRAMME]


def _report_kind_choices() -> list[str]:
    commands = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    report = commands.choices["report"]
    kind = next(a for a in report._actions if a.dest == "kind")
    return list(kind.choices or ())


def test_the_report_command_offers_the_registry_and_the_programme_return() -> None:
    choices = _report_kind_choices()
    assert [c for c in choices if c not in OWNED_RECORD_CHOICES] == [k.value for k in offered_kinds()]
    assert [c for c in choices if c in OWNED_RECORD_CHOICES] == list(OWNED_RECORD_CHOICES)
    assert not set(OWNED_RECORD_CHOICES) & {k.value for k in DocumentKind}


def _request(store: Store, ref: Reference, kind: DocumentKind, folder: Path) -> DocumentRequest:
    """A request for one of the demo's records of the kind the document is about."""
    tom = store.people.listing([PersonKind.MENTEE], text="Tom")[0]
    subject = DOCUMENTS[kind].subject
    if subject is Subject.RETURN_FILES:
        path = folder / "return.json"
        make_programme_return(store, ref, path)
        return DocumentRequest(kind, return_files=(str(path),))
    record = {
        Subject.NONE: "",
        Subject.PERSON: tom.id,
        Subject.SESSION: next(
            s.id for s in store.sessions.for_mentee(tom.id) if s.status is SessionStatus.HELD
        ),
        Subject.RELATIONSHIP: store.relationships.for_person(tom.id)[0].id,
    }[subject]
    return DocumentRequest(kind, record)


@pytest.mark.parametrize("kind", list(DOCUMENTS), ids=str)
def test_each_entry_makes_its_pdf_from_the_demo(
    kind: DocumentKind, demo: Store, ref: Reference, tmp_path: Path
) -> None:
    """The title the preview window and the file name take is the title the PDF carries and prints."""
    document = make_document(demo, ref, _request(demo, ref, kind, tmp_path))
    reader = PdfReader(io.BytesIO(document.pdf))
    heading = document.title.split(",")[0]
    assert reader.metadata is not None and str(reader.metadata.title).startswith(heading)
    first_page = " ".join(reader.pages[0].extract_text().split())
    assert heading.lower() in first_page.lower()
    assert document.suggested_name.endswith(".pdf")
