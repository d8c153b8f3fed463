"""The user's and the organisation's settings (the letterhead of documents), how many
automatic backups are kept, and how long the window may stand unused before it locks."""

from __future__ import annotations

import getpass
from dataclasses import asdict, dataclass
from typing import Any

from sqlmodel import Session, select

from rustool.db import (
    BACKUP_COUNT_KEY,
    DEFAULT_BACKUP_COUNT,
    MAX_BACKUP_COUNT,
    Database,
    parse_backup_count,
)
from rustool.domain.records import (
    FieldError,
    FieldSpec,
    FieldType,
    S,
    ValidationError,
    clean_fields,
)
from rustool.models import Setting

SETTINGS_FIELDS: tuple[FieldSpec, ...] = (
    S("user_name"),
    S("user_title"),
    S("org_municipality"),
    S("org_service"),
    S("org_address"),
    S("org_phone"),
    S("org_email"),
)
# The key and its bounds live in rustool.db, which reads the count itself: it keeps backups
# (before a migration) when no service can run yet.
BACKUP_COUNT_FIELD = FieldSpec(BACKUP_COUNT_KEY, FieldType.INT)

LOCK_MINUTES_KEY = "lock_minutes"  # idle minutes before the window locks
DEFAULT_LOCK_MINUTES = 5
MAX_LOCK_MINUTES = 120  # longer would leave an unattended laptop open for most of a day
LOCK_MINUTES_FIELD = FieldSpec(LOCK_MINUTES_KEY, FieldType.INT)

# The numbers that change only when given: their field and highest value (the lowest is 1).
_NUMBERS = {
    BACKUP_COUNT_KEY: (BACKUP_COUNT_FIELD, MAX_BACKUP_COUNT),
    LOCK_MINUTES_KEY: (LOCK_MINUTES_FIELD, MAX_LOCK_MINUTES),
}


@dataclass(frozen=True)
class Settings:
    user_name: str | None = None
    user_title: str | None = None
    org_municipality: str | None = None
    org_service: str | None = None
    org_address: str | None = None
    org_phone: str | None = None
    org_email: str | None = None
    backup_count: int = DEFAULT_BACKUP_COUNT
    lock_minutes: int = DEFAULT_LOCK_MINUTES


def parse_lock_minutes(text: str | None) -> int:
    """The stored setting as a number; a missing or unusable value means the default."""
    minutes = int(text) if text is not None and text.isascii() and text.isdigit() else 0
    return minutes if 1 <= minutes <= MAX_LOCK_MINUTES else DEFAULT_LOCK_MINUTES


def _read(session: Session) -> Settings:
    stored = {row.key: row.value for row in session.exec(select(Setting))}
    texts = {spec.name: stored.get(spec.name) for spec in SETTINGS_FIELDS}
    return Settings(
        **texts,
        backup_count=parse_backup_count(stored.get(BACKUP_COUNT_KEY)),
        lock_minutes=parse_lock_minutes(stored.get(LOCK_MINUTES_KEY)),
    )


def current_user(session: Session) -> str:
    """Who the audit log names: the user name from the settings, else the login name."""
    row = session.get(Setting, "user_name")
    if row is not None and row.value:
        return row.value
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (some containers): still log something honest
        return "unknown"


def get_settings(db: Database) -> Settings:
    with db.session() as session:
        return _read(session)


def save_settings(db: Database, data: dict[str, Any]) -> Settings:
    """Store the settings given; a text field left out or empty is removed.

    `backup_count` and `lock_minutes` change only when given (empty means the default again),
    so saving the letterhead elsewhere never resets them. The backup count applies from the next
    automatic backup; the lock time from when the window reads it again.
    """
    given = tuple(field for key, (field, _) in _NUMBERS.items() if key in data)
    clean, errors = clean_fields(SETTINGS_FIELDS + given, data)
    for key, (_, maximum) in _NUMBERS.items():
        number = clean.get(key)
        if number is not None and not 1 <= number <= maximum:
            errors.append(
                FieldError(key, "range", f"must be between 1 and {maximum}, not {number}")
            )
    if errors:
        raise ValidationError(errors)
    with db.session() as session:
        for key, value in clean.items():
            row = session.get(Setting, key)
            if value is None:
                if row is not None:
                    session.delete(row)
            elif row is None:
                session.add(Setting(key=key, value=str(value)))
            else:
                row.value = str(value)
        session.flush()
        return _read(session)


def settings_as_dict(settings: Settings) -> dict[str, Any]:
    return asdict(settings)
