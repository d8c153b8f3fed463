"""Field rules for clients and their records: clear, named reasons for bad input."""

from __future__ import annotations

import datetime as dt

import pytest

from rustool.domain.client_rules import (
    consent_expiring_soon,
    consent_in_force,
    validate_appointment,
    validate_client,
    validate_consent,
)
from rustool.domain.records import STR_MAX, ValidationError
from rustool.domain.sorting import client_sort_name, norwegian_sort_key
from tests.conftest import SYNTHETIC_ID

TODAY = dt.date(2026, 11, 23)
AWKWARD = "Ŋ Ŧ Đ Č Š Ž <b>&amp; \"sitat\" 'apostrof' 🙂"


def client(**fields: object) -> dict[str, object]:
    return {"given_name": "Kari", "family_name": "Nordmann", "national_id": SYNTHETIC_ID} | fields


def error_of(exc: pytest.ExceptionInfo[ValidationError], field: str) -> str:
    found = exc.value.for_field(field)
    assert found is not None, f"no error for {field}: {exc.value}"
    return found.code


def test_birth_date_is_derived_from_the_national_id() -> None:
    assert validate_client(client(), today=TODAY)["birth_date"] == dt.date(1955, 11, 10)


def test_a_birth_date_that_contradicts_the_national_id_is_refused() -> None:
    with pytest.raises(ValidationError) as exc:
        validate_client(client(birth_date="1960-01-01"), today=TODAY)
    assert error_of(exc, "birth_date") == "mismatch"


def test_without_national_id_the_birth_date_is_required() -> None:
    with pytest.raises(ValidationError) as exc:
        validate_client(client(national_id=""), today=TODAY)
    assert error_of(exc, "birth_date") == "required"
    ok = validate_client(client(national_id=None, birth_date="1980-02-01"), today=TODAY)
    assert ok["national_id"] is None


def test_birth_date_in_the_future_is_refused() -> None:
    with pytest.raises(ValidationError) as exc:
        validate_client(client(national_id=None, birth_date="2027-01-01"), today=TODAY)
    assert error_of(exc, "birth_date") == "future"


def test_every_problem_is_reported_at_once_with_field_and_reason() -> None:
    with pytest.raises(ValidationError) as exc:
        validate_client(
            client(family_name="  ", national_id="10915596785", email="nope"), today=TODAY
        )
    message = str(exc.value)
    assert "family_name: is required" in message
    assert "national_id: check digit does not match" in message
    assert "email: must be an e-mail address" in message


def test_unicode_markup_and_emoji_are_kept_exactly() -> None:
    clean = validate_client(client(given_name=AWKWARD, notes=AWKWARD * 300), today=TODAY)
    assert clean["given_name"] == AWKWARD
    assert clean["notes"] == AWKWARD * 300


def test_ten_thousand_characters_fit_in_notes_but_not_in_a_name() -> None:
    long = "å" * 10_000
    assert validate_client(client(notes=long), today=TODAY)["notes"] == long
    with pytest.raises(ValidationError) as exc:
        validate_client(client(given_name=long), today=TODAY)
    assert error_of(exc, "given_name") == "too_long"
    assert f"at most {STR_MAX} characters" in str(exc.value)


def test_unknown_fields_and_wrong_types_are_named() -> None:
    with pytest.raises(ValidationError) as exc:
        validate_client(client(shoe_size=42, interpreter_needed="yes"), today=TODAY)
    assert error_of(exc, "shoe_size") == "unknown"
    assert error_of(exc, "interpreter_needed") == "type"


def test_a_closed_case_needs_its_date() -> None:
    with pytest.raises(ValidationError) as exc:
        validate_client(client(status="closed"), today=TODAY)
    assert error_of(exc, "closed_on") == "required"


def test_consent_dates_must_not_precede_the_consent() -> None:
    with pytest.raises(ValidationError) as exc:
        validate_consent(
            {
                "kind": "referral",
                "given_on": "2026-05-01",
                "form": "oral",
                "expires_on": "2026-04-01",
            }
        )
    assert error_of(exc, "expires_on") == "before_given"


def test_consent_kind_must_be_a_known_kind() -> None:
    with pytest.raises(ValidationError) as exc:
        validate_consent({"kind": "everything", "given_on": "2026-05-01", "form": "oral"})
    assert error_of(exc, "kind") == "choice"


def test_appointment_time_is_local_time() -> None:
    clean = validate_appointment({"starts_at": "2026-11-24T10:30", "kind": "home_visit"})
    assert clean["starts_at"] == dt.datetime(2026, 11, 24, 10, 30)
    with pytest.raises(ValidationError) as exc:
        validate_appointment({"starts_at": "2026-11-24T10:30+01:00", "kind": "home_visit"})
    assert error_of(exc, "starts_at") == "timezone"


@pytest.mark.parametrize(
    ("given", "expires", "withdrawn", "in_force"),
    [
        (dt.date(2026, 1, 1), None, None, True),
        (dt.date(2026, 12, 1), None, None, False),  # not given yet
        (dt.date(2026, 1, 1), TODAY, None, True),  # last day
        (dt.date(2026, 1, 1), TODAY - dt.timedelta(days=1), None, False),
        (dt.date(2026, 1, 1), None, TODAY, False),  # withdrawn today
        (dt.date(2026, 1, 1), None, TODAY + dt.timedelta(days=1), True),
    ],
)
def test_consent_in_force(
    given: dt.date, expires: dt.date | None, withdrawn: dt.date | None, in_force: bool
) -> None:
    assert consent_in_force(given, expires, withdrawn, TODAY) is in_force


def test_consent_expiring_within_thirty_days_is_flagged() -> None:
    assert consent_expiring_soon(TODAY + dt.timedelta(days=30), TODAY)
    assert not consent_expiring_soon(TODAY + dt.timedelta(days=31), TODAY)
    assert not consent_expiring_soon(None, TODAY)


def test_norwegian_alphabetical_order() -> None:
    names = ["Åsen", "Ørn", "Zahl", "Æsir", "aas", "Élise", "Berg"]
    assert sorted(names, key=norwegian_sort_key) == [
        "aas",
        "Berg",
        "Élise",
        "Zahl",
        "Æsir",
        "Ørn",
        "Åsen",
    ]
    sami = ["Đuođi", "Dahl", "Eira", "Ŋilla", "Nilsen", "Oskal"]
    assert sorted(sami, key=norwegian_sort_key) == [
        "Dahl",
        "Đuođi",
        "Eira",
        "Nilsen",
        "Ŋilla",
        "Oskal",
    ]
    assert client_sort_name("Berg", "Åse") < client_sort_name("Bergersen", "Anne")
