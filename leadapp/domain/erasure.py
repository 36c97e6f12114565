"""Erasure on request: the words a person reads before a mentee's data goes, and the name check.

Typing the full name is the confirmation; it is compared without regard to case or repeated spaces, since
the point is that the person meant this mentee, not that they typed capitals the same way.
"""

from __future__ import annotations

from datetime import date

from leadapp.domain.dates import format_date

BACKUPS_KEPT_FOR = "up to 8 weeks"
"""How long a backup can outlive an erasure when the backup rotation cannot say a date."""

KIND_WORDS: dict[str, tuple[str, str]] = {
    "sessions": ("session", "sessions"),
    "actions": ("action", "actions"),
    "activities": ("activity", "activities"),
    "evidence": ("piece of evidence", "pieces of evidence"),
    "notes": ("note", "notes"),
    "objectives": ("objective", "objectives"),
    "leap_plans": ("leap plan", "leap plans"),
    "leap_reviews": ("plan review", "plan reviews"),
    "assessments": ("self-assessment", "self-assessments"),
    "relationships": ("mentoring relationship", "mentoring relationships"),
}


def _normal(text: str) -> str:
    return " ".join(text.split()).casefold()


def names_match(typed: str, full_name: str) -> bool:
    return bool(_normal(full_name)) and _normal(typed) == _normal(full_name)


def what_goes(name: str, counts: dict[str, int]) -> str:
    """One sentence naming everything that will be erased, with numbers."""
    parts = []
    for kind, (one, many) in KIND_WORDS.items():
        count = counts.get(kind, 0)
        if count:
            parts.append(f"{count} {one if count == 1 else many}")
    listed = ", ".join(parts[:-1]) + f" and {parts[-1]}" if len(parts) > 1 else (parts[0] if parts else "")
    held = f": {listed}" if listed else ""
    return (
        f"This erases {name} and everything recorded about them{held}, including anything in the bin. "
        "Links to them from other records are cleared. This cannot be undone."
    )


def backups_note(gone_by: date | None, today: date) -> str:
    """What the backups still hold after an erasure, and until when."""
    if gone_by is None:
        when = f"until they rotate out ({BACKUPS_KEPT_FOR})"
    elif gone_by <= today:
        when = "until the next backup rotation"
    else:
        when = f"until they rotate out; the last of them will be gone by {format_date(gone_by)}"
    return f"Backups made before the erasure still hold this data {when}. You can delete those backups now."
