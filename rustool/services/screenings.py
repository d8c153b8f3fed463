"""AUDIT and DUDIT results per client: scored and zoned when saved, kept as history."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlmodel import col, select

from rustool.db import Database
from rustool.domain.records import D as date_field
from rustool.domain.records import FieldError, ValidationError, validate_record
from rustool.domain.screening import Instrument, Sex, score, sex_from_national_id, zone
from rustool.models import Client, Screening
from rustool.services.audit import log_event
from rustool.services.errors import NotFoundError

INSTRUMENTS = ("AUDIT", "DUDIT")


def _taken_on(value: Any) -> dt.date:
    clean = validate_record((date_field("taken_on", required=True),), {"taken_on": value})
    taken: dt.date = clean["taken_on"]
    if taken > dt.date.today():
        raise ValidationError([FieldError("taken_on", "future", "must not be in the future")])
    return taken


def record_screening(
    db: Database,
    client_id: int,
    instrument: str,
    taken_on: dt.date | str,
    answers: Sequence[int],
    sex: Sex | None = None,
) -> Screening:
    """Score the answers (refusing invalid ones) and keep the result with its zone.

    The zone depends on sex (AUDIT and DUDIT thresholds differ): given, or read from the
    national id where it still encodes it; otherwise the more cautious threshold applies.
    """
    if instrument not in INSTRUMENTS:
        raise ValidationError(
            [FieldError("instrument", "choice", f"must be one of {', '.join(INSTRUMENTS)}")]
        )
    code: Instrument = "AUDIT" if instrument == "AUDIT" else "DUDIT"
    day = _taken_on(taken_on)
    total = score(code, answers)
    with db.session() as session:
        client = session.get(Client, client_id)
        if client is None:
            raise NotFoundError("client", client_id)
        if sex is None and client.national_id:
            sex = sex_from_national_id(client.national_id)
        screening = Screening(
            client_id=client_id,
            instrument=instrument,
            taken_on=day,
            answers=list(answers),
            score=total,
            zone=str(zone(code, total, sex)),
        )
        session.add(screening)
        session.flush()
        log_event(session, "create", "screening", screening.id, client_id, instrument)
        return screening


def client_screenings(db: Database, client_id: int) -> list[Screening]:
    """The client's results, newest first."""
    with db.session() as session:
        return list(
            session.exec(
                select(Screening)
                .where(Screening.client_id == client_id)
                .order_by(col(Screening.taken_on).desc(), col(Screening.id).desc())
            )
        )
