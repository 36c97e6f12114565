"""The rules of the offline exchange between a mentor's and a mentee's databases, as pure functions.

What crosses is decided here, field by field, so that private text can never reach an update file by
accident: a field is shared only when it is listed. Incoming payloads are checked here too, before the store
touches the database, and the merge of one record is a three-way merge of plain dictionaries against the
version last exchanged with that person (the base).
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

FORMAT = "leadapp-exchange"
FORMAT_VERSION = 1
MAX_TEXT = 200_000
"""Longer than any text a person types in a field; a longer string in a payload is refused."""
MAX_EVIDENCE_BYTES = 20 * 1024 * 1024
MAX_RECORDS = 200_000
REMOVED = "deleted_at"
"""The tombstone travels as a field; a change to it is a removal (or a restore from the bin)."""

DATE = "date"
STAMP = "stamp"
TEXT = "text"
NUMBER = "number"
FLAG = "flag"
ID = "id"
PERSON = "person"
LIST = "list"
BLOB = "blob"

SHARED: dict[str, dict[str, str]] = {
    "relationships": {
        "mentor_id": PERSON,
        "mentee_id": PERSON,
        "kind": TEXT,
        "formality": TEXT,
        "scope": TEXT,
        "start_date": DATE,
        "end_date": DATE,
        "goals": TEXT,
        "frequency": TEXT,
        "confidentiality": TEXT,
    },
    "sessions": {
        "mentee_id": PERSON,
        "mentor_id": PERSON,
        "relationship_id": ID,
        "session_date": DATE,
        "status": TEXT,
        "start_time": TEXT,
        "duration_min": NUMBER,
        "mode": TEXT,
        "location": TEXT,
        "template": TEXT,
        "agenda": TEXT,
        "shared_notes": TEXT,
        "reflection": TEXT,
        "categories": LIST,
        "next_session_date": DATE,
    },
    "actions": {
        "mentee_id": PERSON,
        "session_id": ID,
        "text": TEXT,
        "owner": TEXT,
        "owner_name": TEXT,
        "due_date": DATE,
        "status": TEXT,
        "done_on": DATE,
    },
    "activities": {
        "person_id": PERSON,
        "title": TEXT,
        "description": TEXT,
        "start_date": DATE,
        "end_date": DATE,
        "status": TEXT,
        "categories": LIST,
        "primary_category": TEXT,
        "stage": TEXT,
        "setting": TEXT,
        "reach": TEXT,
        "development_value": LIST,
        "development_value_other": TEXT,
        "organisational_benefit": TEXT,
        "behaviours": LIST,
        "outputs": TEXT,
        "outcomes": TEXT,
        "impact": TEXT,
        "learning_type": TEXT,
        "provider": TEXT,
        "programme": TEXT,
        "level": TEXT,
        "funding": TEXT,
        "relationship_id": ID,
        "session_id": ID,
        "example_code": TEXT,
        "readiness": LIST,
    },
    "evidence": {
        "activity_id": ID,
        "kind": TEXT,
        "title": TEXT,
        "body": TEXT,
        "url": TEXT,
        "filename": TEXT,
        "mime_type": TEXT,
        "size": NUMBER,
        "content": BLOB,
    },
    "notes": {
        "person_id": PERSON,
        "session_id": ID,
        "noted_on": DATE,
        "body": TEXT,
        "kind": TEXT,
        "category": TEXT,
    },
    "leap_plans": {
        "mentee_id": PERSON,
        "title": TEXT,
        "status": TEXT,
        "opportunity_type": TEXT,
        "opportunity_other": TEXT,
        "direction": TEXT,
        "origin": TEXT,
        "start_date": DATE,
        "review_date": DATE,
        "hopes": TEXT,
        "outcome": TEXT,
        "benefits": LIST,
        "lessons": TEXT,
        "activity_id": ID,
    },
    "leap_concerns": {
        "plan_id": ID,
        "concern": TEXT,
        "custom_text": TEXT,
        "rating": TEXT,
        "mitigation": TEXT,
    },
    "leap_supports": {
        "plan_id": ID,
        "mechanism": TEXT,
        "other_text": TEXT,
        "who": TEXT,
        "frequency": TEXT,
        "agreed": FLAG,
        "if_less_well": FLAG,
        "notes": TEXT,
    },
    "leap_milestones": {"plan_id": ID, "title": TEXT, "due_date": DATE, "done_on": DATE},
    "leap_reviews": {
        "plan_id": ID,
        "session_id": ID,
        "review_date": DATE,
        "confidence": NUMBER,
        "wellbeing": NUMBER,
        "went_well": TEXT,
        "less_well": TEXT,
        "next_steps": TEXT,
    },
    "objectives": {
        "person_id": PERSON,
        "objective": TEXT,
        "why": TEXT,
        "categories": LIST,
        "target_date": DATE,
        "status": TEXT,
        "activity_ids": LIST,
        "assessment_items": LIST,
    },
    "assessments": {
        "person_id": PERSON,
        "assessed_on": DATE,
        "framework": TEXT,
        "rater": TEXT,
        "notes": TEXT,
    },
    "assessment_ratings": {
        "assessment_id": ID,
        "item": TEXT,
        "rating": NUMBER,
        "note": TEXT,
        "evidence": TEXT,
    },
}
"""Every field that may cross, by table, in the order records are written (parents first).

