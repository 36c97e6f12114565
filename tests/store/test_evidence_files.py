"""Attaching a file as evidence: only a regular file, and never more than the limit read into memory.

The attach runs in a child process with a memory cap and a timeout, so that the failure these tests pin
(reading /dev/zero until memory runs out, waiting forever on a named pipe) fails the test instead of the
machine.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from leadapp.domain.activities import Activity
from leadapp.domain.people import Person
from leadapp.store.activities import MAX_EVIDENCE_BYTES
from leadapp.store.errors import StoreError
from leadapp.store.store import Store

CHILD = """
import sys
from pathlib import Path
from leadapp.store.errors import StoreError
from leadapp.store.store import Store
store = Store.open(sys.argv[1])
try:
    store.evidence.attach_file(sys.argv[2], Path(sys.argv[3]))
    print("attached")
except StoreError as error:
    print("refused:", error)
"""

MEMORY_CAP = 1024 * 1024 * 1024


def _cap_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


@pytest.fixture
def activity(store: Store) -> Activity:
    person = store.people.add(Person(full_name="Ama Owusu"))
    return store.activities.add(Activity(person_id=person.id, title="Audit of handovers"))


def attach_in_child(db_path: Path, activity_id: str, target: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", CHILD, str(db_path), activity_id, str(target)],
        capture_output=True,
        text=True,
        timeout=20,
        preexec_fn=_cap_memory,
        check=False,
    )


def test_attaching_dev_zero_is_refused_without_reading_it(store: Store, db_path: Path, activity) -> None:
    result = attach_in_child(db_path, activity.id, Path("/dev/zero"))
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.startswith("refused:") and "not a file" in result.stdout
    assert store.evidence.for_activity(activity.id) == []


def test_attaching_a_named_pipe_is_refused_without_waiting(
    store: Store, db_path: Path, activity, tmp_path: Path
) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    result = attach_in_child(db_path, activity.id, pipe)
    assert result.stdout.startswith("refused:") and "not a file" in result.stdout
    assert store.evidence.for_activity(activity.id) == []


def test_a_file_growing_past_the_limit_after_it_was_measured_is_refused(
    store: Store, activity, tmp_path: Path, monkeypatch
) -> None:
    """Reading stops at limit + 1 bytes whatever the size said when the file was looked at."""
    growing = tmp_path / "growing.bin"
    growing.write_bytes(b"x" * 10)
    real_stat, real_fstat = os.stat, os.fstat

    with growing.open("ab") as handle:
        handle.truncate(MAX_EVIDENCE_BYTES * 3)

    def as_measured(result: os.stat_result) -> os.stat_result:  # the size when the person chose the file
        fields = list(result)
        fields[6] = 10
        return os.stat_result(fields)

    monkeypatch.setattr(os, "stat", lambda path, *a, **k: as_measured(real_stat(path, *a, **k)))
    monkeypatch.setattr(os, "fstat", lambda fd: as_measured(real_fstat(fd)))
    with pytest.raises(StoreError, match="too large"):
        store.evidence.attach_file(activity.id, growing)
    assert store.evidence.for_activity(activity.id) == []


def test_a_regular_file_within_the_limit_is_attached_exactly(store: Store, activity, tmp_path: Path) -> None:
    data = bytes(range(256)) * 100
    evidence_file = tmp_path / "audit.pdf"
    evidence_file.write_bytes(data)
    attached = store.evidence.attach_file(activity.id, evidence_file)
    assert attached.content == data and attached.size == len(data)
