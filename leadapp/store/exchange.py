"""Making and opening update files: what is selected for a person, and applying one in one transaction.

The domain decides which fields cross and how one record merges (leadapp.domain.exchange); here are the
queries that pick the two people's shared records (never another mentee's, never private notes), the
bookkeeping of what was last exchanged, and the import: checked completely before anything is written, a
backup copy of the database first, then one transaction that either applies everything or nothing.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyrage

from leadapp import __version__
from leadapp.domain.enums import OwnerRole, PersonKind
from leadapp.domain.exchange import (
    FORMAT,
    FORMAT_VERSION,
    KIND_NAMES,
    REMOVED,
    SHARED,
    FieldConflict,
    Incoming,
    Payload,
    PayloadError,
    choose_base,
    merge_record,
    parse_payload,
    to_column,
    translate_people,
    view,
)
from leadapp.domain.ids import new_id, utc_now
from leadapp.domain.people import Person
from leadapp.store import envelope
from leadapp.store.backups import make_backup
from leadapp.store.changes import Changes, ChangeSet, Table
from leadapp.store.envelope import EnvelopeError
from leadapp.store.errors import StoreError, translate
from leadapp.store.output_files import save_copy
from leadapp.store.repository import write_transaction
from leadapp.store.settings import SettingsRepository
from leadapp.store.store_database import StoreDatabase

IDENTITY_KEY = "exchange_identity"
DATABASE_ID_KEY = "database_id"
MAX_FILE_BYTES = 512 * 1024 * 1024
SUFFIX = ".leadapp"
"""Copies made before imports that are kept beside the database: the newest few, not one per file forever."""


class ExchangeError(StoreError):
    """A file or request the exchange refuses; the message is one plain sentence and nothing changed."""


class UnknownSender(ExchangeError):
    """The first file from someone: the person must confirm, once, who in this database sent it."""

    def __init__(self, name: str, role: str) -> None:
        super().__init__(
            f"This update file comes from {name}, who is not linked to anyone here yet: "
            "choose who they are in your list, once, to open it."
        )
        self.name = name
        self.role = role


@dataclass(frozen=True)
class Partner:
    person: Person
    public_key: str = ""
    their_db: str = ""
    their_self: str = ""
    their_me: str = ""
    my_sequence: int = 0
    received_sequence: int = 0
    acknowledged: int = 0

    @property
    def paired(self) -> bool:
        return bool(self.public_key)


@dataclass(frozen=True)
class OpenConflict:
    id: str
    person_id: str
    table: str
    record_id: str
    field: str
    mine: Any
    theirs: Any
    base: Any
    created_at: str


@dataclass(frozen=True)
class HistoryEntry:
    at: str
    direction: str
    counts: dict[str, int]
    conflicts: int
    file_name: str


@dataclass
class ImportSummary:
    person: Person
    added: dict[str, int] = field(default_factory=dict)
    changed: dict[str, int] = field(default_factory=dict)
    removed: dict[str, int] = field(default_factory=dict)
    conflicts: list[OpenConflict] = field(default_factory=list)
    already: bool = False
    backup: Path | None = None
    touched: dict[str, list[str]] = field(default_factory=dict)

    def sentence(self) -> str:
        from leadapp.domain.exchange import counted

        if self.already:
            return f"This update file from {self.person.full_name} was opened before: nothing changed."
        parts = []
        if self.added:
            parts.append(f"new: {counted(self.added)}")
        if self.changed:
            parts.append(f"changed: {counted(self.changed)}")
        if self.removed:
            parts.append(f"removed: {counted(self.removed)}")
        text = f"Opened the update from {self.person.full_name}: " + ("; ".join(parts) or "nothing new")
        if self.conflicts:
            n = len(self.conflicts)
            text += f"; {n} conflict{'s' if n != 1 else ''} to settle in Exchange"
        return text + "."


def write_atomically(path: Path, data: bytes, database: Path | None = None) -> None:
    """The whole update file or none, never over the database: the app's one atomic writer."""
    try:
        save_copy(Path(path), data, database)
    except StoreError as error:
        raise ExchangeError(str(error)) from error


