"""Documents as PDF: the referral here; the minutes and the plan in `group_documents`.

Each `*_pdf` function reads what the document needs in one session and returns a `PdfDocument`
(the bytes stay in memory: no copy is left in a temporary folder). Rendering is not audited by
itself — the user has already opened the record — but every export and print is: the caller
says which with `log_output` once the file is written or the pages have gone to the printer.
"""

from __future__ import annotations

from dataclasses import dataclass

from rustool.db import Database
from rustool.services.audit import log_event

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


def referral_pdf(db: Database, referral_id: int) -> PdfDocument:
    """The TSB or LAR referral (draft or sent) as the assessment unit reads it."""
    raise NotImplementedError
