"""Erasure on request: a person's words gone from the database file's bytes, others' records kept."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from leadapp.app import main
from leadapp.store.backups import backup_files
from leadapp.store.erasure import BackupHooks, ErasureRefusedError, erase_person, erasure_counts
from leadapp.store.record_sets import KINDS
from leadapp.store.store import Store
from tests.store.planted import plant

MARK = "ERASEMEQX"


def _bytes(path: Path) -> bytes:
    found = b""
    for suffix in ("", "-wal", "-shm"):
        part = Path(f"{path}{suffix}")
        if part.exists():
            found += part.read_bytes()
    return found


def _counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        return {t: conn.execute(f"select count(*) from [{t}]").fetchone()[0] for t, _ in KINDS}
    finally:
        conn.close()


def _hooks(tmp_path: Path, made: list[str]) -> BackupHooks:
    def make() -> Path:
        made.append("backup")
        return tmp_path / "b.sqlite3"

    return BackupHooks(
        make=make, existing=lambda: [tmp_path / "b.sqlite3"], gone_by=lambda _p: date(2027, 1, 27)
    )


def test_erasure_leaves_no_trace_of_the_persons_text_in_the_file_its_log_or_shared_memory(
    store: Store, tmp_path: Path
) -> None:
    planted = plant(store, MARK)
    assert MARK.encode() in _bytes(store.path)
    made: list[str] = []
    result = erase_person(store, planted.mentee.id, f"  mena {MARK.lower()} ", _hooks(tmp_path, made))
    assert made == ["backup"]
    assert result.gone_by == date(2027, 1, 27)
    raw = _bytes(store.path)
    assert MARK.encode() not in raw
    assert MARK.lower().encode() not in raw
    assert b"file " + MARK.encode() not in raw
    # the other mentee keeps everything, their link to the erased person cleared
    assert store.people.get(planted.other.id).aspirations == "KEEPME aspirations"
    linked = store.activities._where("person_id = ? and related_person_id is null", [planted.other.id])
    assert len(linked) == 2
    others_activity = planted.ids["activities"][-1]
    (listing,) = store.objectives._where("activity_ids like ?", [f"%{others_activity}%"])
    assert listing.activity_ids == [others_activity]
    assert store.sessions._count("mentee_id = ?", [planted.other.id]) == 1
    assert store.db.execute("select count(*) from sessions_fts where sessions_fts match 'KEEPME'").fetchone()[
        0
    ]


def test_erasure_counts_name_what_will_go_including_the_bin(store: Store) -> None:
    planted = plant(store, MARK)
    counts = erasure_counts(store, planted.mentee.id)
    assert counts["sessions"] == 2 and counts["activities"] == 2 and counts["people"] == 1


def test_a_wrong_name_erases_nothing(store: Store, tmp_path: Path) -> None:
    planted = plant(store, MARK)
    before = _counts(store.path)
    made: list[str] = []
    with pytest.raises(ErasureRefusedError, match="does not match"):
        erase_person(store, planted.mentee.id, "Mena Someone", _hooks(tmp_path, made))
    assert made == []
    assert _counts(store.path) == before


def test_the_owner_is_never_erased(store: Store, tmp_path: Path) -> None:
    planted = plant(store, MARK)
    with pytest.raises(ErasureRefusedError, match="owner"):
        erase_person(store, planted.owner.id, "Olive Owner", _hooks(tmp_path, []))


def test_erase_on_the_command_line(store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    planted = plant(store, MARK)
    path = store.path
    store.close()
    before = _counts(path)
    assert main(["erase", planted.mentee.id, "--confirm", "Wrong Name", "--db", str(path)]) == 3
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and "does not match" in err
    assert _counts(path) == before
    assert main(["erase", planted.mentee.id, "--confirm", f"Mena {MARK}", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert f"Erased Mena {MARK}" in out and "the last of them will be gone by" in out
    backups = [found for found, _when, reason in backup_files(path) if reason == "before-erasure"]
    assert len(backups) == 1 and MARK.encode() in backups[0].read_bytes()
    assert MARK.encode() not in _bytes(path)
    assert (
        main(["erase", planted.other.id, "--confirm", "Otto Other", "--db", str(path), "--delete-backups"])
        == 0
    )
    assert not backup_files(path)
