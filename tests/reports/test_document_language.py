"""The documents follow the language the user chose: their headings, labels, running header and
footer are translated when a document is rendered, dates stay Norwegian (dd.mm.yyyy), and a
longer translation wraps or is cut to its room instead of running off the page. Words stored
as data (a plan revision's change lines) stay as they were written."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterator
from typing import Any

import pytest
from pypdf import PageObject, PdfReader
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from rustool import texts
from rustool.db import Database
from rustool.documents.layout import (
    FONT,
    FONT_BOLD,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARKING,
    PAGE_WIDTH,
)
from rustool.documents.referral_pdf import SUBJECTS, TITLES
from rustool.services.audit import export_client_log
from rustool.services.clients import create_client
from rustool.services.documents import PdfDocument, referral_pdf
from rustool.services.group_documents import minutes_pdf, plan_pdf
from rustool.services.groups import create_meeting, meeting_invitation, save_member
from rustool.services.plans import client_plan, ip_status_text, save_plan
from rustool.services.record_parts import Part, add_part
from rustool.services.settings import save_settings
from tests.conftest import SYNTHETIC_ID
from tests.reports.test_minutes_pdf import MEMBERS, meeting_data
from tests.reports.test_plan_pdf import plan_data
from tests.reports.test_referral_pdf import filled_referral

TODAY = dt.date.today()
PLAN_DAY = dt.date(2026, 11, 23)
MEETING_PRINTED = dt.date(2026, 12, 2)
# The English of real source strings, by (context, bokmål); any other word reads as written.
ENGLISH = {
    ("layout", "Unntatt offentlighet, jf. offl. § 13, jf. fvl. § 13"): (
        "Exempt from public disclosure, cf. offl. § 13, cf. fvl. § 13"
    ),
    ("layout", "Side {page} av {total}"): "Page {page} of {total}",
    ("layout", "utskrevet {date}"): "printed {date}",
    ("layout", "{name}, f.nr. {national_id}"): "{name}, national id {national_id}",
    ("layout", "Telefon {phone}"): "Phone {phone}",
    ("layout", "nb-NO"): "en-GB",
    ("referral_pdf", "Henvisning til TSB"): "Referral to TSB",
    ("referral_pdf", "Henvisning til tverrfaglig spesialisert rusbehandling (TSB)"): (
        "Referral to interdisciplinary specialised addiction treatment (TSB)"
    ),
    ("referral_pdf", "UTKAST – ikke sendt"): "DRAFT – not sent",
    ("referral_pdf", "Klient"): "Client",
    ("referral_pdf", "Fødselsnummer"): "National identity number",
    ("referral_pdf", "Samtykke"): "Consent",
    ("referral_pdf", "Samtykke til henvisning gitt"): "Consent to the referral given",
    ("referral_pdf", "Ja"): "Yes",
    ("referral_pdf", "Relasjon"): "Relation",
    ("referral_pdf", "{score} av {highest}"): "{score} of {highest}",
    ("referral_pdf", "Henviser"): "Referrer",
    ("referral_rules", "Familie og sosialt"): "Family and social life",
    ("referral_rules", "Begrunnelse for henvisningen"): "Reason for the referral",
    ("referral_rules", "Ukjent"): "Unknown",
    ("client_rules", "Barn"): "Child",
    ("screening", "Lav risiko"): "Low risk",
    ("plan_pdf", "Individuell plan"): "Individual plan",
    ("plan_pdf", "Mine mål"): "My goals",
    ("plan_pdf", "Du ga samtykke til planen {date}."): "You consented to the plan on {date}.",
    ("plan_rules", "Status"): "State",
    ("plan_rules", "aktiv"): "active",
    ("plan_rules", "Planen har ingen koordinator."): "The plan has no coordinator.",
    ("minutes_pdf", "Referat fra ansvarsgruppemøte"): "Minutes of the responsibility group",
    ("minutes_pdf", "Referat fra møte i ansvarsgruppen {date}"): (
        "Minutes of the responsibility group's meeting {date}"
    ),
    ("minutes_pdf", "tirsdag"): "Tuesday",
    ("minutes_pdf", "kl. {time}"): "at {time}",
    ("minutes_pdf", "Til stede"): "Present",
    ("plans", "Individuell plan: {status} {period}, neste revisjon {date}."): (
        "Individual plan: {status} {period}, next revision {date}."
    ),
    ("plans", "fra {start} til {end}"): "from {start} to {end}",
    ("plans", "Koordinator: {name}."): "Coordinator: {name}.",
    ("plans", "Ansvarsgruppe: {members}."): "Responsibility group: {members}.",
    ("AuditDialog", "opprettet"): "created",
    ("AuditDialog", "klient"): "client",
    ("audit", "Tidspunkt"): "Time",
    ("audit", "Handling"): "Action",
    ("audit", "Gjelder"): "Concerns",
    ("invitation", "Ansvarsgruppemøte"): "Responsibility group meeting",
    ("groups", "Møte i ansvarsgruppen."): "Meeting of the responsibility group.",
}


def english(context: str, text: str) -> str:
    return ENGLISH.get((context, text), text)


def pseudo(_context: str, text: str) -> str:
    """Every word longer, as the developers' pseudo-language makes them."""
    return "[" + text + "~~~~~~]"


