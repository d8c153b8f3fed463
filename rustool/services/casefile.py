"""The case file (rustool-case/1, DOMAIN.md): one client's whole record as JSON.

Export serves the client's right of access and portability and is audited. Import checks the
whole file before it writes anything, names every problem by its JSON path
(`network[2].email: must be an e-mail address`), and then writes the client and every list in
one transaction, so a refused file leaves the database exactly as it was.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlmodel import col, select

from rustool.db import Database
from rustool.domain.client_rules import (
    APPOINTMENT_FIELDS,
    CHILD_FIELDS,
    CLIENT_FIELDS,
    CONSENT_FIELDS,
    NETWORK_FIELDS,
    validate_client,
)
from rustool.domain.records import (
    FieldError,
    FieldSpec,
    FieldType,
    ValidationError,
    clean_fields,
    json_value,
)
from rustool.models import Client
from rustool.services.audit import log_event
from rustool.services.casefile_groups import (
    CleanGroup,
    CleanPlan,
    clean_group,
    clean_plan,
    export_group,
    export_plan,
    insert_group,
    insert_plan,
)
from rustool.services.casefile_referrals import (
    CleanReferral,
    CleanScreening,
    check_screening_refs,
    clean_referrals,
    clean_screenings,
    export_referrals,
    export_screenings,
    insert_referrals,
    insert_screenings,
)
from rustool.services.clients import insert_client, refuse_duplicate_national_id
from rustool.services.errors import NotFoundError
from rustool.services.record_parts import PART_KINDS, Part, clean_part, insert_part

FORMAT = "rustool-case/1"

PART_FIELDS: dict[Part, tuple[FieldSpec, ...]] = {
    Part.NETWORK: NETWORK_FIELDS,
    Part.CHILDREN: CHILD_FIELDS,
    Part.CONSENTS: CONSENT_FIELDS,
    Part.APPOINTMENTS: APPOINTMENT_FIELDS,
}
TOP_KEYS = (
    "format",
    "client",
    "network",
    "children",
    "consents",
    "screenings",
    "appointments",
    "referrals",
    "responsibility_group",
    "individual_plan",
)
# Written by export, ignored by import: the database gives new ids; computed values are recomputed.
IGNORED_KEYS = ("id", "computed")
TIMESTAMP_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("created_at", FieldType.DATETIME),
    FieldSpec("updated_at", FieldType.DATETIME),
)


def _row_dict(row: Any, specs: tuple[FieldSpec, ...]) -> dict[str, Any]:
    return {"id": row.id} | {spec.name: json_value(getattr(row, spec.name)) for spec in specs}


def export_case(db: Database, client_id: int) -> dict[str, Any]:
    """The client's case file as a JSON-ready dict; audited as an export."""
    with db.session() as session:
        client = session.get(Client, client_id)
        if client is None:
            raise NotFoundError("client", client_id)
        case: dict[str, Any] = {
            "format": FORMAT,
            "client": _row_dict(client, CLIENT_FIELDS + TIMESTAMP_FIELDS),
        }
        for part, specs in PART_FIELDS.items():
            model: Any = PART_KINDS[part].model
            query = select(model).where(model.client_id == client_id).order_by(col(model.id))
            case[part.value] = [_row_dict(row, specs) for row in session.exec(query)]
        case["screenings"] = export_screenings(session, client_id)
        case["referrals"] = export_referrals(session, client_id, dt.date.today())
        case["responsibility_group"] = export_group(session, client_id)
        case["individual_plan"] = export_plan(session, client_id)
        log_event(session, "export", "client", client_id, client_id, f"case file {FORMAT}")
    return {key: case[key] for key in TOP_KEYS}


@dataclass(frozen=True)
class ImportResult:
    """What one imported case file created."""

    client_id: int
    network_ids: list[int] = field(default_factory=list)
    children_ids: list[int] = field(default_factory=list)
    consent_ids: list[int] = field(default_factory=list)
    appointment_ids: list[int] = field(default_factory=list)
    screening_ids: list[int] = field(default_factory=list)
    referral_ids: list[int] = field(default_factory=list)
    group_member_ids: list[int] = field(default_factory=list)
    meeting_ids: list[int] = field(default_factory=list)
    plan_id: int | None = None
    source: str = ""

    def as_json(self) -> dict[str, Any]:
        return {
            "file": self.source,
            "client_id": self.client_id,
            "network_ids": self.network_ids,
            "children_ids": self.children_ids,
            "consent_ids": self.consent_ids,
            "appointment_ids": self.appointment_ids,
            "screening_ids": self.screening_ids,
            "referral_ids": self.referral_ids,
            "group_member_ids": self.group_member_ids,
            "meeting_ids": self.meeting_ids,
            "plan_id": self.plan_id,
        }


@dataclass
class _CleanCase:
    client: dict[str, Any]
    timestamps: dict[str, Any]
    parts: dict[Part, list[dict[str, Any]]]
    screenings: list[CleanScreening]
    referrals: list[CleanReferral]
    group: CleanGroup | None
    plan: CleanPlan | None


