"""Where the CPD profile, the programme return and the command line's CPD PDF are written.

One seam onto the app's whole-or-nothing file writer, so these files follow it wherever it goes. A folder
that is not there (or any other refusal by the system) is a sentence, never a traceback.
"""

from __future__ import annotations

from pathlib import Path

from leadapp.store.output_files import save_copy


def save_export(path: Path, data: bytes, database: Path | None = None) -> None:
    """Whole or not at all, never over the database; raises StoreError worded for the person."""
    save_copy(path, data, database)
