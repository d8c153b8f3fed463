"""Norwegian national identity numbers: fødselsnummer, D-, H- and synthetic test numbers.

The check digits come from python-stdnum; stdnum knows neither the synthetic test series
(month +80 from Skatteetaten's Tenor, +65 from Norsk helsenett) nor the rule from 2032 that lets
the first check digit take several values, so the number's kind and birth date are read here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from stdnum.no.fodselsnummer import calc_check_digit2

K1_WEIGHTS = (3, 7, 6, 1, 8, 9, 4, 5, 2)
# From 2032 the weighted sum over digits 1-10 (K1 weighing 1) may leave 0, 1, 2 or 3 modulo 11,
# so K1 can take up to four values. Numbers issued before then leave 0, which this accepts too.
K1_ALLOWED_REMAINDERS = frozenset({0, 1, 2, 3})

D_NUMBER_DAY_OFFSET = 40
H_NUMBER_MONTH_OFFSET = 40
SYNTHETIC_MONTH_OFFSETS = (80, 65)


class IdKind(StrEnum):
    BIRTH_NUMBER = "fodselsnummer"
    D_NUMBER = "d_number"
    H_NUMBER = "h_number"
    SYNTHETIC = "synthetic"
    SYNTHETIC_D_NUMBER = "synthetic_d_number"


class NationalIdError(ValueError):
    """Why a number is not a valid national id; `code` is stable for translation."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class NationalId:
    number: str
    kind: IdKind
    birth_date: dt.date

    @property
    def is_synthetic(self) -> bool:
        return self.kind in (IdKind.SYNTHETIC, IdKind.SYNTHETIC_D_NUMBER)


def _k1_ok(digits: str) -> bool:
    weighted = sum(w * int(d) for w, d in zip(K1_WEIGHTS, digits, strict=False)) + int(digits[9])
    return weighted % 11 in K1_ALLOWED_REMAINDERS


def _century(two_digit_year: int, individual: int) -> int | None:
    if individual < 500:
        return 1900
    if individual < 750 and two_digit_year >= 54:
        return 1800
    if two_digit_year < 40:
        return 2000
    if individual >= 900:
        return 1900
    return None


def parse_national_id(raw: str, today: dt.date | None = None) -> NationalId:
    """Validate `raw` and return its kind and birth date, or raise NationalIdError."""
    number = raw.replace(" ", "")
    if len(number) != 11:
        raise NationalIdError("length", f"must have 11 digits, not {len(number)}")
    if not number.isascii() or not number.isdigit():
        raise NationalIdError("digits", "must contain digits only")
    if not _k1_ok(number) or calc_check_digit2(number[:10]) != number[10]:
        raise NationalIdError("checksum", "check digit does not match")

    day, month = int(number[0:2]), int(number[2:4])
    year, individual = int(number[4:6]), int(number[6:9])
    d_number = day > D_NUMBER_DAY_OFFSET
    if d_number:
        day -= D_NUMBER_DAY_OFFSET
    kind = IdKind.D_NUMBER if d_number else IdKind.BIRTH_NUMBER
    for offset in SYNTHETIC_MONTH_OFFSETS:
        if month > offset:
            month -= offset
            kind = IdKind.SYNTHETIC_D_NUMBER if d_number else IdKind.SYNTHETIC
            break
    else:
        if month > H_NUMBER_MONTH_OFFSET and not d_number:
            month -= H_NUMBER_MONTH_OFFSET
            kind = IdKind.H_NUMBER

    today = today or dt.date.today()
    century = _century(year, individual)
    if century is None:
        if kind is IdKind.BIRTH_NUMBER:
            raise NationalIdError("date", "the birth year cannot be determined")
        # D-, H- and synthetic numbers do not always follow the individual-number table
        # (the known-valid synthetic D-number 41814061033 does not): take the latest century
        # that puts the birth in the past.
        century = 1900 if 1900 + year <= today.year else 1800
    try:
        birth_date = dt.date(century + year, month, day)
    except ValueError:
        raise NationalIdError("date", "does not contain a real birth date") from None
    if birth_date > today:
        raise NationalIdError("future", "the birth date it contains is in the future")
    return NationalId(number=number, kind=kind, birth_date=birth_date)


def make_synthetic(birth_date: dt.date, individual: int) -> str | None:
    """A synthetic (month +80) number for demo and test data, or None if no check digit fits."""
    year = birth_date.year % 100
    head = f"{birth_date.day:02d}{birth_date.month + 80:02d}{year:02d}{individual:03d}"
    weighted = sum(w * int(d) for w, d in zip(K1_WEIGHTS, head, strict=True))
    k1 = (11 - weighted % 11) % 11
    if k1 == 10:
        return None
    k2 = calc_check_digit2(head + str(k1))
    if k2 == "10":
        return None
    return head + str(k1) + k2
