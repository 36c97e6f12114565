"""Development activities, evidence, objectives, and free-standing notes."""

from __future__ import annotations

from leadapp.domain.activities import Activity, Evidence, Objective
from leadapp.domain.notes import Note
from leadapp.store.repository import Repository


class ActivityRepository(Repository[Activity]):
    table_name = "activities"
    record_type = Activity

    def for_person(self, person_id: str) -> list[Activity]:
        return self.where("person_id = ?", [person_id], order_by="start_date is null, start_date desc")


class EvidenceRepository(Repository[Evidence]):
    table_name = "evidence"
    record_type = Evidence

    def for_activity(self, activity_id: str) -> list[Evidence]:
        return self.where("activity_id = ?", [activity_id], order_by="created_at")


class ObjectiveRepository(Repository[Objective]):
    table_name = "objectives"
    record_type = Objective

    def for_person(self, person_id: str) -> list[Objective]:
        return self.where("person_id = ?", [person_id], order_by="target_date")


class NoteRepository(Repository[Note]):
    table_name = "notes"
    record_type = Note

    def for_person(self, person_id: str) -> list[Note]:
        return self.where("person_id = ?", [person_id], order_by="noted_on desc")
