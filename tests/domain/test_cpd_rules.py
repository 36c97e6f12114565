"""HCPC CPD profile rules: the period, the dated list, every gap of three months, the mix, word counts."""

from __future__ import annotations

from datetime import date

from leadapp.domain.activities import Activity
from leadapp.domain.cpd import (
    CpdProfile,
    Gap,
    add_months,
    choice_message,
    count_words,
    cpd_gaps,
    dated_list,
    default_period,
    gap_note,
    learning_mix,
    practice_scaffold,
    profile_period,
    scaffold,
    statement_words,
    summary_words,
    with_gap_note,
)
from leadapp.domain.enums import ActivityStatus, LearningType

TODAY = date(2026, 12, 1)


def _activity(
    start: date,
    end: date | None = None,
    status: ActivityStatus = ActivityStatus.DONE,
    kind: LearningType | None = LearningType.WORK_BASED,
    title: str = "A",
) -> Activity:
    return Activity(
        person_id="p", title=title, start_date=start, end_date=end, status=status, learning_type=kind
    )


def test_the_default_period_is_the_two_years_up_to_the_renewal_date() -> None:
    assert default_period(date(2027, 4, 30)) == (date(2025, 4, 30), date(2027, 4, 30))
    assert default_period(date(2028, 2, 29)) == (date(2026, 2, 28), date(2028, 2, 29))


def test_a_set_period_wins_over_the_renewal_date_and_today_is_the_last_resort() -> None:
    profile = CpdProfile(person_id="p", renewal_date=date(2027, 6, 1))
    assert profile_period(profile, TODAY) == (date(2025, 6, 1), date(2027, 6, 1))
    assert profile_period(CpdProfile(person_id="p"), TODAY) == (date(2024, 12, 1), TODAY)
    own = CpdProfile(person_id="p", period_from=date(2025, 1, 1), period_to=date(2026, 1, 1))
    assert profile_period(own, TODAY) == (date(2025, 1, 1), date(2026, 1, 1))


def test_add_months_keeps_to_the_end_of_short_months() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 11, 15), 3) == date(2027, 2, 15)
    assert add_months(date(2026, 3, 15), -3) == date(2025, 12, 15)


def test_the_dated_list_keeps_done_and_started_work_in_the_period_oldest_first() -> None:
    start, end = date(2025, 1, 1), date(2026, 12, 1)
    inside = _activity(date(2026, 3, 1), title="inside")
    straddles = _activity(date(2024, 11, 1), date(2025, 2, 1), title="straddles")
    before = _activity(date(2024, 1, 1), date(2024, 2, 1), title="before")
    idea = _activity(date(2026, 1, 1), status=ActivityStatus.IDEA, title="idea")
    planned = _activity(date(2026, 1, 1), status=ActivityStatus.PLANNED, title="planned")
    undated = Activity(person_id="p", title="undated", status=ActivityStatus.DONE)
    listed = dated_list([inside, before, idea, planned, undated, straddles], start, end, TODAY)
    assert [a.title for a in listed] == ["straddles", "inside"]


def test_every_gap_of_three_months_or_more_is_found_including_at_the_ends() -> None:
    start, end = date(2025, 1, 1), date(2026, 12, 1)
    activities = [
        _activity(date(2025, 5, 1), date(2025, 5, 10)),  # 4 months after the start
        _activity(date(2025, 7, 1), date(2025, 7, 2)),  # under 2 months later: no gap
        _activity(date(2025, 10, 2), date(2025, 10, 3)),  # 3 months and a day later: a gap
        _activity(date(2026, 1, 1), date(2026, 1, 1)),  # 3 months less two days: no gap
    ]
    gaps = cpd_gaps(activities, start, end, TODAY)
    assert gaps == [
        Gap(date(2025, 1, 1), date(2025, 5, 1)),
        Gap(date(2025, 7, 2), date(2025, 10, 2)),
        Gap(date(2026, 1, 1), date(2026, 12, 1)),
    ]
    assert [g.months for g in gaps] == [4, 3, 11]


def test_work_in_progress_covers_time_up_to_today_and_overlaps_are_merged() -> None:
    start, end = date(2025, 1, 1), date(2026, 12, 1)
    long_running = _activity(date(2025, 1, 5), status=ActivityStatus.IN_PROGRESS)
    inside_it = _activity(date(2025, 3, 1), date(2025, 3, 2))
    assert cpd_gaps([inside_it, long_running], start, end, TODAY) == []


def test_no_activities_is_one_gap_as_long_as_the_period() -> None:
    assert cpd_gaps([], date(2025, 1, 1), date(2026, 12, 1), TODAY) == [
        Gap(date(2025, 1, 1), date(2026, 12, 1))
    ]


