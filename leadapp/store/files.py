"""Writing a file so it is either all there or not there: a copy saved out of LeadApp never half-exists."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from leadapp.store.errors import StoreError


def write_atomically(path: Path, data: bytes) -> None:
    """Write beside the target, flush to disk, then rename over it; a failure leaves the old file alone."""
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise StoreError(
            f"LeadApp could not write {path.name}: {error.strerror or error}. Nothing was saved there."
        ) from error
