"""A planned session's .ics file: read back with a real parser and checked field by field."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from leadapp.domain.enums import PersonKind, SessionStatus
from leadapp.domain.people import Person
from leadapp.domain.sessions import Session
from leadapp.store.calendar_export import export_calendar
from leadapp.store.errors import StoreError
from leadapp.store.store import Store

COMMAND = [sys.executable, "-m", "leadapp", "calendar"]
SECRET = "PRIVATE-MARKER-do-not-share"


@pytest.fixture
def planned(store: Store) -> Session:
    store.people.add(Person(full_name="Morgan Hale", kind=PersonKind.MENTOR, is_owner=True))
    asha = store.people.add(Person(full_name="Asha Patel"))
    return store.sessions.add(
        Session(
            mentee_id=asha.id,
            session_date=date(2026, 7, 1),
            start_time="10:30",
            duration_min=45,
            status=SessionStatus.PLANNED,
            location="Therapies office, room 4",
            agenda=f"Agenda {SECRET}",
            shared_notes=f"Notes {SECRET}",
            mentor_private=f"Mentor {SECRET}",
            mentee_private=f"Mentee {SECRET}",
        )
    )


def read(path: Path) -> tuple[Calendar, object]:
    calendar = Calendar.from_ical(path.read_bytes())
    events = calendar.walk("VEVENT")
    assert len(events) == 1
    return calendar, events[0]


def test_the_file_holds_the_session_and_nothing_private(store: Store, planned: Session, tmp_path) -> None:
    target = tmp_path / "next.ics"
    export_calendar(store, planned.id, target, now=datetime(2026, 6, 1, 9, 0, tzinfo=ZoneInfo("UTC")))
    raw = target.read_bytes()
    assert SECRET.encode() not in raw and b"Agenda" not in raw
    assert b"\r\n" in raw
    calendar, event = read(target)
    assert str(calendar["method"]) == "PUBLISH" and str(calendar["version"]) == "2.0"
    zones = calendar.walk("VTIMEZONE")
    assert [str(z["tzid"]) for z in zones] == ["Europe/London"]
    assert str(event["summary"]) == "Mentoring: Asha Patel"
    assert str(event["location"]) == "Therapies office, room 4"
    assert str(event["uid"]) == f"{planned.id}@leadapp.local"
    assert event["dtstart"].params["TZID"] == "Europe/London"
    start = event.decoded("dtstart")
    assert start.replace(tzinfo=None) == datetime(2026, 7, 1, 10, 30)
    assert start.utcoffset() == timedelta(hours=1)
    assert event.decoded("duration") == timedelta(minutes=45)
    assert "dtend" not in event
    assert event.decoded("dtstamp") == datetime(2026, 6, 1, 9, 0, tzinfo=ZoneInfo("UTC"))
    # The zone's own rules put a winter date on GMT, as the tz database does.
    summer, winter = zones[0].walk("DAYLIGHT")[0], zones[0].walk("STANDARD")[0]
    assert summer.decoded("tzoffsetto") == timedelta(hours=1)
    assert winter.decoded("tzoffsetto") == timedelta(0)


def test_a_re_export_updates_the_same_event(store: Store, planned: Session, tmp_path) -> None:
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    export_calendar(store, planned.id, first)
    store.sessions.set_fields(planned.id, start_time="14:00")
    export_calendar(store, planned.id, second)
    _, one = read(first)
    _, two = read(second)
    assert str(one["uid"]) == str(two["uid"])
    assert int(one["sequence"]) == 0 and int(two["sequence"]) == 1
    assert two.decoded("dtstart").hour == 14
    export_calendar(store, planned.id, second)
    assert int(read(second)[1]["sequence"]) == 2


def test_without_a_start_time_it_is_a_whole_day_event(store: Store, planned: Session, tmp_path) -> None:
    store.sessions.set_fields(planned.id, start_time="")
    target = tmp_path / "day.ics"
    export_calendar(store, planned.id, target)
    calendar, event = read(target)
    assert event.decoded("dtstart") == date(2026, 7, 1)
    assert not calendar.walk("VTIMEZONE")


def test_a_held_session_or_a_foreign_file_is_refused(store: Store, planned: Session, tmp_path) -> None:
    store.sessions.set_fields(planned.id, status=SessionStatus.HELD)
    with pytest.raises(StoreError, match="Only a planned session"):
        export_calendar(store, planned.id, tmp_path / "x.ics")
    store.sessions.set_fields(planned.id, status=SessionStatus.PLANNED)
    letter = tmp_path / "letter.ics"
    letter.write_text("Dear Asha")
    with pytest.raises(StoreError, match="not a calendar file"):
        export_calendar(store, planned.id, letter)
    assert letter.read_text() == "Dear Asha"
    with pytest.raises(StoreError):
        export_calendar(store, planned.id, store.path)
    assert not (tmp_path / "x.ics").exists()


def test_the_command_writes_the_file(store: Store, planned: Session, tmp_path) -> None:
    target = tmp_path / "cli.ics"
    store.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path))

    def run(session_id: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*COMMAND, session_id, "--out", str(target), "--db", str(store.path)],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
        )

    done = run(planned.id)
    assert done.returncode == 0, done.stderr
    assert str(read(target)[1]["summary"]) == "Mentoring: Asha Patel"
    missing = run("no-such-id")
    assert missing.returncode == 3 and "no such session" in missing.stderr
