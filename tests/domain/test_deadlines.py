"""Referral deadlines (DOMAIN.md, Referral — Computed): working days with Norwegian holidays.

Expected dates are counted by hand in the comments: "d0" is the day of receipt, "H" a public
holiday, "(n)" the n-th working day after receipt.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rustool.domain.deadlines import (
    ReferralDates,
    add_working_days,
    assessment_due,
    complaint_due,
    compute_referral_dates,
    is_working_day,
    post_discharge_window_end,
    working_days_until,
)

D = dt.date
ONE_DAY = dt.timedelta(days=1)


def easter_sunday(year: int) -> dt.date:
    """Gregorian Easter (the anonymous Gregorian algorithm), independent of `holidays`."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    lunar = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * lunar) // 451
    month, day = divmod(h + lunar - 7 * m + 114, 31)
    return D(year, month, day + 1)


@cache
def norwegian_public_holidays(year: int) -> frozenset[dt.date]:
    """Norwegian public holidays (helligdager, 1 and 17 May) from the law, not the package."""
    easter = easter_sunday(year)
    fixed = {D(year, 1, 1), D(year, 5, 1), D(year, 5, 17), D(year, 12, 25), D(year, 12, 26)}
    # Maundy Thursday, Good Friday, Easter Sunday and Monday, Ascension, Whit Sunday and Monday.
    moving = {easter + dt.timedelta(days=n) for n in (-3, -2, 0, 1, 39, 49, 50)}
    return frozenset(fixed | moving)


def oracle_working_day(day: dt.date) -> bool:
    return day.weekday() < 5 and day not in norwegian_public_holidays(day.year)


def count_working_days_after(start: dt.date, end: dt.date) -> int:
    """Working days in (start, end], by walking the calendar one day at a time."""
    count, day = 0, start
    while day < end:
        day += ONE_DAY
        count += oracle_working_day(day)
    return count


dates = st.dates(min_value=D(2000, 1, 1), max_value=D(2090, 12, 31))


# --- which days are working days -------------------------------------------------------------


def test_the_only_weekday_holidays_of_2026_are_the_public_ones() -> None:
    # 17 May 2026 is a Sunday and Boxing Day a Saturday, so they cost no working day;
    # Christmas Eve and New Year's Eve are ordinary working days.
    expected = {
        D(2026, 1, 1),  # New Year's Day, Thursday
        D(2026, 4, 2),  # Maundy Thursday
        D(2026, 4, 3),  # Good Friday
        D(2026, 4, 6),  # Easter Monday
        D(2026, 5, 1),  # 1 May, Friday
        D(2026, 5, 14),  # Ascension Day, Thursday
        D(2026, 5, 25),  # Whit Monday
        D(2026, 12, 25),  # Christmas Day, Friday
    }
    year = [D(2026, 1, 1) + dt.timedelta(days=n) for n in range(365)]
    weekdays_off = {day for day in year if day.weekday() < 5 and not is_working_day(day)}
    assert weekdays_off == expected


def test_the_only_weekday_holidays_of_2027_are_the_public_ones() -> None:
    # 1 May and Christmas Day 2027 are Saturdays, Boxing Day a Sunday; Whit Monday is 17 May.
    expected = {
        D(2027, 1, 1),  # New Year's Day, Friday
        D(2027, 3, 25),  # Maundy Thursday
        D(2027, 3, 26),  # Good Friday
        D(2027, 3, 29),  # Easter Monday
        D(2027, 5, 6),  # Ascension Day
        D(2027, 5, 17),  # Constitution Day and Whit Monday
    }
    year = [D(2027, 1, 1) + dt.timedelta(days=n) for n in range(365)]
    weekdays_off = {day for day in year if day.weekday() < 5 and not is_working_day(day)}
    assert weekdays_off == expected


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (D(2026, 12, 24), True),  # Christmas Eve is not a public holiday
        (D(2026, 12, 31), True),  # nor is New Year's Eve
        (D(2026, 5, 15), True),  # the Friday after Ascension
        (D(2026, 3, 7), False),  # an ordinary Saturday
        (D(2026, 3, 8), False),  # an ordinary Sunday
        (D(2026, 3, 9), True),  # an ordinary Monday
    ],
)
def test_ordinary_days(day: dt.date, working: bool) -> None:
    assert is_working_day(day) is working


