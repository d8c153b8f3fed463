"""The page every document shares: what each page says, where the address sits, what it holds."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

from pypdf import PdfReader
from reportlab.lib.units import mm

from rustool.documents.layout import (
    MARKING,
    PAGE_HEIGHT,
    WINDOW_HEIGHT,
    WINDOW_TOP,
    WINDOW_WIDTH,
    DocumentInfo,
    Letterhead,
    field_block,
    para,
    render_counted,
    styles,
    table,
)

SAMI = "Ŋ Ŧ Đ Č Š Ž ŋ ŧ đ č š ž"
INFO = DocumentInfo(
    title="Henvisning til TSB",
    subject="Henvisning til tverrfaglig spesialisert rusbehandling",
    author="Siri Saksbehandler",
    client_name="Åse Ŋiillas",
    national_id="109155 96784",
    letterhead=Letterhead(municipality="Testby kommune", service="Rustjenesten"),
    printed_on=dt.date(2026, 11, 23),
    address=["Ålesund behandlingssenter", "Postboks 1", "6001 Ålesund"],
)


def pages(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def test_every_page_carries_the_marking_the_client_and_its_number() -> None:
    st = styles()
    story: list[Any] = []
    for number in range(60):
        story += field_block(f"Spørsmål {number}", "Et svar som tar plass. " * 30, st)
    data, count = render_counted(INFO, story)
    texts = pages(data)
    assert count == len(texts) > 3
    for number, text in enumerate(texts, start=1):
        assert MARKING in text
        assert "Åse Ŋiillas, f.nr. 109155 96784" in text
        assert f"Side {number} av {count}" in text
        assert "utskrevet 23.11.2026" in text
    reader = PdfReader(io.BytesIO(data))
    assert reader.metadata is not None
    assert reader.metadata.title == "Henvisning til TSB"
    assert reader.metadata.author == "Siri Saksbehandler"
    assert reader.metadata.subject == INFO.subject
    assert reader.metadata.creation_date is not None


def test_user_text_prints_literally_with_every_norwegian_and_sami_letter() -> None:
    st = styles()
    typed = f"<b>&amp; æøå ÆØÅ {SAMI}\nny linje"
    data, _ = render_counted(
        INFO,
        [
            *field_block("Svar", typed, st),
            *field_block("Tomt", "  ", st),
            table(["Rusmiddel <i>"], [[typed]], [100 * mm], st),
        ],
    )
    text = pages(data)[0]
    assert "<b>&amp; æøå ÆØÅ " + SAMI in text
    assert "ny linje" in text
    assert "Rusmiddel <i>" in text
    assert "Ikke beskrevet" in text  # considered, not lost
    assert para(None, st["body"]).getPlainText() == "Ikke beskrevet"


def test_the_address_sits_in_the_window_of_the_envelope() -> None:
    data, _ = render_counted(INFO, [para("Brødtekst", styles()["body"])])
    found: dict[str, tuple[float, float]] = {}

    def visit(text: str, _cm: Any, tm: Any, _font: Any, _size: Any) -> None:
        if text.strip() in INFO.address:  # type: ignore[operator]
            found[text.strip()] = (tm[4], tm[5])

    PdfReader(io.BytesIO(data)).pages[0].extract_text(visitor_text=visit)
    assert set(found) == set(INFO.address or [])
    for x, y in found.values():
        from_top = PAGE_HEIGHT - y
        assert 20 * mm <= x <= 20 * mm + WINDOW_WIDTH
        assert WINDOW_TOP < from_top < WINDOW_TOP + WINDOW_HEIGHT
