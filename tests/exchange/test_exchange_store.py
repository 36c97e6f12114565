"""Making and opening update files between two real databases: what crosses, merges, conflicts, refusals."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pyrage
import pytest
from exchange_pair import SECRET, Pair, decrypted, make_pair, payload

from leadapp.store.backups import backup_files
from leadapp.store.exchange import ExchangeError, UnknownSender


@pytest.fixture
def pair(tmp_path: Path) -> Pair:
    made = make_pair(tmp_path)
    yield made
    made.close()


def test_update_files_never_hold_private_text_other_mentees_or_settings(pair: Pair) -> None:
    to_mentee = decrypted(pair.mentee, pair.to_mentee(everything=True))
    assert SECRET.encode() not in to_mentee
    assert b"Agreed to shadow the chair" in to_mentee
    pair.mentee_opens(pair.to_mentee())
    session = pair.mentee.sessions.get(pair.session_id)
    pair.mentee.sessions.update(replace(session, mentee_private=SECRET, reflection="Went well"))
    to_mentor = decrypted(pair.mentor, pair.to_mentor(everything=True))
    assert SECRET.encode() not in to_mentor
    assert b"Went well" in to_mentor
    assert pair.other_mentee.encode() not in to_mentee


def test_everything_shared_arrives_and_private_fields_stay_home(pair: Pair) -> None:
    summary = pair.mentee_opens(pair.to_mentee())
    assert sum(summary.added.values()) == 14
    session = pair.mentee.sessions.get(pair.session_id)
    assert session.agenda == "Talk about the board"
    assert session.mentee_private == "" or session.mentee_private is None
    owner = pair.mentee.people.owner()
    assert session.mentee_id == owner.id and session.mentor_id == pair.mentor_there
    assert pair.mentee.objectives._where("person_id = ?", [owner.id])
    activity = pair.mentee.activities._where("person_id = ?", [owner.id])[0]
    assert activity.related_person_id is None and activity.session_id == pair.session_id
    evidence = pair.mentee.evidence._where("activity_id = ?", [activity.id])[0]
    assert evidence.content == b"evidence bytes"


def test_an_edit_on_one_side_reaches_the_other_field_by_field(pair: Pair) -> None:
    pair.mentee_opens(pair.to_mentee())
    theirs = pair.mentee.sessions.get(pair.session_id)
    pair.mentee.sessions.update(replace(theirs, reflection="I learnt to pause", mentee_private="mine only"))
    mine = pair.mentor.sessions.get(pair.session_id)
    pair.mentor.sessions.update(replace(mine, shared_notes="Agreed to shadow the chair twice"))
    pair.mentor_opens(pair.to_mentor())
    merged = pair.mentor.sessions.get(pair.session_id)
    assert merged.reflection == "I learnt to pause"
    assert merged.shared_notes == "Agreed to shadow the chair twice"
    assert merged.mentor_private == SECRET
    assert pair.mentor.exchange.conflicts() == []
    pair.mentee_opens(pair.to_mentee())
    assert pair.mentee.sessions.get(pair.session_id).shared_notes == "Agreed to shadow the chair twice"
    assert pair.mentee.sessions.get(pair.session_id).mentee_private == "mine only"


def test_both_sides_changing_a_field_is_a_conflict_that_keeps_both_words(pair: Pair) -> None:
    pair.mentee_opens(pair.to_mentee())
    pair.mentor.sessions.update(replace(pair.mentor.sessions.get(pair.session_id), agenda="Mentor words"))
    pair.mentee.sessions.update(replace(pair.mentee.sessions.get(pair.session_id), agenda="Mentee words"))
    summary = pair.mentor_opens(pair.to_mentor())
    assert pair.mentor.sessions.get(pair.session_id).agenda == "Mentor words"
    [conflict] = pair.mentor.exchange.conflicts()
    assert (conflict.field, conflict.mine, conflict.theirs) == ("agenda", "Mentor words", "Mentee words")
    assert summary.conflicts
    pair.mentor.exchange.resolve(conflict.id, "edit", "Mentor words\nMentee words")
    assert pair.mentor.exchange.conflicts() == []
    pair.mentee_opens(pair.to_mentee())
    # The mentor's file says it was made knowing the mentee's words, so the settled text simply arrives.
    assert pair.mentee.exchange.conflicts() == []
    assert pair.mentee.sessions.get(pair.session_id).agenda == "Mentor words\nMentee words"
    pair.mentor_opens(pair.to_mentor())
    assert pair.mentor.exchange.conflicts() == []


def test_a_removal_travels_and_an_edit_against_a_removal_is_a_conflict(pair: Pair) -> None:
    pair.mentee_opens(pair.to_mentee())
    action = pair.mentor.actions._where("mentee_id = ?", [pair.mentee_here])[0]
    pair.mentor.bin.remove("actions", action.id)
    pair.mentee_opens(pair.to_mentee())
    assert pair.mentee.actions.find(action.id) is None
    plan = pair.mentor.leap_plans._where("mentee_id = ?", [pair.mentee_here])[0]
    pair.mentor.bin.remove("leap_plans", plan.id)
    pair.mentee.leap_plans.update(replace(pair.mentee.leap_plans.get(plan.id), hopes="To grow"))
    pair.mentee_opens(pair.to_mentee())
    assert pair.mentee.leap_plans.get(plan.id).hopes == "To grow"
    [conflict] = pair.mentee.exchange.conflicts()
    assert conflict.field == "deleted_at"
    pair.mentee.exchange.resolve(conflict.id, "theirs")
    assert pair.mentee.leap_plans.find(plan.id) is None


def test_the_same_file_twice_or_an_older_file_after_a_newer_changes_nothing(pair: Pair) -> None:
    older = pair.to_mentee()
    pair.mentor.sessions.update(replace(pair.mentor.sessions.get(pair.session_id), agenda="Newer agenda"))
    newer = pair.to_mentee()
    pair.mentee_opens(newer)
    before = pair.mentee.db.execute("select * from sessions").fetchall()
    assert pair.mentee_opens(newer).already
    assert pair.mentee_opens(older).already
    assert pair.mentee.db.execute("select * from sessions").fetchall() == before
    assert pair.mentee.sessions.get(pair.session_id).agenda == "Newer agenda"


def test_first_file_from_someone_needs_them_confirmed_by_name_once(pair: Pair) -> None:
    blob = pair.to_mentee()
    with pytest.raises(UnknownSender) as refused:
        pair.mentee.exchange.open_file(blob)
    assert refused.value.name == "Morgan Mentor"
    pair.mentee_opens(blob)
    pair.mentor.sessions.update(replace(pair.mentor.sessions.get(pair.session_id), agenda="Later"))
    pair.mentee.exchange.open_file(pair.to_mentee())
    assert pair.mentee.sessions.get(pair.session_id).agenda == "Later"


def test_a_file_for_someone_else_is_refused_in_one_sentence(pair: Pair, tmp_path: Path) -> None:
    pair.mentee_opens(pair.to_mentee())
    blob = pair.mentee.exchange.export(pair.mentor_there, passphrase="shared words")
    (tmp_path / "other").mkdir()
    stranger = make_pair(tmp_path / "other", plant=False)
    try:
        with pytest.raises(ExchangeError, match="made for someone else"):
            stranger.mentor.exchange.open_file(blob, "shared words", stranger.mentee_here)
    finally:
        stranger.close()


def test_a_file_from_a_newer_format_is_refused(pair: Pair) -> None:
    data = payload(pair.mentee, pair.to_mentee())
    data["manifest"]["format_version"] = 99
    blob = pyrage.encrypt(
        json.dumps(data).encode(), [pyrage.x25519.Recipient.from_str(pair.mentee.exchange.my_key())]
    )
    with pytest.raises(ExchangeError, match="newer version of LeadApp"):
        pair.mentee_opens(blob)


def test_a_passphrase_file_opens_with_the_passphrase_only(pair: Pair) -> None:
    blob = pair.mentor.exchange.export(pair.mentee_here, passphrase="correct horse")
    with pytest.raises(ExchangeError, match="passphrase"):
        pair.mentee.exchange.open_file(blob, "wrong", pair.mentor_there)
    assert pair.mentee.exchange.open_file(blob, "correct horse", pair.mentor_there).added


def test_a_backup_copy_is_made_before_an_import_and_holds_the_identity(pair: Pair) -> None:
    import sqlite3

    summary = pair.mentee_opens(pair.to_mentee())
    assert summary.backup is not None and summary.backup.exists()
    copy = sqlite3.connect(summary.backup)
    try:
        assert copy.execute("select count(*) from sessions").fetchone()[0] == 0
        identity = copy.execute("select value from settings where key = 'exchange_identity'").fetchone()[0]
    finally:
        copy.close()
    assert identity == pair.mentee.settings.get("exchange_identity")


def test_each_import_is_preceded_by_a_verified_backup_in_the_backups_folder(pair: Pair) -> None:
    for number in range(5):
        pair.mentor.sessions.update(
            replace(pair.mentor.sessions.get(pair.session_id), agenda=f"Agenda {number}")
        )
        pair.mentee_opens(pair.to_mentee())
    made = [found for found, _when, reason in backup_files(pair.mentee.path) if reason == "before-import"]
    assert len(made) == 5


def test_a_shared_field_this_database_has_no_column_for_yet_is_left_out_not_an_error(pair: Pair) -> None:
    data = payload(pair.mentee, pair.to_mentee())
    data["records"]["assessment_ratings"][0]["values"]["evidence"] = '["an-activity"]'
    blob = pyrage.encrypt(
        json.dumps(data).encode(), [pyrage.x25519.Recipient.from_str(pair.mentee.exchange.my_key())]
    )
    summary = pair.mentee_opens(blob)
    assert summary.added["assessment_ratings"] == 1
