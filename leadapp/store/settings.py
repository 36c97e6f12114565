"""Per-database preferences: owner role, theme, text size, and whether sharing was left on.

Screens use the typed accessors; the key names and how each value is written down stay here.
"""

from __future__ import annotations

from pathlib import Path

from leadapp.domain.enums import OwnerRole
from leadapp.domain.ids import new_id, utc_now
from leadapp.store.changes import Changes, ChangeSet, Table
from leadapp.store.repository import write_transaction
from leadapp.store.store_database import StoreDatabase
from leadapp.store.validation import check_setting

OWNER_ROLE_KEY = "owner_role"
THEME_KEY = "theme"
TEXT_SIZE_KEY = "text_size"
SHARING_KEY = "sharing_mode"
FRONT_KEY = "sharing_mentee"
UPSERT = (
    "insert into settings (id, key, value, created_at, updated_at) values (?, ?, ?, ?, ?) "
    "on conflict(key) do update set value = excluded.value, updated_at = excluded.updated_at,"
    " deleted_at = null"
)


class SettingsRepository:
    def __init__(self, db: StoreDatabase, path: Path, changes: Changes) -> None:
        self.db = db
        self.path = path
        self.changes = changes

    def get(self, key: str, default: str = "") -> str:
        row = self.db.execute(
            "select value from settings where key = ? and deleted_at is null", [key]
        ).fetchone()
        return str(row[0]) if row and row[0] is not None else default

    def set(self, key: str, value: str) -> None:
        self.set_many({key: value})

    def set_many(self, values: dict[str, str]) -> None:
        """Several settings in one transaction: all of them are kept, or none."""
        for key, value in values.items():
            check_setting(key, value)
        now = utc_now()

        def work() -> None:
            for key, value in values.items():
                self.db.execute(UPSERT, [new_id(), key, value, now, now])

        write_transaction(self.db, self.path, work)
        self.changes.emit(ChangeSet(Table.SETTINGS, tuple(values)))

    def owner_role(self) -> OwnerRole:
        """Whose database this is; a mentor's unless set otherwise (or set to something unknown)."""
        value = self.get(OWNER_ROLE_KEY, OwnerRole.MENTOR.value)
        return OwnerRole(value) if value in {r.value for r in OwnerRole} else OwnerRole.MENTOR

    def set_owner_role(self, role: OwnerRole) -> None:
        self.set(OWNER_ROLE_KEY, role.value)

    def theme(self, default: str) -> str:
        return self.get(THEME_KEY, default)

    def text_size(self, default: int) -> int | None:
        """The text size in per cent; None when what is kept is not a whole number."""
        try:
            return int(self.get(TEXT_SIZE_KEY, str(default)))
        except ValueError:
            return None

    def set_appearance(self, theme: str, text_size: int) -> None:
        self.set_many({THEME_KEY: theme, TEXT_SIZE_KEY: str(text_size)})

    def sharing_front(self) -> str | None:
        """The mentee who was in front of you when sharing was left on ('' for nobody); None if it was off."""
        if self.get(SHARING_KEY, "off") != "on":
            return None
        return self.get(FRONT_KEY, "")

    def remember_sharing(self, on: bool) -> None:
        self._change(SHARING_KEY, "on" if on else "off")

    def remember_front(self, mentee_id: str | None) -> None:
        self._change(FRONT_KEY, mentee_id or "")

    def _change(self, key: str, value: str) -> None:
        """Written only when different, so toggling a switch back and forth leaves no needless writes."""
        if self.get(key, "") != value:
            self.set(key, value)
