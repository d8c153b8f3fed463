"""Writing, reading, exporting and verifying the audit log (logg over innsyn).

Writes happen inside the caller's transaction. The log is append-only: the database refuses
UPDATE and DELETE of its rows (triggers of migration 0004), and each event is chained to the one
before by its hash (rustool.models.audit), which `verify_chain` recomputes.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from rustool.db import Database
from rustool.models import AuditEvent
from rustool.models.audit import GENESIS_HASH, chain_hash
from rustool.services.settings import current_user
from rustool.texts import N_, Labels, translate

ACTIONS = ("view", "create", "update", "delete", "export", "print")
LOG_ENTITY = "audit_log"  # the log itself, when a client's log is viewed or exported
# A client's log opened again within this time, nothing else logged between, is one view.
LOG_VIEW_SITTING = timedelta(minutes=15)

# The export is a document for the client (the right of access), in the user's language like
# the PDFs. Its words are the viewer's (rustool.ui.dialogs.audit_dialog), in the viewer's
# context, so they are translated once and the file says what the screen says.
ACTION_WORDS = Labels(
    "AuditDialog",
    {
        "view": "vist",
        "create": "opprettet",
        "update": "endret",
        "delete": "slettet",
        "export": "eksportert",
        "print": "skrevet ut",
    },
)
ENTITY_WORDS = Labels(
    "AuditDialog",
    {
        "client": "klient",
        "network_person": "nettverksperson",
        "child": "barn",
        "consent": "samtykke",
        "appointment": "avtale",
        "referral": "henvisning",
        "screening": "kartlegging",
        "group_member": "medlem av ansvarsgruppen",
        "group_meeting": "ansvarsgruppemøte",
        "action_item": "oppgave fra ansvarsgruppen",
        "individual_plan": "individuell plan",
        "plan_revision": "versjon av individuell plan",
        LOG_ENTITY: "logg over innsyn",
    },
)
EXPORT_HEADERS = (
    N_("audit", "Tidspunkt"),
    N_("audit", "Bruker"),
    N_("audit", "Handling"),
    N_("audit", "Gjelder"),
    N_("audit", "Nr."),
    N_("audit", "Detaljer"),
)
# Spreadsheets run a cell that starts like this as a formula; such text is kept as text.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def log_event(
    session: Session,
    action: str,
    entity: str,
    entity_id: int | None,
    client_id: int | None,
    detail: str | None = None,
    *,
    coalesce: timedelta | None = None,
) -> None:
    """Append one event. `detail` names fields or counts, never the person's data.

    The event's `hash` (its link in the chain) is computed when it is inserted, in this same
    transaction, from the latest event's hash (see `rustool.models.audit._next_hash` for why two
    writers never chain onto the same event).

    With `coalesce`, an event that repeats the client's latest one (same user, action and
    record) within that time is not written again: a draft saved as the user types is logged
    as one change per sitting, not one per keystroke pause.
    """
    assert action in ACTIONS, action
    now = datetime.now()
    user = current_user(session)
    if coalesce is not None and client_id is not None:
        latest = session.exec(
            select(AuditEvent)
            .where(AuditEvent.client_id == client_id)
            .order_by(col(AuditEvent.id).desc())
            .limit(1)
        ).first()
        if (
            latest is not None
            and (latest.action, latest.entity, latest.entity_id, latest.user)
            == (action, entity, entity_id, user)
            and now - latest.at < coalesce
        ):
            return
    session.add(
        AuditEvent(
            at=now,
            user=user,
            action=action,
            entity=entity,
            entity_id=entity_id,
            client_id=client_id,
            detail=detail,
        )
    )


def audit_events(db: Database, client_id: int | None = None) -> list[AuditEvent]:
    with db.session() as session:
        query = select(AuditEvent).order_by(col(AuditEvent.id))
        if client_id is not None:
            query = query.where(AuditEvent.client_id == client_id)
        return list(session.exec(query))


# --- the viewer ----------------------------------------------------------------------------------


def _filters(
    client_id: int | None,
    date_from: date | None,
    date_to: date | None,
    actions: Collection[str],
) -> list[Any]:
    unknown = set(actions) - set(ACTIONS)
    if unknown:
        raise ValueError(f"unknown audit actions: {', '.join(sorted(unknown))}")
    conditions: list[Any] = []
    if client_id is not None:
        conditions.append(AuditEvent.client_id == client_id)
    if date_from is not None:
        conditions.append(col(AuditEvent.at) >= datetime.combine(date_from, time.min))
    if date_to is not None:  # the whole last day
        conditions.append(col(AuditEvent.at) < datetime.combine(date_to + timedelta(1), time.min))
    if actions:
        conditions.append(col(AuditEvent.action).in_(actions))
    return conditions


def audit_page(
    db: Database,
    *,
    client_id: int | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    actions: Collection[str] = (),
    offset: int = 0,
    limit: int = 200,
) -> list[AuditEvent]:
    """One page of the log, newest first; no `actions` means all, dates include both ends.

    Not audited itself: the viewer logs opening a client's log once (`log_viewed`), not every
    page and filter.
    """
    conditions = _filters(client_id, date_from, date_to, actions)
    with db.session() as session:
        query = (
            select(AuditEvent)
            .where(*conditions)
            .order_by(col(AuditEvent.id).desc())
            .offset(offset)
            .limit(limit)
        )
        return list(session.exec(query))


def log_viewed(db: Database, client_id: int) -> None:
    """Audit that a client's log was opened (once per sitting: reopened soon after with nothing
    else logged for the client in between, it is the same viewing)."""
    with db.session() as session:
        log_event(session, "view", LOG_ENTITY, None, client_id, coalesce=LOG_VIEW_SITTING)


def audit_count(
    db: Database,
    *,
    client_id: int | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    actions: Collection[str] = (),
) -> int:
    """How many events `audit_page` pages through with the same filters."""
    conditions = _filters(client_id, date_from, date_to, actions)
    with db.session() as session:
        return session.exec(
            select(sa.func.count()).select_from(AuditEvent).where(*conditions)
        ).one()


# --- the export for the client -------------------------------------------------------------------


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def export_client_log(db: Database, client_id: int) -> bytes:
    """One client's log as CSV for Excel (UTF-8 with BOM, `;`), oldest first; audited.

    The file holds the events before this export; the export itself is the next event.
    """
    with db.session() as session:
        events = list(
            session.exec(
                select(AuditEvent)
                .where(AuditEvent.client_id == client_id)
                .order_by(col(AuditEvent.id))
            )
        )
        log_event(session, "export", LOG_ENTITY, None, client_id, f"csv, {len(events)} events")
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([translate("audit", header) for header in EXPORT_HEADERS])
    for event in events:
        writer.writerow(
            [
                event.at.strftime("%d.%m.%Y %H:%M:%S"),
                _cell(event.user),
                ACTION_WORDS.get(event.action, event.action),
                ENTITY_WORDS.get(event.entity, event.entity),
                _cell(event.entity_id),
                _cell(event.detail),
            ]
        )
    return out.getvalue().encode("utf-8-sig")


# --- tamper evidence -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ChainProblem:
    event_id: int
    reason: str  # an English sentence


def verify_chain(db: Database) -> list[ChainProblem]:
    """Recompute the hash chain; each place where it breaks, first broken event first.

    Each event is checked against the hash stored on the event before it, so every changed or
    removed event is reported where it is, not only the first. What the chain cannot show: the
    newest events removed together (nothing comes after them to break).
    """
    problems: list[ChainProblem] = []
    previous_hash, previous_id = GENESIS_HASH, 0
    columns = (
        col(AuditEvent.id),
        col(AuditEvent.at),
        col(AuditEvent.user),
        col(AuditEvent.action),
        col(AuditEvent.entity),
        col(AuditEvent.entity_id),
        col(AuditEvent.client_id),
        col(AuditEvent.detail),
        col(AuditEvent.hash),
    )
    with db.session() as session:
        # Plain rows through the connection: no ORM objects for what may be a million events.
        rows = session.connection().execute(
            sa.select(*columns).order_by(col(AuditEvent.id)).execution_options(yield_per=5000)
        )
        for event_id, at, user, action, entity, entity_id, client_id, detail, stored in rows:
            assert event_id is not None  # the primary key
            expected = chain_hash(
                previous_hash, at, user, action, entity, entity_id, client_id, detail
            )
            if stored != expected:
                problems.append(ChainProblem(event_id, _reason(previous_id, event_id)))
            # A hash set to NULL (possible only by editing the schema) links to nothing.
            previous_hash, previous_id = stored or "", event_id
    return problems


def _reason(previous_id: int, event_id: int) -> str:
    first_missing, last_missing = previous_id + 1, event_id - 1
    if first_missing == last_missing:
        return f"Event {first_missing} before it is missing: it was removed from the log."
    if first_missing < last_missing:
        return (
            f"Events {first_missing} to {last_missing} before it are missing: "
            "they were removed from the log."
        )
    return "Its hash does not match its content: the event was changed, or the event before it was."