def _kind_of(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    return "text" if isinstance(value, str) else "a number"


def _without_ignored(item: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in item.items() if key not in IGNORED_KEYS}


def _collect(errors: list[FieldError], validate: Any, *args: Any, **kwargs: Any) -> Any:
    """Run a validator; keep its errors so the whole file is checked in one pass."""
    try:
        return validate(*args, **kwargs)
    except ValidationError as exc:
        errors.extend(exc.errors)
        return None


def _check_top_level(data: Mapping[str, Any]) -> list[FieldError]:
    errors = [
        FieldError(str(key), "unknown", "is not a known field")
        for key in data
        if key not in TOP_KEYS
    ]
    errors += [FieldError(key, "required", "is missing") for key in TOP_KEYS if key not in data]
    return errors


def _clean_client(value: Any, errors: list[FieldError]) -> tuple[dict[str, Any], dict[str, Any]]:
    if not isinstance(value, dict):
        errors.append(FieldError("client", "type", f"must be an object, not {_kind_of(value)}"))
        return {}, {}
    fields = _without_ignored(value)
    stamps: dict[str, Any] = {
        name: fields.pop(name) for name in ("created_at", "updated_at") if name in fields
    }
    timestamps, stamp_errors = clean_fields(TIMESTAMP_FIELDS, stamps, "client")
    errors.extend(stamp_errors)
    clean = _collect(errors, validate_client, fields, "client")
    return clean or {}, timestamps


def _clean_list(part: Part, value: Any, errors: list[FieldError]) -> list[dict[str, Any]]:
    if not isinstance(value, list):
        errors.append(FieldError(part.value, "type", f"must be a list, not {_kind_of(value)}"))
        return []
    cleaned = []
    for index, item in enumerate(value):
        path = f"{part.value}[{index}]"
        if not isinstance(item, dict):
            errors.append(FieldError(path, "type", f"must be an object, not {_kind_of(item)}"))
            continue
        clean = _collect(errors, clean_part, part, _without_ignored(item), path)
        if clean is not None:
            cleaned.append(clean)
    return cleaned


def _validate_case(data: object) -> _CleanCase:
    """Check a whole case file; raise one ValidationError naming every problem by JSON path."""
    if not isinstance(data, dict):
        raise ValidationError(
            [FieldError("file", "type", f"must hold a JSON object, not {_kind_of(data)}")]
        )
    # Another format's fields would only produce noise: then the format is the one problem.
    if "format" not in data:
        raise ValidationError(
            [FieldError("format", "required", f"is missing (a case file says {FORMAT!r})")]
        )
    if data["format"] != FORMAT:
        raise ValidationError(
            [FieldError("format", "format", f"must be {FORMAT!r}, not {data['format']!r}")]
        )
    errors = _check_top_level(data)
    client, timestamps = _clean_client(data.get("client"), errors)
    parts = {part: _clean_list(part, data.get(part.value, []), errors) for part in Part}
    screenings = clean_screenings(data.get("screenings", []), errors)
    today = dt.date.today()
    referrals = clean_referrals(data.get("referrals", []), errors, today)
    check_screening_refs(referrals, screenings, errors)
    group = clean_group(data.get("responsibility_group"), errors)
    plan = clean_plan(data.get("individual_plan"), parts[Part.CONSENTS], errors, today)
    if errors:
        raise ValidationError(errors)
    return _CleanCase(client, timestamps, parts, screenings, referrals, group, plan)


def import_case(db: Database, data: object, source: str = "") -> ImportResult:
    """Add the client of a case file with everything on the record, or nothing at all.

    `source` (usually the file name) is only echoed in the result, never written to the audit
    log, which must not keep anything that could name the person after an erasure.
    """
    case = _validate_case(data)
    with db.session() as session:
        refuse_duplicate_national_id(
            session, case.client["national_id"], None, field="client.national_id"
        )
        # An exported record keeps its history: when it was made and last changed.
        created = case.timestamps.get("created_at") or dt.datetime.now()
        client = insert_client(session, case.client, created, case.timestamps.get("updated_at"))
        assert client.id is not None
        ids: dict[Part, list[int]] = {}
        for part, rows in case.parts.items():
            ids[part] = [insert_part(session, part, client.id, row).id for row in rows]
        screening_ids = insert_screenings(
            session, client.id, case.client["national_id"], case.screenings
        )
        referral_ids = insert_referrals(session, client.id, case.referrals, screening_ids)
        now = dt.datetime.now()
        member_ids: list[int] = []
        meeting_ids: list[int] = []
        if case.group is not None:
            member_ids, meeting_ids = insert_group(session, client.id, case.group, now)
        plan_id = insert_plan(session, client.id, case.plan, now) if case.plan else None
        return ImportResult(
            client_id=client.id,
            network_ids=ids[Part.NETWORK],
            children_ids=ids[Part.CHILDREN],
            consent_ids=ids[Part.CONSENTS],
            appointment_ids=ids[Part.APPOINTMENTS],
            screening_ids=list(screening_ids.values()),
            referral_ids=referral_ids,
            group_member_ids=member_ids,
            meeting_ids=meeting_ids,
            plan_id=plan_id,
            source=source,
        )


def _reject_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # json keeps the last of two equal keys; a case file where one value silently wins is refused.
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"the key {key!r} appears twice in one object")
        result[key] = value
    return result


def _file_error(code: str, message: str) -> ValidationError:
    return ValidationError([FieldError("file", code, message)])


def read_case_file(path: Path) -> object:
    """The parsed JSON of a case file, or a ValidationError (field "file") saying what is wrong."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise _file_error("unreadable", f"cannot be read ({exc.strerror})") from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _file_error(
            "encoding",
            f"not UTF-8 text (byte 0x{raw[exc.start]:02x} at position {exc.start})",
        ) from exc
    if not text.strip():
        raise _file_error("empty", "is empty")
    try:
        return json.loads(text, object_pairs_hook=_reject_duplicate_keys)
    except json.JSONDecodeError as exc:
        cut_short = exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated")
        hint = "; the file seems cut short" if cut_short else ""
        raise _file_error(
            "json", f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg}){hint}"
        ) from exc
    except ValueError as exc:
        raise _file_error("json", f"not valid JSON ({exc})") from exc
    except RecursionError as exc:
        raise _file_error("json", "not valid JSON (nested too deeply)") from exc
