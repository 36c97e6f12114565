"""One writer per database: a second app is refused by name, a crashed app's lock is recovered."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from leadapp.store.instance_lock import InstanceLock, InUseError, host_name, lock_path, process_running
from leadapp.store.sync_folders import network_filesystem, shared_folder_warning


def _write_lock(database: Path, host: str, pid: int) -> None:
    lock_path(database).write_text(
        json.dumps({"host": host, "pid": pid, "since": "2026-03-01T09:30:00+00:00"})
    )


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_a_second_writer_is_refused_with_the_first_ones_host_pid_and_time(tmp_path: Path) -> None:
    database = tmp_path / "leadapp.sqlite3"
    first = InstanceLock(database).acquire()
    holder = json.loads(lock_path(database).read_text())
    assert holder["pid"] == os.getpid() and holder["host"] == socket.gethostname()
    with pytest.raises(InUseError) as refused:
        InstanceLock(database).acquire()
    message = str(refused.value)
    assert socket.gethostname() in message and str(os.getpid()) in message and "open since" in message
    first.release()
    assert not lock_path(database).exists()
    InstanceLock(database).acquire().release()


def test_a_lock_held_by_another_running_process_is_respected(tmp_path: Path) -> None:
    database = tmp_path / "leadapp.sqlite3"
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        _write_lock(database, socket.gethostname(), other.pid)
        with pytest.raises(InUseError, match=str(other.pid)):
            InstanceLock(database).acquire()
    finally:
        other.kill()
        other.wait()


def test_a_crashed_apps_lock_on_this_computer_is_taken_over(tmp_path: Path) -> None:
    database = tmp_path / "leadapp.sqlite3"
    dead = _dead_pid()
    assert not process_running(dead)
    _write_lock(database, socket.gethostname(), dead)
    lock = InstanceLock(database).acquire()
    assert json.loads(lock_path(database).read_text())["pid"] == os.getpid()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["leadapp.sqlite3.lock"]
    lock.release()


def test_a_lock_from_another_computer_is_never_taken_over(tmp_path: Path) -> None:
    database = tmp_path / "leadapp.sqlite3"
    _write_lock(database, "ward-laptop-17", _dead_pid())
    with pytest.raises(InUseError, match="ward-laptop-17"):
        InstanceLock(database).acquire()
    assert "ward-laptop-17" in lock_path(database).read_text()


def test_release_never_removes_someone_elses_lock(tmp_path: Path) -> None:
    database = tmp_path / "leadapp.sqlite3"
    lock = InstanceLock(database).acquire()
    _write_lock(database, "ward-laptop-17", 4242)
    lock.release()
    assert lock_path(database).exists()


def test_a_fresh_empty_lock_is_respected_but_an_old_one_is_recovered(tmp_path: Path) -> None:
    database = tmp_path / "leadapp.sqlite3"
    lock_path(database).write_text("")
    with pytest.raises(InUseError):
        InstanceLock(database).acquire()
    os.utime(lock_path(database), (1, 1))
    InstanceLock(database).acquire().release()


MOUNTS = """/dev/sda1 / ext4 rw 0 0
server:/export /mnt/team nfs4 rw 0 0
//nhs/share /media/shared\\040drive cifs rw 0 0
user@host:/home /home/me/remote fuse.sshfs rw 0 0
"""


@pytest.mark.parametrize(
    "path,expected",
    [
        ("/home/me/leadapp.sqlite3", ""),
        ("/mnt/team/leadapp.sqlite3", "nfs4"),
        ("/mnt/teamwork/leadapp.sqlite3", ""),
        ("/media/shared drive/x/leadapp.sqlite3", "cifs"),
        ("/home/me/remote/leadapp.sqlite3", "fuse.sshfs"),
    ],
)
def test_network_filesystems_are_found_from_the_mount_table(path: str, expected: str) -> None:
    assert network_filesystem(Path(path), MOUNTS) == expected


@pytest.mark.parametrize(
    "folder,name",
    [
        ("C:/Users/ana/OneDrive - NHS Trust/LeadApp", "OneDrive"),
        ("/Users/ana/Dropbox/LeadApp", "Dropbox"),
        ("/Users/ana/Google Drive/My Drive", "Google Drive"),
        ("/Users/ana/Library/Mobile Documents/com~apple~CloudDocs", "iCloud Drive"),
    ],
)
def test_cloud_sync_folders_get_a_warning(folder: str, name: str) -> None:
    warning = shared_folder_warning(Path(folder) / "leadapp.sqlite3", mounts_text="")
    assert name in warning and "local folder" in warning


def test_an_ordinary_local_folder_gets_no_warning(tmp_path: Path) -> None:
    assert shared_folder_warning(tmp_path / "leadapp.sqlite3", mounts_text=MOUNTS) == ""


def test_a_lock_on_a_full_disk_says_the_disk_is_full_and_leaves_no_lock(tiny_disk) -> None:
    from leadapp.store.errors import DiskFullError

    database = tiny_disk.path / "leadapp.sqlite3"
    tiny_disk.fill()
    with pytest.raises(DiskFullError):
        InstanceLock(database).acquire()
    assert not lock_path(database).exists()
    tiny_disk.free()
    InstanceLock(database).acquire().release()


def test_the_host_name_is_the_one_socket_gives() -> None:
    assert host_name() == socket.gethostname()
