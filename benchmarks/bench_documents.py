"""Referral PDF speed: a fully filled TSB referral, and one long enough for about 20 pages.

    .venv/bin/python benchmarks/bench_documents.py [--runs 15]

Figures (issue 5): the median time of `referral_pdf` (read from the database and rendered),
printed next to its target and next to a minimal one-page ReportLab document made on the same
machine, as the baseline ratio. Runs in a temporary folder; nothing touches the user's data.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from rustool.db import Database, open_database
from rustool.domain.records import FieldType
from rustool.domain.referral_rules import TSB_CONTENT_FIELDS
from rustool.encryption import Key
from rustool.services.clients import create_client
from rustool.services.documents import referral_pdf
from rustool.services.record_parts import Part, add_part
from rustool.services.referrals import attach_screening, create_referral, save_draft
from rustool.services.screenings import record_screening
from rustool.services.settings import save_settings

TODAY = dt.date.today()
# About what a consultant writes for one checklist question, with the letters that need the
# bundled font and the characters that need escaping.
ANSWER = (
    "Klienten forteller selv at rusbruken har økt det siste året, særlig i helgene, og at "
    "det går ut over arbeid, økonomi og forholdet til barna. Ŋ Ŧ Đ Č Š Ž æøå <b>&amp; "
    "Hun ønsker hjelp nå og har selv tatt initiativ til henvisningen i samarbeid med fastlegen. "
)
FILLED_TARGET_MS = 150
LONG_PAGES = 20
LONG_TARGET_MS = 1000

PASSPHRASE = "benchmark med lange ord og fjell"  # documents come from the encrypted file


def row(name: str, value: float, baseline: float, target: float | None) -> str:
    verdict = "" if target is None else ("ok" if value <= target else "MISSED")
    goal = "" if target is None else f"target < {target:g} ms"
    line = f"{name:<46} {value:>8.1f} ms {value / baseline:>7.0f}× {goal:<17} {verdict}"
    return line.rstrip()


def median_ms(action: Callable[[], Any], runs: int) -> float:
    action()  # the first call registers the fonts and warms the caches, as at start-up
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


def minimal_pdf() -> bytes:
    """The baseline: one page with one line of text in a built-in font."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    canvas.drawString(72, 760, "Henvisning")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def filled_content(answer: str) -> dict[str, Any]:
    """Every TSB checklist question answered with `answer`."""
    content: dict[str, Any] = {}
    for spec in TSB_CONTENT_FIELDS:
        if spec.type is FieldType.TEXT:
            content[spec.name] = answer
        elif spec.type is FieldType.BOOL:
            content[spec.name] = True
        elif spec.type is FieldType.ENUM:
            content[spec.name] = spec.choices[-1]
        else:
            content[spec.name] = "Per Fastlege"
    content["attachments"] = ["Skriv fra fastlege", "Epikrise fra avrusning"]
    return content


def filled_referral(db: Database, client_id: int, answer: str) -> int:
    referral = create_referral(db, client_id, "tsb")
    assert referral.id is not None
    save_draft(
        db,
        referral.id,
        common={"referrer_name": "Siri Saksbehandler", "referrer_title": "Ruskonsulent"},
        recipient={
            "name": "Ålesund behandlingssenter",
            "department": "Vurderingsinstansen",
            "address": "Postboks 1600",
            "postal_code": "6025",
            "city": "Ålesund",
        },
        content=filled_content(answer),
        substance_use=[
            {
                "substance": substance,
                "frequency": "daglig",
                "amount": "varierer",
                "route": "oral",
                "debut_age": 15,
                "last_used_on": TODAY - dt.timedelta(days=2),
            }
            for substance in ("alcohol", "cannabis", "benzodiazepines", "stimulants")
        ],
        wizard_page=0,
        expected_version=referral.version,
    )
    for instrument, answers in (("AUDIT", [3] * 8 + [2, 2]), ("DUDIT", [1] * 9 + [2, 2])):
        screening = record_screening(db, client_id, instrument, TODAY, answers)
        assert screening.id is not None
        attach_screening(db, referral.id, screening.id)
    return referral.id


def new_client(db: Database) -> int:
    save_settings(
        db,
        {
            "user_name": "Siri Saksbehandler",
            "org_municipality": "Molde kommune",
            "org_service": "Rustjenesten",
            "org_address": "Rådhusplassen 1, 6413 Molde",
        },
    )
    client = create_client(
        db,
        {
            "given_name": "Áile",
            "family_name": "Ŋuorra",
            "birth_date": "1984-05-06",
            "address": "Storgata 1",
            "postal_code": "6413",
            "city": "Molde",
            "gp_name": "Dr. Fastlege",
        },
    )
    assert client.id is not None
    for name, age in (("Barn Én", 7), ("Barn To", 12)):
        born = TODAY.replace(year=TODAY.year - age, day=1)
        add_part(
            db, Part.CHILDREN, client.id, {"name": name, "birth_date": born, "relation": "child"}
        )
    add_part(
        db, Part.CONSENTS, client.id, {"kind": "referral", "given_on": TODAY, "form": "written"}
    )
    return client.id


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="rustool-bench-") as folder:
        db = open_database(Path(folder) / "rustool.sqlite3", key=Key.new(PASSPHRASE))
        client_id = new_client(db)
        filled = filled_referral(db, client_id, ANSWER)
        # Long answers, as when earlier treatment and health are described at length.
        long = filled_referral(db, client_id, ANSWER * 14)
        filled_pages = referral_pdf(db, filled).pages
        long_pages = referral_pdf(db, long).pages
        baseline = median_ms(minimal_pdf, args.runs)
        filled_ms = median_ms(lambda: referral_pdf(db, filled), args.runs)
        long_ms = median_ms(lambda: referral_pdf(db, long), args.runs)
        db.close()
    print(f"rustool documents: median of {args.runs} runs, {os.cpu_count()} cores")
    print(f"{'':<46} {'median':>11} {'×base':>8}")
    print(row("minimal ReportLab page (baseline)", baseline, baseline, None))
    print(row(f"filled TSB referral ({filled_pages} pages)", filled_ms, baseline, FILLED_TARGET_MS))
    print(row(f"long TSB referral ({long_pages} pages)", long_ms, baseline, LONG_TARGET_MS))
    if long_pages < LONG_PAGES:
        print(f"note: the long referral has {long_pages} pages, fewer than {LONG_PAGES}")


if __name__ == "__main__":
    main()