def _dumps(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"))


class Exchange:
    def __init__(self, db: StoreDatabase, path: Path, changes: Changes, settings: SettingsRepository) -> None:
        self._columns: dict[str, set[str]] = {}
        self.db = db
        self.path = path
        self.changes = changes
        self.settings = settings

    # who and which keys -------------------------------------------------------------------------

    def role(self) -> OwnerRole:
        return self.settings.owner_role()

    def owner(self) -> Person:
        from leadapp.store.rows import from_row

        rows = list(self.db["people"].rows_where("is_owner = 1 and deleted_at is null", limit=1))
        if not rows:
            raise ExchangeError("Set up who you are first: the exchange needs your own name.")
        return from_row(Person, rows[0])

    def identity(self) -> str:
        """This database's age identity, made on first use and kept in its settings (so in its backups)."""
        identity = self.settings.get(IDENTITY_KEY)
        if not identity:
            identity = envelope.new_identity()
            self.settings.set(IDENTITY_KEY, identity)
        if not self.settings.get(DATABASE_ID_KEY):
            self.settings.set(DATABASE_ID_KEY, new_id())
        return identity

    def my_key(self) -> str:
        return envelope.public_key(self.identity())

    def database_id(self) -> str:
        self.identity()
        return self.settings.get(DATABASE_ID_KEY)

    def people(self) -> list[Person]:
        """Whom this database exchanges with: a mentor's mentees, or a mentee's mentors (and coaches)."""
        from leadapp.store.rows import from_row

        if self.role() is OwnerRole.MENTOR:
            where, params = "kind = ? and is_owner = 0", [PersonKind.MENTEE.value]
        else:
            kinds = [PersonKind.MENTOR.value, PersonKind.CHAMPION.value, PersonKind.COACH.value]
            where, params = "kind in (?, ?, ?) and is_owner = 0", kinds
        rows = self.db["people"].rows_where(
            f"{where} and deleted_at is null and archived_at is null", params, order_by="full_name"
        )
        return [from_row(Person, row) for row in rows]

    def partner(self, person_id: str) -> Partner:
        from leadapp.store.rows import from_row

        rows = list(self.db["people"].rows_where("id = ? and deleted_at is null", [person_id]))
        if not rows:
            raise ExchangeError("That person is not in this database.")
        person = from_row(Person, rows[0])
        found = list(self.db["exchange_partners"].rows_where("person_id = ?", [person_id]))
        if not found:
            return Partner(person)
        row = found[0]
        return Partner(
            person,
            row["public_key"] or "",
            row["their_db"] or "",
            row["their_self"] or "",
            row["their_me"] or "",
            row["my_sequence"] or 0,
            row["received_sequence"] or 0,
            row["acknowledged"] or 0,
        )

    def _save_partner(self, partner: Partner) -> None:
        self.db.table("exchange_partners").upsert(
            {
                "person_id": partner.person.id,
                "public_key": partner.public_key,
                "their_db": partner.their_db,
                "their_self": partner.their_self,
                "their_me": partner.their_me,
                "my_sequence": partner.my_sequence,
                "received_sequence": partner.received_sequence,
                "acknowledged": partner.acknowledged,
                "updated_at": utc_now(),
            },
            pk="person_id",
        )

    def set_key(self, person_id: str, text: str) -> str:
        """Keep the other person's public key (as pasted or typed); their files then need no passphrase."""
        try:
            key = envelope.check_public_key(text)
        except EnvelopeError as error:
            raise ExchangeError(str(error)) from error
        if key == self.my_key():
            raise ExchangeError("That is your own key: paste the key shown on the other person's screen.")
        partner = self.partner(person_id)
        write_transaction(self.db, self.path, lambda: self._save_partner(_with(partner, public_key=key)))
        self.changes.emit(ChangeSet(Table.EXCHANGE_PARTNERS, (person_id,)))
        return key

    # what is shared ----------------------------------------------------------------------------

    def _pair(self, person_id: str) -> tuple[str, str]:
        owner = self.owner()
        return (owner.id, person_id) if self.role() is OwnerRole.MENTOR else (person_id, owner.id)

    def shared_rows(self, person_id: str) -> dict[str, list[dict[str, Any]]]:
        """Every stored row the two people share, removed ones included (their removal crosses too)."""
        mentor, mentee = self._pair(person_id)
        rows: dict[str, list[dict[str, Any]]] = {}

        def select(table: str, where: str, params: Iterable[Any]) -> list[dict[str, Any]]:
            found = list(self.db[table].rows_where(where, list(params), order_by="created_at, id"))
            rows[table] = found
            return found

        def ids(table: str) -> list[str]:
            return [r["id"] for r in rows[table]]

        def inside(column: str, table: str) -> tuple[str, list[str]]:
            chosen = ids(table)
            return f"{column} in (select value from json_each(?))", [json.dumps(chosen)]

        select("relationships", "mentor_id = ? and mentee_id = ?", [mentor, mentee])
        select(
            "sessions",
            "mentee_id = ? and (mentor_id = ? or (mentor_id is null and relationship_id in "
            "(select value from json_each(?))))",
            [mentee, mentor, json.dumps(ids("relationships"))],
        )
        where, params = inside("session_id", "sessions")
        select("actions", f"mentee_id = ? and (session_id is null or {where})", [mentee, *params])
        select("activities", "person_id = ?", [mentee])
        select("evidence", *inside("activity_id", "activities"))
        select(
            "notes",
            f"person_id = ? and visibility = 'shared' and (session_id is null or {where})",
            [mentee, *params],
        )
        select("leap_plans", "mentee_id = ?", [mentee])
        for child in ("leap_concerns", "leap_supports", "leap_milestones", "leap_reviews"):
            select(child, *inside("plan_id", "leap_plans"))
        select("objectives", "person_id = ?", [mentee])
        select("assessments", "person_id = ?", [mentee])
        select("assessment_ratings", *inside("assessment_id", "assessments"))
        return {table: rows[table] for table in SHARED}

    def _views(self, person_id: str) -> dict[str, dict[str, tuple[dict[str, Any], str]]]:
        rows = self.shared_rows(person_id)
        scope = {table: {r["id"] for r in found} for table, found in rows.items()}
        return {
            table: {r["id"]: (view(table, r, scope), r["updated_at"]) for r in found}
            for table, found in rows.items()
        }

    def _bases(self, person_id: str) -> dict[tuple[str, str], dict[str, Any]]:
        return {
            (row["table_name"], row["record_id"]): row
            for row in self.db["exchange_bases"].rows_where("person_id = ?", [person_id])
        }

    def outgoing(self, person_id: str, everything: bool) -> dict[str, list[dict[str, Any]]]:
        """The records a file for this person would hold: all shared ones, or those they may not have.

        "Since the last exchange" leaves out a record only when they are known to hold it as it is here:
        it is what they last sent us, or what we sent them in a file they have since said they opened.
        """
        partner = self.partner(person_id)
        bases = self._bases(person_id)
        out: dict[str, list[dict[str, Any]]] = {}
        for table, records in self._views(person_id).items():
            chosen = []
            for record_id, (values, stamp) in records.items():
                base = bases.get((table, record_id))
                received = json.loads(base["received"]) if base and base["received"] else None
                sent = json.loads(base["sent"]) if base and base["sent"] else None
                if not everything and (
                    values == received
                    or (
                        base is not None
                        and values == sent
                        and (base["sent_sequence"] or 0) <= partner.acknowledged
                    )
                ):
                    continue
                chosen.append(
                    {
                        "id": record_id,
                        "stamp": stamp,
                        "values": values,
                        "base": received,
                        "base_stamp": (base["received_stamp"] or "") if base else "",
                    }
                )
            out[table] = chosen
        return out

    def preview(self, person_id: str, everything: bool) -> dict[str, int]:
        return {table: len(rows) for table, rows in self.outgoing(person_id, everything).items() if rows}

    # making a file -----------------------------------------------------------------------------

    def export(
        self, person_id: str, everything: bool = False, passphrase: str | None = None, file_name: str = ""
    ) -> bytes:
        """The locked update file for one person; what was sent is remembered only once it is made."""
        partner = self.partner(person_id)
        if passphrase is None and not partner.paired:
            raise ExchangeError(
                f"There is no key for {partner.person.full_name} yet: pair with them in Exchange, "
                "or lock this file with a passphrase."
            )
        owner = self.owner()
        records = self.outgoing(person_id, everything)
        sequence = partner.my_sequence + 1
        counts = {table: len(rows) for table, rows in records.items()}
        manifest = {
            "format_version": FORMAT_VERSION,
            "app_version": __version__,
            "schema_version": self._schema_version(),
            "sender_db": self.database_id(),
            "sender_person": owner.id,
            "sender_name": owner.full_name,
            "sender_role": self.role().value,
            "recipient_db": partner.their_db,
            "recipient_person": person_id,
            "recipient_name": partner.person.full_name,
            "created": utc_now(),
            "sequence": sequence,
            "acknowledged": partner.received_sequence,
            "counts": counts,
        }
        data = json.dumps({"format": FORMAT, "manifest": manifest, "records": records}).encode("utf-8")
        try:
            if passphrase is not None:
                blob = envelope.lock_with_passphrase(data, passphrase)
            else:
                blob = envelope.lock_for_key(data, partner.public_key)
        except (EnvelopeError, pyrage.EncryptError, pyrage.RecipientError) as error:
            raise ExchangeError(
                str(error) if isinstance(error, EnvelopeError) else "The file could not be locked."
            ) from error

        def remember() -> None:
            self._save_partner(_with(partner, my_sequence=sequence))
            for table, rows in records.items():
                for row in rows:
                    self.db.execute(
                        "insert into exchange_bases (person_id, table_name, record_id, sent, sent_sequence) "
                        "values (?, ?, ?, ?, ?) on conflict (person_id, table_name, record_id) do update set "
                        "sent = excluded.sent, sent_sequence = excluded.sent_sequence",
                        [person_id, table, row["id"], _dumps(row["values"]), sequence],
                    )
            self._history(person_id, "sent", sequence, counts, 0, file_name)

        write_transaction(self.db, self.path, remember)
        self.changes.emit(ChangeSet(Table.EXCHANGE_HISTORY, (person_id,)))
        return blob

    def _schema_version(self) -> int:
        return int(self.db.execute("select count(*) from _sqlite_migrations").fetchone()[0])

    def _history(
        self, person_id: str, direction: str, sequence: int, counts: dict[str, int], conflicts: int, name: str
    ) -> None:
        self.db.table("exchange_history").insert(
            {
                "id": new_id(),
                "person_id": person_id,
                "direction": direction,
                "at": utc_now(),
                "sequence": sequence,
                "counts": _dumps({k: v for k, v in counts.items() if v}),
                "conflicts": conflicts,
                "file_name": name,
            }
        )

    def history(self, person_id: str) -> list[HistoryEntry]:
        rows = self.db["exchange_history"].rows_where("person_id = ?", [person_id], order_by="at desc")
        return [
            HistoryEntry(
                r["at"],
                r["direction"],
                json.loads(r["counts"] or "{}"),
                r["conflicts"] or 0,
                r["file_name"] or "",
            )
            for r in rows
        ]

    # opening a file ----------------------------------------------------------------------------

    def read(self, blob: bytes, passphrase: str | None = None) -> Payload:
        """Unlock and check a file completely; nothing is written, whatever it holds."""
        if len(blob) > MAX_FILE_BYTES:
            raise ExchangeError("This file is far larger than any update file.")
        try:
            data = envelope.unlock(blob, self.settings.get(IDENTITY_KEY), passphrase)
        except EnvelopeError as error:
            raise ExchangeError(str(error)) from error
        except Exception as error:
            raise ExchangeError("This update file is damaged or incomplete.") from error
        try:
            decoded = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError) as error:
            raise ExchangeError("This file opened, but it does not hold a LeadApp update.") from error
        try:
            return parse_payload(decoded)
        except PayloadError as error:
            raise ExchangeError(str(error)) from error

    def sender(self, payload: Payload) -> Partner | None:
        """The person here who is linked to the file's sender, or None the first time."""
        row = list(
            self.db["exchange_partners"].rows_where("their_db = ?", [payload.manifest.sender_db], limit=1)
        )
        return self.partner(row[0]["person_id"]) if row else None

    def open_file(
        self, blob: bytes, passphrase: str | None = None, link_to: str | None = None
    ) -> ImportSummary:
        return self.apply(self.read(blob, passphrase), link_to)

    def apply(self, payload: Payload, link_to: str | None = None) -> ImportSummary:
        """Merge a checked payload in one transaction, after a backup copy; any fault leaves no trace."""
        manifest = payload.manifest
        my_db = self.settings.get(DATABASE_ID_KEY)
        if manifest.recipient_db and manifest.recipient_db != my_db:
            raise ExchangeError(
                "This update file was made for someone else's database, so it was not opened."
            )
        if manifest.sender_db == my_db:
            raise ExchangeError("This update file was made by this database: send it to the other person.")
        if manifest.sender_role == self.role().value:
            raise ExchangeError(
                f"This update file comes from another {manifest.sender_role}'s database: "
                "update files go between a mentor and a mentee."
            )
        partner = self.sender(payload)
        if partner is None:
            if link_to is None:
                raise UnknownSender(manifest.sender_name, manifest.sender_role)
            if link_to not in {p.id for p in self.people()}:
                raise ExchangeError("Choose someone from your list of people to link this file to.")
            partner = self.partner(link_to)
            if partner.their_db:
                raise ExchangeError(
                    f"{partner.person.full_name} is already linked to another database, "
                    "so this file was not opened."
                )
        if partner.their_me and manifest.recipient_person != partner.their_me:
            raise ExchangeError("This update file was made for someone else, so it was not opened.")
        if partner.their_self and manifest.sender_person != partner.their_self:
            raise ExchangeError("This update file does not come from the person it is linked to.")
        summary = ImportSummary(partner.person)
        if manifest.sequence <= partner.received_sequence:
            summary.already = True
            return summary
        summary.backup = self.backup()
        people = {manifest.sender_person: partner.person.id, manifest.recipient_person: self.owner().id}
        try:
            write_transaction(self.db, self.path, lambda: self._merge(payload, partner, people, summary))
        except PayloadError as error:
            raise ExchangeError(str(error)) from error
        except sqlite3.Error as error:
            raise translate(error, self.path) from error
        except StoreError as error:
            if isinstance(error, ExchangeError):
                raise
            if "FOREIGN KEY" in str(error.__cause__ or ""):
                raise ExchangeError(
                    "This update file refers to records this database does not have: open the files in the "
                    "order they were made, or ask for one with everything."
                ) from error
            raise
        for table, ids in summary.touched.items():
            self.changes.emit(ChangeSet(Table(table), tuple(ids)))
        self.changes.emit(ChangeSet(Table.EXCHANGE_HISTORY, (partner.person.id,)))
        return summary

    def backup(self) -> Path:
        """A verified backup in the backups folder, made with SQLite's online backup before an import."""
        try:
            return make_backup(self.path, "before-import")
        except StoreError as error:
            raise ExchangeError(f"{error} The file was not opened.") from error

    def _merge(
        self, payload: Payload, partner: Partner, people: dict[str, str], summary: ImportSummary
    ) -> None:
        manifest = payload.manifest
        person_id = partner.person.id
        scope = {table: {r["id"] for r in rows} for table, rows in self.shared_rows(person_id).items()}
        self._refuse_collisions(payload, scope)
        mine_views = self._views(person_id)
        self._columns = {table: set(self.db.table(table).columns_dict) for table in SHARED}
        bases = self._bases(person_id)
        now = utc_now()
        for table in SHARED:
            for incoming in payload.records.get(table, []):
                theirs = translate_people(table, incoming.values, people)
                declared = (
                    None
                    if incoming.base is None
                    else (translate_people(table, incoming.base, people), incoming.base_stamp)
                )
                base_row = bases.get((table, incoming.id))
                received = (
                    (json.loads(base_row["received"]), base_row["received_stamp"] or "")
                    if base_row and base_row["received"]
                    else None
                )
                current = mine_views[table].get(incoming.id)
                if current is None:
                    self._insert(table, incoming.id, theirs, now)
                    summary.added[table] = summary.added.get(table, 0) + 1
                    summary.touched.setdefault(table, []).append(incoming.id)
                else:
                    merged = merge_record(choose_base(received, declared), current[0], theirs)
                    if merged.write:
                        columns = {
                            k: to_column(table, k, v)
                            for k, v in merged.write.items()
                            if k in self._columns[table]
                        }
                        columns["updated_at"] = now
                        self.db.table(table).update(incoming.id, columns)
                        bucket = summary.removed if merged.write.get(REMOVED) else summary.changed
                        bucket[table] = bucket.get(table, 0) + 1
                        summary.touched.setdefault(table, []).append(incoming.id)
                    for conflict in merged.conflicts:
                        summary.conflicts.append(
                            self._keep_conflict(
                                person_id, table, incoming.id, conflict, current[0], theirs, now
                            )
                        )
                self.db.execute(
                    "insert into exchange_bases (person_id, table_name, record_id, received, received_stamp) "
                    "values (?, ?, ?, ?, ?) on conflict (person_id, table_name, record_id) do update set "
                    "received = excluded.received, received_stamp = excluded.received_stamp",
                    [person_id, table, incoming.id, _dumps(theirs), incoming.stamp],
                )
        counts = {
            t: summary.added.get(t, 0) + summary.changed.get(t, 0) + summary.removed.get(t, 0) for t in SHARED
        }
        self._save_partner(
            _with(
                partner,
                their_db=manifest.sender_db,
                their_self=manifest.sender_person,
                their_me=manifest.recipient_person,
                received_sequence=manifest.sequence,
                acknowledged=max(partner.acknowledged, manifest.acknowledged),
            )
        )
        self._history(person_id, "received", manifest.sequence, counts, len(summary.conflicts), "")

    def _refuse_collisions(self, payload: Payload, scope: dict[str, set[str]]) -> None:
        """An incoming id that names another kind of record, or someone else's record, stops the import."""
        for table, records in payload.records.items():
            wanted = [r.id for r in records if r.id not in scope[table]]
            if not wanted:
                continue
            for other in [*SHARED, "people", "settings", "bin"]:
                if other not in self.db.table_names():
                    continue
                hit = self.db.execute(
                    f"select 1 from [{other}] where id in (select value from json_each(?)) limit 1",
                    [json.dumps(wanted)],
                ).fetchone()
                if hit:
                    raise ExchangeError(
                        "This update file holds a record that matches a different record here, "
                        "so it was not opened."
                    )

    def _insert(self, table: str, record_id: str, values: dict[str, Any], now: str) -> None:
        row = {k: to_column(table, k, v) for k, v in values.items() if k in self._columns[table]}
        row.update({"id": record_id, "created_at": now, "updated_at": now})
        if table == "notes":
            row["visibility"] = "shared"
        self.db.table(table).insert(row)

    def _keep_conflict(
        self,
        person_id: str,
        table: str,
        record_id: str,
        conflict: FieldConflict,
        mine: dict[str, Any],
        theirs: dict[str, Any],
        now: str,
    ) -> OpenConflict:
        whole = conflict.field == REMOVED
        values = (mine, theirs, conflict.base) if whole else (conflict.mine, conflict.theirs, conflict.base)
        self.db.execute(
            "update exchange_conflicts set resolved_at = ?, resolution = 'replaced' where person_id = ? and "
            "table_name = ? and record_id = ? and field = ? and resolved_at is null",
            [now, person_id, table, record_id, conflict.field],
        )
        found = OpenConflict(
            new_id(), person_id, table, record_id, conflict.field, values[0], values[1], values[2], now
        )
        self.db.table("exchange_conflicts").insert(
            {
                "id": found.id,
                "person_id": person_id,
                "table_name": table,
                "record_id": record_id,
                "field": conflict.field,
                "mine": _dumps(values[0]),
                "theirs": _dumps(values[1]),
                "base": _dumps(values[2]),
                "created_at": now,
            }
        )
        return found

    def record_label(self, table: str, record_id: str) -> str:
        """A few words naming a record in the conflicts list: its title or text, or its date."""
        if table not in SHARED:
            return ""
        row = self.db.execute(f"select * from [{table}] where id = ?", [record_id]).fetchone()
        if row is None:
            return ""
        values = dict(
            zip(
                [d[0] for d in self.db.execute(f"select * from [{table}] limit 0").description],
                row,
                strict=True,
            )
        )
        for name in ("title", "text", "objective", "item", "concern", "mechanism", "body", "goals"):
            if values.get(name):
                text = str(values[name]).split("\n")[0]
                return text if len(text) <= 60 else text[:57] + "…"
        for name in ("session_date", "review_date", "assessed_on", "noted_on", "start_date"):
            if values.get(name):
                day = str(values[name])
                return f"{day[8:10]}/{day[5:7]}/{day[:4]}"
        return ""

    # conflicts ---------------------------------------------------------------------------------

    def conflicts(self, person_id: str | None = None) -> list[OpenConflict]:
        where, params = "resolved_at is null", []
        if person_id:
            where, params = where + " and person_id = ?", [person_id]
        return [
            OpenConflict(
                r["id"],
                r["person_id"],
                r["table_name"],
                r["record_id"],
                r["field"],
                json.loads(r["mine"]),
                json.loads(r["theirs"]),
                json.loads(r["base"]),
                r["created_at"],
            )
            for r in self.db["exchange_conflicts"].rows_where(where, params, order_by="created_at, id")
        ]

    def resolve(self, conflict_id: str, choice: str, value: Any = None) -> None:
        """Settle a conflict: keep mine, keep theirs, or an edited value (for text, often both merged)."""
        rows = list(self.db["exchange_conflicts"].rows_where("id = ? and resolved_at is null", [conflict_id]))
        if not rows:
            raise ExchangeError("That conflict was settled already.")
        c = rows[0]
        table, record_id, name = c["table_name"], c["record_id"], c["field"]
        if table not in SHARED:
            raise ExchangeError("That conflict cannot be settled here.")
        now = utc_now()

        def work() -> None:
            columns: dict[str, Any] = {}
            if choice == "theirs":
                chosen = json.loads(c["theirs"])
                columns = (
                    {k: to_column(table, k, v) for k, v in chosen.items()}
                    if name == REMOVED
                    else {name: to_column(table, name, chosen)}
                )
            elif choice == "edit":
                if name == REMOVED or name not in SHARED[table]:
                    raise ExchangeError("A removal can only be kept or undone, not edited.")
                columns = {name: to_column(table, name, value)}
            elif choice != "mine":
                raise ExchangeError("Choose mine, theirs, or an edited value.")
            existing = set(self.db.table(table).columns_dict)
            columns = {k: v for k, v in columns.items() if k in existing}
            if columns:
                columns["updated_at"] = now
                self.db.table(table).update(record_id, columns)
            self.db.table("exchange_conflicts").update(
                conflict_id, {"resolved_at": now, "resolution": choice}
            )

        write_transaction(self.db, self.path, work)
        self.changes.emit(ChangeSet(Table(table), (record_id,)))
        self.changes.emit(ChangeSet(Table.EXCHANGE_CONFLICTS, (conflict_id,)))


def _with(partner: Partner, **values: Any) -> Partner:
    from dataclasses import replace

    return replace(partner, **values)


def describe_kind(table: str) -> str:
    return KIND_NAMES[table][0]


__all__ = ["Exchange", "ExchangeError", "ImportSummary", "Incoming", "UnknownSender", "write_atomically"]
