"""The referrals and screenings of a case file (rustool-case/1): export, checking, import.

A referral's life is checked on import by replaying its dates through the same rule that
guards the window (`check_event`), so a file cannot hold a referral assessed before it was
received; the replay also rebuilds the dated history. Computed values are exported under
`computed` and recomputed, never read, on import.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session, col, select

from rustool.domain.records import (
    D,
    E,
    FieldError,
    FieldSpec,
    FieldType,
    ValidationError,
    clean_fields,
    json_ready,
    json_value,
)
from rustool.domain.referral_rules import (
    EVENT_DATE_FIELDS,
    LIFE_FIELDS,
    REFERRAL_KINDS,
    check_event,
    validate_content,
    validate_recipient,
    validate_referral_common,
    validate_substance_use,
)
from rustool.domain.screening import score, sex_from_national_id, zone
from rustool.models import Referral, ReferralEvent, ReferralScreening, Screening
from rustool.services.audit import log_event
from rustool.services.referrals import RECIPIENT_KEYS, computed_dates
from rustool.services.settings import current_user

REFERRAL_COMMON_KEYS = (
    "referrer_name",
    "referrer_title",
    "referrer_organization",
    "referrer_phone",
    "referrer_email",
    "copy_to_gp",
    "municipal_contact",
)
STAMP_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("created_at", FieldType.DATETIME),
    FieldSpec("updated_at", FieldType.DATETIME),
)
REFERRAL_KEYS = (
    "id",
    "kind",
    "recipient",
    *REFERRAL_COMMON_KEYS,
    *(spec.name for spec in STAMP_FIELDS),
    *(spec.name for spec in LIFE_FIELDS),
    "content",
    "substance_use",
    "screenings",
    "computed",
)
SCREENING_KEYS = ("id", "instrument", "taken_on", "answers", "score", "zone")
_ASSESSMENT_DETAILS = ("outcome", "treatment_level", "treatment_place", "start_deadline")


# --- export ------------------------------------------------------------------------------------


def export_screenings(session: Session, client_id: int) -> list[dict[str, Any]]:
    rows = session.exec(
        select(Screening).where(Screening.client_id == client_id).order_by(col(Screening.id))
    )
    return [{key: json_value(getattr(row, key)) for key in SCREENING_KEYS} for row in rows]


def export_referrals(session: Session, client_id: int, today: dt.date) -> list[dict[str, Any]]:
    referrals = session.exec(
        select(Referral).where(Referral.client_id == client_id).order_by(col(Referral.id))
    )
    exported = []
    for referral in referrals:
        attached = session.exec(
            select(ReferralScreening.screening_id)
            .where(ReferralScreening.referral_id == referral.id)
            .order_by(col(ReferralScreening.screening_id))
        )
        item: dict[str, Any] = {"id": referral.id, "kind": referral.kind}
        item["recipient"] = {key: getattr(referral, f"recipient_{key}") for key in RECIPIENT_KEYS}
        for name in (*REFERRAL_COMMON_KEYS, "created_at", "updated_at"):
            item[name] = json_value(getattr(referral, name))
        for spec in LIFE_FIELDS:
            item[spec.name] = json_value(getattr(referral, spec.name))
        item["content"] = referral.content
        item["substance_use"] = referral.substance_use
        item["screenings"] = list(attached)
        item["computed"] = computed_dates(referral, today).as_json()
        exported.append(item)
    return exported


# --- checking ----------------------------------------------------------------------------------


@dataclass
class CleanScreening:
    file_id: Any
    instrument: str
    taken_on: dt.date
    answers: list[int]


@dataclass
class CleanReferral:
    kind: str
    recipient: dict[str, Any]
    common: dict[str, Any]
    stamps: dict[str, Any]
    life: dict[str, Any]
    content: dict[str, Any]
    substance_use: list[dict[str, Any]]
    screening_refs: list[Any]
    events: list[tuple[str, dt.date, dict[str, Any]]] = field(default_factory=list)


def _prefixed(exc: ValidationError, path: str) -> list[FieldError]:
    return [
        FieldError(e.field if e.field.startswith(path) else f"{path}.{e.field}", e.code, e.message)
        for e in exc.errors
    ]


def _is_whole_number(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _unknown_keys(item: dict[str, Any], known: tuple[str, ...], path: str) -> list[FieldError]:
    return [
        FieldError(f"{path}.{key}", "unknown", "is not a known field")
        for key in item
        if key not in known
    ]


def clean_screenings(value: Any, errors: list[FieldError]) -> list[CleanScreening]:
    if not isinstance(value, list):
        errors.append(FieldError("screenings", "type", "must be a list"))
        return []
    cleaned = []
    first_with_id: dict[int, int] = {}
    for index, item in enumerate(value):
        path = f"screenings[{index}]"
        if not isinstance(item, dict):
            errors.append(FieldError(path, "type", "must be an object"))
            continue
        errors.extend(_unknown_keys(item, SCREENING_KEYS, path))
        # The id is what the referrals' attachments name: a whole number, one per screening.
        file_id = item.get("id")
        if file_id is not None:
            if not _is_whole_number(file_id):
                errors.append(FieldError(f"{path}.id", "type", "must be a whole number"))
                continue
            if file_id in first_with_id:
                errors.append(
                    FieldError(
                        f"{path}.id",
                        "duplicate",
                        f"is already the id of screenings[{first_with_id[file_id]}]",
                    )
                )
                continue
            first_with_id[file_id] = index
        base, problems = clean_fields(
            (E("instrument", ("AUDIT", "DUDIT"), required=True), D("taken_on", required=True)),
            {"instrument": item.get("instrument"), "taken_on": item.get("taken_on")},
            path,
        )
        errors.extend(problems)
        answers = item.get("answers")
        if problems:
            continue
        if not isinstance(answers, list):
            errors.append(FieldError(f"{path}.answers", "type", "must be a list of numbers"))
            continue
        try:
            score(base["instrument"], answers)
        except ValidationError as exc:
            errors.extend(_prefixed(exc, path))
            continue
        cleaned.append(CleanScreening(file_id, base["instrument"], base["taken_on"], answers))
    return cleaned


def _replay(
    life: dict[str, Any], path: str, today: dt.date
) -> list[tuple[str, dt.date, dict[str, Any]]]:
    """Check the dates in the order a referral lives them; return the history they make."""
    state: dict[str, Any] = {"status": "draft"}
    events = []
    for event, date_field in EVENT_DATE_FIELDS.items():
        on = life.get(date_field)
        if on is None:
            continue
        if event == "sent":
            details: dict[str, Any] = {"sent_method": life.get("sent_method")}
        elif event == "assessed":
            details = {name: life.get(name) for name in _ASSESSMENT_DETAILS}
        else:
            details = {}
        try:
            changes = check_event(state, event, on, today, details)
        except ValidationError as exc:
            raise ValidationError(_prefixed(exc, path)) from None
        state.update(changes)
        events.append((event, on, {k: json_value(v) for k, v in changes.items() if k != "status"}))
    if state["status"] != life["status"]:
        raise ValidationError(
            [
                FieldError(
                    f"{path}.status",
                    "mismatch",
                    f"does not match the referral's dates, which make it {state['status']!r}",
                )
            ]
        )
    return events


def _object(item: dict[str, Any], key: str, path: str, errors: list[FieldError]) -> dict[str, Any]:
    """The object under `key` (missing or null: empty); anything else is an error, checked as
    empty so the rest of the file is still reported."""
    value = item.get(key)
    if value is None:
        return {}
    if not isinstance(value, dict):
        errors.append(FieldError(f"{path}.{key}", "type", "must be an object"))
        return {}
    return value


def _attempt(errors: list[FieldError], check: Any, *args: Any) -> Any:
    """Run one check; keep its errors so the whole file is reported in one pass."""
    try:
        return check(*args)
    except ValidationError as exc:
        errors.extend(exc.errors)
        return None


def _clean_referral(
    item: dict[str, Any], path: str, errors: list[FieldError], today: dt.date
) -> CleanReferral | None:
    before = len(errors)
    errors.extend(_unknown_keys(item, REFERRAL_KEYS, path))
    kind = item.get("kind")
    if kind not in REFERRAL_KINDS:
        errors.append(
            FieldError(f"{path}.kind", "choice", f"must be one of {', '.join(REFERRAL_KINDS)}")
        )
        return None
    recipient = _attempt(
        errors, validate_recipient, _object(item, "recipient", path, errors), f"{path}.recipient"
    )
    common = _attempt(
        errors, validate_referral_common, {k: item.get(k) for k in REFERRAL_COMMON_KEYS}, path
    )
    content = _attempt(
        errors, validate_content, kind, _object(item, "content", path, errors), f"{path}.content"
    )
    rows = _attempt(
        errors, validate_substance_use, item.get("substance_use") or [], f"{path}.substance_use"
    )
    stamps, problems = clean_fields(
        STAMP_FIELDS, {spec.name: item.get(spec.name) for spec in STAMP_FIELDS}, path
    )
    errors.extend(problems)
    life, problems = clean_fields(
        LIFE_FIELDS, {spec.name: item.get(spec.name) for spec in LIFE_FIELDS}, path
    )
    errors.extend(problems)
    refs = item.get("screenings") or []
    if not isinstance(refs, list):
        errors.append(FieldError(f"{path}.screenings", "type", "must be a list of ids"))
    if len(errors) > before:
        return None
    events = _attempt(errors, _replay, life, path, today)
    if events is None:
        return None
    return CleanReferral(kind, recipient, common, stamps, life, content, rows, refs, events)


def clean_referrals(value: Any, errors: list[FieldError], today: dt.date) -> list[CleanReferral]:
    if not isinstance(value, list):
        errors.append(FieldError("referrals", "type", "must be a list"))
        return []
    cleaned = []
    for index, item in enumerate(value):
        path = f"referrals[{index}]"
        if not isinstance(item, dict):
            errors.append(FieldError(path, "type", "must be an object"))
            continue
        referral = _clean_referral(item, path, errors, today)
        if referral is not None:
            cleaned.append(referral)
    return cleaned


def check_screening_refs(
    referrals: list[CleanReferral], screenings: list[CleanScreening], errors: list[FieldError]
) -> None:
    known = {s.file_id for s in screenings if s.file_id is not None}
    for index, referral in enumerate(referrals):
        named: set[int] = set()
        for ref_index, ref in enumerate(referral.screening_refs):
            where = f"referrals[{index}].screenings[{ref_index}]"
            if not _is_whole_number(ref) or ref not in known:
                errors.append(FieldError(where, "unknown", "names no screening in this file"))
            elif ref in named:
                errors.append(FieldError(where, "duplicate", "names the same screening twice"))
            else:
                named.add(ref)


# --- import ------------------------------------------------------------------------------------


def insert_screenings(
    session: Session, client_id: int, national_id: str | None, rows: list[CleanScreening]
) -> dict[Any, int]:
    """Add the screenings; return file id → new id (for the referrals' attachments)."""
    sex = sex_from_national_id(national_id) if national_id else None
    new_ids: dict[Any, int] = {}
    for row in rows:
        total = score(row.instrument, row.answers)  # type: ignore[arg-type]
        screening = Screening(
            client_id=client_id,
            instrument=row.instrument,
            taken_on=row.taken_on,
            answers=row.answers,
            score=total,
            zone=str(zone(row.instrument, total, sex)),  # type: ignore[arg-type]
        )
        session.add(screening)
        session.flush()
        assert screening.id is not None
        log_event(session, "create", "screening", screening.id, client_id, row.instrument)
        if row.file_id is not None:
            new_ids[row.file_id] = screening.id
    return new_ids


def insert_referrals(
    session: Session,
    client_id: int,
    rows: list[CleanReferral],
    screening_ids: dict[Any, int],
) -> list[int]:
    now = dt.datetime.now()
    user = current_user(session)
    ids = []
    for row in rows:
        created = row.stamps.get("created_at") or now
        referral = Referral(
            client_id=client_id,
            kind=row.kind,
            content=json_ready(row.content),
            substance_use=[json_ready(r) for r in row.substance_use],
            created_at=created,
            updated_at=row.stamps.get("updated_at") or created,
        )
        for key in RECIPIENT_KEYS:
            setattr(referral, f"recipient_{key}", row.recipient.get(key))
        for name, value in (*row.common.items(), *row.life.items()):
            setattr(referral, name, value)
        session.add(referral)
        session.flush()
        assert referral.id is not None
        for event, on, details in row.events:
            session.add(
                ReferralEvent(
                    referral_id=referral.id,
                    event=event,
                    on=on,
                    recorded_at=now,
                    recorded_by=user,
                    details=details,
                )
            )
        for ref in row.screening_refs:
            session.add(ReferralScreening(referral_id=referral.id, screening_id=screening_ids[ref]))
        log_event(session, "create", "referral", referral.id, client_id, f"imported ({row.kind})")
        ids.append(referral.id)
    return ids
