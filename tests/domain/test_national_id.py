"""National id rules (DOMAIN.md): kinds, check digits, derived birth date, the 2032 rule."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rustool.domain.national_id import (
    K1_WEIGHTS,
    IdKind,
    NationalIdError,
    make_synthetic,
    parse_national_id,
)
from tests.conftest import SYNTHETIC_D_NUMBER, SYNTHETIC_ID

K2_WEIGHTS = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)

TODAY = dt.date(2026, 11, 23)


def with_check_digits(head: str, k1_offset: int = 0) -> str:
    """Complete DDMMYY + individual number with check digits.

    If no check digit fits, the next individual numbers are tried (as the registry does).
    `k1_offset` > 0 builds a from-2032 number whose first check digit is not the classic one.
    """
    for individual in range(int(head[6:9]), int(head[6:9]) + 20):
        nine = head[:6] + f"{individual:03d}"
        weighted = sum(w * int(d) for w, d in zip(K1_WEIGHTS, nine, strict=True))
        k1 = (11 - weighted % 11 + k1_offset) % 11
        if k1 == 10:
            continue
        ten = nine + str(k1)
        k2 = (11 - sum(w * int(d) for w, d in zip(K2_WEIGHTS, ten, strict=True)) % 11) % 11
        if k2 != 10:
            return ten + str(k2)
    raise AssertionError(f"no check digits for {head}")


def test_known_valid_synthetic_numbers_from_domain() -> None:
    synthetic = parse_national_id(SYNTHETIC_ID, TODAY)
    assert synthetic.kind is IdKind.SYNTHETIC
    assert synthetic.birth_date == dt.date(1955, 11, 10)
    d_number = parse_national_id(SYNTHETIC_D_NUMBER, TODAY)
    assert d_number.kind is IdKind.SYNTHETIC_D_NUMBER
    assert d_number.birth_date == dt.date(1940, 1, 1)


@pytest.mark.parametrize(
    ("head", "kind", "born"),
    [
        # These are built here, not real people's numbers: the kinds need their own shapes.
        ("150386123", IdKind.BIRTH_NUMBER, dt.date(1986, 3, 15)),
        ("550386123", IdKind.D_NUMBER, dt.date(1986, 3, 15)),
        ("154386123", IdKind.H_NUMBER, dt.date(1986, 3, 15)),
        ("156886123", IdKind.SYNTHETIC, dt.date(1986, 3, 15)),  # +65 (Norsk helsenett)
        ("150310512", IdKind.BIRTH_NUMBER, dt.date(2010, 3, 15)),
    ],
)
def test_each_kind_and_its_birth_date(head: str, kind: IdKind, born: dt.date) -> None:
    parsed = parse_national_id(with_check_digits(head), TODAY)
    assert parsed.kind is kind
    assert parsed.birth_date == born


@pytest.mark.parametrize("offset", [1, 2, 3])
def test_from_2032_the_first_check_digit_may_take_other_values(offset: int) -> None:
    number = with_check_digits("158332512", k1_offset=offset)
    assert parse_national_id(number, dt.date(2032, 12, 1)).birth_date == dt.date(2032, 3, 15)


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("1091559678", "length"),
        ("109155967841", "length"),
        ("1091559678a", "digits"),
        ("１０９１５５９６７８４", "digits"),  # full-width digits are not digits here
        ("10915596785", "checksum"),
        ("10915596794", "checksum"),
        (with_check_digits("310286123"), "date"),  # 31 February
    ],
)
def test_invalid_numbers_say_why(raw: str, code: str) -> None:
    with pytest.raises(NationalIdError) as caught:
        parse_national_id(raw, TODAY)
    assert caught.value.code == code


def test_month_thirteen_with_valid_check_digits_is_an_impossible_date() -> None:
    with pytest.raises(NationalIdError) as caught:
        parse_national_id(with_check_digits("151386123"), TODAY)
    assert caught.value.code == "date"


def test_a_birth_date_in_the_future_is_refused() -> None:
    with pytest.raises(NationalIdError) as caught:
        parse_national_id(with_check_digits("011227512"), TODAY)  # 1 Dec 2027
    assert caught.value.code == "future"


def test_spaces_are_allowed_as_written_on_paper() -> None:
    assert parse_national_id("109155 96784", TODAY).number == SYNTHETIC_ID


@given(
    st.dates(min_value=dt.date(1940, 1, 1), max_value=dt.date(2025, 12, 31)),
    st.integers(min_value=0, max_value=999),
)
def test_generated_synthetic_numbers_parse_back(born: dt.date, individual: int) -> None:
    number = make_synthetic(born, individual)
    if number is None:  # no check digit exists for this combination
        return
    parsed = parse_national_id(number, TODAY)
    assert parsed.is_synthetic
    assert (parsed.birth_date.month, parsed.birth_date.day) == (born.month, born.day)
    assert parsed.birth_date.year % 100 == born.year % 100


@given(st.text(max_size=14))
def test_any_text_either_parses_or_raises_a_coded_error(raw: str) -> None:
    try:
        parsed = parse_national_id(raw, TODAY)
    except NationalIdError as exc:
        assert exc.code in {"length", "digits", "checksum", "date", "future"}
    else:
        assert len(parsed.number) == 11
