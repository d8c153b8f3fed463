"""The client register's rules: the fields of each record and the checks across fields."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from rustool.domain.national_id import NationalIdError, parse_national_id
from rustool.domain.records import (
    B,
    D,
    E,
    FieldError,
    FieldSpec,
    FieldType,
    S,
    T,
    ValidationError,
    clean_fields,
    validate_record,
)
from rustool.texts import Labels

CLIENT_STATUSES = ("active", "closed")
CHILD_RELATIONS = ("child", "sibling")
# As the printed referral shows them (the screen's words are in `rustool.ui.labels`).
CHILD_RELATION_LABELS = Labels("client_rules", {"child": "Barn", "sibling": "Søsken"})
CONSENT_KINDS = (
    "referral",
    "information_exchange",
    "individual_plan",
    "responsibility_group",
    "next_of_kin_information",
)
CONSENT_FORMS = ("written", "oral")
APPOINTMENT_KINDS = ("conversation", "follow_up", "home_visit", "other")

CLIENT_FIELDS: tuple[FieldSpec, ...] = (
    S("given_name", required=True),
    S("family_name", required=True),
    S("national_id"),
    D("birth_date"),
    S("phone"),
    S("email"),
    S("address"),
    S("postal_code"),
    S("city"),
    S("municipality"),
    S("preferred_language"),
    B("interpreter_needed"),
    S("gp_name"),
    S("gp_office"),
    S("gp_phone"),
    S("nav_contact"),
    E("status", CLIENT_STATUSES),
    D("closed_on"),
    T("closed_reason"),
    T("notes"),
)
NETWORK_FIELDS: tuple[FieldSpec, ...] = (
    S("name", required=True),
    S("relation"),
    S("phone"),
    S("email"),
    B("is_next_of_kin"),
    B("may_receive_information"),
    T("notes"),
)
CHILD_FIELDS: tuple[FieldSpec, ...] = (
    S("name", required=True),
    D("birth_date"),
    E("relation", CHILD_RELATIONS, required=True),
    B("lives_with_client"),
    S("caregiver"),
    S("followed_up_by"),
    T("notes"),
)
CONSENT_FIELDS: tuple[FieldSpec, ...] = (
    E("kind", CONSENT_KINDS, required=True),
    T("scope"),
    D("given_on", required=True),
    D("expires_on"),
    D("withdrawn_on"),
    E("form", CONSENT_FORMS, required=True),
    S("recorded_by"),
)
APPOINTMENT_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("starts_at", FieldType.DATETIME, required=True),
    E("kind", APPOINTMENT_KINDS, required=True),
    S("with_whom"),
    S("location"),
    T("notes"),
    B("done"),
)

CONSENT_EXPIRY_WARNING_DAYS = 30


def _err(path: str, name: str, code: str, message: str) -> FieldError:
    return FieldError(f"{path}.{name}" if path else name, code, message)


def validate_client(
    data: Mapping[str, Any], path: str = "", today: dt.date | None = None
) -> dict[str, Any]:
    """Clean a client; the birth date follows from the national id when there is one."""
    today = today or dt.date.today()
    clean, errors = clean_fields(CLIENT_FIELDS, data, path)
    failed = {error.field.rsplit(".", 1)[-1] for error in errors}
    status = clean.get("status") or "active"
    clean["status"] = status
    national_id = clean.get("national_id")
    if national_id is not None:
        try:
            parsed = parse_national_id(national_id, today)
        except NationalIdError as exc:
            errors.append(_err(path, "national_id", exc.code, str(exc)))
        else:
            clean["national_id"] = parsed.number
            given = clean.get("birth_date")
            if given is not None and given != parsed.birth_date:
                errors.append(
                    _err(
                        path,
                        "birth_date",
                        "mismatch",
                        f"does not match the national id (which gives {parsed.birth_date})",
                    )
                )
            clean["birth_date"] = parsed.birth_date
    elif (
        clean.get("birth_date") is None
        and "birth_date" not in failed
        and "national_id" not in failed
    ):
        errors.append(_err(path, "birth_date", "required", "is required without a national id"))
    born = clean.get("birth_date")
    if born is not None and born > today:
        errors.append(_err(path, "birth_date", "future", "must not be in the future"))
    if clean.get("email") is not None and "@" not in clean["email"]:
        errors.append(_err(path, "email", "email", "must be an e-mail address"))
    if status == "closed" and clean.get("closed_on") is None and "closed_on" not in failed:
        errors.append(_err(path, "closed_on", "required", "is required for a closed case"))
    if errors:
        raise ValidationError(errors)
    if status == "active":
        clean["closed_on"] = None
        clean["closed_reason"] = None
    return clean


def validate_network(data: Mapping[str, Any], path: str = "") -> dict[str, Any]:
    clean = validate_record(NETWORK_FIELDS, data, path)
    if clean["email"] is not None and "@" not in clean["email"]:
        raise ValidationError([_err(path, "email", "email", "must be an e-mail address")])
    return clean


def validate_child(
    data: Mapping[str, Any], path: str = "", today: dt.date | None = None
) -> dict[str, Any]:
    clean = validate_record(CHILD_FIELDS, data, path)
    born = clean["birth_date"]
    if born is not None and born > (today or dt.date.today()):
        raise ValidationError([_err(path, "birth_date", "future", "must not be in the future")])
    return clean


def validate_consent(data: Mapping[str, Any], path: str = "") -> dict[str, Any]:
    clean = validate_record(CONSENT_FIELDS, data, path)
    errors = []
    for name in ("expires_on", "withdrawn_on"):
        if clean[name] is not None and clean[name] < clean["given_on"]:
            errors.append(_err(path, name, "before_given", "must not be before given_on"))
    if errors:
        raise ValidationError(errors)
    return clean


def validate_appointment(data: Mapping[str, Any], path: str = "") -> dict[str, Any]:
    return validate_record(APPOINTMENT_FIELDS, data, path)


def consent_in_force(
    given_on: dt.date,
    expires_on: dt.date | None,
    withdrawn_on: dt.date | None,
    day: dt.date,
) -> bool:
    """In force on `day`: given by then, not withdrawn by then, not expired (DOMAIN.md)."""
    if given_on > day:
        return False
    if withdrawn_on is not None and withdrawn_on <= day:
        return False
    return expires_on is None or day <= expires_on


def consent_expiring_soon(
    expires_on: dt.date | None, day: dt.date, within_days: int = CONSENT_EXPIRY_WARNING_DAYS
) -> bool:
    return expires_on is not None and day <= expires_on <= day + dt.timedelta(days=within_days)