Never listed: private notes (`mentor_private`, `mentee_private`), notes about a person or a relationship,
who else is involved (`related_person_id`, `champion_id`), settings, and people other than the two.
Private notes (the `notes` table with a private visibility) are left out by the store's selection.
"""

REFERENCES: dict[str, dict[str, str]] = {
    "sessions": {"relationship_id": "relationships"},
    "actions": {"session_id": "sessions"},
    "activities": {"relationship_id": "relationships", "session_id": "sessions"},
    "evidence": {"activity_id": "activities"},
    "notes": {"session_id": "sessions"},
    "leap_plans": {"activity_id": "activities"},
    "leap_concerns": {"plan_id": "leap_plans"},
    "leap_supports": {"plan_id": "leap_plans"},
    "leap_milestones": {"plan_id": "leap_plans"},
    "leap_reviews": {"plan_id": "leap_plans", "session_id": "sessions"},
    "assessment_ratings": {"assessment_id": "assessments"},
}
"""Which record another record points at; a pointer outside what is shared crosses as empty."""

REQUIRED_PARENT = {
    "evidence": "activity_id",
    "leap_concerns": "plan_id",
    "leap_supports": "plan_id",
    "leap_milestones": "plan_id",
    "leap_reviews": "plan_id",
    "assessment_ratings": "assessment_id",
}

KIND_NAMES = {
    "relationships": ("agreement", "agreements"),
    "sessions": ("session", "sessions"),
    "actions": ("action", "actions"),
    "activities": ("activity", "activities"),
    "evidence": ("piece of evidence", "pieces of evidence"),
    "notes": ("reflection", "reflections"),
    "leap_plans": ("leap-of-faith plan", "leap-of-faith plans"),
    "leap_concerns": ("plan concern", "plan concerns"),
    "leap_supports": ("plan support", "plan supports"),
    "leap_milestones": ("plan milestone", "plan milestones"),
    "leap_reviews": ("plan review", "plan reviews"),
    "objectives": ("objective", "objectives"),
    "assessments": ("self-assessment", "self-assessments"),
    "assessment_ratings": ("rating", "ratings"),
}


class PayloadError(ValueError):
    """An update file that cannot be read as a LeadApp payload; the message is one plain sentence."""


def counted(counts: Mapping[str, int]) -> str:
    """'3 sessions, 1 action' in the order of SHARED; 'nothing' when every count is zero."""
    parts = []
    for table in SHARED:
        n = counts.get(table, 0)
        if n:
            one, many = KIND_NAMES[table]
            parts.append(f"{n} {one if n == 1 else many}")
    return ", ".join(parts) if parts else "nothing"


def view(table: str, row: Mapping[str, Any], in_scope: Mapping[str, set[str]]) -> dict[str, Any]:
    """The shared fields of a stored row as they cross: pointers to records not shared become empty."""
    out: dict[str, Any] = {}
    refs = REFERENCES.get(table, {})
    for name, kind in SHARED[table].items():
        value = row.get(name)
        if kind == BLOB and value is not None:
            value = base64.b64encode(bytes(value)).decode("ascii")
        elif kind == FLAG and value is not None:
            value = 1 if value else 0
        elif kind == LIST and value is not None and not isinstance(value, str):
            value = _json_list(value)
        if name in refs and value is not None and value not in in_scope.get(refs[name], set()):
            value = None
        out[name] = value
    out[REMOVED] = row.get(REMOVED)
    return out


def _json_list(value: Any) -> str:
    import json

    return json.dumps(list(value))


def to_column(table: str, name: str, value: Any) -> Any:
    """A crossed value as the store writes it (evidence content back to bytes)."""
    if name != REMOVED and SHARED[table].get(name) == BLOB and value is not None:
        return base64.b64decode(value)
    return value


@dataclass(frozen=True)
class FieldConflict:
    """A field both sides changed to different values; a removal against an edit uses field `deleted_at`."""

    field: str
    mine: Any
    theirs: Any
    base: Any = None


@dataclass(frozen=True)
class RecordMerge:
    write: dict[str, Any] = field(default_factory=dict)
    conflicts: tuple[FieldConflict, ...] = ()


def merge_record(
    base: Mapping[str, Any] | None, mine: Mapping[str, Any], theirs: Mapping[str, Any]
) -> RecordMerge:
    """Field-by-field three-way merge of one shared record: what to write over mine, and the conflicts.

    A field changed only on their side is taken; one changed on both to different values is a conflict and
    keeps mine until the person chooses. With no base (the record was made on both sides independently, or
    the base was lost) every differing field is a conflict, so nothing is overwritten silently. A removal on
    one side against any edit on the other is one conflict on `deleted_at`.
    """
    base = base or {}
    has_base = bool(base)
    mine_removed_changed = has_base and mine.get(REMOVED) != base.get(REMOVED)
    theirs_removed_changed = has_base and theirs.get(REMOVED) != base.get(REMOVED)
    edits_mine = [k for k in mine if k != REMOVED and has_base and mine.get(k) != base.get(k)]
    edits_theirs = [k for k in theirs if k != REMOVED and has_base and theirs.get(k) != base.get(k)]
    removal_clash = (theirs_removed_changed and theirs.get(REMOVED) and edits_mine) or (
        mine_removed_changed and mine.get(REMOVED) and edits_theirs
    )
    if removal_clash and mine.get(REMOVED) != theirs.get(REMOVED):
        return RecordMerge(
            {}, (FieldConflict(REMOVED, mine.get(REMOVED), theirs.get(REMOVED), base.get(REMOVED)),)
        )
    write: dict[str, Any] = {}
    conflicts: list[FieldConflict] = []
    for name, their_value in theirs.items():
        my_value = mine.get(name)
        if my_value == their_value:
            continue
        if has_base and my_value == base.get(name):
            write[name] = their_value
        elif has_base and their_value == base.get(name):
            continue
        else:
            conflicts.append(FieldConflict(name, my_value, their_value, base.get(name)))
    return RecordMerge(write, tuple(conflicts))


EXCHANGE_DIVIDER = "\n\n——— both versions kept: theirs above, yours below ———\n\n"


def both_versions(mine: Any, theirs: Any, base: Any = None) -> Any:
    """Both sides' text in one value to edit (theirs above, yours below), as the save merge joins them."""
    from leadapp.domain.merge import BOTH_DIVIDER, keep_both

    both = keep_both(mine, theirs, base)
    return both.replace(BOTH_DIVIDER, EXCHANGE_DIVIDER) if isinstance(both, str) else both


