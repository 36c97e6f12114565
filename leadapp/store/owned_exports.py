"""Where the CPD profile, the programme return and the command line's CPD PDF are written.

One seam onto the app's whole-or-nothing file writer, so these files follow it wherever it goes. A folder
that is not there (or any other refusal by the system) is a sentence, never a traceback.
"""

from __future__ import annotations

from pathlib import Path

from leadapp.store.errors import StoreError
from leadapp.store.files import write_atomically


def save_export(path: Path, data: bytes) -> None:
    """Whole or not at all; raises StoreError worded for the person."""
    try:
        write_atomically(path, data)
    except OSError as error:
        raise StoreError(
            f"LeadApp could not write {path.name}: {error.strerror or error}. Nothing was saved there."
        ) from error
