"""The next session as a calendar event (RFC 5545) that Outlook, Google Calendar and Apple Calendar import.

The event says only who and when: a neutral title, the time, how long and where. Agenda, notes and private
text never go in, since a calendar is shared and synced far beyond the app. The UID is the session's own id,
so a second export updates the same event, and SEQUENCE, which the caller counts up, tells the calendar the
newer file wins.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard, vRecur

from leadapp.domain.enums import SessionStatus
from leadapp.domain.sessions import Session

TZID = "Europe/London"
UID_DOMAIN = "leadapp.local"
PRODID = "-//LeadApp//Mentoring sessions//EN"


class CalendarError(ValueError):
    """A session that cannot go into a calendar; the message says why in plain words."""


@dataclass(frozen=True)
class CalendarEntry:
    """What the file says about the session, kept apart so the rule can be read and tested on its own."""

    uid: str
    title: str
    start: datetime | date
    duration: timedelta
    location: str


def event_uid(session_id: str) -> str:
    return f"{session_id}@{UID_DOMAIN}"


def calendar_entry(session: Session, mentee_name: str) -> CalendarEntry:
    """Only a planned session goes in; without a start time it is a whole-day event on its date."""
    if session.status is not SessionStatus.PLANNED or session.deleted_at is not None:
        raise CalendarError("Only a planned session can be added to a calendar.")
    start: datetime | date = session.session_date
    duration = timedelta(days=1)
    if session.start_time:
        try:
            at = time.fromisoformat(session.start_time)
        except ValueError as error:
            raise CalendarError(
                f"The start time {session.start_time!r} is not a time of day (hh:mm)."
            ) from error
        start = datetime.combine(session.session_date, at, tzinfo=ZoneInfo(TZID))
        duration = timedelta(minutes=session.duration_min)
    title = f"Mentoring: {mentee_name}" if mentee_name.strip() else "Mentoring session"
    return CalendarEntry(event_uid(session.id), title, start, duration, session.location.strip())


def _london() -> Timezone:
    """Europe/London by its standing rule (last Sundays of March and October), valid for any year."""
    zone = Timezone()
    zone.add("tzid", TZID)
    winter = TimezoneStandard()
    winter.add("dtstart", datetime(1970, 10, 25, 2, 0))
    winter.add("rrule", vRecur(freq="yearly", bymonth=10, byday="-1su"))
    winter.add("tzoffsetfrom", timedelta(hours=1))
    winter.add("tzoffsetto", timedelta(0))
    winter.add("tzname", "GMT")
    summer = TimezoneDaylight()
    summer.add("dtstart", datetime(1970, 3, 29, 1, 0))
    summer.add("rrule", vRecur(freq="yearly", bymonth=3, byday="-1su"))
    summer.add("tzoffsetfrom", timedelta(0))
    summer.add("tzoffsetto", timedelta(hours=1))
    summer.add("tzname", "BST")
    zone.add_component(winter)
    zone.add_component(summer)
    return zone


def calendar_file(entry: CalendarEntry, sequence: int, stamp: datetime) -> bytes:
    """The .ics text for one event. `stamp` is when the file is made (UTC)."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    calendar.add("calscale", "GREGORIAN")
    if isinstance(entry.start, datetime):
        calendar.add_component(_london())
    event = Event()
    event.add("uid", entry.uid)
    event.add("dtstamp", stamp.astimezone(ZoneInfo("UTC")))
    event.add("sequence", sequence)
    event.add("summary", entry.title)
    event.add("dtstart", entry.start)
    event.add("duration", entry.duration)
    if entry.location:
        event.add("location", entry.location)
    event.add("transp", "OPAQUE")
    calendar.add_component(event)
    return bytes(calendar.to_ical())