def translate_people(table: str, values: dict[str, Any], people: Mapping[str, str]) -> dict[str, Any]:
    """Person ids as the sender wrote them become the receiver's ids; an unknown person is refused."""
    out = dict(values)
    for name, kind in SHARED[table].items():
        if kind == PERSON and out.get(name) is not None:
            if out[name] not in people:
                raise PayloadError("The update file mentions someone other than the two of you.")
            out[name] = people[out[name]]
    return out


@dataclass(frozen=True)
class Manifest:
    format_version: int
    app_version: str
    schema_version: int
    sender_db: str
    sender_person: str
    sender_name: str
    sender_role: str
    recipient_db: str
    recipient_person: str
    recipient_name: str
    created: str
    sequence: int
    acknowledged: int
    counts: dict[str, int]


@dataclass(frozen=True)
class Incoming:
    """One record as it arrived: its shared values, when it was last changed on the sender's side, and
    the version of it the sender last received from us (a common ancestor for the merge), if any."""

    id: str
    stamp: str
    values: dict[str, Any]
    base: dict[str, Any] | None
    base_stamp: str


@dataclass(frozen=True)
class Payload:
    manifest: Manifest
    records: dict[str, list[Incoming]]


def choose_base(
    received: tuple[dict[str, Any], str] | None, declared: tuple[dict[str, Any], str] | None
) -> dict[str, Any] | None:
    """The later of two common ancestors: what we last received, or what the sender last received from us.

    Both are versions each side has had; the later one (by its change time) is the closer ancestor, and a
    closer ancestor means fewer false conflicts, never a lost edit.
    """
    known = [b for b in (received, declared) if b is not None]
    if not known:
        return None
    return max(known, key=lambda b: b[1])[0]


