"""Field rules for the records people type in, shared by the dialogs, the services and import.

Each entity is a tuple of `FieldSpec`s named as in DOMAIN.md. `validate_record` turns raw
input (from a form or a case file) into clean values or a `ValidationError` that names every
failing field and why. Messages are English sentences; `code` is stable for translation.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

STR_MAX = 200
TEXT_MAX = 100_000


class FieldType(StrEnum):
    STR = "str"  # a short line
    TEXT = "text"  # free text, may be long
    DATE = "date"
    DATETIME = "datetime"
    BOOL = "bool"
    INT = "int"
    ENUM = "enum"


@dataclass(frozen=True)
class FieldSpec:
    name: str
    type: FieldType
    required: bool = False
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class FieldError:
    field: str
    code: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class ValidationError(ValueError):
    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__("; ".join(str(e) for e in errors))
        self.errors = errors

    def for_field(self, name: str) -> FieldError | None:
        """The first error about field `name` (matched on the last part of the path)."""
        for error in self.errors:
            if error.field.rsplit(".", 1)[-1] == name:
                return error
        return None


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def _has_lone_surrogate(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _coerce(spec: FieldSpec, value: Any) -> tuple[Any, tuple[str, str] | None]:
    """Return (clean value, None) or (None, (code, message))."""
    kind = spec.type
    if isinstance(value, str) and kind not in (FieldType.TEXT,):
        value = value.strip()
    if value is None or value == "":
        if kind is FieldType.BOOL:
            return False, None
        return None, None
    if kind in (FieldType.STR, FieldType.TEXT, FieldType.ENUM):
        if not isinstance(value, str):
            return None, ("type", "must be text")
        if "\x00" in value:
            return None, ("control", "must not contain NUL characters")
        if not value.isascii() and _has_lone_surrogate(value):
            # JSON can spell half of a UTF-16 pair (\udc80); such text cannot be stored.
            return None, ("encoding", "must not contain broken characters (a lone surrogate)")
        limit = TEXT_MAX if kind is FieldType.TEXT else STR_MAX
        if len(value) > limit:
            return None, ("too_long", f"must be at most {limit} characters, not {len(value)}")
        if kind is FieldType.ENUM and value not in spec.choices:
            return None, ("choice", f"must be one of {', '.join(spec.choices)}, not {value!r}")
        if kind is not FieldType.TEXT and ("\n" in value or "\r" in value):
            return None, ("newline", "must be a single line")
        return value, None
    if kind is FieldType.BOOL:
        if not isinstance(value, bool):
            return None, ("type", "must be true or false")
        return value, None
    if kind is FieldType.INT:
        if isinstance(value, bool) or not isinstance(value, int):
            return None, ("type", "must be a whole number")
        return value, None
    if kind is FieldType.DATE:
        if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            return value, None
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value), None
            except ValueError:
                pass
        return None, ("date", "must be a real date written YYYY-MM-DD")
    if kind is FieldType.DATETIME:
        if isinstance(value, dt.datetime):
            return value.replace(tzinfo=None) if value.tzinfo is None else value, None
        if isinstance(value, str):
            try:
                parsed = dt.datetime.fromisoformat(value)
            except ValueError:
                pass
            else:
                if parsed.tzinfo is not None:
                    return None, ("timezone", "must be local time without a time zone")
                return parsed, None
        return None, ("datetime", "must be a date and time written YYYY-MM-DDTHH:MM")
    raise AssertionError(f"unhandled field type {kind}")


def clean_fields(
    specs: tuple[FieldSpec, ...],
    data: Mapping[str, Any],
    path: str = "",
    *,
    allow_unknown: bool = False,
) -> tuple[dict[str, Any], list[FieldError]]:
    """Clean what can be cleaned and list the rest, so checks across fields can still run.

    Fields missing from `data` take their empty value (None, or False for bool); a field that
    fails is left out of the clean values.
    """
    errors: list[FieldError] = []
    clean: dict[str, Any] = {}
    known = {spec.name for spec in specs}
    if not allow_unknown:
        for key in data:
            if key not in known:
                errors.append(FieldError(_join(path, key), "unknown", "is not a known field"))
    for spec in specs:
        value, problem = _coerce(spec, data.get(spec.name))
        if problem is None and spec.required and value is None:
            problem = ("required", "is required")
        if problem is not None:
            errors.append(FieldError(_join(path, spec.name), *problem))
        else:
            clean[spec.name] = value
    return clean, errors


def validate_record(
    specs: tuple[FieldSpec, ...],
    data: Mapping[str, Any],
    path: str = "",
    *,
    allow_unknown: bool = False,
) -> dict[str, Any]:
    """Clean every field in `specs`; raise ValidationError listing all problems."""
    clean, errors = clean_fields(specs, data, path, allow_unknown=allow_unknown)
    if errors:
        raise ValidationError(errors)
    return clean


def S(name: str, required: bool = False) -> FieldSpec:
    return FieldSpec(name, FieldType.STR, required)


def T(name: str) -> FieldSpec:
    return FieldSpec(name, FieldType.TEXT)


def D(name: str, required: bool = False) -> FieldSpec:
    return FieldSpec(name, FieldType.DATE, required)


def B(name: str) -> FieldSpec:
    return FieldSpec(name, FieldType.BOOL)


def E(name: str, choices: tuple[str, ...], required: bool = False) -> FieldSpec:
    return FieldSpec(name, FieldType.ENUM, required, choices)


def json_value(value: Any) -> Any:
    """A value as JSON holds it: dates and (naive, local) datetimes as ISO text."""
    return value.isoformat() if isinstance(value, dt.date) else value


def json_ready(values: Mapping[str, Any]) -> dict[str, Any]:
    """A record for a JSON column or a case file: every date as ISO text."""
    return {key: json_value(value) for key, value in values.items()}


def json_tree(value: Any) -> Any:
    """A nested document (a plan, a meeting's lists) as its JSON column holds it: every date
    and datetime as ISO text, at any depth."""
    if isinstance(value, Mapping):
        return {str(key): json_tree(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [json_tree(item) for item in value]
    return json_value(value)
