"""Writing an export to a folder: one JSON file with evidence beside it, CSV per kind, Markdown per mentee.

Every file goes through the one atomic writer, so a full disk or a killed app leaves whole files or none.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from leadapp import __version__
from leadapp.domain.dates import format_date
from leadapp.domain.enums import PersonKind
from leadapp.domain.ids import utc_now
from leadapp.domain.people import Person
from leadapp.domain.wording import word
from leadapp.store.errors import StoreError
from leadapp.store.export import (
    FORMAT_NAME,
    FORMAT_VERSION,
    ExportSet,
    columns_of,
    record_fields,
    to_json_value,
)
from leadapp.store.output_files import describe_write_error, write_file
from leadapp.store.record_sets import KINDS

FORMATS = ("json", "csv", "markdown")
LIST_SEPARATOR = "; "
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""A spreadsheet treats a cell starting with one of these as a formula; such cells get an apostrophe."""


@dataclass(frozen=True)
class ExportResult:
    folder: Path
    files: int
    records: int


def export_folder(parent: Path) -> Path:
    """A new folder for this export, so an earlier export is never overwritten."""
    stamp = utc_now()[:16].replace(":", "").replace("-", "").replace("T", "-")
    candidate = parent / f"LeadApp export {stamp}"
    number = 2
    while candidate.exists():
        candidate = parent / f"LeadApp export {stamp} ({number})"
        number += 1
    return candidate


def safe_name(text: str, fallback: str) -> str:
    """A file name any system accepts, from a person's name or a file's own name."""
    cleaned = re.sub(r"[^\w .()-]+", "_", text).strip(" ._")
    return cleaned[:80] or fallback


def write_export(
    export: ExportSet,
    parent: Path,
    formats: tuple[str, ...] = FORMATS,
    category_names: dict[str, str] | None = None,
) -> ExportResult:
    """Write the chosen formats into a new folder under `parent`; any failure is one StoreError sentence."""
    folder = export_folder(parent)
    written: list[Path] = []

    def put(relative: str, data: bytes) -> None:
        target = folder / relative
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            write_file(target, data)
        except OSError as error:
            text = describe_write_error(error, target)
            raise StoreError(text[:1].upper() + text[1:]) from error
        written.append(target)

    if "json" in formats:
        _write_json(export, put)
    if "csv" in formats:
        _write_csv(export, put)
    if "markdown" in formats:
        _write_markdown(export, put, category_names or {})
    return ExportResult(folder, len(written), sum(len(v) for v in export.records.values()))


def evidence_file_name(record: Any) -> str:
    return f"evidence/{record.id}-{safe_name(record.filename or record.title, 'file')}"