def _need(mapping: Mapping[str, Any], name: str, kind: type, where: str) -> Any:
    value = mapping.get(name)
    ok = isinstance(value, kind) and not (kind is int and isinstance(value, bool))
    if not ok:
        raise PayloadError(f"The update file is damaged: {where} has no valid {name.replace('_', ' ')}.")
    if isinstance(value, str) and len(value) > MAX_TEXT:
        raise PayloadError(f"The update file is damaged: {where} holds a text far too long.")
    return value


def _check_value(table: str, name: str, kind: str, value: Any) -> None:
    where = f"a {KIND_NAMES[table][0]}"
    bad = PayloadError(
        f"The update file is damaged: {where} has a {name.replace('_', ' ')} that cannot be right."
    )
    if value is None:
        if name == REQUIRED_PARENT.get(table):
            raise bad
        return
    if kind in (NUMBER, FLAG):
        if not isinstance(value, int) or isinstance(value, bool) or abs(value) > 10**12:
            raise bad
        return
    if not isinstance(value, str):
        raise bad
    limit = MAX_EVIDENCE_BYTES * 4 // 3 + 8 if kind == BLOB else MAX_TEXT
    if len(value) > limit:
        raise PayloadError(
            f"The update file is damaged: {where} holds a {name.replace('_', ' ')} far too long."
        )
    try:
        if kind == DATE:
            date.fromisoformat(value)
            if len(value) != 10:
                raise ValueError(value)
        elif kind == STAMP:
            datetime.fromisoformat(value.replace("Z", "+00:00"))
        elif kind == BLOB:
            base64.b64decode(value, validate=True)
        elif kind == LIST:
            import json

            parsed = json.loads(value)
            if not isinstance(parsed, list) or not all(isinstance(i, str) for i in parsed):
                raise ValueError(value)
    except (ValueError, binascii.Error) as error:
        raise bad from error


def _checked_values(table: str, values: Any) -> dict[str, Any]:
    if not isinstance(values, dict) or set(values) != {REMOVED, *SHARED[table]}:
        raise PayloadError(
            f"The update file is damaged: a {KIND_NAMES[table][0]} has missing or extra fields."
        )
    for name, kind in SHARED[table].items():
        _check_value(table, name, kind, values[name])
    _check_value(table, REMOVED, STAMP, values[REMOVED])
    return dict(values)


