"""The first start: what the assistant asked, checked, and put into the new database.

The assistant (rustool.ui.wizards.first_start) collects the answers and writes nothing; the
start creates the encrypted database with the chosen passphrase and then calls
`finish_first_start`. The settings are saved first, in their own transaction, so they stand
even when the optional demo data cannot be loaded afterwards; that failure is returned for the
window to report, not raised.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from rustool.db import Database, StorageError
from rustool.domain.records import FieldError, FieldSpec, S, ValidationError, clean_fields
from rustool.services.demo import create_demo_clients
from rustool.services.settings import SETTINGS_FIELDS, Settings, save_settings

MAX_DEMO_CLIENTS = 1000  # enough to try every view; more belongs to the benchmarks
# Documents and the audit log name the user, so the name is the one setting asked for.
FIRST_START_FIELDS: tuple[FieldSpec, ...] = tuple(
    S(spec.name, required=spec.name == "user_name") for spec in SETTINGS_FIELDS
)
# Something@somewhere.tld without spaces: catches the typing slips a letterhead would print.
_EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(\.[^@\s.]+)+")


@dataclass(frozen=True)
class FirstStartAnswers:
    language: str  # a code of rustool.i18n.LANGUAGES
    settings: dict[str, Any]  # the SETTINGS_FIELDS, checked by check_first_settings
    passphrase: str = field(repr=False)  # never in a log or a traceback
    demo_clients: int  # how many synthetic clients to add; 0 = none


@dataclass(frozen=True)
class FirstStartResult:
    settings: Settings
    demo_clients: int  # how many were added
    demo_error: StorageError | None = None  # why the demo data asked for could not be added


def check_first_settings(settings: Mapping[str, Any]) -> dict[str, Any]:
    """The settings cleaned, or ValidationError naming each field that cannot be used: a name
    is required and an e-mail address, when given, must look like one."""
    clean, errors = clean_fields(FIRST_START_FIELDS, settings)
    email = clean.get("org_email")
    if email is not None and not _EMAIL.fullmatch(email):
        errors.append(
            FieldError("org_email", "email", "must be an e-mail address like name@example.no")
        )
    if errors:
        raise ValidationError(errors)
    return clean


def finish_first_start(db: Database, answers: FirstStartAnswers) -> FirstStartResult:
    """Save the settings, then add the demo clients asked for.

    Bad answers are refused before anything is written. A storage failure while adding demo
    clients leaves none of them (the batch rolls back) and is returned in `demo_error`; the
    settings are saved by then and stay.
    """
    wrong_count: list[FieldError] = []
    if not 0 <= answers.demo_clients <= MAX_DEMO_CLIENTS:
        wrong_count.append(
            FieldError(
                "demo_clients",
                "range",
                f"must be between 0 and {MAX_DEMO_CLIENTS}, not {answers.demo_clients}",
            )
        )
    try:
        clean = check_first_settings(answers.settings)
    except ValidationError as exc:
        raise ValidationError(exc.errors + wrong_count) from None
    if wrong_count:
        raise ValidationError(wrong_count)
    settings = save_settings(db, clean)
    if answers.demo_clients == 0:
        return FirstStartResult(settings, 0)
    try:
        # At most MAX_DEMO_CLIENTS: one batch, so one transaction, all or none.
        added = create_demo_clients(db, answers.demo_clients)
    except StorageError as exc:
        return FirstStartResult(settings, 0, exc)
    return FirstStartResult(settings, added)
