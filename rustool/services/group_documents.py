"""The ansvarsgruppe's minutes and the individual plan as PDF (see `documents`)."""

from __future__ import annotations

from rustool.db import Database
from rustool.services.documents import PdfDocument


def minutes_pdf(db: Database, meeting_id: int) -> PdfDocument:
    """The minutes (*referat*) of one ansvarsgruppe meeting, for all its participants."""
    raise NotImplementedError


def plan_pdf(db: Database, client_id: int) -> PdfDocument:
    """The client's individual plan in plain language (NotFoundError/ValidationError when the
    client has no plan, or only the record of a declined one)."""
    raise NotImplementedError
