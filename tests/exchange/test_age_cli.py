"""LeadApp's update files are standard age files: the real `age` tool opens them, and LeadApp opens its files.

Debian's age 1.1 reads a passphrase only from a terminal, so the passphrase cases drive it through a pty.
`scripts/ensure-age` (run by `make test`) installs it on a fresh machine when it can.
"""

from __future__ import annotations

import json
import os
import pty
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from exchange_pair import Pair, make_pair, payload

from leadapp.store.exchange import IDENTITY_KEY

AGE = shutil.which("age")
pytestmark = pytest.mark.skipif(
    AGE is None,
    reason="the age command-line tool is not installed (apt-get install age; make test does it as root)",
)


@pytest.fixture
def pair(tmp_path: Path) -> Pair:
    made = make_pair(tmp_path)
    yield made
    made.close()


def run_with_terminal(args: list[str], answers: list[str], timeout: float = 60) -> tuple[int, str]:
    """Run age with a pty as its terminal, typing each answer when it asks for a passphrase."""
    pid, fd = pty.fork()
    if pid == 0:
        os.execv(args[0], args)
    seen = b""
    pending = list(answers)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            chunk = os.read(fd, 1024)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
        if pending and b"passphrase" in seen.lower().rsplit(b"\n", 1)[-1]:
            os.write(fd, (pending.pop(0) + "\n").encode())
            seen += b"\n"
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    return os.waitstatus_to_exitcode(status), seen.decode(errors="replace")


def test_age_opens_a_leadapp_file_locked_with_a_passphrase(pair: Pair, tmp_path: Path) -> None:
    blob = pair.mentor.exchange.export(pair.mentee_here, passphrase="tea at four")
    (tmp_path / "x.leadapp").write_bytes(blob)
    out = tmp_path / "x.json"
    code, screen = run_with_terminal(
        [AGE, "-d", "-o", str(out), str(tmp_path / "x.leadapp")], ["tea at four"]
    )
    assert code == 0, screen
    assert json.loads(out.read_bytes())["manifest"]["sender_name"] == "Morgan Mentor"


def test_age_opens_a_leadapp_file_locked_for_a_paired_key(pair: Pair, tmp_path: Path) -> None:
    (tmp_path / "x.leadapp").write_bytes(pair.to_mentee())
    (tmp_path / "key.txt").write_text(pair.mentee.settings.get(IDENTITY_KEY) + "\n")
    done = subprocess.run(
        [AGE, "-d", "-i", str(tmp_path / "key.txt"), str(tmp_path / "x.leadapp")],
        capture_output=True,
        check=True,
    )
    assert json.loads(done.stdout)["manifest"]["recipient_name"] == "Asha Mentee"


def test_leadapp_opens_what_age_locked_for_its_key_and_with_a_passphrase(pair: Pair, tmp_path: Path) -> None:
    plain = tmp_path / "payload.json"
    plain.write_text(json.dumps(payload(pair.mentee, pair.to_mentee())))
    keyed = tmp_path / "keyed.leadapp"
    subprocess.run([AGE, "-r", pair.mentee.exchange.my_key(), "-o", str(keyed), str(plain)], check=True)
    summary = pair.mentee.exchange.open_file(keyed.read_bytes(), None, pair.mentor_there)
    assert summary.added["sessions"] == 1

    data = json.loads(plain.read_text())
    data["manifest"]["sequence"] += 1
    data["records"]["sessions"][0]["values"]["agenda"] = "Typed through age"
    plain.write_text(json.dumps(data))
    locked = tmp_path / "locked.leadapp"
    code, screen = run_with_terminal(
        [AGE, "-p", "-o", str(locked), str(plain)], ["oak and ash", "oak and ash"]
    )
    assert code == 0, screen
    pair.mentee.exchange.open_file(locked.read_bytes(), "oak and ash")
    assert pair.mentee.sessions.get(pair.session_id).agenda == "Typed through age"
