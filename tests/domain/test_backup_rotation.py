"""The rotation rule for automatic backups, checked against many histories."""

from __future__ import annotations

import itertools
import random
from datetime import UTC, datetime, timedelta

import pytest

from leadapp.domain.backup_rotation import RotationPolicy, backups_to_keep

NOW = datetime(2026, 3, 15, 12, 0, tzinfo=UTC)


def _expected(taken: list[datetime], now: datetime, policy: RotationPolicy) -> set[datetime]:
    """The rule restated the slow way: for each backup, is it among the last, or newest of its day/week?"""
    keep: set[datetime] = set()
    ordered = sorted(set(taken), reverse=True)
    past = [t for t in ordered if t <= now]
    for when in ordered:
        if when > now or past.index(when) < policy.last:
            keep.add(when)
            continue
        age = (now.date() - when.date()).days
        same_day = [t for t in ordered if t <= now and t.date() == when.date()]
        same_week = [t for t in ordered if t <= now and (now.date() - t.date()).days // 7 == age // 7]
        if age < policy.daily and when == max(same_day):
            keep.add(when)
        if age // 7 < policy.weekly and when == max(same_week):
            keep.add(when)
    return keep


def test_nothing_to_keep_from_nothing() -> None:
    assert backups_to_keep([], NOW) == set()


def test_the_last_ten_are_kept_even_within_one_hour() -> None:
    taken = [NOW - timedelta(minutes=m) for m in range(30)]
    assert backups_to_keep(taken, NOW) == set(taken[:10])


def test_one_a_day_for_a_week_keeps_the_newest_of_each_day() -> None:
    taken = [NOW - timedelta(days=d, hours=h) for d in range(10) for h in (0, 1)]
    policy = RotationPolicy(last=0, daily=7, weekly=0)
    kept = backups_to_keep(taken, NOW, policy)
    assert kept == {NOW - timedelta(days=d) for d in range(7)}


def test_one_a_week_for_eight_weeks_then_nothing_older() -> None:
    taken = [NOW - timedelta(days=d) for d in range(0, 120)]
    kept = backups_to_keep(taken, NOW, RotationPolicy(last=0, daily=0, weekly=8))
    assert kept == {NOW - timedelta(days=7 * w) for w in range(8)}
    assert min(kept) > NOW - timedelta(weeks=8)


def test_default_policy_keeps_at_most_twenty_five_and_drops_the_oldest() -> None:
    taken = [NOW - timedelta(hours=h) for h in range(0, 24 * 90, 3)]
    kept = backups_to_keep(taken, NOW)
    assert len(kept) <= 10 + 7 + 8
    assert NOW in kept
    assert max(taken) in kept and min(taken) not in kept


def test_a_backup_from_the_future_is_never_deleted() -> None:
    ahead = NOW + timedelta(days=3)
    taken = [ahead] + [NOW - timedelta(minutes=m) for m in range(20)]
    kept = backups_to_keep(taken, NOW)
    assert ahead in kept
    assert len(kept) == 11


def test_only_given_times_are_returned_and_duplicates_collapse() -> None:
    taken = [NOW, NOW, NOW - timedelta(days=40)]
    assert backups_to_keep(taken, NOW) == {NOW, NOW - timedelta(days=40)}


@pytest.mark.parametrize("last,daily,weekly", list(itertools.product((0, 1, 10), (0, 1, 7), (0, 1, 8))))
def test_matches_the_rule_on_random_histories(last: int, daily: int, weekly: int) -> None:
    policy = RotationPolicy(last, daily, weekly)
    rng = random.Random(last * 100 + daily * 10 + weekly)
    for _ in range(40):
        count = rng.randint(0, 60)
        taken = [NOW - timedelta(minutes=rng.randint(-600, 60 * 24 * 80)) for _ in range(count)]
        kept = backups_to_keep(taken, NOW, policy)
        assert kept <= set(taken)
        assert kept == _expected(taken, NOW, policy)


def test_every_history_of_up_to_six_backups_over_a_fortnight() -> None:
    """Exhaustive over small histories: days 0..13, one backup per chosen day, every subset size 0..6."""
    policy = RotationPolicy(last=2, daily=3, weekly=2)
    days = [NOW - timedelta(days=d) for d in range(14)]
    for size in range(7):
        for taken in itertools.combinations(days, size):
            assert backups_to_keep(taken, NOW, policy) == _expected(list(taken), NOW, policy)


def test_the_newest_backup_is_gone_eight_weeks_after_it_was_taken() -> None:
    from datetime import date, datetime

    from leadapp.domain.backup_rotation import rotated_out_by

    taken = [datetime(2026, 12, 1, 9), datetime(2026, 11, 20, 9)]
    assert rotated_out_by(taken) == date(2027, 1, 26)
    assert rotated_out_by([]) is None
