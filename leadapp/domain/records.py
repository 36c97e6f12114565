"""What every stored record carries: a UUID, UTC timestamps and a tombstone.

The tombstone (`deleted_at`) lets a delete travel to the other side of an offline exchange; the store
fills the timestamps, never the caller.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from leadapp.domain.ids import new_id


@dataclass(kw_only=True)
class Record:
    id: str = field(default_factory=new_id)
    created_at: str = ""
    updated_at: str = ""
    deleted_at: str | None = None
