"""Which automatic backups to keep: the last few, one a day for a week, one a week for two months.

A pure rule so it can be tested against every shape of history; the store only deletes what it returns
as not kept.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import NamedTuple


class RotationPolicy(NamedTuple):
    last: int = 10
    daily: int = 7
    weekly: int = 8


DEFAULT_POLICY = RotationPolicy()


def backups_to_keep(
    taken: Iterable[datetime], now: datetime, policy: RotationPolicy = DEFAULT_POLICY
) -> set[datetime]:
    """The times (of those in `taken`) whose backups stay.

    The newest `last` are kept; then, counting back whole calendar days from `now`, the newest backup of
    each of the last `daily` days, and the newest of each of the last `weekly` seven-day spans. A backup
    stamped later than `now` (a clock put back) is never deleted, as its age cannot be trusted, and
    does not count towards the last `last`.
    """
    ordered = sorted(set(taken), reverse=True)
    future = {t for t in ordered if t > now}
    past = [t for t in ordered if t <= now]
    keep = future | set(past[: policy.last])
    newest_in: dict[tuple[str, int], datetime] = {}
    for when in past:
        age_days = (now.date() - when.date()).days
        for bucket in (("day", age_days), ("week", age_days // 7)):
            newest_in.setdefault(bucket, when)
    for (kind, index), when in newest_in.items():
        if (kind == "day" and index < policy.daily) or (kind == "week" and index < policy.weekly):
            keep.add(when)
    return keep


def rotated_out_by(taken: Iterable[datetime], policy: RotationPolicy = DEFAULT_POLICY) -> date | None:
    """The day by which the newest of these backups will have rotated out, if backups go on being made:
    nothing older than `weekly` seven-day spans is kept once newer backups exist. None for no backups."""
    newest = max(taken, default=None)
    return newest.date() + timedelta(days=7 * policy.weekly) if newest is not None else None
