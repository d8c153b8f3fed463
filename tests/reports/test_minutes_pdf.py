"""The minutes of an ansvarsgruppe meeting as PDF: everything the meeting covered, nothing more."""

from __future__ import annotations

import datetime as dt
import io
import re
from typing import Any

import pytest
from pypdf import PdfReader

from rustool.db import Database
from rustool.documents.layout import MARKING
from rustool.services.audit import audit_events
from rustool.services.clients import create_client
from rustool.services.errors import NotFoundError
from rustool.services.group_documents import minutes_pdf
from rustool.services.groups import create_meeting, save_member
from rustool.services.plans import save_plan
from rustool.services.record_parts import Part, add_part
from rustool.services.settings import save_settings
from tests.conftest import SYNTHETIC_ID

SAMI = "Ŋ Ŧ Đ Č Š Ž"
TYPED = f"<b>&amp; æøå ÆØÅ {SAMI}"
PRINTED = dt.date(2026, 12, 2)
MEMBERS: list[dict[str, Any]] = [
    {
        "name": "Kari Ruskonsulent",
        "role": "ruskonsulent",
        "organization": "Rustjenesten",
        "is_coordinator": True,
    },
    {"name": "Ola Fastlege", "role": "fastlege", "organization": "Sentrum legekontor"},
    {"name": "Per Veileder", "role": "NAV-veileder", "organization": "NAV Sentrum"},
    {"name": "Šárá Žoarri", "role": "pårørende"},
    {"name": "Nils Ukjent", "role": "boveileder"},  # no attendance entry: not in the minutes
]


def meeting_data(**fields: Any) -> dict[str, Any]:
    return {
        "starts_at": dt.datetime(2026, 12, 1, 10, 0),
        "ends_at": dt.datetime(2026, 12, 1, 11, 30),
        "location": f"Rådhuset, møterom 2 {TYPED}",
        "agenda": [
            {"title": "Bolig <i>", "notes": f"Søknaden er sendt. {TYPED}\nNeste linje"},
            {"title": "Helse", "notes": None},
        ],
        "attendance": [
            {"member": "Kari Ruskonsulent", "status": "present"},
            {"member": "Per Veileder", "status": "present"},
            {"member": "Ola Fastlege", "status": "absent"},
            {"member": "Šárá Žoarri", "status": "excused"},
        ],
        "decisions": "Søke kommunal bolig & følge opp fastlegen.",
        "action_items": [
            {
                "description": "Søke bolig",
                "responsible": "Per Veileder",
                "due_on": "2026-12-15",
                "done_on": "2026-12-05",
            },
            {"description": "Time hos fastlege", "responsible": "Ola Fastlege"},
        ],
        "next_meeting_at": "2027-01-12T10:00",
    } | fields


@pytest.fixture
def client_id(db: Database) -> int:
    save_settings(
        db,
        {
            "user_name": "Siri Saksbehandler",
            "org_municipality": "Testby kommune",
            "org_service": "Rustjenesten",
        },
    )
    client = create_client(
        db,
        {"given_name": "Ŧiinná", "family_name": "Đuolbma-Čáhppes", "national_id": SYNTHETIC_ID},
    )
    assert client.id is not None
    for member in MEMBERS:
        save_member(db, client.id, dict(member))
    return client.id


def new_meeting(db: Database, client_id: int, **fields: Any) -> int:
    meeting_id = create_meeting(db, client_id, meeting_data(**fields)).meeting.id
    assert meeting_id is not None
    return meeting_id