def threefold(_context: str, text: str) -> str:
    """Far longer words than any language has: the lines drawn on their own are cut."""
    return " ".join([text] * 3)


@pytest.fixture(autouse=True)
def as_written() -> Iterator[None]:
    """Every test starts and ends without a translator (the words as written)."""
    texts.set_translator(None)
    yield
    texts.set_translator(None)


# --- reading the PDF -----------------------------------------------------------------------


def page_texts(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def one_line(text: str) -> str:
    return " ".join(text.split())


# ReportLab fills a line of a paragraph as if its spaces could shrink a little
# (rl_config.spaceShrinkage), so a full line, in any language, reaches up to a point or two
# past the frame.
SPACE_SHRINKAGE = 1 * mm


def page_lines(page: PageObject) -> dict[tuple[float, float], tuple[str, float]]:
    """The page's lines by where they start, (y, x): their text and width. pypdf gives a
    line's bold and plain runs from where the line starts, so the runs at one spot are one
    line, their widths added up."""
    lines: dict[tuple[float, float], tuple[str, float]] = {}

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        run = text.rstrip("\n")
        if not run.strip() or font is None:
            return
        face = FONT_BOLD if "Bold" in str(font.get("/BaseFont")) else FONT
        spot = (round(cm[3] * tm[5] + cm[5], 1), round(cm[0] * tm[4] + cm[4], 1))
        before, width = lines.get(spot, ("", 0.0))
        lines[spot] = (before + run, width + stringWidth(run, face, size))

    page.extract_text(visitor_text=visit)
    return lines


def misplaced_lines(data: bytes) -> list[str]:
    """The lines of text that reach outside the margins or into the next thing on the same
    line (the running header's marking into the title, a cell into the next cell)."""
    found: list[str] = []
    for number, page in enumerate(PdfReader(io.BytesIO(data)).pages, start=1):
        previous: tuple[float, float, str] | None = None
        for (y, left), (text, width) in sorted(page_lines(page).items()):
            right = left + width
            if left < MARGIN_LEFT - 0.5 or right > PAGE_WIDTH - MARGIN_RIGHT + SPACE_SHRINKAGE:
                found.append(f"page {number}: {text!r} off the page ({left:.1f}–{right:.1f} pt)")
            if previous is not None and previous[0] == y and previous[1] > left:
                found.append(f"page {number}: {text!r} overlaps {previous[2]!r}")
            previous = (y, right, text)
    return found


def client_with_consent(db: Database, kind: str) -> int:
    settings = {
        "user_name": "Siri Saksbehandler",
        "org_municipality": "Testby kommune",
        "org_service": "Rustjenesten",
        "org_phone": "78 46 00 00",
    }
    save_settings(db, settings)
    client = create_client(
        db, {"given_name": "Ŧiinná", "family_name": "Đuolbma-Čáhppes", "national_id": SYNTHETIC_ID}
    )
    assert client.id is not None
    consent = {"kind": kind, "form": "written", "given_on": dt.date(2026, 1, 10)}
    add_part(db, Part.CONSENTS, client.id, consent)
    return client.id


def the_plan(db: Database) -> int:
    client_id = client_with_consent(db, "individual_plan")
    save_plan(db, client_id, plan_data(), None, today=PLAN_DAY)
    return client_id


def the_meeting(db: Database) -> int:
    client_id = client_with_consent(db, "responsibility_group")
    for member in MEMBERS:
        save_member(db, client_id, dict(member))
    meeting_id = create_meeting(db, client_id, meeting_data()).meeting.id
    assert meeting_id is not None
    return meeting_id


# --- the referral ----------------------------------------------------------------------------


def test_the_referral_prints_in_the_translation_and_not_in_bokmal(db: Database) -> None:
    referral_id = filled_referral(db, "tsb")
    texts.set_translator(english)
    document = referral_pdf(db, referral_id)

    pages = page_texts(document.data)
    text = one_line("\n".join(pages))
    assert document.title == "Referral to TSB"  # the preview's title bar, the print queue
    for translated, bokmal in (
        ("DRAFT – not sent", "UTKAST – ikke sendt"),
        ("Referral to TSB", "Henvisning til TSB"),
        ("National identity number", "Fødselsnummer"),
        ("Family and social life", "Familie og sosialt"),  # a section (referral_rules)
        ("Reason for the referral", "Begrunnelse for henvisningen"),  # a field's title
        ("Consent to the referral given", "Samtykke til henvisning gitt"),
        ("Referrer", "Henviser"),
        ("Exempt from public disclosure", "Unntatt offentlighet"),
    ):
        assert translated in text
        assert bokmal not in text
    # Coded answers and the tables' words, through the domain's Labels.
    assert "Low risk" in text and "Lav risiko" not in text  # a screening zone
    assert "40 of 40" in text
    assert "Relation" in text and "Child" in text  # a child's relation (client_rules)
    assert "Unknown" in text and "Ukjent" not in text  # a coded answer (referral_rules)
    assert "Yes" in text
    assert "Phone 78 46 00 00" in pages[0]  # the letterhead
    given = (TODAY - dt.timedelta(days=20)).strftime("%d.%m.%Y")
    assert f"Consent to the referral given {given}" in text  # the date stays Norwegian
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        assert f"printed {TODAY.strftime('%d.%m.%Y')}" in page
        assert "national id 109155 96784" in page
        assert MARKING not in page and f"Side {number} av" not in page
    reader = PdfReader(io.BytesIO(document.data))
    assert reader.metadata is not None
    assert reader.metadata.title == "Referral to TSB"
    assert reader.metadata.subject == (
        "Referral to interdisciplinary specialised addiction treatment (TSB)"
    )
    assert str(reader.root_object["/Lang"]) == "en-GB"  # what a screen reader reads it as


def test_without_a_translator_the_referral_reads_in_bokmal_as_before(db: Database) -> None:
    document = referral_pdf(db, filled_referral(db, "tsb"))
    pages = page_texts(document.data)
    text = one_line("\n".join(pages))
    assert document.title == "Henvisning til TSB"
    assert "UTKAST – ikke sendt" in text and "Begrunnelse for henvisningen" in text
    for number, page in enumerate(pages, start=1):
        assert MARKING in page
        assert f"Side {number} av {len(pages)}" in page
    assert str(PdfReader(io.BytesIO(document.data)).root_object["/Lang"]) == "nb-NO"


def test_the_referrals_titles_are_labels_read_in_the_translation() -> None:
    texts.set_translator(english)
    assert TITLES["tsb"] == "Referral to TSB"
    assert TITLES["lar"] == "Henvisning til LAR"  # not in the catalogue: as written
    assert SUBJECTS["tsb"].startswith("Referral to interdisciplinary")
    assert TITLES.source("tsb") == "Henvisning til TSB"


# --- the plan and the minutes ----------------------------------------------------------------


def test_the_plan_prints_in_the_translation(db: Database) -> None:
    client_id = the_plan(db)
    texts.set_translator(english)
    document = plan_pdf(db, client_id, today=PLAN_DAY)
    text = one_line("\n".join(page_texts(document.data)))
    assert document.title == "Individual plan"
    assert "My goals" in text and "Mine mål" not in text
    assert "State: active" in text and "Status: aktiv" not in text  # plan_rules' Labels
    assert "You consented to the plan on 10.01.2026." in text


def test_the_minutes_print_in_the_translation_with_norwegian_dates_and_times(
    db: Database,
) -> None:
    meeting_id = the_meeting(db)
    texts.set_translator(english)
    document = minutes_pdf(db, meeting_id, today=MEETING_PRINTED)
    text = one_line("\n".join(page_texts(document.data)))
    assert document.title == "Minutes of the responsibility group"
    assert "Tuesday 01.12.2026 at 10.00–11.30" in text
    assert "tirsdag" not in text and "kl. 10.00" not in text
    assert "Present" in text and "Til stede" not in text
    reader = PdfReader(io.BytesIO(document.data))
    assert reader.metadata is not None
    assert reader.metadata.subject == "Minutes of the responsibility group's meeting 01.12.2026"


# --- longer words ----------------------------------------------------------------------------


def rendered(db: Database, document: str, translator: texts.Translator) -> PdfDocument:
    """`document` made in `translator`'s words (its data stored before, in bokmål)."""
    if document in ("tsb", "lar"):
        referral_id = filled_referral(db, document)
        texts.set_translator(translator)
        return referral_pdf(db, referral_id)
    if document == "plan":
        client_id = the_plan(db)
        texts.set_translator(translator)
        return plan_pdf(db, client_id, today=PLAN_DAY)
    meeting_id = the_meeting(db)
    texts.set_translator(translator)
    return minutes_pdf(db, meeting_id, today=MEETING_PRINTED)


HEADINGS = {
    "tsb": "[Henvisning til TSB~~~~~~]",
    "lar": "[Henvisning til LAR~~~~~~]",
    "plan": "[Individuell plan~~~~~~]",
    "minutes": "[Referat fra ansvarsgruppemøte~~~~~~]",
}


@pytest.mark.parametrize("document", ["tsb", "lar", "plan", "minutes"])
def test_longer_words_wrap_or_are_cut_but_never_run_off_the_page(
    db: Database, document: str
) -> None:
    made = rendered(db, document, pseudo)
    pages = page_texts(made.data)
    assert made.pages == len(pages) >= 1
    text = one_line("\n".join(pages))
    assert HEADINGS[document] in text
    for number, page in enumerate(pages, start=1):
        assert f"[Side {number} av {len(pages)}~~~~~~]" in page
        assert pseudo("layout", MARKING) in page  # whole: the pseudo words fit
    assert misplaced_lines(made.data) == []


@pytest.mark.parametrize("document", ["tsb", "plan", "minutes"])
def test_even_far_longer_words_stay_on_the_page_and_apart(db: Database, document: str) -> None:
    made = rendered(db, document, threefold)
    pages = page_texts(made.data)
    assert made.pages == len(pages)
    for number, page in enumerate(pages, start=1):
        assert f"Side {number} av {len(pages)}" in page
        assert "Unntatt offentlighet" in page and "…" in page  # cut to its room, not lost
    assert misplaced_lines(made.data) == []


# --- the texts the services write ------------------------------------------------------------


def test_the_ip_status_answer_is_written_in_the_translation(db: Database) -> None:
    client_id = the_plan(db)
    save_member(
        db,
        client_id,
        {"name": "Kari Ruskonsulent", "role": "ruskonsulent", "is_coordinator": True},
    )
    texts.set_translator(english)
    assert ip_status_text(db, client_id, today=PLAN_DAY) == (
        "Individual plan: active from 01.02.2026 to 31.12.2026, next revision 15.01.2027. "
        "Coordinator: Kari Ruskonsulent (ruskonsulent). "
        "Responsibility group: Kari Ruskonsulent (ruskonsulent)."
    )


def test_quality_lines_are_translated_but_revision_lines_are_stored_in_bokmal(
    db: Database,
) -> None:
    client_id = the_plan(db)
    plan = client_plan(db, client_id, today=PLAN_DAY).plan
    assert plan is not None
    texts.set_translator(english)
    view = save_plan(db, client_id, plan_data(coordinator=None), plan.version, today=PLAN_DAY)
    assert view.quality[0].message == "The plan has no coordinator."
    # The change list is kept with the revision: written in bokmål whatever the language.
    assert view.revisions[0].changes == ["Koordinator: «Kari Ruskonsulent» → (tom)"]


def test_the_clients_log_export_is_in_the_translation(db: Database) -> None:
    client_id = client_with_consent(db, "referral")
    texts.set_translator(english)
    exported = export_client_log(db, client_id).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(exported), delimiter=";"))
    assert rows[0] == ["Time", "Bruker", "Action", "Concerns", "Nr.", "Detaljer"]
    assert ["created", "client"] in [row[2:4] for row in rows[1:]]
    assert rows[1][0][2] == "."  # the time stays Norwegian: dd.mm.yyyy


def test_the_meeting_invitation_is_made_in_the_translation(db: Database) -> None:
    meeting_id = the_meeting(db)
    texts.set_translator(english)
    _name, ics = meeting_invitation(db, meeting_id)
    lines = ics.decode().replace("\r\n ", "").splitlines()
    assert "SUMMARY:Responsibility group meeting" in lines
    assert "DESCRIPTION:Meeting of the responsibility group." in lines
