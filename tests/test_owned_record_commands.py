"""`leadapp report cpd-profile | agreement | programme-return` from the command line."""

from __future__ import annotations

import json
from pathlib import Path

from pypdf import PdfReader

from leadapp.domain.enums import PersonKind
from leadapp.store.store import Store
from tests.test_report_command import demo_db, run

__all__ = ["demo_db"]


def _asha(db: Path) -> tuple[str, str]:
    store = Store.open(db)
    try:
        asha = store.people.listing([PersonKind.MENTEE], text="Asha")[0].id
        relationship = store.relationships.for_person(asha)[0].id
    finally:
        store.close()
    return asha, relationship


def test_the_cpd_profile_is_written_as_pdf_or_markdown(demo_db: Path, tmp_path: Path) -> None:
    asha, _relationship = _asha(demo_db)
    pdf, markdown = tmp_path / "cpd.pdf", tmp_path / "cpd.md"
    for out in (pdf, markdown):
        result = run("cpd-profile", asha, "--db", str(demo_db), "--out", str(out), home=tmp_path)
        assert result.returncode == 0, result.stderr
    assert "HCPC CPD profile" in PdfReader(pdf).pages[0].extract_text()
    assert markdown.read_text(encoding="utf-8").startswith("# HCPC CPD profile: Asha Patel")


def test_the_agreement_is_written(demo_db: Path, tmp_path: Path) -> None:
    _asha_id, relationship = _asha(demo_db)
    out = tmp_path / "agreement.pdf"
    result = run("agreement", relationship, "--db", str(demo_db), "--out", str(out), home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Mentoring agreement" in PdfReader(out).pages[0].extract_text()


def test_a_programme_return_is_written_as_json_and_csv(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "return.json"
    result = run("programme-return", "--db", str(demo_db), "--out", str(out), home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(out.read_text())["mentees"] == "<5"
    assert (tmp_path / "return.csv").read_text().startswith("breakdown,group,mentees")


def test_an_unknown_person_is_one_line_and_no_file(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "cpd.pdf"
    result = run("cpd-profile", "nobody", "--db", str(demo_db), "--out", str(out), home=tmp_path)
    assert result.returncode == 3
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr
    assert not out.exists()


def test_an_export_never_overwrites_the_database(demo_db: Path, tmp_path: Path) -> None:
    before = demo_db.read_bytes()
    result = run("programme-return", "--db", str(demo_db), "--out", str(demo_db), home=tmp_path)
    assert result.returncode == 2
    assert "is your LeadApp database" in result.stderr
    assert demo_db.read_bytes() == before
