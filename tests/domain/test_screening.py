"""AUDIT and DUDIT (DOMAIN.md, Screening): exact scores, refused answers, zones by sex."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rustool.domain.national_id import make_synthetic
from rustool.domain.records import ValidationError
from rustool.domain.screening import (
    ITEMS,
    UNOFFICIAL_TEXTS,
    Instrument,
    Sex,
    Zone,
    max_score,
    score,
    sex_from_national_id,
    zone,
    zone_label,
)
from tests.conftest import SYNTHETIC_D_NUMBER, SYNTHETIC_ID

FULL = (0, 1, 2, 3, 4)
YES_NO = (0, 2, 4)
# The allowed scores per item as DOMAIN.md states them, written out here rather than read from
# the module, so the tests check the module's tables too.
ALLOWED: dict[Instrument, list[tuple[int, ...]]] = {
    "AUDIT": [FULL] * 8 + [YES_NO] * 2,
    "DUDIT": [FULL] * 9 + [YES_NO] * 2,
}


def refused(instrument: Instrument, answers: Sequence[Any]) -> list[tuple[str, str, str]]:
    with pytest.raises(ValidationError) as exc:
        score(instrument, answers)
    return [(error.field, error.code, error.message) for error in exc.value.errors]


# --- the forms --------------------------------------------------------------------------------


@pytest.mark.parametrize("instrument", ["AUDIT", "DUDIT"])
def test_items_are_numbered_in_order_with_the_allowed_scores(instrument: Instrument) -> None:
    items = ITEMS[instrument]
    assert [item.number for item in items] == list(range(1, len(ALLOWED[instrument]) + 1))
    assert [item.scores for item in items] == ALLOWED[instrument]
    for item in items:
        assert item.text.strip()
        assert all(text.strip() for _, text in item.options)


def test_audit_uses_the_norwegian_wording_and_dudit_is_marked_unofficial() -> None:
    assert ITEMS["AUDIT"][0].text == "Hvor ofte drikker du alkohol?"
    assert ITEMS["AUDIT"][8].options[1] == (2, "Ja, men ikke i løpet av siste år")
    assert not any(instrument == "AUDIT" for instrument, _ in UNOFFICIAL_TEXTS)
    assert {number for _, number in UNOFFICIAL_TEXTS} == set(range(1, 12))


def test_maximum_totals() -> None:
    assert max_score("AUDIT") == 40
    assert max_score("DUDIT") == 44


# --- scoring ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("instrument", "answers", "total"),
    [
        ("AUDIT", [0] * 10, 0),
        ("AUDIT", [4] * 10, 40),  # 8 x 4 + 2 x 4
        ("AUDIT", [2, 1, 1, 0, 1, 0, 1, 0, 2, 4], 12),  # 2+1+1+0+1+0+1+0 = 6, + 2 + 4 = 12
        ("DUDIT", [0] * 11, 0),
        ("DUDIT", [4] * 11, 44),  # 9 x 4 + 2 x 4
        ("DUDIT", [1, 0, 1, 2, 0, 1, 0, 0, 1, 2, 0], 8),  # 1+0+1+2+0+1+0+0+1 = 6, + 2 + 0 = 8
        ("DUDIT", (3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4), 35),  # a tuple works too: 9 x 3 + 8 = 35
    ],
)
def test_exact_scores(instrument: Instrument, answers: Sequence[int], total: int) -> None:
    assert score(instrument, answers) == total


@st.composite
def valid_answers(draw: st.DrawFn) -> tuple[Instrument, list[int]]:
    instrument: Instrument = draw(st.sampled_from(["AUDIT", "DUDIT"]))
    return instrument, [draw(st.sampled_from(allowed)) for allowed in ALLOWED[instrument]]


@given(valid_answers())
def test_any_valid_answers_score_their_sum_within_bounds(
    case: tuple[Instrument, list[int]],
) -> None:
    instrument, answers = case
    total = score(instrument, answers)
    assert total == sum(answers)
    assert 0 <= total <= (40 if instrument == "AUDIT" else 44)


@given(valid_answers(), st.data())
def test_any_value_outside_an_items_scores_is_refused(
    case: tuple[Instrument, list[int]], data: st.DataObject
) -> None:
    instrument, answers = case
    index = data.draw(st.integers(min_value=0, max_value=len(answers) - 1))
    allowed = ALLOWED[instrument][index]
    answers[index] = data.draw(
        st.integers(min_value=-10, max_value=10).filter(lambda v: v not in allowed)
    )
    [(field, code, _)] = refused(instrument, answers)
    assert (field, code) == (f"answers[{index}]", "choice")


# --- refused answers --------------------------------------------------------------------------


def with_answer(instrument: Instrument, index: int, value: Any) -> list[Any]:
    answers: list[Any] = [0] * len(ALLOWED[instrument])
    answers[index] = value
    return answers


@pytest.mark.parametrize(
    ("instrument", "index", "value", "message"),
    [
        # The path is zero-based like the list; the message names the item as on the form.
        ("AUDIT", 8, 3, "item 9 must be 0, 2 or 4, not 3"),
        ("AUDIT", 9, 3, "item 10 must be 0, 2 or 4, not 3"),
        ("AUDIT", 9, 1, "item 10 must be 0, 2 or 4, not 1"),
        ("AUDIT", 0, 5, "item 1 must be 0, 1, 2, 3 or 4, not 5"),
        ("AUDIT", 1, -1, "item 2 must be 0, 1, 2, 3 or 4, not -1"),
        ("DUDIT", 9, 3, "item 10 must be 0, 2 or 4, not 3"),
        ("DUDIT", 10, 3, "item 11 must be 0, 2 or 4, not 3"),
        ("DUDIT", 8, 5, "item 9 must be 0, 1, 2, 3 or 4, not 5"),
    ],
)
def test_out_of_range_answers_are_refused(
    instrument: Instrument, index: int, value: int, message: str
) -> None:
    assert refused(instrument, with_answer(instrument, index, value)) == [
        (f"answers[{index}]", "choice", message)
    ]


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        (True, "true or false"),  # bool is an int in Python, but not an answer
        (False, "true or false"),
        (2.0, "a decimal number"),
        ("2", "text"),
        (None, "empty"),
        ("x" * 20_000, "text"),  # a huge text is not echoed back into the message
    ],
)
def test_answers_that_are_not_whole_numbers_are_refused(value: Any, kind: str) -> None:
    assert refused("AUDIT", with_answer("AUDIT", 2, value)) == [
        ("answers[2]", "type", f"item 3 must be a whole number, not {kind}")
    ]


@pytest.mark.parametrize(
    ("instrument", "count", "message"),
    [
        ("AUDIT", 9, "AUDIT has 10 items, not 9"),
        ("AUDIT", 11, "AUDIT has 10 items, not 11"),
        ("AUDIT", 0, "AUDIT has 10 items, not 0"),
        ("DUDIT", 10, "DUDIT has 11 items, not 10"),
        ("DUDIT", 12, "DUDIT has 11 items, not 12"),
    ],
)
def test_a_wrong_number_of_answers_is_refused(
    instrument: Instrument, count: int, message: str
) -> None:
    assert refused(instrument, [0] * count) == [("answers", "count", message)]


def test_every_problem_is_reported_at_once() -> None:
    answers: list[Any] = [0, 9, 0, 0, 0, 0, 0, 0, 1]
    assert refused("AUDIT", answers) == [
        ("answers", "count", "AUDIT has 10 items, not 9"),
        ("answers[1]", "choice", "item 2 must be 0, 1, 2, 3 or 4, not 9"),
        ("answers[8]", "choice", "item 9 must be 0, 2 or 4, not 1"),
    ]


def test_a_string_of_digits_is_not_a_list_of_answers() -> None:
    assert refused("AUDIT", "0000000000") == [("answers", "type", "must be a list of numbers")]


def test_an_unknown_instrument_is_refused() -> None:
    [(field, code, _)] = refused("CAGE", [0] * 4)  # type: ignore[arg-type]
    assert (field, code) == ("instrument", "choice")


# --- zones ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("total", "female", "male"),
    [
        (0, Zone.LOW, Zone.LOW),
        (5, Zone.LOW, Zone.LOW),
        (6, Zone.RISKY, Zone.LOW),  # women from 6
        (7, Zone.RISKY, Zone.LOW),
        (8, Zone.RISKY, Zone.RISKY),  # men from 8
        (15, Zone.RISKY, Zone.RISKY),
        (16, Zone.HIGH, Zone.HIGH),
        (20, Zone.HIGH, Zone.HIGH),
        (21, Zone.DEPENDENCE, Zone.DEPENDENCE),  # more than 20
        (40, Zone.DEPENDENCE, Zone.DEPENDENCE),
    ],
)
def test_audit_zones(total: int, female: Zone, male: Zone) -> None:
    assert zone("AUDIT", total, "female") is female
    assert zone("AUDIT", total, "male") is male
    # Sex unknown: the cautious (women's) threshold.
    assert zone("AUDIT", total, None) is female


@pytest.mark.parametrize(
    ("total", "female", "male"),
    [
        (0, Zone.LOW, Zone.LOW),
        (1, Zone.LOW, Zone.LOW),
        (2, Zone.PROBLEMATIC, Zone.LOW),  # women from 2
        (5, Zone.PROBLEMATIC, Zone.LOW),
        (6, Zone.PROBLEMATIC, Zone.PROBLEMATIC),  # men from 6
        (24, Zone.PROBLEMATIC, Zone.PROBLEMATIC),
        (25, Zone.PROBABLE_DEPENDENCE, Zone.PROBABLE_DEPENDENCE),
        (44, Zone.PROBABLE_DEPENDENCE, Zone.PROBABLE_DEPENDENCE),
    ],
)
def test_dudit_zones(total: int, female: Zone, male: Zone) -> None:
    assert zone("DUDIT", total, "female") is female
    assert zone("DUDIT", total, "male") is male
    assert zone("DUDIT", total, None) is female


@pytest.mark.parametrize(("instrument", "total"), [("AUDIT", 41), ("AUDIT", -1), ("DUDIT", 45)])
def test_impossible_totals_have_no_zone(instrument: Instrument, total: int) -> None:
    with pytest.raises(ValueError, match="totals are 0-"):
        zone(instrument, total, "female")


def test_every_zone_has_a_norwegian_label() -> None:
    assert zone_label(Zone.LOW) == "Lav risiko"
    assert zone_label(Zone.PROBABLE_DEPENDENCE) == "Sannsynlig avhengighet"
    labels = [zone_label(z) for z in Zone]
    assert all(labels) and len(set(labels)) == len(labels)


# --- sex from the national id -----------------------------------------------------------------


def synthetic(birth: dt.date, individual: int) -> str:
    number = make_synthetic(birth, individual)
    assert number is not None, "pick another individual number"
    return number


@pytest.mark.parametrize(
    ("number", "sex"),
    [
        (SYNTHETIC_ID, "male"),  # 109155 967 84: the 9th digit is 7
        (SYNTHETIC_D_NUMBER, "female"),  # 418140 610 33: the 9th digit is 0
        (synthetic(dt.date(1980, 3, 14), 125), "male"),
        (synthetic(dt.date(1980, 3, 14), 124), "female"),
        (synthetic(dt.date(2031, 6, 1), 625), "male"),  # still before 2032
        (synthetic(dt.date(2031, 6, 1), 624), "female"),
    ],
)
def test_sex_from_the_ninth_digit(number: str, sex: Sex) -> None:
    odd_or_even = "13579" if sex == "male" else "02468"
    assert number[8] in odd_or_even  # the test data is what the table says
    assert sex_from_national_id(number, today=dt.date(2040, 1, 1)) == sex


def test_numbers_from_2032_do_not_tell_the_sex() -> None:
    born_2033 = synthetic(dt.date(2033, 6, 1), 625)
    assert sex_from_national_id(born_2033, today=dt.date(2040, 1, 1)) is None


def test_an_invalid_number_tells_nothing() -> None:
    assert sex_from_national_id("12345678901") is None
    assert sex_from_national_id("") is None
