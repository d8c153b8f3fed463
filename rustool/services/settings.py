"""The user's and the organisation's settings (the letterhead of later documents)."""

from __future__ import annotations

import getpass
from dataclasses import asdict, dataclass, fields
from typing import Any

from sqlmodel import Session, select

from rustool.db import Database
from rustool.domain.records import FieldSpec, S, validate_record
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


@dataclass(frozen=True)
class Settings:
    user_name: str | None = None
    user_title: str | None = None
    org_municipality: str | None = None
    org_service: str | None = None
    org_address: str | None = None
    org_phone: str | None = None
    org_email: str | None = None


def _read(session: Session) -> Settings:
    stored = {row.key: row.value for row in session.exec(select(Setting))}
    return Settings(**{f.name: stored.get(f.name) for f in fields(Settings)})


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
    clean = validate_record(SETTINGS_FIELDS, data)
    with db.session() as session:
        for key, value in clean.items():
            row = session.get(Setting, key)
            if value is None:
                if row is not None:
                    session.delete(row)
            elif row is None:
                session.add(Setting(key=key, value=value))
            else:
                row.value = value
        session.flush()
        return _read(session)


def settings_as_dict(settings: Settings) -> dict[str, Any]:
    return asdict(settings)
