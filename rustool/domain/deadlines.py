"""Deadlines of a referral (DOMAIN.md, Referral — Computed): working days and the computed dates.

A working day is Monday to Friday unless it is a Norwegian public holiday as the `holidays`
package's Norway calendar has it. The dashboard computes these dates for every referral in the
caseload, so the holidays of a year are looked up once and the results of the day arithmetic are
cached.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

import holidays

ASSESSMENT_WORKING_DAYS = 10  # pasient- og brukerrettighetsloven § 2-2: 10 virkedager
COMPLAINT_PERIOD = dt.timedelta(weeks=4)  # § 7-2, § 7-5
POST_DISCHARGE_WINDOW = dt.timedelta(days=28)  # the overdose-risk window after discharge

_SATURDAY = 5


@lru_cache(maxsize=512)
def _weekday_holidays(year: int) -> tuple[dt.date, ...]:
    """The public holidays of `year` that fall on Monday-Friday, sorted.

    `include_sundays=False` keeps the calendar from marking every Sunday as a holiday; holidays
    on a weekend are dropped because weekends are never working days anyway.
    """
    calendar = holidays.country_holidays("NO", years=year, include_sundays=False)
    return tuple(sorted(day for day in calendar if day.weekday() < _SATURDAY))


def is_working_day(day: dt.date) -> bool:
    """True for Monday-Friday unless `day` is a Norwegian public holiday."""
    return day.weekday() < _SATURDAY and day not in _weekday_holidays(day.year)


@lru_cache(maxsize=65_536)
def _add_working_days(start: dt.date, count: int) -> dt.date:
    step = dt.timedelta(days=1 if count >= 0 else -1)
    day = start
    for _ in range(abs(count)):
        day += step
        while not is_working_day(day):
            day += step
    return day


def add_working_days(start: dt.date, count: int) -> dt.date:
    """The `count`-th working day after `start` (before it when `count` is negative).

    `start` itself is day 0 whatever day it is, so a count of 0 returns `start` unchanged, and a
    receipt on a Saturday or a holiday counts from that day.
    """
    return _add_working_days(start, count)


def _weekdays_before(day: dt.date) -> int:
    """Monday-Friday days from 0001-01-01 (a Monday) up to, not including, `day`."""
    days = day.toordinal() - 1
    weeks, rest = divmod(days, 7)
    return weeks * 5 + min(rest, 5)


def _holidays_between(first: dt.date, last: dt.date) -> int:
    """Weekday holidays in [first, last]."""
    total = 0
    for year in range(first.year, last.year + 1):
        days = _weekday_holidays(year)
        low = bisect_right(days, first - dt.timedelta(days=1)) if year == first.year else 0
        high = bisect_right(days, last) if year == last.year else len(days)
        total += high - low
    return total


def _working_days_in(first: dt.date, last: dt.date) -> int:
    """Working days in [first, last]; 0 when the range is empty."""
    if last < first:
        return 0
    one = dt.timedelta(days=1)
    weekdays = _weekdays_before(last + one) - _weekdays_before(first)
    return weekdays - _holidays_between(first, last)


@lru_cache(maxsize=65_536)
def _working_days_until(start: dt.date, end: dt.date) -> int:
    one = dt.timedelta(days=1)
    if end >= start:
        return _working_days_in(start + one, end)
    return -_working_days_in(end, start - one)


def working_days_until(start: dt.date, end: dt.date) -> int:
    """Working days after `start` up to and including `end`; negative when `end` is earlier.

    For an earlier `end` it is minus the working days from `end` up to, not including, `start`,
    so that `working_days_until(s, add_working_days(s, n)) == n` for every n. "Due within two
    working days" is `0 <= working_days_until(today, due) <= 2`.
    """
    return _working_days_until(start, end)


def assessment_due(received_on: dt.date) -> dt.date:
    """The day the assessment unit must have answered: the 10th working day after receipt."""
    return add_working_days(received_on, ASSESSMENT_WORKING_DAYS)


def complaint_due(assessed_on: dt.date) -> dt.date:
    """Last day to complain about a rejection: four weeks after the assessment."""
    return assessed_on + COMPLAINT_PERIOD


def post_discharge_window_end(discharged_on: dt.date) -> dt.date:
    """Last day of the 28-day window after discharge when the risk of overdose is high."""
    return discharged_on + POST_DISCHARGE_WINDOW


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day is not None else None


@dataclass(frozen=True)
class ReferralDates:
    """The computed dates and flags of one referral on one day."""

    assessment_due: dt.date | None
    assessment_overdue: bool
    complaint_due: dt.date | None
    start_overdue: bool
    post_discharge_window_end: dt.date | None
    in_post_discharge_window: bool

    def as_json(self) -> dict[str, str | bool | None]:
        """The case file's `computed` object: dates as YYYY-MM-DD or null, flags as booleans."""
        return {
            "assessment_due": _iso(self.assessment_due),
            "assessment_overdue": self.assessment_overdue,
            "complaint_due": _iso(self.complaint_due),
            "start_overdue": self.start_overdue,
            "post_discharge_window_end": _iso(self.post_discharge_window_end),
            "in_post_discharge_window": self.in_post_discharge_window,
        }


def compute_referral_dates(
    *,
    received_on: dt.date | None,
    assessed_on: dt.date | None,
    outcome: str | None,
    start_deadline: dt.date | None,
    treatment_started_on: dt.date | None,
    discharged_on: dt.date | None,
    withdrawn_on: dt.date | None,
    today: dt.date,
) -> ReferralDates:
    """Compute a referral's deadlines as of `today` from its event dates.

    `outcome` is "right_granted", "rejected" or None (not assessed). A withdrawn referral is
    never overdue: nobody waits for its assessment or its start any more.
    """
    due = assessment_due(received_on) if received_on is not None else None
    assessment_overdue = (
        due is not None and assessed_on is None and withdrawn_on is None and today > due
    )
    complaint = (
        complaint_due(assessed_on) if outcome == "rejected" and assessed_on is not None else None
    )
    start_overdue = (
        outcome == "right_granted"
        and start_deadline is not None
        and treatment_started_on is None
        and withdrawn_on is None
        and today > start_deadline
    )
    window_end = post_discharge_window_end(discharged_on) if discharged_on is not None else None
    in_window = (
        discharged_on is not None
        and window_end is not None
        and discharged_on <= today <= window_end
    )
    return ReferralDates(
        assessment_due=due,
        assessment_overdue=assessment_overdue,
        complaint_due=complaint,
        start_overdue=start_overdue,
        post_discharge_window_end=window_end,
        in_post_discharge_window=in_window,
    )