def test_a_gap_just_under_three_months_is_not_warned() -> None:
    activities = [_activity(date(2025, 1, 1)), _activity(date(2025, 3, 31)), _activity(date(2025, 6, 29))]
    assert cpd_gaps(activities, date(2025, 1, 1), date(2025, 6, 30), TODAY) == []


def test_learning_mix_asks_for_more_than_one_kind() -> None:
    one = learning_mix([_activity(TODAY), _activity(TODAY)])
    assert not one.mixed
    assert "Only one kind of learning" in one.message
    two = learning_mix([_activity(TODAY), _activity(TODAY, kind=LearningType.FORMAL)])
    assert two.mixed
    three = learning_mix(
        [
            _activity(TODAY),
            _activity(TODAY, kind=LearningType.FORMAL),
            _activity(TODAY, kind=LearningType.SELF_DIRECTED),
            _activity(TODAY, kind=None),
        ]
    )
    assert three.mixed
    assert three.untyped == 1
    assert "1 activity has no learning type" in three.message
    assert not learning_mix([]).mixed


def test_words_are_counted_as_a_person_would() -> None:
    assert count_words("") == 0
    assert count_words("  I led the team's multi-professional review — twice.\n\nThen 2 more!") == 10
    assert count_words("e-mail, don't, 2026") == 3


def test_word_counts_are_measured_against_the_guides() -> None:
    profile = CpdProfile(person_id="p", practice_summary="word " * 120, standard_1="one two", standard_3="x")
    assert summary_words(profile).words == 120
    assert summary_words(profile).message == "120 of about 500 words"
    assert statement_words(profile).words == 3
    assert statement_words(profile).guide == 1500
    long = CpdProfile(person_id="p", practice_summary="word " * 600)
    assert "over the guide" in summary_words(long).message


def test_four_to_six_activities_are_asked_for() -> None:
    assert "choose 4 to 6" in choice_message(3)
    assert "within" in choice_message(4)
    assert "within" in choice_message(6)
    assert "keep the most telling" in choice_message(7)


def test_each_gap_keeps_its_own_explanation() -> None:
    first, second = Gap(date(2025, 1, 1), date(2025, 6, 1)), Gap(date(2026, 1, 1), date(2026, 5, 1))
    notes = with_gap_note([], first, "Parental leave")
    notes = with_gap_note(notes, second, "Long illness")
    notes = with_gap_note(notes, first, "Parental leave, back in June")
    profile = CpdProfile(person_id="p", gap_notes=notes)
    assert gap_note(profile, first) == "Parental leave, back in June"
    assert gap_note(profile, second) == "Long illness"
    assert gap_note(profile, Gap(TODAY, TODAY)) == ""
    assert with_gap_note(notes, second, "  ") == [n for n in notes if not n.startswith("2026-01-01")]


def test_the_scaffold_draws_on_what_the_records_say() -> None:
    chosen = Activity(
        person_id="p",
        title="Ran a falls audit",
        description="Audited falls across two wards.",
        development_value=["confidence"],
        outcomes="Handover now includes a falls check",
        impact="Fewer falls on the pilot ward",
        start_date=date(2026, 2, 1),
        status=ActivityStatus.DONE,
        learning_type=LearningType.WORK_BASED,
    )
    listed = [chosen, _activity(date(2026, 3, 1), kind=LearningType.FORMAL)]
    three = scaffold(3, [chosen], listed, {"confidence": "Confidence"})
    assert "Ran a falls audit: I Audited falls across two wards" in three
    assert "What I learnt: Confidence" in three
    assert "How my practice changed: Handover now includes a falls check" in three
    assert "Fewer falls on the pilot ward" in scaffold(4, [chosen], listed, {})
    assert "work-based learning (1)" in scaffold(2, [chosen], listed, {})
    assert "2 dated activities from February 2026 to March 2026" in scaffold(1, [chosen], listed, {})
    assert "own work" in scaffold(5, [chosen], listed, {})
    assert "Choose four to six" in scaffold(4, [], listed, {})


def test_the_practice_summary_starts_from_the_persons_record() -> None:
    from leadapp.domain.people import Person

    person = Person(full_name="Asha Patel", job_title="MSK team lead", organisation="Northfield NHS Trust")
    text = practice_scaffold(person, "Physiotherapist", "Band 7")
    assert text.startswith("I work as MSK team lead (Band 7) at Northfield NHS Trust.")
    assert practice_scaffold(Person(full_name="A"), "Dietitian", "").startswith("I work as Dietitian.")
