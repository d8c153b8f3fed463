"""Referrals to specialist treatment (TSB and LAR): drafts, sending, and the referral's life.

A draft is saved whole as the user types (`save_draft`), so nothing typed is lost; sending
checks completeness; every later step (received, assessed, ...) is a dated event, checked for
impossible orders, kept as history and audited. Deadlines are computed, never typed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, col, select

from rustool.db import Database
from rustool.domain.client_rules import consent_in_force
from rustool.domain.deadlines import ReferralDates, compute_referral_dates
from rustool.domain.records import FieldError, ValidationError, json_ready
from rustool.domain.referral_rules import (
    LIFE_FIELDS,
    REFERRAL_KINDS,
    Completeness,
    check_event,
    completeness,
    validate_content,
    validate_recipient,
    validate_referral_common,
    validate_substance_use,
)
from rustool.models import (
    AssessmentUnit,
    Client,
    Consent,
    Referral,
    ReferralEvent,
    ReferralScreening,
    Screening,
)
from rustool.services.audit import log_event
from rustool.services.errors import ConflictError, NotFoundError
from rustool.services.plans import ip_status_text
from rustool.services.settings import current_user, get_settings

# A draft saved as the user types is logged as one change per sitting (see log_event).
DRAFT_AUDIT_SITTING = dt.timedelta(minutes=15)
RECIPIENT_KEYS = ("name", "department", "address", "postal_code", "city", "phone")
EVENT_STATE_KEYS = tuple(spec.name for spec in LIFE_FIELDS)


@dataclass(frozen=True)
class ReferralView:
    """A referral as the client view and the wizard show it."""

    referral: Referral
    computed: ReferralDates
    events: list[ReferralEvent]
    screenings: list[Screening]


def recipient_of(referral: Referral) -> dict[str, Any]:
    return {key: getattr(referral, f"recipient_{key}") for key in RECIPIENT_KEYS}


def computed_dates(referral: Referral, today: dt.date | None = None) -> ReferralDates:
    return compute_referral_dates(
        received_on=referral.received_on,
        assessed_on=referral.assessed_on,
        outcome=referral.outcome,
        start_deadline=referral.start_deadline,
        treatment_started_on=referral.treatment_started_on,
        discharged_on=referral.discharged_on,
        withdrawn_on=referral.withdrawn_on,
        today=today or dt.date.today(),
    )


# --- the directory of assessment units ---------------------------------------------------------


def list_assessment_units(db: Database) -> list[AssessmentUnit]:
    with db.session() as session:
        return list(session.exec(select(AssessmentUnit).order_by(col(AssessmentUnit.name))))


def add_assessment_unit(db: Database, data: dict[str, Any]) -> AssessmentUnit:
    clean = validate_recipient(data, path="")
    with db.session() as session:
        unit = AssessmentUnit(**clean)
        session.add(unit)
        session.flush()
        return unit


# --- drafts ------------------------------------------------------------------------------------


def _get(session: Session, referral_id: int) -> Referral:
    referral = session.get(Referral, referral_id)
    if referral is None:
        raise NotFoundError("referral", referral_id)
    return referral


def _prefilled_content(client: Client, ip_status: str) -> dict[str, Any]:
    """What the app already knows goes in as a starting point the user can change."""
    content: dict[str, Any] = {}
    if client.interpreter_needed:
        language = f" ({client.preferred_language})" if client.preferred_language else ""
        content["special_needs"] = f"Trenger tolk{language}."
    if ip_status:
        content["ip_status"] = ip_status
    return content


def create_referral(
    db: Database, client_id: int, kind: str, assessment_unit_id: int | None = None
) -> Referral:
    """A new draft, pre-filled with the referrer from the settings and the chosen unit, and
    the IP, koordinator and ansvarsgruppe answer written from the client's records."""
    if kind not in REFERRAL_KINDS:
        raise ValidationError(
            [FieldError("kind", "choice", f"must be one of {', '.join(REFERRAL_KINDS)}")]
        )
    settings = get_settings(db)
    # Read before the draft's transaction opens: the plan service has a session of its own.
    ip_status = ip_status_text(db, client_id)
    with db.session() as session:
        client = session.get(Client, client_id)
        if client is None:
            raise NotFoundError("client", client_id)
        unit: AssessmentUnit | None
        if assessment_unit_id is None:
            unit = session.exec(select(AssessmentUnit).order_by(col(AssessmentUnit.id))).first()
        else:
            unit = session.get(AssessmentUnit, assessment_unit_id)
            if unit is None:
                raise NotFoundError("assessment_unit", assessment_unit_id)
        now = dt.datetime.now()
        organization = ", ".join(
            part for part in (settings.org_service, settings.org_municipality) if part
        )
        referral = Referral(
            client_id=client_id,
            kind=kind,
            referrer_name=settings.user_name,
            referrer_title=settings.user_title,
            referrer_organization=organization or None,
            referrer_phone=settings.org_phone,
            referrer_email=settings.org_email,
            municipal_contact=settings.user_name,
            content=_prefilled_content(client, ip_status),
            created_at=now,
            updated_at=now,
        )
        if unit is not None:
            for key in RECIPIENT_KEYS:
                setattr(referral, f"recipient_{key}", getattr(unit, key))
        session.add(referral)
        session.flush()
        log_event(session, "create", "referral", referral.id, client_id, f"draft ({kind})")
        return referral


