"""The CPD profile, the mentoring agreement and the programme report, read back from their PDFs."""

from __future__ import annotations

import io
import json
import os
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from leadapp.demo import CPD_GAP_FROM_DAYS_AGO, write_demo
from leadapp.demo_programme import write_programme_demo
from leadapp.documents import DocumentKind, DocumentRequest, make_document
from leadapp.domain.cpd import STANDARDS, Gap, with_gap_note
from leadapp.domain.enums import PersonKind
from leadapp.domain.ids import today
from leadapp.domain.reference import Reference
from leadapp.owned_records import make_programme_return, save_cpd_markdown
from leadapp.reports.cpd_report import SECTIONS
from leadapp.store.cpd import cpd_summary
from leadapp.store.errors import StoreError
from leadapp.store.store import Store


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages)


def _in_order(text: str, parts: list[str]) -> None:
    at = -1
    for part in parts:
        found = text.find(part, at + 1)
        assert found > at, f"{part!r} missing or out of order"
        at = found


@pytest.fixture
def demo(store: Store) -> Store:
    write_demo(store)
    return store


def _asha(store: Store) -> str:
    return store.people.listing([PersonKind.MENTEE], text="Asha")[0].id


def test_the_demo_portfolio_has_a_four_month_gap_to_explain(demo: Store) -> None:
    summary = cpd_summary(demo, _asha(demo), today())
    starts = {gap.start: gap for gap in summary.gaps}
    gap_start = today() - timedelta(days=CPD_GAP_FROM_DAYS_AGO)
    assert gap_start in starts
    assert starts[gap_start].months == 4


def test_the_cpd_profile_prints_in_hcpc_order_with_word_counts(demo: Store, ref: Reference) -> None:
    person_id = _asha(demo)
    listed = cpd_summary(demo, person_id, today()).listed
    profile = demo.cpd_profiles.open_for(person_id)
    gap = Gap(today() - timedelta(days=CPD_GAP_FROM_DAYS_AGO), today())
    demo.cpd_profiles.update(
        replace(
            profile,
            renewal_date=today(),
            practice_summary="I lead a musculoskeletal team of twelve. " * 10,
            chosen_activity_ids=[a.id for a in listed[:4]],
            gap_notes=with_gap_note([], gap, "Maternity leave"),
            **{f"standard_{n}": f"Standard {n} words here." for n in range(1, 6)},
        )
    )
    text = _text(make_document(demo, ref, DocumentRequest(DocumentKind.CPD, person_id)).pdf)
    _in_order(text, list(SECTIONS))
    _in_order(text, [f"Standard {s.number}: {s.summary}" for s in STANDARDS])
    assert "Word count: 70 of about 500 words" in text
    assert "Word count: 20 of about 1,500 words" in text
    assert "Gap of 4 months" in text
    assert "Maternity leave" in text
    assert "Explanation still to be written" in text  # the other, earlier gap
    assert listed[0].title in text
    assert "HCPC standards of continuing professional development" in text


def test_the_cpd_profile_is_saved_as_markdown_in_the_same_order(
    demo: Store, ref: Reference, tmp_path: Path
) -> None:
    person_id = _asha(demo)
    out = tmp_path / "cpd.md"
    save_cpd_markdown(demo, ref, person_id, out)
    text = out.read_text(encoding="utf-8")
    _in_order(text, [f"## {s}" for s in SECTIONS])
    assert "| When | Activity | Learning type | Gap explained |" in text
    assert "Gap of 4 months" in text


def test_a_failed_markdown_save_leaves_the_old_file(
    demo: Store, ref: Reference, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "cpd.md"
    out.write_text("the old profile", encoding="utf-8")

    def refuse(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(StoreError, match=r"cpd\.md"):
        save_cpd_markdown(demo, ref, _asha(demo), out)
    assert out.read_text(encoding="utf-8") == "the old profile"
    assert [p.name for p in folder.iterdir()] == ["cpd.md"]


def test_the_agreement_has_every_part_and_signature_lines(demo: Store, ref: Reference) -> None:
    relationship = demo.relationships.for_person(_asha(demo))[0]
    document = make_document(demo, ref, DocumentRequest(DocumentKind.AGREEMENT, relationship.id))
    text = _text(document.pdf)
    _in_order(
        text,
        [
            "Mentoring agreement",
            "Who we are",
            "Morgan Hale",
            "Asha Patel",
            "What we want from it",
            "Build a leadership portfolio",
            "How often and how long",
            "Monthly, an hour",
            "Sessions usually last",
            "How sessions happen",
            "Confidentiality and its limits",
            "risk of serious harm",
            "breach of professional standards or of our organisation's policies",
            "illegal activity",
            "How notes are kept",
            "private notes",
            "Updates are exchanged",
            "How the relationship ends",
            "Signed",
            "Signature",
            "Date",
        ],
    )
    assert document.suggested_name == "mentoring-agreement-asha-patel.pdf"


def test_an_unknown_relationship_is_a_store_error(demo: Store, ref: Reference) -> None:
    with pytest.raises(StoreError):
        make_document(demo, ref, DocumentRequest(DocumentKind.AGREEMENT, "no-such-id"))


def test_a_programme_report_from_three_mentors_returns(tmp_path: Path, ref: Reference) -> None:
    files = []
    for seed, extra in ((7, 24), (8, 30), (9, 18)):
        store = Store.open(tmp_path / f"mentor-{seed}.sqlite3")
        try:
            write_programme_demo(store, seed=seed, extra=extra, now=date(2026, 12, 1))
            path = tmp_path / f"return-{seed}.json"
            csv_path = make_programme_return(store, ref, path)
            names = [p.full_name for p in store.people.listing(include_archived=True)]
            ids = [p.id for p in store.people.listing(include_archived=True)]
        finally:
            store.close()
        sent = path.read_text(encoding="utf-8") + csv_path.read_text(encoding="utf-8")
        assert not any(name in sent for name in names)
        assert not any(person_id in sent for person_id in ids)
        assert "Monthly" not in sent and "Build a leadership" not in sent
        files.append(str(path))
    counts = [json.loads(Path(f).read_text())["mentees"] for f in files]
    assert counts == [28, 34, 22]
    store = Store.open(tmp_path / "lead.sqlite3")
    try:
        request = DocumentRequest(
            DocumentKind.PROGRAMME,
            return_files=tuple(files),
            profession_shares=(("Physiotherapist", 25.0), ("Occupational therapist", 20.0)),
            band_shares=(("Band 7", 35.0),),
        )
        text = _text(make_document(store, ref, request).pdf)
    finally:
        store.close()
    _in_order(
        text,
        [
            "Programme report",
            "Built from 3 anonymised return(s)",
            "Mentees counted 84",
            "Mentees by profession",
            "Share of workforce",
            "Physiotherapist",
            "25%",
            "Mentees by NHS band",
            "Relationship kind",
            "Sessions held",
            "Under-represented group",
            "Returns used",
            "return-7.json",
        ],
    )


def test_a_file_that_is_not_a_return_is_refused_in_a_sentence(
    store: Store, ref: Reference, tmp_path: Path
) -> None:
    bad = tmp_path / "notes.json"
    bad.write_text('{"hello": 1}', encoding="utf-8")
    request = DocumentRequest(DocumentKind.PROGRAMME, return_files=(str(bad),))
    with pytest.raises(
        StoreError, match=r"notes\.json is not a LeadApp programme return\. Nothing was added"
    ):
        make_document(store, ref, request)