def test_working_days_agree_with_the_law_for_a_century() -> None:
    day = D(2000, 1, 1)
    while day < D(2100, 1, 1):
        assert is_working_day(day) == oracle_working_day(day), day
        day += ONE_DAY


# --- the assessment deadline ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("received", "due"),
    [
        # No holidays: Mon 2 Mar 2026 d0; Tue 3 (1) .. Fri 6 (4); Mon 9 (5) .. Fri 13 (9);
        # Mon 16 (10).
        (D(2026, 3, 2), D(2026, 3, 16)),
        # Fri 6 Mar d0; Mon 9 (1) .. Fri 13 (5); Mon 16 (6) .. Fri 20 (10).
        (D(2026, 3, 6), D(2026, 3, 20)),
        # Received on a Saturday, the Saturday is still d0: Mon 9 (1) .. Fri 20 (10).
        (D(2026, 3, 7), D(2026, 3, 20)),
        # Received on a Sunday: the same.
        (D(2026, 3, 8), D(2026, 3, 20)),
        # Easter 2026 (Sunday 5 April): Mon 30 Mar d0; Tue 31 (1), Wed 1 Apr (2), Thu 2 H,
        # Fri 3 H, Mon 6 H, Tue 7 (3), Wed 8 (4), Thu 9 (5), Fri 10 (6), Mon 13 (7),
        # Tue 14 (8), Wed 15 (9), Thu 16 (10).
        (D(2026, 3, 30), D(2026, 4, 16)),
        # Received on Good Friday 2026, a holiday, which is still d0: Mon 6 H, Tue 7 (1),
        # Wed 8 (2), Thu 9 (3), Fri 10 (4), Mon 13 (5) .. Fri 17 (9), Mon 20 (10).
        (D(2026, 4, 3), D(2026, 4, 20)),
        # Easter 2027 (Sunday 28 March): Wed 24 Mar d0; Thu 25 H, Fri 26 H, Mon 29 H,
        # Tue 30 (1), Wed 31 (2), Thu 1 Apr (3), Fri 2 (4), Mon 5 (5) .. Fri 9 (9), Mon 12 (10).
        (D(2027, 3, 24), D(2027, 4, 12)),
        # 1 May and Ascension 2026: Thu 30 Apr d0; Fri 1 May H, Mon 4 (1) .. Fri 8 (5),
        # Mon 11 (6), Tue 12 (7), Wed 13 (8), Thu 14 H, Fri 15 (9), Mon 18 (10).
        (D(2026, 4, 30), D(2026, 5, 18)),
        # Whit Monday 2026 (25 May): Mon 18 May d0; Tue 19 (1) .. Fri 22 (4), Mon 25 H,
        # Tue 26 (5) .. Fri 29 (8), Mon 1 Jun (9), Tue 2 Jun (10).
        (D(2026, 5, 18), D(2026, 6, 2)),
        # 17 May 2027 is a Monday and Whit Monday too: Mon 10 May d0; Tue 11 (1) .. Fri 14 (4),
        # Mon 17 H, Tue 18 (5) .. Fri 21 (8), Mon 24 (9), Tue 25 (10).
        (D(2027, 5, 10), D(2027, 5, 25)),
        # 17 May 2028 is a Wednesday, Ascension Thu 25 May: Mon 15 May d0; Tue 16 (1), Wed 17 H,
        # Thu 18 (2), Fri 19 (3), Mon 22 (4), Tue 23 (5), Wed 24 (6), Thu 25 H, Fri 26 (7),
        # Mon 29 (8), Tue 30 (9), Wed 31 (10).
        (D(2028, 5, 15), D(2028, 5, 31)),
        # Christmas and New Year 2026: Tue 22 Dec d0; Wed 23 (1), Thu 24 (2), Fri 25 H,
        # (Boxing Day is a Saturday), Mon 28 (3), Tue 29 (4), Wed 30 (5), Thu 31 (6),
        # Fri 1 Jan H, Mon 4 (7), Tue 5 (8), Wed 6 (9), Thu 7 Jan 2027 (10).
        (D(2026, 12, 22), D(2027, 1, 7)),
        # Christmas and New Year 2025: Mon 22 Dec d0; Tue 23 (1), Wed 24 (2), Thu 25 H, Fri 26 H,
        # Mon 29 (3), Tue 30 (4), Wed 31 (5), Thu 1 Jan H, Fri 2 (6), Mon 5 (7), Tue 6 (8),
        # Wed 7 (9), Thu 8 Jan 2026 (10).
        (D(2025, 12, 22), D(2026, 1, 8)),
    ],
)
def test_assessment_due_is_the_tenth_working_day_after_receipt(
    received: dt.date, due: dt.date
) -> None:
    assert assessment_due(received) == due


