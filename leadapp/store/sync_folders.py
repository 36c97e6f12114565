"""Whether a database sits where a sync client or a network share may change it behind SQLite's back.

SQLite needs working file locks and a disk that does not replace the file while it is open; cloud sync
folders and network filesystems give neither reliably, so the app warns at start.
"""

from __future__ import annotations

import sys
from pathlib import Path

CLOUD_FOLDERS = {
    "onedrive": "OneDrive",
    "dropbox": "Dropbox",
    "google drive": "Google Drive",
    "googledrive": "Google Drive",
    "my drive": "Google Drive",
    "icloud drive": "iCloud Drive",
    "iclouddrive": "iCloud Drive",
    "mobile documents": "iCloud Drive",
    "com~apple~clouddocs": "iCloud Drive",
}
NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smb", "smb3", "smbfs", "fuse.sshfs", "sshfs", "9p", "afs"}


def _cloud_folder(path: Path) -> str:
    for part in path.parts:
        lowered = part.lower()
        for marker, name in CLOUD_FOLDERS.items():
            if lowered == marker or lowered.startswith(marker + " -") or lowered.startswith(marker + "-"):
                return name
        if lowered.startswith("onedrive"):
            return "OneDrive"
    return ""


def _unescape(field: str) -> str:
    return field.replace("\\040", " ").replace("\\011", "\t").replace("\\134", "\\")


def network_filesystem(path: Path, mounts_text: str | None = None) -> str:
    """The network filesystem type holding `path` per /proc/mounts (Linux), or ''."""
    if mounts_text is None:
        if not sys.platform.startswith("linux"):
            return ""
        try:
            mounts_text = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""
    target = str(path)
    best, kind = "", ""
    for line in mounts_text.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = _unescape(fields[1])
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, kind = point, fields[2]
    return kind if kind.lower() in NETWORK_FILESYSTEMS else ""


def shared_folder_warning(database: Path, mounts_text: str | None = None) -> str:
    """One sentence to show at start, or '' when the folder is an ordinary local one."""
    path = Path(database).expanduser().absolute()
    cloud = _cloud_folder(path)
    if cloud:
        return (
            f"{path} is in a {cloud} folder. Syncing can damage a database that is open, or bring back an "
            "older copy: keep it in a local folder (LeadApp keeps backups beside it)."
        )
    network = network_filesystem(path, mounts_text)
    if network:
        return (
            f"{path} is on a network drive ({network}). A dropped connection can damage an open database: "
            "keep it in a local folder if you can (LeadApp keeps backups beside it)."
        )
    return ""