def clean_draft(
    kind: str,
    common: dict[str, Any],
    recipient: dict[str, Any],
    content: dict[str, Any],
    substance_use: list[Any],
) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any], list[dict[str, Any]]]:
    """Validate every part of a draft at once; a draft may be incomplete, never malformed."""
    errors: list[FieldError] = []
    results: list[Any] = []
    checks = (
        lambda: validate_referral_common(common),
        lambda: _clean_recipient(recipient),
        lambda: validate_content(kind, content),
        lambda: validate_substance_use(substance_use),
    )
    for check in checks:
        try:
            results.append(check())
        except ValidationError as exc:
            errors.extend(exc.errors)
            results.append(None)
    if errors:
        raise ValidationError(errors)
    return results[0], results[1], results[2], results[3]


def _clean_recipient(recipient: dict[str, Any]) -> dict[str, Any]:
    if not any(recipient.get(key) for key in RECIPIENT_KEYS):
        return {key: None for key in RECIPIENT_KEYS}  # a draft may not have chosen yet
    return validate_recipient(recipient)


def save_draft(
    db: Database,
    referral_id: int,
    *,
    common: dict[str, Any],
    recipient: dict[str, Any],
    content: dict[str, Any],
    substance_use: list[Any],
    wizard_page: int,
    expected_version: int,
) -> Referral:
    """Save everything the wizard holds; called as the user types."""
    with db.session() as session:
        referral = _get(session, referral_id)
        if referral.version != expected_version:
            raise ConflictError("referral", referral_id)
        if referral.status != "draft":
            raise ValidationError(
                [FieldError("status", "not_draft", "a sent referral can no longer be edited")]
            )
        clean_common, clean_recipient, clean_content, clean_rows = clean_draft(
            referral.kind, common, recipient, content, substance_use
        )
        for name, value in clean_common.items():
            setattr(referral, name, value)
        for key, value in clean_recipient.items():
            setattr(referral, f"recipient_{key}", value)
        referral.content = json_ready(clean_content)
        referral.substance_use = [json_ready(row) for row in clean_rows]
        referral.wizard_page = max(0, wizard_page)
        referral.updated_at = dt.datetime.now()
        referral.version += 1
        session.add(referral)
        log_event(
            session,
            "update",
            "referral",
            referral_id,
            referral.client_id,
            "draft saved",
            coalesce=DRAFT_AUDIT_SITTING,
        )
        return referral


def delete_draft(db: Database, referral_id: int) -> None:
    with db.session() as session:
        referral = _get(session, referral_id)
        if referral.status != "draft":
            raise ValidationError(
                [FieldError("status", "not_draft", "only a draft can be deleted")]
            )
        session.delete(referral)
        log_event(session, "delete", "referral", referral_id, referral.client_id, "draft")


# --- reading -----------------------------------------------------------------------------------


def _view(session: Session, referral: Referral, today: dt.date | None) -> ReferralView:
    events = list(
        session.exec(
            select(ReferralEvent)
            .where(ReferralEvent.referral_id == referral.id)
            .order_by(col(ReferralEvent.id))
        )
    )
    screenings = list(
        session.exec(
            select(Screening)
            .join(ReferralScreening, col(ReferralScreening.screening_id) == col(Screening.id))
            .where(ReferralScreening.referral_id == referral.id)
            .order_by(col(Screening.taken_on))
        )
    )
    return ReferralView(referral, computed_dates(referral, today), events, screenings)


def open_referral(db: Database, referral_id: int, today: dt.date | None = None) -> ReferralView:
    """One referral with its history and computed deadlines; audited as a view."""
    with db.session() as session:
        referral = _get(session, referral_id)
        log_event(session, "view", "referral", referral_id, referral.client_id)
        return _view(session, referral, today)


