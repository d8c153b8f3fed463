"""The meeting invitation (.ics): parsed back with icalendar and checked field by field."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from rustool.domain.invitation import attendees_without_email, meeting_invitation, names_client

OSLO = ZoneInfo("Europe/Oslo")
NOW = dt.datetime(2026, 6, 1, 9, 0, tzinfo=dt.UTC)
ATTENDEES: list[tuple[str, str | None]] = [
    ("Kari Nordmann", "kari@example.no"),
    ("Áile Ŋuolla, Čáhppes; Đ", "aile@example.no"),
    ("Ola Hansen", None),
    ("Per Berg", "  "),
]


def invite(**overrides: Any) -> bytes:
    arguments: dict[str, Any] = {
        "uid": "meeting-7@rustool",
        "starts_at": dt.datetime(2026, 7, 1, 10, 0),
        "ends_at": dt.datetime(2026, 7, 1, 11, 30),
        "location": "Rådhuset, møterom Æøå; 2. etg",
        "organizer_name": "Kari Nordmann",
        "organizer_email": "kari@example.no",
        "attendees": ATTENDEES,
        "now": NOW,
    } | overrides
    return meeting_invitation(**arguments)


def parse(ics: bytes) -> tuple[Calendar, Any]:
    calendar = Calendar.from_ical(ics)
    [event] = calendar.walk("VEVENT")
    return calendar, event


def attendees_of(event: Any) -> dict[str, Any]:
    """ATTENDEE by address (icalendar gives one value, or a list when there are several)."""
    found = event.get("attendee", [])
    found = found if isinstance(found, list) else [found]
    return {str(address): address for address in found}


def test_the_calendar_is_a_meeting_request_from_rustool() -> None:
    calendar, event = parse(invite())
    assert str(calendar["prodid"]) == "-//rustool//ansvarsgruppe//NO"
    assert str(calendar["version"]) == "2.0"
    assert str(calendar["method"]) == "REQUEST"
    assert str(event["uid"]) == "meeting-7@rustool"
    assert event.decoded("dtstamp") == NOW
    assert int(event["sequence"]) == 0
    assert str(event["summary"]) == "Ansvarsgruppemøte"
    assert "description" not in event


def test_times_are_oslo_local_time_in_summer() -> None:
    calendar, event = parse(invite())
    start, end = event.decoded("dtstart"), event.decoded("dtend")
    assert start.tzinfo.key == "Europe/Oslo"
    assert (start.replace(tzinfo=None), end.replace(tzinfo=None)) == (
        dt.datetime(2026, 7, 1, 10, 0),
        dt.datetime(2026, 7, 1, 11, 30),
    )
    assert start.astimezone(dt.UTC) == dt.datetime(2026, 7, 1, 8, 0, tzinfo=dt.UTC)  # CEST
    assert event["dtstart"].params["TZID"] == "Europe/Oslo"
    [zone] = calendar.walk("VTIMEZONE")
    assert str(zone["tzid"]) == "Europe/Oslo"


def test_times_are_oslo_local_time_in_winter_and_last_90_minutes_by_default() -> None:
    _, event = parse(invite(starts_at=dt.datetime(2026, 12, 3, 13, 15), ends_at=None))
    start, end = event.decoded("dtstart"), event.decoded("dtend")
    assert start.replace(tzinfo=None) == dt.datetime(2026, 12, 3, 13, 15)
    assert start.astimezone(dt.UTC) == dt.datetime(2026, 12, 3, 12, 15, tzinfo=dt.UTC)  # CET
    assert end.replace(tzinfo=None) == dt.datetime(2026, 12, 3, 14, 45)
    assert end.tzinfo.key == "Europe/Oslo"


def test_location_and_names_with_norwegian_and_sami_letters_survive_escaping() -> None:
    ics = invite()
    assert b"LOCATION:R\xc3\xa5dhuset\\, m\xc3\xb8terom \xc3\x86\xc3\xb8\xc3\xa5\\; 2. etg" in ics
    _, event = parse(ics)
    assert str(event["location"]) == "Rådhuset, møterom Æøå; 2. etg"
    sami = attendees_of(event)["mailto:aile@example.no"]
    assert sami.params["CN"] == "Áile Ŋuolla, Čáhppes; Đ"


def test_organizer_and_attendees_with_email() -> None:
    _, event = parse(invite())
    organizer = event["organizer"]
    assert str(organizer) == "mailto:kari@example.no"
    assert organizer.params["CN"] == "Kari Nordmann"
    attendees = attendees_of(event)
    assert sorted(attendees) == ["mailto:aile@example.no", "mailto:kari@example.no"]
    invited = attendees["mailto:aile@example.no"].params
    assert (invited["ROLE"], invited["PARTSTAT"], invited["RSVP"]) == (
        "REQ-PARTICIPANT",
        "NEEDS-ACTION",
        "TRUE",
    )
    # The organizer does not invite herself to answer.
    own = attendees["mailto:kari@example.no"].params
    assert (own["CN"], own["ROLE"], own["PARTSTAT"], own["RSVP"]) == (
        "Kari Nordmann",
        "CHAIR",
        "ACCEPTED",
        "FALSE",
    )


def test_members_without_email_are_not_invited_but_named_for_the_user() -> None:
    ics = invite()
    assert b"Ola Hansen" not in ics
    assert b"Per Berg" not in ics
    assert attendees_without_email(ATTENDEES) == ["Ola Hansen", "Per Berg"]


def test_an_address_listed_twice_is_invited_once() -> None:
    _, event = parse(
        invite(
            attendees=[("Ola Hansen", "familie@example.no"), ("Eva Hansen", "FAMILIE@example.no")]
        )
    )
    attendees = attendees_of(event)
    assert list(attendees) == ["mailto:familie@example.no"]
    assert attendees["mailto:familie@example.no"].params["CN"] == "Ola Hansen"


def test_quotes_and_line_breaks_in_names_survive() -> None:
    name = 'Kari "Kaja" Nordmann\nRustjenesten'
    _, event = parse(invite(attendees=[(name, "kaja@example.no")]))
    assert attendees_of(event)["mailto:kaja@example.no"].params["CN"] == name


def test_without_organizer_email_the_file_is_a_plain_calendar_entry() -> None:
    calendar, event = parse(invite(organizer_email=None))
    assert "method" not in calendar
    assert "organizer" not in event
    assert "attendee" not in event
    assert event.decoded("dtstart").replace(tzinfo=None) == dt.datetime(2026, 7, 1, 10, 0)


def test_summary_description_and_sequence_are_the_callers() -> None:
    _, event = parse(invite(summary="Møte", description="Agenda:\n1. Bolig", sequence=3))
    assert str(event["summary"]) == "Møte"
    assert str(event["description"]) == "Agenda:\n1. Bolig"
    assert int(event["sequence"]) == 3


def test_aware_times_are_placed_in_oslo_and_naive_now_is_local() -> None:
    _, event = parse(
        invite(
            starts_at=dt.datetime(2026, 7, 1, 8, 0, tzinfo=dt.UTC),
            ends_at=None,
            now=dt.datetime(2026, 6, 1, 11, 0),
        )
    )
    assert event.decoded("dtstart") == dt.datetime(2026, 7, 1, 10, 0, tzinfo=OSLO)
    assert event.decoded("dtstamp") == NOW


def test_an_end_before_the_start_is_refused() -> None:
    with pytest.raises(ValueError, match="ends_at must be after starts_at"):
        invite(ends_at=dt.datetime(2026, 7, 1, 10, 0))


def test_a_place_naming_the_client_is_recognised_by_whole_words() -> None:
    assert names_client("Hjemme hos Åse", "Åse Marie", "Øvrebø")
    assert names_client("ØVREBØ gård", "Åse", "Øvrebø")
    assert not names_client("Rådhuset, møterom 2", "Åse", "Øvrebø")
    assert not names_client("Olavsgate 3", "Ola", "Nordmann")  # part of a word is not a name
    assert not names_client(None, "Ola", "Nordmann")