def _write_json(export: ExportSet, put: Callable[[str, bytes], None]) -> None:
    records: dict[str, list[dict[str, Any]]] = {}
    for table, _cls in KINDS:
        rows = []
        for record in export.of(table):
            row = record_fields(record)
            if table == "evidence":
                row["file"] = None
                if record.content is not None:
                    row["file"] = evidence_file_name(record)
                    put(row["file"], record.content)
            rows.append(row)
        records[table] = rows
    document = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported_at": utc_now(),
        "app_version": __version__,
        "owner_role": export.owner_role.value,
        "people_chosen": export.person_ids,
        "linked_people": sorted(export.linked_people),
        "includes_private_notes": export.include_private,
        "records": records,
    }
    put("leadapp-export.json", json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8"))


def spreadsheet_cell(value: Any) -> str:
    """A value as a CSV cell that opens as plain text: lists joined, yes/no, formulas defused."""
    value = to_json_value(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        value = LIST_SEPARATOR.join(str(v) for v in value)
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _write_csv(export: ExportSet, put: Callable[[str, bytes], None]) -> None:
    for table, cls in KINDS:
        columns = columns_of(cls) + (["file"] if table == "evidence" else [])
        buffer = io.StringIO(newline="")
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(columns)
        for record in export.of(table):
            values = record_fields(record)
            if table == "evidence":
                values["file"] = evidence_file_name(record) if record.content is not None else ""
            writer.writerow([spreadsheet_cell(values[c]) for c in columns])
        put(f"csv/{table}.csv", buffer.getvalue().encode("utf-8-sig"))


# Markdown --------------------------------------------------------------------------------------------


def _words(code: str) -> str:
    return code.replace("_", " ").capitalize() if code else ""


def _text(body: str) -> list[str]:
    return [line.rstrip() for line in body.strip().splitlines()] + [""] if body.strip() else []


def _field(label: str, value: Any) -> list[str]:
    if value in (None, "", []):
        return []
    shown = format_date(value) if isinstance(value, date) else str(value)
    return [f"- **{label}:** {shown}"]


Entry = tuple[date, int, list[str]]


def mentee_timeline(export: ExportSet, person: Person, names: dict[str, str]) -> str:
    """One mentee's story in date order: sessions, actions, notes, activities, plans and reviews."""

    def cats(codes: list[str]) -> str:
        return ", ".join(names.get(c, c) for c in codes)

    entries: list[Entry] = []
    sessions = [s for s in export.of("sessions") if s.mentee_id == person.id]
    for s in sessions:
        lines = [f"### {format_date(s.session_date)} — Session ({word(s.status)})", ""]
        lines += _field("Mode", word(s.mode, "")) + _field("Categories", cats(s.categories))
        lines += [""]
        for label, body in (
            ("Agenda", s.agenda),
            ("Notes", s.shared_notes),
            ("Reflection", s.reflection),
            ("My private notes", s.mentor_private or s.mentee_private),
        ):
            if body.strip():
                lines += [f"**{label}**", "", *_text(body)]
        entries.append((s.session_date, 0, lines))
    session_dates = {s.id: s.session_date for s in sessions}
    for a in export.of("actions"):
        if a.mentee_id != person.id:
            continue
        when = a.due_date or session_dates.get(a.session_id or "") or date.fromisoformat(a.created_at[:10])
        lines = [f"### {format_date(when)} — Action: {a.text.strip() or 'blank'}", ""]
        lines += _field("Status", word(a.status)) + _field("Due", a.due_date) + _field("Done", a.done_on)
        entries.append((when, 1, [*lines, ""]))
    for n in export.of("notes"):
        if n.person_id != person.id:
            continue
        private = " (private)" if n.visibility.value != "shared" else ""
        lines = [f"### {format_date(n.noted_on)} — {word(n.kind)}{private}", "", *_text(n.body)]
        entries.append((n.noted_on, 2, lines))
    evidence: dict[str, list[str]] = {}
    for e in export.of("evidence"):
        evidence.setdefault(e.activity_id, []).append(e.title or e.filename or e.url or "Evidence")
    for act in export.of("activities"):
        if act.person_id != person.id:
            continue
        when = act.start_date or date.fromisoformat(act.created_at[:10])
        lines = [f"### {format_date(when)} — Activity: {act.title}", ""]
        lines += _field("Status", word(act.status)) + _field("Categories", cats(act.categories))
        lines += _field("Ended", act.end_date) + _field("Evidence", ", ".join(evidence.get(act.id, [])))
        lines += [""]
        for label, body in (
            ("What it was", act.description),
            ("Outputs", act.outputs),
            ("Outcomes", act.outcomes),
            ("Impact", act.impact),
        ):
            if body.strip():
                lines += [f"**{label}**", "", *_text(body)]
        entries.append((when, 3, lines))
    plans = [p for p in export.of("leap_plans") if p.mentee_id == person.id]
    plan_ids = {p.id: p for p in plans}
    for p in plans:
        when = p.start_date or date.fromisoformat(p.created_at[:10])
        lines = [f"### {format_date(when)} — Leap plan: {p.title}", ""]
        lines += _field("Status", word(p.status)) + _field("Review by", p.review_date)
        lines += ["", *_text(p.hopes)]
        for c in export.of("leap_concerns"):
            if c.plan_id == p.id:
                lines += [
                    f"- Concern: {c.custom_text or _words(c.concern)} ({c.rating}). {c.mitigation}".rstrip()
                ]
        for sup in export.of("leap_supports"):
            if sup.plan_id == p.id:
                lines += [f"- Support: {sup.other_text or _words(sup.mechanism)} {sup.who}".rstrip()]
        for m in export.of("leap_milestones"):
            if m.plan_id == p.id:
                done = f", done {format_date(m.done_on)}" if m.done_on else ""
                lines += [f"- Milestone: {m.title} (due {format_date(m.due_date) or 'no date'}{done})"]
        if p.outcome.strip() or p.lessons.strip():
            lines += ["", "**Outcome**", "", *_text(p.outcome), *_text(p.lessons)]
        entries.append((when, 4, [*lines, ""]))
    for r in export.of("leap_reviews"):
        if r.plan_id not in plan_ids:
            continue
        lines = [f"### {format_date(r.review_date)} — Leap plan review: {plan_ids[r.plan_id].title}", ""]
        lines += (
            _field("Confidence (1 to 5)", r.confidence) + _field("Wellbeing (1 to 5)", r.wellbeing) + [""]
        )
        for label, body in (
            ("Went well", r.went_well),
            ("Less well", r.less_well),
            ("Next steps", r.next_steps),
        ):
            if body.strip():
                lines += [f"**{label}**", "", *_text(body)]
        entries.append((r.review_date, 5, lines))
    entries.sort(key=lambda e: (e[0], e[1]))
    head = [f"# {person.full_name}", ""]
    head += _field("Role", person.job_title) + _field("Organisation", person.organisation)
    head += _field("Aspirations", person.aspirations)
    head += ["", f"Exported from LeadApp on {format_date(date.today())}. Entries are in date order.", ""]
    body = [line for _when, _order, lines in entries for line in lines]
    return "\n".join(head + ["## Timeline", ""] + (body or ["Nothing recorded yet.", ""]))


def _write_markdown(export: ExportSet, put: Callable[[str, bytes], None], names: dict[str, str]) -> None:
    used: set[str] = set()
    for person in export.of("people"):
        if person.kind is not PersonKind.MENTEE or person.id in export.linked_people:
            continue
        name = safe_name(person.full_name, "mentee")
        if name.lower() in used:
            name = f"{name} {person.id[:8]}"
        used.add(name.lower())
        put(f"markdown/{name}.md", mentee_timeline(export, person, names).encode("utf-8"))