def client_referrals(
    db: Database, client_id: int, today: dt.date | None = None
) -> list[ReferralView]:
    """Every referral of a client, newest first (the client view lists them, drafts too)."""
    with db.session() as session:
        referrals = session.exec(
            select(Referral)
            .where(Referral.client_id == client_id)
            .order_by(col(Referral.created_at).desc(), col(Referral.id).desc())
        )
        return [_view(session, referral, today) for referral in referrals]


# --- completeness and sending ------------------------------------------------------------------


def _referral_consent_in_force(session: Session, client_id: int, day: dt.date) -> bool:
    consents = session.exec(
        select(Consent).where(Consent.client_id == client_id, Consent.kind == "referral")
    )
    return any(consent_in_force(c.given_on, c.expires_on, c.withdrawn_on, day) for c in consents)


def _completeness(session: Session, referral: Referral, day: dt.date) -> Completeness:
    return completeness(
        referral.kind,
        referral.content,
        referral_consent_in_force=_referral_consent_in_force(session, referral.client_id, day),
        recipient_named=bool(referral.recipient_name),
        substance_use=referral.substance_use,
    )


def referral_completeness(
    db: Database, referral_id: int, day: dt.date | None = None
) -> Completeness:
    """What blocks sending, and what is not described, as of `day` (today by default)."""
    with db.session() as session:
        return _completeness(session, _get(session, referral_id), day or dt.date.today())


def _event_state(referral: Referral) -> dict[str, Any]:
    return {key: getattr(referral, key) for key in EVENT_STATE_KEYS}


def _apply_event(
    session: Session,
    referral: Referral,
    event: str,
    on: dt.date,
    details: dict[str, Any],
    today: dt.date,
) -> Referral:
    changes = check_event(_event_state(referral), event, on, today, details)
    for name, value in changes.items():
        setattr(referral, name, value)
    referral.updated_at = dt.datetime.now()
    referral.version += 1
    session.add(referral)
    assert referral.id is not None
    session.add(
        ReferralEvent(
            referral_id=referral.id,
            event=event,
            on=on,
            recorded_at=dt.datetime.now(),
            recorded_by=current_user(session),
            details=json_ready({k: v for k, v in changes.items() if k != "status"}),
        )
    )
    log_event(session, "update", "referral", referral.id, referral.client_id, f"event: {event}")
    return referral


def send_referral(
    db: Database,
    referral_id: int,
    sent_on: dt.date,
    method: str,
    expected_version: int,
    today: dt.date | None = None,
) -> Referral:
    """Mark a complete draft as sent (post, handed over or electronic)."""
    with db.session() as session:
        referral = _get(session, referral_id)
        if referral.version != expected_version:
            raise ConflictError("referral", referral_id)
        check = _completeness(session, referral, sent_on)
        if not check.can_send:
            raise ValidationError(list(check.blocking))
        return _apply_event(
            session, referral, "sent", sent_on, {"sent_method": method}, today or dt.date.today()
        )


def record_event(
    db: Database,
    referral_id: int,
    event: str,
    on: dt.date,
    details: dict[str, Any] | None = None,
    today: dt.date | None = None,
) -> Referral:
    """Received, assessed (with outcome), complaint filed, treatment started, discharged,
    withdrawn: dated, checked against what already happened, kept as history."""
    if event == "sent":
        raise ValidationError([FieldError("event", "use_send", "use send_referral to send")])
    with db.session() as session:
        referral = _get(session, referral_id)
        return _apply_event(session, referral, event, on, details or {}, today or dt.date.today())


# --- screenings attached -------------------------------------------------------------------------


def attach_screening(db: Database, referral_id: int, screening_id: int) -> Referral:
    """Attach an AUDIT/DUDIT result: linked, and named in the referral's attachments list."""
    with db.session() as session:
        referral = _get(session, referral_id)
        screening = session.get(Screening, screening_id)
        if screening is None or screening.client_id != referral.client_id:
            raise NotFoundError("screening", screening_id)
        if referral.status != "draft":
            raise ValidationError(
                [FieldError("status", "not_draft", "a sent referral can no longer be edited")]
            )
        if session.get(ReferralScreening, (referral_id, screening_id)) is None:
            session.add(ReferralScreening(referral_id=referral_id, screening_id=screening_id))
            name = f"{screening.instrument} {screening.taken_on.isoformat()}"
            attachments = list(referral.content.get("attachments") or [])
            if name not in attachments:
                referral.content = {**referral.content, "attachments": [*attachments, name]}
            referral.version += 1
            referral.updated_at = dt.datetime.now()
            session.add(referral)
            log_event(
                session, "update", "referral", referral_id, referral.client_id, "screening attached"
            )
        return referral
