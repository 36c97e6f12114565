"""Bad update files get one plain sentence and leave the database bytes exactly as they were."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyrage
import pytest
from exchange_pair import Pair, make_pair, payload
from fuzz_bundles import database_bytes, fuzz

from leadapp.store.envelope import MAX_WORK_FACTOR
from leadapp.store.exchange import ExchangeError


@pytest.fixture
def pair(tmp_path: Path) -> Pair:
    made = make_pair(tmp_path)
    yield made
    made.close()


def refused(pair: Pair, blob: bytes, passphrase: str | None = None) -> str:
    before = database_bytes(pair.mentee.path)
    with pytest.raises(ExchangeError) as error:
        pair.mentee.exchange.open_file(blob, passphrase, pair.mentor_there)
    assert database_bytes(pair.mentee.path) == before
    message = str(error.value)
    assert message.endswith(".") and "\n" not in message and "Traceback" not in message
    return message


def locked(pair: Pair, data: Any) -> bytes:
    plain = data if isinstance(data, bytes) else json.dumps(data).encode()
    return pyrage.encrypt(plain, [pyrage.x25519.Recipient.from_str(pair.mentee.exchange.my_key())])


def test_damaged_files_are_refused(pair: Pair) -> None:
    blob = pair.to_mentee()
    assert "damaged" in refused(pair, blob[: len(blob) // 2]) or "not made" in refused(pair, blob[:-10])
    tampered = bytearray(blob)
    tampered[-5] ^= 1
    assert "changed after" in refused(pair, bytes(tampered))
    assert "not a LeadApp update file" in refused(pair, os.urandom(4000))
    assert "not a LeadApp update file" in refused(pair, b"")


def test_a_file_locked_for_another_key_is_refused(pair: Pair) -> None:
    other = pyrage.x25519.Identity.generate().to_public()
    assert "not made for this database" in refused(pair, pyrage.encrypt(b"{}", [other]))


def test_an_age_file_that_is_not_a_leadapp_payload_is_refused(pair: Pair) -> None:
    assert "does not hold a LeadApp update" in refused(pair, locked(pair, b"\xff\xfe plain bytes"))
    assert "not a LeadApp update file" in refused(pair, locked(pair, {"hello": "world"}))


def changed(pair: Pair, change: Callable[[dict[str, Any]], None]) -> str:
    data = payload(pair.mentee, pair.to_mentee(everything=True))
    change(data)
    return refused(pair, locked(pair, data))


def session(data: dict[str, Any]) -> dict[str, Any]:
    return data["records"]["sessions"][0]["values"]


def test_payload_faults_are_refused_each_with_a_sentence(pair: Pair) -> None:
    assert "does not know" in changed(pair, lambda d: d["records"].update(people=[]))
    assert "missing or extra" in changed(pair, lambda d: session(d).pop("agenda"))
    assert "missing or extra" in changed(pair, lambda d: session(d).update(mentor_private="x"))
    assert "cannot be right" in changed(pair, lambda d: session(d).update(duration_min="sixty"))
    assert "far too long" in changed(pair, lambda d: session(d).update(agenda="x" * 300_000))
    assert "cannot be right" in changed(pair, lambda d: session(d).update(session_date="2026-02-30"))

    def duplicate(d: dict[str, Any]) -> None:
        d["records"]["sessions"].append(d["records"]["sessions"][0])
        d["manifest"]["counts"]["sessions"] += 1

    assert "share one id" in changed(pair, duplicate)

    def collide(d: dict[str, Any]) -> None:
        d["records"]["actions"][0]["id"] = d["records"]["sessions"][0]["id"]

    assert "share one id" in changed(pair, collide)
    assert "do not match" in changed(pair, lambda d: d["manifest"]["counts"].update(sessions=5))
    assert "newer version" in changed(pair, lambda d: d["manifest"].update(format_version=2))


def test_an_id_naming_another_kind_of_record_here_is_refused(pair: Pair) -> None:
    pair.mentee_opens(pair.to_mentee())
    owner = pair.mentee.people.owner()

    def collide(d: dict[str, Any]) -> None:
        d["records"]["actions"][0]["id"] = owner.id
        d["manifest"]["sequence"] = 99

    assert "matches a different record" in changed(pair, collide)


def test_someone_other_than_the_two_is_refused(pair: Pair) -> None:
    def stranger(d: dict[str, Any]) -> None:
        d["records"]["activities"][0]["values"]["person_id"] = pair.other_mentee

    assert "someone other than the two of you" in changed(pair, stranger)


def test_an_excessive_scrypt_work_factor_is_refused_before_any_work(pair: Pair) -> None:
    blob = pyrage.passphrase.encrypt(b"{}", "words")
    header, rest = blob.split(b"\n", 2)[:2], blob.split(b"\n", 2)[2]
    stanza = header[1].split(b" ")
    stanza[-1] = str(MAX_WORK_FACTOR + 9).encode()
    hostile = header[0] + b"\n" + b" ".join(stanza) + b"\n" + rest
    started = time.process_time()
    assert "far more work" in refused(pair, hostile, "words")
    assert time.process_time() - started < 0.5


def test_wrong_passphrase_is_refused(pair: Pair) -> None:
    blob = pair.mentor.exchange.export(pair.mentee_here, passphrase="right words")
    assert "passphrase is not right" in refused(pair, blob, "wrong words")
    assert "type the passphrase" in refused(pair, blob, None)


def test_two_hundred_mutated_files_never_raise_anything_else_nor_change_the_database(tmp_path: Path) -> None:
    result = fuzz(tmp_path, cases=200, seed=14)
    assert result.failures == []
    assert result.refused > 150
