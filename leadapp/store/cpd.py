"""A person's CPD profile draft, and what the profile document gathers from their records."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from leadapp.domain.cpd import CpdProfile, CpdSummary, cpd_gaps, dated_list, profile_period
from leadapp.store.changes import Table
from leadapp.store.repository import Repository

if TYPE_CHECKING:
    from leadapp.store.store import Store


class CpdProfileRepository(Repository[CpdProfile]):
    table_name = Table.CPD_PROFILES
    record_type = CpdProfile

    def for_person(self, person_id: str) -> CpdProfile | None:
        found = self._where("person_id = ?", [person_id], order_by="created_at desc", limit=1)
        return found[0] if found else None

    def open_for(self, person_id: str) -> CpdProfile:
        """The person's draft, started empty the first time they open it."""
        return self.for_person(person_id) or self.add(CpdProfile(person_id=person_id))


def cpd_summary(store: Store, person_id: str, today: date) -> CpdSummary:
    """Raises NotFoundError for an unknown person. A person with no draft yet gets an empty one, unsaved."""
    person = store.people.get(person_id)
    profile = store.cpd_profiles.for_person(person_id) or CpdProfile(person_id=person_id)
    start, end = profile_period(profile, today)
    activities = store.activities.for_person(person_id)
    listed = dated_list(activities, start, end, today)
    by_id = {a.id: a for a in listed}
    chosen = tuple(by_id[i] for i in profile.chosen_activity_ids if i in by_id)
    titles = store.evidence.titles_for([a.id for a in chosen])
    return CpdSummary(
        person=person,
        profile=profile,
        period_from=start,
        period_to=end,
        listed=tuple(listed),
        gaps=tuple(cpd_gaps(listed, start, end, today)),
        chosen=chosen,
        evidence_titles={key: tuple(value) for key, value in titles.items()},
    )
