"""A responsibility-group meeting as an iCalendar invitation (`.ics`) for Outlook and others.

PRIVACY: an invitation leaves the municipality — it is mailed to the members and stored on
calendar servers the municipality does not control. So the default summary
("Ansvarsgruppemøte") names no client, and the caller must keep client names and health
information out of `summary`, `description` and `location` as well. The default summary is
translated when the invitation is made (`rustool.texts`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, vCalAddress

from rustool.texts import N_, translate

PRODID = "-//rustool//ansvarsgruppe//NO"
DEFAULT_SUMMARY = N_("invitation", "Ansvarsgruppemøte")
DEFAULT_TIMEZONE = "Europe/Oslo"
DEFAULT_DURATION = dt.timedelta(minutes=90)
# The VTIMEZONE describes the zone's rules this far either side of the meeting: enough for any
# calendar to place it, and a few lines instead of every change since 1970.
TIMEZONE_MARGIN = dt.timedelta(days=366)

Attendee = tuple[str, str | None]  # (name, e-mail or None)


def _email(address: str | None) -> str | None:
    address = (address or "").strip()
    return address or None


def attendees_without_email(attendees: Sequence[Attendee]) -> list[str]:
    """Names of the members the invitation cannot reach (no e-mail), for the user to tell."""
    return [name for name, email in attendees if _email(email) is None]


def names_client(text: str | None, given_name: str, family_name: str) -> bool:
    """Whether `text` (a meeting's place, say) contains the client's given or family name as a
    word: an invitation goes to every member's calendar and must not say whose group it is."""
    words = {word.casefold() for word in re.findall(r"\w+", text or "")}
    names = {word.casefold() for word in re.findall(r"\w+", f"{given_name} {family_name}")}
    return bool(words & names)


def _local(value: dt.datetime, zone: ZoneInfo) -> dt.datetime:
    """The app's datetimes are naive local time; an aware one is moved into the zone."""
    return value.replace(tzinfo=zone) if value.tzinfo is None else value.astimezone(zone)


def _address(email: str, name: str, **params: str) -> vCalAddress:
    address = vCalAddress(f"mailto:{email}")
    address.params["CN"] = name
    address.params.update(params)
    return address


def meeting_invitation(
    *,
    uid: str,
    starts_at: dt.datetime,
    ends_at: dt.datetime | None,
    location: str | None,
    organizer_name: str,
    organizer_email: str | None,
    attendees: Sequence[Attendee],
    summary: str | None = None,
    description: str | None = None,
    timezone: str = DEFAULT_TIMEZONE,
    now: dt.datetime | None = None,
    sequence: int = 0,
) -> bytes:
    """The meeting as the bytes of an `.ics` file: one VEVENT with its VTIMEZONE.

    - `summary` (default: "Ansvarsgruppemøte", translated) is the entry's title.
    - `uid` identifies the meeting for good: export the same meeting again with the same uid
      and a higher `sequence` and calendars update the entry instead of adding a second one.
    - `starts_at`/`ends_at` are local time in `timezone` (naive, as the app stores them);
      without `ends_at` the meeting lasts 90 minutes. `now` (default: the current time; naive
      means local time) becomes DTSTAMP.
    - With `organizer_email` the file is a meeting request (METHOD:REQUEST) from the organizer,
      with one ATTENDEE (REQ-PARTICIPANT, NEEDS-ACTION, RSVP) per attendee with an e-mail; the
      organizer's own entry, if listed, is CHAIR and already accepted. An address listed twice
      is invited once, under the first name. Attendees without e-mail are left out — see
      `attendees_without_email`.
    - Without `organizer_email` nobody could receive the answers, and calendars reject a
      request without an organizer address; the file is then a plain calendar entry (no METHOD,
      ORGANIZER or ATTENDEE).

    Raises ValueError when `ends_at` is not after `starts_at`; an unknown `timezone` raises
    `zoneinfo.ZoneInfoNotFoundError`.
    """
    zone = ZoneInfo(timezone)
    start = _local(starts_at, zone)
    end = _local(ends_at, zone) if ends_at is not None else start + DEFAULT_DURATION
    if end <= start:
        raise ValueError("ends_at must be after starts_at")
    stamp = _local(now, zone) if now is not None else dt.datetime.now(dt.UTC)

    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp.astimezone(dt.UTC))
    event.add("sequence", sequence)
    event.add("dtstart", start)
    event.add("dtend", end)
    if summary is None:
        summary = translate("invitation", DEFAULT_SUMMARY)
    event.add("summary", summary)
    if description:
        event.add("description", description)
    if location:
        event.add("location", location)

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    organizer = _email(organizer_email)
    if organizer is not None:
        calendar.add("method", "REQUEST")
        event.add("organizer", _address(organizer, organizer_name))
        invited: set[str] = set()
        for name, email in attendees:
            address = _email(email)
            if address is None or address.casefold() in invited:
                continue
            invited.add(address.casefold())
            if address.casefold() == organizer.casefold():
                params = {"ROLE": "CHAIR", "PARTSTAT": "ACCEPTED", "RSVP": "FALSE"}
            else:
                params = {"ROLE": "REQ-PARTICIPANT", "PARTSTAT": "NEEDS-ACTION", "RSVP": "TRUE"}
            event.add("attendee", _address(address, name, **params))
    calendar.add_component(event)
    calendar.add_missing_timezones(
        first_date=(start - TIMEZONE_MARGIN).date(), last_date=(end + TIMEZONE_MARGIN).date()
    )
    ical: bytes = calendar.to_ical()
    return ical
