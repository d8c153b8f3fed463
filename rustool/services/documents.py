"""Documents as PDF: the referral here; the minutes and the plan in `group_documents`.

Each `*_pdf` function reads what the document needs in one session and returns a `PdfDocument`
(the bytes stay in memory: no copy is left in a temporary folder). Rendering is not audited by
itself — the user has already opened the record — but every export and print is: the caller
says which with `log_output` once the file is written or the pages have gone to the printer.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlmodel import col, select

from rustool.db import Database
from rustool.documents.layout import Letterhead
from rustool.documents.referral_pdf import (
    TITLES,
    ReferralPrint,
    file_name,
    referral_date,
    render_referral,
)
from rustool.domain.client_rules import consent_in_force
from rustool.models import Child, Client, Consent, Referral, ReferralScreening, Screening
from rustool.services.audit import log_event
from rustool.services.errors import NotFoundError
from rustool.services.settings import Settings, current_user, get_settings

DOCUMENT_KINDS = ("referral", "minutes", "plan")
OUTPUT_ACTIONS = ("export", "print")


@dataclass(frozen=True)
class PdfDocument:
    kind: str  # one of DOCUMENT_KINDS
    entity: str  # the audited record: "referral", "group_meeting", "individual_plan"
    entity_id: int
    client_id: int
    title: str  # shown in the preview's title bar and the print queue; names no client
    file_name: str  # suggested when saving, e.g. "henvisning-tsb-2026-11-23.pdf"; no client name
    data: bytes
    pages: int


def log_output(db: Database, document: PdfDocument, action: str) -> None:
    """Audit that `document` was exported (saved as a file) or printed."""
    if action not in OUTPUT_ACTIONS:
        raise ValueError(f"action must be one of {', '.join(OUTPUT_ACTIONS)}")
    with db.session() as session:
        log_event(
            session,
            action,
            document.entity,
            document.entity_id,
            document.client_id,
            f"pdf {document.kind}, {document.pages} pages",
        )


def letterhead(settings: Settings) -> Letterhead:
    """Who sends the documents, as the settings name the organisation."""
    return Letterhead(
        municipality=settings.org_municipality,
        service=settings.org_service,
        address=settings.org_address,
        phone=settings.org_phone,
        email=settings.org_email,
    )


def referral_pdf(db: Database, referral_id: int, today: dt.date | None = None) -> PdfDocument:
    """The TSB or LAR referral (draft or sent) as the assessment unit reads it.

    Dated the day it was sent, or `today` for a draft (then marked as a draft on paper).
    """
    today = today or dt.date.today()
    settings = get_settings(db)
    with db.session() as session:
        referral = session.get(Referral, referral_id)
        if referral is None:
            raise NotFoundError("referral", referral_id)
        client = session.get(Client, referral.client_id)
        if client is None:  # the foreign key makes this impossible; a clear error regardless
            raise NotFoundError("client", referral.client_id)
        children = list(
            session.exec(
                select(Child)
                .where(Child.client_id == client.id)
                .order_by(col(Child.birth_date), col(Child.id))
            )
        )
        screenings = list(
            session.exec(
                select(Screening)
                .join(ReferralScreening, col(ReferralScreening.screening_id) == col(Screening.id))
                .where(ReferralScreening.referral_id == referral_id)
                .order_by(col(Screening.taken_on), col(Screening.id))
            )
        )
        day = referral_date(referral, today)
        consents = session.exec(
            select(Consent)
            .where(Consent.client_id == client.id, Consent.kind == "referral")
            .order_by(col(Consent.given_on).desc(), col(Consent.id).desc())
        )
        consent = next(
            (
                c
                for c in consents
                if consent_in_force(c.given_on, c.expires_on, c.withdrawn_on, day)
            ),
            None,
        )
        author = current_user(session)
    data, pages = render_referral(
        ReferralPrint(
            referral=referral,
            client=client,
            children=children,
            screenings=screenings,
            consent=consent,
            letterhead=letterhead(settings),
            author=author,
            printed_on=today,
        )
    )
    return PdfDocument(
        kind="referral",
        entity="referral",
        entity_id=referral_id,
        client_id=referral.client_id,
        title=TITLES[referral.kind],
        file_name=file_name(referral.kind, day),
        data=data,
        pages=pages,
    )