@given(dates)
def test_the_due_date_is_a_working_day_exactly_ten_working_days_after_receipt(
    received: dt.date,
) -> None:
    due = assessment_due(received)
    assert oracle_working_day(due)
    assert count_working_days_after(received, due) == 10
    # ...and it is the first such day: the day before holds only nine.
    assert count_working_days_after(received, due - ONE_DAY) == 9


def test_add_working_days_counts_from_day_zero() -> None:
    saturday = D(2026, 3, 7)
    assert add_working_days(saturday, 0) == saturday
    assert add_working_days(saturday, 1) == D(2026, 3, 9)
    # Backwards from Tue 7 Apr 2026: Mon 6 H, Fri 3 H, Thu 2 H, Wed 1 Apr is the first.
    assert add_working_days(D(2026, 4, 7), -1) == D(2026, 4, 1)


# --- counting working days between two dates --------------------------------------------------


@pytest.mark.parametrize(
    ("start", "end", "count"),
    [
        (D(2026, 3, 2), D(2026, 3, 2), 0),  # the same day
        (D(2026, 3, 2), D(2026, 3, 4), 2),  # Mon -> Wed: Tue, Wed
        (D(2026, 3, 6), D(2026, 3, 9), 1),  # Fri -> Mon: the weekend does not count
        (D(2026, 4, 3), D(2026, 4, 6), 0),  # Good Friday -> Easter Monday: nothing in between
        (D(2026, 4, 3), D(2026, 4, 7), 1),  # ... -> Tuesday after Easter
        # The Easter case above, both ways: Mar 30, 31, Apr 1, 7, 8, 9, 10, 13, 14, 15 lie in
        # [30 Mar, 16 Apr), so going back is -10.
        (D(2026, 3, 30), D(2026, 4, 16), 10),
        (D(2026, 4, 16), D(2026, 3, 30), -10),
        # All of 2026: 365 days from a Thursday = 52 weeks (260 weekdays) + Thu 31 Dec = 261,
        # minus the 8 weekday holidays = 253.
        (D(2025, 12, 31), D(2026, 12, 31), 253),
    ],
)
def test_working_days_until(start: dt.date, end: dt.date, count: int) -> None:
    assert working_days_until(start, end) == count


@given(dates, dates)
def test_working_days_until_matches_a_day_by_day_count(start: dt.date, end: dt.date) -> None:
    if end >= start:
        assert working_days_until(start, end) == count_working_days_after(start, end)
    else:
        # Working days in [end, start) are those in (end - 1 day, start - 1 day].
        expected = count_working_days_after(end - ONE_DAY, start - ONE_DAY)
        assert working_days_until(start, end) == -expected


@given(dates, st.integers(min_value=-400, max_value=400))
def test_working_days_until_undoes_add_working_days(start: dt.date, count: int) -> None:
    assert working_days_until(start, add_working_days(start, count)) == count


@given(dates, st.integers(min_value=0, max_value=800))
def test_add_working_days_undoes_working_days_until(start: dt.date, offset: int) -> None:
    end = start + dt.timedelta(days=offset)
    count = working_days_until(start, end)
    # `end` may itself be a weekend or holiday: then the count lands on the last working day
    # before it, and one more working day lies after it.
    assert add_working_days(start, count) <= end < add_working_days(start, count + 1)
    if is_working_day(end) or end == start:
        assert add_working_days(start, count) == end


# --- the other deadlines ----------------------------------------------------------------------