def page_texts(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def in_order(text: str, expected: list[str]) -> None:
    """Each expected piece appears after the one before (whitespace as in the PDF's lines)."""
    position = 0
    for piece in expected:
        found = text.find(piece, position)
        assert found >= 0, f"{piece!r} missing after position {position}"
        position = found + len(piece)


def test_the_minutes_hold_every_part_of_the_meeting_in_order(db: Database, client_id: int) -> None:
    document = minutes_pdf(db, new_meeting(db, client_id), today=PRINTED)

    assert (document.kind, document.entity, document.client_id) == (
        "minutes",
        "group_meeting",
        client_id,
    )
    assert document.title == "Referat fra ansvarsgruppemøte"
    assert document.file_name == "referat-ansvarsgruppe-2026-12-01.pdf"
    texts = page_texts(document.data)
    assert document.pages == len(texts) == 1
    in_order(
        texts[0],
        [
            "Referat fra ansvarsgruppemøte",
            "Tid og sted",
            "Tid: tirsdag 01.12.2026 kl. 10.00–11.30",
            f"Sted: Rådhuset, møterom 2 {TYPED}",
            "Oppmøte",
            "Til stede",
            "Kari Ruskonsulent (ruskonsulent, Rustjenesten)",
            "Per Veileder (NAV-veileder, NAV Sentrum)",
            "Fraværende",
            "Ola Fastlege (fastlege, Sentrum legekontor)",
            "Meldt forfall",
            "Šárá Žoarri (pårørende)",
            "Saksliste og referat",
            "1. Bolig <i>",
            f"Søknaden er sendt. {TYPED}",
            "Neste linje",
            "2. Helse",
            "Ingen notater",
            "Vedtak",
            "Søke kommunal bolig & følge opp fastlegen.",
            "Oppgaver",
            "Hva",
            "Hvem",
            "Frist",
            "Utført",
            "Søke bolig",
            "Per Veileder",
            "15.12.2026",
            "05.12.2026",
            "Time hos fastlege",
            "Ola Fastlege",
            "Ingen frist",
            "Neste møte",
            "Tid: tirsdag 12.01.2027 kl. 10.00",
            MARKING,
            "Ŧiinná Đuolbma-Čáhppes",
            "utskrevet 02.12.2026",
            "Side 1 av 1",
        ],
    )
    assert "Nils Ukjent" not in texts[0]  # nothing was recorded about him

    reader = PdfReader(io.BytesIO(document.data))
    assert reader.metadata is not None
    assert reader.metadata.title == "Referat fra ansvarsgruppemøte"
    assert reader.metadata.author == "Siri Saksbehandler"
    assert reader.metadata.subject == "Referat fra møte i ansvarsgruppen 01.12.2026"
    assert reader.metadata.creation_date is not None


def test_the_minutes_name_the_client_but_hold_nothing_else_of_the_record(
    db: Database, client_id: int
) -> None:
    add_part(
        db,
        Part.CONSENTS,
        client_id,
        {"kind": "individual_plan", "given_on": dt.date(2026, 1, 10), "form": "written"},
    )
    save_plan(
        db,
        client_id,
        {
            "coordinator": "Kari Ruskonsulent",
            "period_start": dt.date(2026, 2, 1),
            "client_story": "Planens egne ord",
            "goals": [{"life_area": "housing", "description": "Planens mål om bolig"}],
        },
        None,
        today=PRINTED,
    )
    new_meeting(
        db,
        client_id,
        starts_at=dt.datetime(2026, 11, 3, 9, 0),
        ends_at=None,
        location="Et annet sted",
        agenda=[{"title": "Det forrige møtet", "notes": "Forrige referat"}],
        decisions="Forrige vedtak",
        action_items=[{"description": "Forrige oppgave", "responsible": "Kari Ruskonsulent"}],
    )
    meeting_id = new_meeting(db, client_id)
    before = len(audit_events(db, client_id))

    text = "\n".join(page_texts(minutes_pdf(db, meeting_id, today=PRINTED).data))

    assert "Ŧiinná Đuolbma-Čáhppes" in text
    assert SYNTHETIC_ID not in text  # the minutes go to everyone in the group
    assert "f.nr." not in text
    for other in (
        "Et annet sted",
        "Det forrige møtet",
        "Forrige referat",
        "Forrige vedtak",
        "Forrige oppgave",
        "03.11.2026",
        "Planens egne ord",
        "Planens mål om bolig",
    ):
        assert other not in text
    # The caller opened the meeting already; only an export or print is audited.
    assert len(audit_events(db, client_id)) == before


def test_a_meeting_with_only_its_time_says_what_was_not_recorded(
    db: Database, client_id: int
) -> None:
    meeting_id = new_meeting(
        db,
        client_id,
        ends_at=dt.datetime(2026, 12, 2, 9, 0),
        location=None,
        agenda=[],
        attendance=[],
        decisions=None,
        action_items=[],
        next_meeting_at=None,
    )

    text = page_texts(minutes_pdf(db, meeting_id, today=PRINTED).data)[0]

    in_order(
        text,
        [
            "Tid: tirsdag 01.12.2026 kl. 10.00 – 02.12.2026 kl. 09.00",
            "Sted: Ikke oppgitt",
            "Til stede",
            "Ingen",
            "Fraværende",
            "Ingen",
            "Meldt forfall",
            "Ingen",
            "Saksliste og referat",
            "Ingen saker på sakslisten",
            "Vedtak",
            "Ingen vedtak",
            "Oppgaver",
            "Ingen oppgaver",
            "Neste møte",
            "Tid: Ikke avtalt",
        ],
    )


def test_a_30000_character_note_flows_over_more_pages_and_loses_nothing(
    db: Database, client_id: int
) -> None:
    words = [f"ord{number:05d}" for number in range(3400)]
    note = " ".join(words)
    assert len(note) >= 30_000
    meeting_id = new_meeting(db, client_id, agenda=[{"title": "Langt punkt", "notes": note}])

    document = minutes_pdf(db, meeting_id, today=PRINTED)

    texts = page_texts(document.data)
    assert document.pages == len(texts) > 3
    for number, text in enumerate(texts, start=1):
        assert MARKING in text
        assert f"Side {number} av {document.pages}" in text
    # Every word once, in order, across the page breaks (the running text never has "ord").
    assert re.findall(r"ord\d{5}", "\n".join(texts)) == words
    assert "Neste møte" in texts[-1]


def test_an_unknown_meeting_is_not_found(db: Database) -> None:
    with pytest.raises(NotFoundError) as raised:
        minutes_pdf(db, 999)
    assert (raised.value.entity, raised.value.entity_id) == ("group_meeting", 999)
