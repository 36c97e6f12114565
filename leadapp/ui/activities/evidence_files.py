"""Attached evidence back out of the database: opened in the system's own viewer, or saved as a copy."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from leadapp.domain.activities import Evidence
from leadapp.domain.enums import EvidenceKind
from leadapp.store.errors import StoreError
from leadapp.store.output_files import save_copy


def safe_name(evidence: Evidence) -> str:
    """The attached file's own name without any folder part, so a stored name cannot point elsewhere."""
    return Path(evidence.filename or evidence.title or "evidence").name or "evidence"


def open_evidence(evidence: Evidence) -> Path | None:
    """A file goes to a private temporary folder and opens there; a link opens in the browser."""
    if evidence.kind is EvidenceKind.LINK and evidence.url:
        QDesktopServices.openUrl(QUrl(evidence.url))
        return None
    if evidence.kind is not EvidenceKind.FILE or evidence.content is None:
        return None
    folder = Path(tempfile.mkdtemp(prefix="leadapp-evidence-"))
    path = folder / safe_name(evidence)
    save_copy(path, evidence.content)
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        raise StoreError(f"No program on this computer opens {path.name}. Use Save as… to keep a copy.")
    return path


def save_evidence(evidence: Evidence, path: Path, database: Path | None = None) -> None:
    if evidence.content is None:
        raise StoreError("This evidence has no file to save.")
    save_copy(path, evidence.content, database)
