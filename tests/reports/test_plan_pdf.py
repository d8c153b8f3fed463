"""The individual plan as PDF, in plain language for the client: all of the plan, in order."""

from __future__ import annotations

import datetime as dt
import io
import re
from typing import Any

import pytest
from pypdf import PdfReader

from rustool.db import Database
from rustool.documents.layout import MARKING
from rustool.domain.records import ValidationError
from rustool.services.audit import audit_events
from rustool.services.clients import create_client
from rustool.services.errors import NotFoundError
from rustool.services.group_documents import plan_pdf
from rustool.services.plans import decline_plan, save_plan
from rustool.services.record_parts import Part, add_part
from rustool.services.settings import save_settings
from tests.conftest import SYNTHETIC_ID

SAMI = "Ŋ Ŧ Đ Č Š Ž"
TYPED = f"<b>&amp; æøå ÆØÅ {SAMI}"
TODAY = dt.date(2026, 11, 23)


def plan_data(**fields: Any) -> dict[str, Any]:
    return {
        "coordinator": "Kari Ruskonsulent",
        "period_start": dt.date(2026, 2, 1),
        "period_end": dt.date(2026, 12, 31),
        "next_revision_on": dt.date(2027, 1, 15),
        "client_story": f"Jeg vil ha et sted å bo. {TYPED}",
        "resources": "Søsteren min støtter meg.",
        "cooperation": "NAV og fastlegen samarbeider om arbeidsavklaring.",
        "status": "active",
        "participants": [
            {"name": "Kari Ruskonsulent", "role": "ruskonsulent", "organization": "Rustjenesten"},
            {"name": "Per Veileder", "role": "NAV-veileder", "organization": "NAV Sentrum"},
        ],
        "goals": [
            {
                "life_area": "housing",
                "description": "Egen leilighet <i>",
                "horizon": "long",
                "target_date": dt.date(2026, 10, 1),
                "status": "open",
                "measures": [
                    {
                        "description": "Søke kommunal bolig",
                        "responsible": "NAV, Per Veileder",
                        "scope": "Ett møte i uka",
                        "start_on": dt.date(2026, 2, 1),
                        "end_on": dt.date(2026, 4, 1),
                        "status": "ongoing",
                    },
                    {"description": "Hjelp til flytting"},
                ],
            },
            {
                "life_area": "substance_use",
                "description": "Drikke mindre",
                "horizon": "short",
                "status": "reached",
            },
        ],
        "evaluations": [
            {
                "held_on": dt.date(2026, 6, 1),
                "summary": "Det går bedre.",
                "goal_notes": [
                    {"goal": 0, "note": "Søknaden er sendt."},
                    {"goal": 1, "note": "Nådd i mai."},
                ],
            },
            {"held_on": dt.date(2026, 3, 2), "summary": "Første gjennomgang."},
        ],
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
    # An old consent that has run out, and the one in force that the plan shows.
    consent = {"kind": "individual_plan", "form": "written"}
    add_part(
        db,
        Part.CONSENTS,
        client.id,
        consent | {"given_on": dt.date(2024, 1, 5), "expires_on": dt.date(2025, 1, 5)},
    )
    add_part(db, Part.CONSENTS, client.id, consent | {"given_on": dt.date(2026, 1, 10)})
    return client.id


def page_texts(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def in_order(text: str, expected: list[str]) -> None:
    """Each expected piece appears after the one before."""
    position = 0
    for piece in expected:
        found = text.find(piece, position)
        assert found >= 0, f"{piece!r} missing after position {position}"
        position = found + len(piece)


def body(texts: list[str]) -> str:
    """The pages' text without the running header and footer, which pypdf gives last."""
    return "\n".join(text.split(MARKING)[0] for text in texts)


def test_the_plan_holds_every_part_in_order_with_plain_headings(
    db: Database, client_id: int
) -> None:
    plan = save_plan(db, client_id, plan_data(), None, today=TODAY).plan
    assert plan is not None
    before = len(audit_events(db, client_id))

    document = plan_pdf(db, client_id, today=TODAY)

    assert (document.kind, document.entity, document.entity_id, document.client_id) == (
        "plan",
        "individual_plan",
        plan.id,
        client_id,
    )
    assert document.title == "Individuell plan"
    assert document.file_name == "individuell-plan-2026-11-23.pdf"
    texts = page_texts(document.data)
    assert document.pages == len(texts)
    in_order(
        body(texts),
        [
            "Individuell plan",
            "Om planen",
            "Koordinator: Kari Ruskonsulent (ruskonsulent, Rustjenesten)",
            "Planperiode: 01.02.2026 – 31.12.2026",
            "Status: aktiv",
            "Neste gjennomgang av planen: 15.01.2027",
            "Sist evaluert: 01.06.2026",
            "Hvem er med",
            "Kari Ruskonsulent (ruskonsulent, Rustjenesten)",
            "Per Veileder (NAV-veileder, NAV Sentrum)",
            "Med mine egne ord",
            f"Jeg vil ha et sted å bo. {TYPED}",
            "Mine ressurser",
            "Søsteren min støtter meg.",
            "Samarbeid med andre tjenester",
            "NAV og fastlegen samarbeider om arbeidsavklaring.",
            "Mine mål",
            "Mål 1 (Bolig)",
            "Egen leilighet <i>",
            "Når: på lang sikt, innen 01.10.2026",
            "Status: åpent",
            "Hva som skal gjøres, og hvem som har ansvaret",
            "Tiltak 1.1",
            "Søke kommunal bolig",
            "Hvem har ansvaret: NAV, Per Veileder",
            "Omfang: Ett møte i uka",
            "Når: 01.02.2026 – 01.04.2026",
            "Status: pågår",
            "Tiltak 1.2",
            "Hjelp til flytting",
            "Hvem har ansvaret: Ikke avklart ennå",
            "Omfang: Ikke beskrevet",
            "Når: Ikke bestemt ennå",
            "Status: planlagt",
            "Mål 2 (Rusmiddelbruk)",
            "Drikke mindre",
            "Når: på kort sikt",
            "Status: nådd",
            "Hva som skal gjøres, og hvem som har ansvaret",
            "Ingen tiltak er satt opp ennå.",
            "Slik har det gått",
            "Evaluering 02.03.2026",  # oldest first
            "Første gjennomgang.",
            "Evaluering 01.06.2026",
            "Det går bedre.",
            "Mål 1 (Bolig): Søknaden er sendt.",
            "Mål 2 (Rusmiddelbruk): Nådd i mai.",
            "Samtykke",
            "Du ga samtykke til planen 10.01.2026.",
        ],
    )
    assert "05.01.2024" not in "".join(texts)  # the consent that ran out
    for number, text in enumerate(texts, start=1):
        assert MARKING in text
        assert f"Ŧiinná Đuolbma-Čáhppes, f.nr. {SYNTHETIC_ID[:6]} {SYNTHETIC_ID[6:]}" in text
        assert f"Side {number} av {document.pages}" in text
        assert "utskrevet 23.11.2026" in text

    reader = PdfReader(io.BytesIO(document.data))
    assert reader.metadata is not None
    assert reader.metadata.title == "Individuell plan"
    assert reader.metadata.author == "Siri Saksbehandler"
    assert reader.metadata.subject == "Individuell plan: mål, tiltak og hvem som har ansvaret"
    assert reader.metadata.creation_date is not None
    # The caller opened the plan already; only an export or print is audited.
    assert len(audit_events(db, client_id)) == before


def test_a_bare_plan_says_what_is_not_decided_yet(db: Database, client_id: int) -> None:
    save_plan(
        db,
        client_id,
        {"period_start": dt.date(2026, 2, 1), "status": "closed"},
        None,
        today=TODAY,
    )

    text = body(page_texts(plan_pdf(db, client_id, today=TODAY).data))

    in_order(
        text,
        [
            "Koordinator: Ingen koordinator ennå",
            "Planperiode: fra 01.02.2026",
            "Status: avsluttet",
            "Neste gjennomgang av planen: Ikke bestemt ennå",
            "Sist evaluert: Ikke evaluert ennå",
            "Hvem er med",
            "Ingen deltakere er skrevet ned ennå.",
            "Med mine egne ord",
            "Ikke beskrevet",
            "Mine mål",
            "Ingen mål er skrevet ned ennå.",
            "Slik har det gått",
            "Planen er ikke evaluert ennå.",
            "Samtykke",
            "Du ga samtykke til planen 10.01.2026.",
        ],
    )


def test_without_a_consent_in_force_on_the_day_printed_the_plan_says_so(
    db: Database, client_id: int
) -> None:
    save_plan(db, client_id, plan_data(), None, today=TODAY)

    text = body(page_texts(plan_pdf(db, client_id, today=dt.date(2026, 1, 9)).data))

    assert "Det er ikke registrert noe samtykke til planen som gjelder nå." in text
    assert "10.01.2026" not in text


def test_a_30000_character_story_flows_over_more_pages_and_loses_nothing(
    db: Database, client_id: int
) -> None:
    words = [f"ord{number:05d}" for number in range(3400)]
    story = " ".join(words)
    assert len(story) >= 30_000
    save_plan(db, client_id, plan_data(client_story=story), None, today=TODAY)

    document = plan_pdf(db, client_id, today=TODAY)

    texts = page_texts(document.data)
    assert document.pages == len(texts) > 3
    for number, text in enumerate(texts, start=1):
        assert f"Side {number} av {document.pages}" in text
    assert re.findall(r"ord\d{5}", "\n".join(texts)) == words
    in_order(body(texts), ["Med mine egne ord", "ord03399", "Mine ressurser", "Samtykke"])


def test_no_plan_or_a_declined_one_is_refused_with_the_reason(db: Database, client_id: int) -> None:
    with pytest.raises(ValidationError) as raised:
        plan_pdf(db, client_id, today=TODAY)
    error = raised.value.for_field("individual_plan")
    assert error is not None and error.code == "no_plan"
    assert "no individual plan" in error.message

    decline_plan(
        db,
        client_id,
        {"coordinator": "Kari Ruskonsulent", "declined_on": dt.date(2026, 3, 1)},
        None,
    )
    with pytest.raises(ValidationError) as raised:
        plan_pdf(db, client_id, today=TODAY)
    error = raised.value.for_field("individual_plan")
    assert error is not None and error.code == "declined"
    assert "declined" in error.message


def test_an_unknown_client_is_not_found(db: Database) -> None:
    with pytest.raises(NotFoundError) as raised:
        plan_pdf(db, 999)
    assert (raised.value.entity, raised.value.entity_id) == ("client", 999)
