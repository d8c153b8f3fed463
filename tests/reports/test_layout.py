"""The page every document shares: what each page says, where the address sits, what it holds."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import replace
from typing import Any

from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from rustool.documents.layout import (
    FONT,
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


def test_the_whole_address_sits_in_the_window_of_the_envelope() -> None:
    # The seeded assessment unit's department is wider than the window at 10 pt.
    address = [
        "Ålesund behandlingssenter",
        "Avdeling for tverrfaglig spesialisert rusbehandling (TSB)",
        "Postboks 1600",
        "6025 Ålesund",
    ]
    info = replace(INFO, address=address)
    data, _ = render_counted(info, [para("Brødtekst", styles()["body"])])
    placed: list[tuple[str, float, float, float]] = []

    def visit(text: str, _cm: Any, tm: Any, _font: Any, size: float) -> None:
        from_top = PAGE_HEIGHT - tm[5]
        if text.strip() and WINDOW_TOP - 5 * mm < from_top < WINDOW_TOP + WINDOW_HEIGHT:
            width = stringWidth(text.strip(), FONT, size * tm[0])
            placed.append((text.strip(), tm[4], tm[5], width))

    PdfReader(io.BytesIO(data)).pages[0].extract_text(visitor_text=visit)
    shown = " ".join(text for text, *_ in placed)
    assert shown == " ".join(address)  # every word, in order, nothing cut
    for _text, x, y, width in placed:
        from_top = PAGE_HEIGHT - y
        assert 20 * mm <= x and x + width <= 20 * mm + WINDOW_WIDTH
        assert WINDOW_TOP < from_top < WINDOW_TOP + WINDOW_HEIGHT


def test_a_sent_letter_keeps_its_date_and_a_client_without_id_is_named_by_birth_date() -> None:
    info = replace(
        INFO, national_id=None, birth_date=dt.date(1980, 1, 2), dated=dt.date(2025, 12, 19)
    )
    text = pages(render_counted(info, [para("Brødtekst", styles()["body"])])[0])[0]
    assert "19.12.2025" in text and "utskrevet 23.11.2026" in text
    assert "Åse Ŋiillas, f. 02.01.1980" in text


def test_long_names_in_the_running_lines_are_cut_not_run_into_the_page_number() -> None:
    long_name = "Tjenesten for rus og psykisk helse, oppfølging og ettervern " * 3
    info = replace(INFO, letterhead=Letterhead(municipality="Testby kommune", service=long_name))
    text = pages(render_counted(info, [para("Brødtekst", styles()["body"])])[0])[0]
    assert "…" in text and "Side 1 av 1" in text