def test_complaint_due_is_four_weeks_after_the_assessment() -> None:
    # 10 Apr + 20 days = 30 Apr, + 8 days = 8 May; weekends and holidays do not move it.
    assert complaint_due(D(2026, 4, 10)) == D(2026, 5, 8)


def test_post_discharge_window_ends_28_days_after_discharge() -> None:
    # 10 Jun + 20 days = 30 Jun, + 8 days = 8 Jul.
    assert post_discharge_window_end(D(2026, 6, 10)) == D(2026, 7, 8)


NO_EVENTS: dict[str, Any] = {
    "received_on": None,
    "assessed_on": None,
    "outcome": None,
    "start_deadline": None,
    "treatment_started_on": None,
    "discharged_on": None,
    "withdrawn_on": None,
}


def dates_of(today: dt.date, **events: Any) -> ReferralDates:
    return compute_referral_dates(today=today, **(NO_EVENTS | events))


def test_a_referral_with_no_events_has_no_deadlines() -> None:
    assert dates_of(D(2026, 5, 1)) == ReferralDates(
        assessment_due=None,
        assessment_overdue=False,
        complaint_due=None,
        start_overdue=False,
        post_discharge_window_end=None,
        in_post_discharge_window=False,
    )


@pytest.mark.parametrize(
    ("today", "events", "overdue"),
    [
        (D(2026, 4, 16), {}, False),  # due today (see the Easter case): not yet overdue
        (D(2026, 4, 17), {}, True),  # the day after
        (D(2026, 4, 17), {"assessed_on": D(2026, 4, 17), "outcome": "rejected"}, False),
        (D(2026, 4, 17), {"withdrawn_on": D(2026, 4, 10)}, False),
    ],
)
def test_assessment_overdue(today: dt.date, events: dict[str, Any], overdue: bool) -> None:
    computed = dates_of(today, received_on=D(2026, 3, 30), **events)
    assert computed.assessment_due == D(2026, 4, 16)
    assert computed.assessment_overdue is overdue


def test_complaint_deadline_only_after_a_rejection() -> None:
    rejected = dates_of(D(2026, 4, 20), assessed_on=D(2026, 4, 10), outcome="rejected")
    granted = dates_of(D(2026, 4, 20), assessed_on=D(2026, 4, 10), outcome="right_granted")
    assert rejected.complaint_due == D(2026, 5, 8)
    assert granted.complaint_due is None


@pytest.mark.parametrize(
    ("today", "events", "overdue"),
    [
        (D(2026, 6, 1), {}, False),  # the deadline itself
        (D(2026, 6, 2), {}, True),
        (D(2026, 6, 2), {"treatment_started_on": D(2026, 6, 2)}, False),
        (D(2026, 6, 2), {"withdrawn_on": D(2026, 5, 20)}, False),
        (D(2026, 6, 2), {"outcome": "rejected"}, False),
    ],
)
def test_start_overdue(today: dt.date, events: dict[str, Any], overdue: bool) -> None:
    base: dict[str, Any] = {
        "received_on": D(2026, 3, 30),
        "assessed_on": D(2026, 4, 10),
        "outcome": "right_granted",
        "start_deadline": D(2026, 6, 1),
    }
    assert dates_of(today, **(base | events)).start_overdue is overdue


@pytest.mark.parametrize(
    ("today", "inside"),
    [
        (D(2026, 6, 9), False),  # before the discharge
        (D(2026, 6, 10), True),  # the day of discharge
        (D(2026, 7, 8), True),  # the last day of the window
        (D(2026, 7, 9), False),
    ],
)
def test_post_discharge_window(today: dt.date, inside: bool) -> None:
    computed = dates_of(today, discharged_on=D(2026, 6, 10))
    assert computed.post_discharge_window_end == D(2026, 7, 8)
    assert computed.in_post_discharge_window is inside


def test_as_json_is_the_case_files_computed_object() -> None:
    computed = dates_of(
        D(2026, 5, 1),
        received_on=D(2026, 3, 30),
        assessed_on=D(2026, 4, 10),
        outcome="rejected",
    )
    assert computed.as_json() == {
        "assessment_due": "2026-04-16",
        "assessment_overdue": False,
        "complaint_due": "2026-05-08",
        "start_overdue": False,
        "post_discharge_window_end": None,
        "in_post_discharge_window": False,
    }
