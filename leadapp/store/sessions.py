"""Sessions and agreed actions."""

from __future__ import annotations

from leadapp.domain.sessions import Action, Session
from leadapp.store.repository import Repository


class SessionRepository(Repository[Session]):
    table_name = "sessions"
    record_type = Session

    def for_mentee(self, mentee_id: str) -> list[Session]:
        return self.where("mentee_id = ?", [mentee_id], order_by="session_date desc")


class ActionRepository(Repository[Action]):
    table_name = "actions"
    record_type = Action

    def for_session(self, session_id: str) -> list[Action]:
        return self.where("session_id = ?", [session_id], order_by="created_at")

    def open_for_mentee(self, mentee_id: str) -> list[Action]:
        return self.where(
            "mentee_id = ? and status = 'open'", [mentee_id], order_by="due_date is null, due_date"
        )
