"""Export in open formats: JSON that imports back into an empty database, CSV for spreadsheets, Markdown."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import pytest

from leadapp.app import main
from leadapp.domain.enums import OwnerRole
from leadapp.store.export import gather
from leadapp.store.export_files import FORMULA_STARTS, spreadsheet_cell, write_export
from leadapp.store.import_all import ImportRefusedError, import_all
from leadapp.store.record_sets import KINDS
from leadapp.store.store import Store
from tests.store.planted import plant

MARK = "ZQXMARK"
PRIVATE = "PRIVMARK"


def _all_rows(path: Path, table: str) -> list[dict[str, object]]:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        return [
            dict(r) for r in conn.execute(f"select * from [{table}] where deleted_at is null order by id")
        ]
    finally:
        conn.close()


def _export(store: Store, out: Path, **kwargs: object) -> Path:
    out.mkdir(exist_ok=True)
    return write_export(gather(store, **kwargs), out).folder  # type: ignore[arg-type]


def test_json_export_imports_into_an_empty_database_with_every_field_of_every_kind(
    store: Store, tmp_path: Path
) -> None:
    plant(store, MARK)
    folder = _export(store, tmp_path / "out", include_private=True)
    fresh = Store.open(tmp_path / "fresh.sqlite3")
    try:
        count = import_all(fresh, folder / "leadapp-export.json")
    finally:
        fresh.close()
    assert count > 30
    for table, _cls in KINDS:
        before = _all_rows(store.path, table)
        after = _all_rows(tmp_path / "fresh.sqlite3", table)
        if table == "sessions":  # the other side's private notes never leave the app
            for row in before:
                row["mentee_private"] = ""
        if table == "notes":
            before = [r for r in before if r["visibility"] != "mentee_private"]
        assert before, table
        assert after == before, table


def test_import_refuses_a_database_that_holds_records_and_changes_nothing(
    store: Store, tmp_path: Path
) -> None:
    plant(store, MARK)
    folder = _export(store, tmp_path / "out")
    before = _all_rows(store.path, "sessions")
    with pytest.raises(ImportRefusedError, match="already holds records"):
        import_all(store, folder / "leadapp-export.json")
    assert _all_rows(store.path, "sessions") == before


@pytest.mark.parametrize(
    "tamper",
    [
        lambda d: d["records"]["sessions"][0].update(duration_min=99999),
        lambda d: d["records"]["sessions"][0].update(session_date="yesterday"),
        lambda d: d["records"]["actions"][0].update(status="nonsense"),
        lambda d: d["records"]["evidence"][0].update(file="../../etc/passwd"),
        lambda d: d["records"]["notes"][0].update(session_id="no-such-session"),
        lambda d: d["records"]["people"].append(dict(d["records"]["people"][0])),
        lambda d: d["records"]["people"][0].update(surprise="x"),
        lambda d: d.update(version=99),
        lambda d: d["records"]["activities"][-1].update(title="ok\x00"),
    ],
)
def test_a_tampered_export_imports_nothing(store: Store, tmp_path: Path, tamper: object) -> None:
    plant(store, MARK)
    folder = _export(store, tmp_path / "out")
    path = folder / "leadapp-export.json"
    document = json.loads(path.read_text("utf-8"))
    tamper(document)  # type: ignore[operator]
    path.write_text(json.dumps(document), "utf-8")
    fresh = Store.open(tmp_path / "fresh.sqlite3")
    try:
        with pytest.raises(ImportRefusedError):
            import_all(fresh, path)
        assert all(not _all_rows(tmp_path / "fresh.sqlite3", t) for t, _ in KINDS)
    finally:
        fresh.close()


def test_a_file_that_is_not_json_is_refused(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    path.write_bytes(b"\xff\x00 not json")
    with pytest.raises(ImportRefusedError, match="not a LeadApp export"):
        import_all(store, path)


def test_csv_reads_back_with_a_header_iso_dates_joined_lists_and_defused_formulas(
    store: Store, tmp_path: Path
) -> None:
    planted = plant(store, MARK)
    session_id = planted.ids["sessions"][0]
    store.sessions.set_fields(
        session_id, agenda='=HYPERLINK("http://x","y")', shared_notes="-1+2", reflection="@SUM"
    )
    folder = _export(store, tmp_path / "out")
    raw = (folder / "csv" / "sessions.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with (folder / "csv" / "sessions.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    row = next(r for r in rows if r["id"] == session_id)
    assert row["agenda"] == "'" + '=HYPERLINK("http://x","y")'
    assert row["shared_notes"] == "'-1+2"
    assert row["reflection"] == "'@SUM"
    assert row["session_date"] == "2025-03-04"
    assert row["categories"] == f"{MARK}-categories-1; =cmd {MARK}"
    assert row["finish_later"] == "yes"
    for table, _cls in KINDS:
        with (folder / "csv" / f"{table}.csv").open(encoding="utf-8-sig", newline="") as handle:
            for cells in csv.reader(handle):
                assert not any(cell.startswith(FORMULA_STARTS) for cell in cells), (table, cells)


def test_spreadsheet_cells_start_with_an_apostrophe_only_when_they_could_be_a_formula() -> None:
    for start in ("=", "+", "-", "@", "\t", "\r"):
        assert spreadsheet_cell(start + "1") == "'" + start + "1"
    assert spreadsheet_cell("1-2") == "1-2"
    assert spreadsheet_cell(None) == ""
    assert spreadsheet_cell(["a", "b"]) == "a; b"


def test_markdown_tells_each_mentee_story_in_date_order(store: Store, tmp_path: Path) -> None:
    planted = plant(store, MARK)
    from datetime import date

    store.sessions.set_fields(planted.ids["sessions"][0], session_date=date(2024, 1, 2))
    folder = _export(store, tmp_path / "out")
    files = sorted(p.name for p in (folder / "markdown").iterdir())
    assert files == [f"Mena {MARK}.md", "Otto Other.md"]
    text = (folder / "markdown" / f"Mena {MARK}.md").read_text("utf-8")
    assert text.startswith(f"# Mena {MARK}")
    assert "KEEPME" not in text
    assert text.index("02/01/2024 — Session") < text.index("04/03/2025 — Activity")
    for words in ("Action:", "Leap plan:", "Leap plan review:", f"{MARK} shared_notes", f"{MARK} impact"):
        assert words in text


@pytest.mark.parametrize("role", [OwnerRole.MENTOR, OwnerRole.MENTEE])
@pytest.mark.parametrize("include", [False, True])
def test_private_notes_leave_only_when_asked_and_only_the_owners_side(
    store: Store, tmp_path: Path, role: OwnerRole, include: bool
) -> None:
    planted = plant(store, MARK)
    store.settings.set("owner_role", role.value)
    for session_id in planted.ids["sessions"]:
        store.db.table("sessions").update(
            session_id,
            {"mentor_private": f"{PRIVATE} mentor side", "mentee_private": f"{PRIVATE} mentee side"},
        )
    store.db.execute(
        "update notes set body = ? || ' ' || visibility || ' note' where visibility != 'shared'", [PRIVATE]
    )
    store.db.conn.commit()
    folder = _export(store, tmp_path / "out", include_private=include)
    text = b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file()).decode("utf-8", "replace")
    mine, theirs = ("mentor", "mentee") if role is OwnerRole.MENTOR else ("mentee", "mentor")
    assert f"{PRIVATE} {theirs} side" not in text
    assert f"{PRIVATE} {theirs}_private note" not in text
    assert (f"{PRIVATE} {mine} side" in text) is include
    assert (f"{PRIVATE} {mine}_private note" in text) is include


def test_one_persons_export_names_others_only_briefly_and_still_imports(store: Store, tmp_path: Path) -> None:
    planted = plant(store, MARK)
    folder = _export(store, tmp_path / "out", person_ids=[planted.other.id])
    document = json.loads((folder / "leadapp-export.json").read_text("utf-8"))
    text = json.dumps(document)
    assert MARK not in text.replace(f"Mena {MARK}", "")
    assert {p["full_name"] for p in document["records"]["people"]} == {
        "Otto Other",
        "Olive Owner",
        f"Mena {MARK}",
    }
    fresh = Store.open(tmp_path / "fresh.sqlite3")
    try:
        import_all(fresh, folder / "leadapp-export.json")
        assert fresh.people.get(planted.other.id).aspirations == "KEEPME aspirations"
    finally:
        fresh.close()


def test_export_all_and_import_all_on_the_command_line(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plant(store, MARK)
    out = tmp_path / "out"
    out.mkdir()
    assert main(["export-all", "--db", str(store.path), "--out", str(out)]) == 0
    folder = next(out.iterdir())
    assert (folder / "leadapp-export.json").exists() and (folder / "csv" / "people.csv").exists()
    assert main(["import-all", str(folder / "leadapp-export.json"), "--db", str(store.path)]) == 3
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "already holds records" in err
    assert (
        main(["import-all", str(folder / "leadapp-export.json"), "--db", str(tmp_path / "new.sqlite3")]) == 0
    )
    assert main(["export-all", "--db", str(store.path), "--out", str(out), "--person", "nobody"]) == 2
