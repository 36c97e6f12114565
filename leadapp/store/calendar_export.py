"""Writing a planned session's .ics file, with the SEQUENCE count that makes a re-export an update."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from leadapp.domain.calendar_event import CalendarError, calendar_entry, calendar_file
from leadapp.store.errors import StoreError
from leadapp.store.output_files import OutputRefusedError, save_copy
from leadapp.store.store import Store

SEQUENCE_SETTING = "calendar_sequence:{}"
ICS_SIGNATURE = b"BEGIN:VCALENDAR"


def next_sequence(store: Store, session_id: str) -> int:
    """0 for the first export, then one more each time (RFC 5545: a higher SEQUENCE replaces the event)."""
    try:
        return int(store.settings.get(SEQUENCE_SETTING.format(session_id), "-1")) + 1
    except ValueError:
        return 0


def _check_target(target: Path) -> None:
    if target.is_dir():
        raise OutputRefusedError(f"{target} is a folder. Choose a file name; nothing was written.")
    if target.exists():
        try:
            with target.open("rb") as handle:
                head = handle.read(len(ICS_SIGNATURE) + 3).lstrip(b"\xef\xbb\xbf")
        except OSError:
            head = b""
        if not head.startswith(ICS_SIGNATURE):
            raise OutputRefusedError(
                f"{target} is not a calendar file, so it was not replaced. Choose another name."
            )


def export_calendar(store: Store, session_id: str, target: Path, now: datetime | None = None) -> int:
    """Write the session's event to `target` whole or not at all; returns the SEQUENCE written."""
    session = store.sessions.find(session_id)
    if session is None or session.deleted_at is not None:
        raise StoreError("There is no such session.")
    mentee = store.people.find(session.mentee_id)
    try:
        entry = calendar_entry(session, mentee.full_name if mentee else "")
    except CalendarError as error:
        raise StoreError(str(error)) from error
    _check_target(target)
    sequence = next_sequence(store, session_id)
    save_copy(target, calendar_file(entry, sequence, now or datetime.now(UTC)), store.path)
    store.settings.set(SEQUENCE_SETTING.format(session_id), str(sequence))
    return sequence