def parse_payload(data: Any) -> Payload:
    """Check a decoded JSON payload completely; any fault is one plain sentence and nothing else happens."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise PayloadError("This file is not a LeadApp update file.")
    raw = data.get("manifest")
    if not isinstance(raw, dict):
        raise PayloadError("The update file is damaged: it has no list of contents.")
    version = _need(raw, "format_version", int, "the list of contents")
    if version > FORMAT_VERSION:
        raise PayloadError(
            "This update file was made by a newer version of LeadApp: update LeadApp, then open it again."
        )
    if version < 1:
        raise PayloadError("The update file is damaged: its format version cannot be right.")
    counts = _need(raw, "counts", dict, "the list of contents")
    if not all(
        isinstance(k, str) and isinstance(v, int) and not isinstance(v, bool) for k, v in counts.items()
    ):
        raise PayloadError("The update file is damaged: its counts cannot be read.")
    manifest = Manifest(
        format_version=version,
        app_version=_need(raw, "app_version", str, "the list of contents"),
        schema_version=_need(raw, "schema_version", int, "the list of contents"),
        sender_db=_need(raw, "sender_db", str, "the list of contents"),
        sender_person=_need(raw, "sender_person", str, "the list of contents"),
        sender_name=_need(raw, "sender_name", str, "the list of contents"),
        sender_role=_need(raw, "sender_role", str, "the list of contents"),
        recipient_db=_need(raw, "recipient_db", str, "the list of contents"),
        recipient_person=_need(raw, "recipient_person", str, "the list of contents"),
        recipient_name=_need(raw, "recipient_name", str, "the list of contents"),
        created=_need(raw, "created", str, "the list of contents"),
        sequence=_need(raw, "sequence", int, "the list of contents"),
        acknowledged=_need(raw, "acknowledged", int, "the list of contents"),
        counts=dict(counts),
    )
    if (
        manifest.sender_role not in ("mentor", "mentee")
        or not manifest.sender_db
        or not manifest.sender_person
    ):
        raise PayloadError("The update file is damaged: it does not say who made it.")
    records = data.get("records")
    if not isinstance(records, dict):
        raise PayloadError("The update file is damaged: it holds no records.")
    unknown = sorted(set(records) - set(SHARED))
    if unknown:
        raise PayloadError("The update file holds kinds of record this version of LeadApp does not know.")
    seen: set[str] = set()
    total = 0
    checked: dict[str, list[Incoming]] = {}
    for table in SHARED:
        rows = records.get(table, [])
        if not isinstance(rows, list):
            raise PayloadError("The update file is damaged: a list of records cannot be read.")
        total += len(rows)
        if total > MAX_RECORDS:
            raise PayloadError("The update file holds far more records than any mentoring history.")
        if len(rows) != counts.get(table, 0):
            raise PayloadError("The update file is damaged: its records do not match its list of contents.")
        out: list[Incoming] = []
        for row in rows:
            if not isinstance(row, dict):
                raise PayloadError("The update file is damaged: a record cannot be read.")
            record_id = row.get("id")
            if not isinstance(record_id, str) or not 1 <= len(record_id) <= 64:
                raise PayloadError("The update file is damaged: a record has no valid id.")
            if record_id in seen:
                raise PayloadError("The update file is damaged: two records share one id.")
            seen.add(record_id)
            if set(row) != {"id", "stamp", "values", "base", "base_stamp"}:
                raise PayloadError(f"The update file is damaged: a {KIND_NAMES[table][0]} cannot be read.")
            stamp, base_stamp = row["stamp"], row["base_stamp"]
            if (
                not isinstance(stamp, str)
                or not isinstance(base_stamp, str)
                or max(len(stamp), len(base_stamp)) > 64
            ):
                raise PayloadError("The update file is damaged: a record has no valid time of change.")
            values = _checked_values(table, row["values"])
            base = None if row["base"] is None else _checked_values(table, row["base"])
            out.append(Incoming(record_id, stamp, values, base, base_stamp))
        checked[table] = out
    return Payload(manifest, checked)
