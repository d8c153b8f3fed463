"""The TSB and LAR referral as PDF: every answer, in the checklist's order, under its heading."""

from __future__ import annotations

import datetime as dt
import io
import string
from collections.abc import Sequence
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from rustool.db import Database
from rustool.documents.layout import MARKING, Letterhead
from rustool.documents.referral_pdf import ReferralPrint, render_referral
from rustool.domain.records import FieldType
from rustool.domain.referral_rules import (
    FIELD_TITLES,
    LAR_CONTENT_FIELDS,
    completeness,
    content_fields,
    sections,
)
from rustool.models import Client, Referral
from rustool.services.audit import audit_events
from rustool.services.clients import create_client
from rustool.services.documents import log_output, referral_pdf
from rustool.services.errors import NotFoundError
from rustool.services.record_parts import Part, add_part
from rustool.services.referrals import (
    attach_screening,
    create_referral,
    save_draft,
    send_referral,
)
from rustool.services.screenings import record_screening
from rustool.services.settings import save_settings
from tests.conftest import SYNTHETIC_ID

TODAY = dt.date.today()
AWKWARD = "æøå ÆØÅ Ŋ Ŧ Đ Č Š Ž <b>&amp;"
CLIENT_NAME = "Áile Ŋuorra-Šiiri"

SETTINGS = {
    "user_name": "Siri Saksbehandler",
    "user_title": "Ruskonsulent",
    "org_municipality": "Đávvesiidda suohkan",
    "org_service": "Rustjenesten",
    "org_address": "Rådhusgata 1, 9730 Karasjok",
    "org_phone": "78 46 00 00",
    "org_email": "rus@example.no",
}
CLIENT = {
    "given_name": "Áile",
    "family_name": "Ŋuorra-Šiiri",
    "national_id": SYNTHETIC_ID,
    "address": "Čáhcegeaidnu 3 <b>&amp;",
    "postal_code": "9730",
    "city": "Kárášjohka",
    "phone": "900 11 222",
    "gp_name": "Dr. Đuro Fastlege",
    "gp_office": "Žalmmáš legekontor",
    "gp_phone": "78 11 22 33",
}
RECIPIENT = {
    "name": "Ålesund behandlingssenter",
    "department": "Vurderingsinstansen TSB",
    "address": "Postboks 1600",
    "postal_code": "6025",
    "city": "Ålesund",
    "phone": "70 10 50 00",
}
COMMON = {
    "referrer_name": "Siri Saksbehandler",
    "referrer_title": "Ruskonsulent",
    "referrer_organization": "Rustjenesten, Đávvesiidda suohkan",
    "referrer_phone": "78 46 00 01",
    "referrer_email": "siri@example.no",
    "copy_to_gp": True,
    "municipal_contact": "Per Ŧeaŋŋa",
}
# One row per substance, each route in turn: every coded value prints as its Norwegian word.
SUBSTANCES = (
    ("alcohol", "Alkohol"),
    ("cannabis", "Cannabis"),
    ("opioids", "Opioider"),
    ("benzodiazepines", "Benzodiazepiner"),
    ("stimulants", "Sentralstimulerende"),
    ("ghb", "GHB"),
    ("hallucinogens", "Hallusinogener"),
    ("anabolic_steroids", "Anabole steroider"),
    ("gambling", "Pengespill"),
    ("other_medication", "Andre legemidler"),
    ("other", "Annet"),
)
ROUTES = (
    ("oral", "Svelget"),
    ("smoked", "Røykt"),
    ("snorted", "Sniffet"),
    ("injected", "Injisert"),
    ("other", "Annet"),
)
CHOICES = {  # field: (code stored, word printed)
    "overdose_risk_level": ("high", "Høy"),
    "suicide_risk_level": ("moderate", "Moderat"),
    "drivers_license": ("unknown", "Ukjent"),
    "goals_lar": ("harm_reduction", "Skadereduksjon"),
}
SHORT_ANSWERS = {
    "municipal_service_participant": "Ŋora Kommune-Šaba",
    "gp_participant": "Dr. Đuro Fastlege",
}
CRITERIA = (
    ("craving", "Sterk lyst eller trang"),
    ("withdrawal", "Abstinens"),
    ("tolerance", "Toleranseøkning"),
)
CHILDREN: tuple[dict[str, Any], ...] = (
    {
        "name": "Ánne Đ <b>&amp;",
        "birth_date": TODAY.replace(year=TODAY.year - 12, day=1),
        "relation": "sibling",
        "lives_with_client": False,
        "caregiver": "Mor Čeŋge",
        "followed_up_by": "Barnevernet",
    },
    {
        "name": "Ŧor Žiillas",
        "birth_date": TODAY.replace(year=TODAY.year - 8, day=1),
        "relation": "child",
        "lives_with_client": True,
        "caregiver": "Far Šuoŋŋa",
        "followed_up_by": "Helsesykepleier",
    },
)
CHILD_WORDS = {"child": "Barn", "sibling": "Søsken"}
OWN_ATTACHMENTS = ["Skriv fra fastlege <b>&amp;", "Epikrise Ŋ"]
CONSENT_SCOPE = "Henvisning og opplysninger til vurderingsinstansen; Ŋ <b>&amp;"


# --- reading the PDF ---------------------------------------------------------------------------


def normalised(text: str) -> str:
    return " ".join(text.split())


def page_texts(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def body_text(data: bytes) -> str:
    """The document's text without the running header and footer, which each page draws last
    (after its body), starting with the marking."""
    bodies = [text[: text.rindex(MARKING)] for text in page_texts(data)]
    return normalised("\n".join(bodies))


def assert_in_order(text: str, expected: Sequence[str]) -> None:
    position = 0
    for value in expected:
        wanted = normalised(value)
        found = text.find(wanted, position)
        assert found >= 0, f"{wanted!r} not found after …{text[max(0, position - 120) : position]}"
        position = found + len(wanted)


# --- building referrals through the services -----------------------------------------------------

_SPECS = {spec.name: spec for spec in LAR_CONTENT_FIELDS}


def answer(number: int) -> str:
    return f"Svar {number:02d}: {AWKWARD} slutt {number:02d}."


def filled_content(kind: str) -> dict[str, Any]:
    """Every checklist field answered, each text answer distinct."""
    content: dict[str, Any] = {}
    for number, name in enumerate(content_fields(kind)):
        spec = _SPECS.get(name)
        if name == "attachments":
            content[name] = list(OWN_ATTACHMENTS)
        elif name == "dependence_criteria":
            content[name] = [code for code, _ in CRITERIA]
        elif spec is None or spec.type is FieldType.TEXT:
            content[name] = answer(number)
        elif spec.type is FieldType.BOOL:
            content[name] = True
        elif spec.type is FieldType.ENUM:
            content[name] = CHOICES[name][0]
        elif spec.type is FieldType.DATE:
            content[name] = TODAY - dt.timedelta(days=number)
        else:
            content[name] = SHORT_ANSWERS[name]
    return content


def printed_value(name: str, value: Any) -> list[str]:
    """What the referral prints for a field's answer, in order."""
    if name == "attachments":
        return list(value)
    if name == "dependence_criteria":
        return [word for _, word in CRITERIA]
    spec = _SPECS[name]
    if spec.type is FieldType.BOOL:
        return ["Ja" if value else "Nei"]
    if spec.type is FieldType.ENUM:
        return [CHOICES[name][1]]
    if spec.type is FieldType.DATE:
        return [value.strftime("%d.%m.%Y")]
    return [value]


def substance_rows() -> list[dict[str, Any]]:
    return [
        {
            "substance": code,
            "frequency": f"{index + 1} ganger i uka",
            "amount": f"{index + 2} enheter <b>&amp;",
            "route": ROUTES[index % len(ROUTES)][0],
            "debut_age": 12 + index,
            "last_used_on": TODAY - dt.timedelta(days=index + 1),
        }
        for index, (code, _) in enumerate(SUBSTANCES)
    ]


def new_client(db: Database) -> int:
    save_settings(db, SETTINGS)
    client = create_client(db, CLIENT)
    assert client.id is not None
    return client.id


def filled_referral(db: Database, kind: str, **answers: Any) -> int:
    """A referral with every field filled (`answers` replace some), children, a consent and
    two screenings attached."""
    client_id = new_client(db)
    for child in CHILDREN:
        add_part(db, Part.CHILDREN, client_id, child)
    add_part(
        db,
        Part.CONSENTS,
        client_id,
        {
            "kind": "referral",
            "given_on": TODAY - dt.timedelta(days=20),
            "expires_on": TODAY + dt.timedelta(days=300),
            "form": "written",
            "scope": CONSENT_SCOPE,
        },
    )
    referral = create_referral(db, client_id, kind)
    assert referral.id is not None
    save_draft(
        db,
        referral.id,
        common=COMMON,
        recipient=RECIPIENT,
        content=filled_content(kind) | answers,
        substance_use=substance_rows(),
        wizard_page=0,
        expected_version=referral.version,
    )
    for instrument, days, answers_given in (
        ("AUDIT", 10, [4] * 10),
        ("DUDIT", 9, [0] * 11),
    ):
        screening = record_screening(
            db, client_id, instrument, TODAY - dt.timedelta(days=days), answers_given
        )
        assert screening.id is not None
        attach_screening(db, referral.id, screening.id)
    return referral.id


def date_text(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y")


def expected_order(kind: str) -> list[str]:
    """Everything a filled referral prints, in the order it prints it."""
    content = filled_content(kind)
    audit_on, dudit_on = TODAY - dt.timedelta(days=10), TODAY - dt.timedelta(days=9)
    content["attachments"] = [
        *OWN_ATTACHMENTS,
        f"AUDIT {audit_on.isoformat()}",
        f"DUDIT {dudit_on.isoformat()}",
    ]
    expected = [
        "Rustjenesten, Đávvesiidda suohkan",  # the letterhead
        SETTINGS["org_address"],
        "Ålesund behandlingssenter",  # the envelope window
        "Vurderingsinstansen TSB",
        "Postboks 1600",
        "6025 Ålesund",
        "UTKAST – ikke sendt",
        f"Henvisning til {kind.upper()}",
        "Klient",
        "Navn",
        CLIENT_NAME,
        "Fødselsnummer",
        f"{SYNTHETIC_ID[:6]} {SYNTHETIC_ID[6:]}",
        "Adresse",
        "Čáhcegeaidnu 3 <b>&amp;, 9730 Kárášjohka",
        "Telefon",
        "900 11 222",
        "Fastlege",
        "Dr. Đuro Fastlege, Žalmmáš legekontor, telefon 78 11 22 33",
    ]
    for section in sections(kind):
        expected.append(section.title)
        for name in section.fields:
            if name == "substance_use_notes":
                expected += ["Rusmiddelbruk", "Rusmiddel", "Hyppighet", "Mengde", "Inntak"]
                expected += ["Debutalder", "Sist brukt"]
                for row, (_, word) in zip(substance_rows(), SUBSTANCES, strict=True):
                    route_word = dict(ROUTES)[row["route"]]
                    expected += [word, row["frequency"], row["amount"], route_word]
                    expected += [str(row["debut_age"]), date_text(row["last_used_on"])]
                expected += ["Kartlegging (AUDIT og DUDIT)", "Instrument", "Dato", "Poengsum"]
                expected += ["Sone", "AUDIT", date_text(audit_on), "40 av 40"]
                expected += ["Mulig avhengighet", "DUDIT", date_text(dudit_on), "0 av 44"]
                expected += ["Lav risiko"]
            title = FIELD_TITLES[name]
            if name == "dependence_criteria":
                title += ": 3 av 6"
            if title != section.title:  # "Vedlegg" is not said twice
                expected.append(title)
            expected += printed_value(name, content[name])
            if name == "family":
                expected += ["Barn og søsken under 18 år", "Navn", "Født", "Relasjon"]
                expected += ["Bor med klienten", "Omsorgsperson", "Fulgt opp av"]
                for child in CHILDREN:
                    expected += [child["name"], date_text(child["birth_date"])]
                    expected += [CHILD_WORDS[child["relation"]]]
                    expected += ["Ja" if child["lives_with_client"] else "Nei"]
                    expected += [child["caregiver"], child["followed_up_by"]]
        if section.code == "reason":
            expected += ["Samtykke", "Samtykke til henvisning gitt"]
            expected += [date_text(TODAY - dt.timedelta(days=20)), "Gjelder til"]
            expected += [date_text(TODAY + dt.timedelta(days=300)), "Omfang", CONSENT_SCOPE]
    expected += ["Henviser"]
    for label, key in (
        ("Navn", "referrer_name"),
        ("Tittel", "referrer_title"),
        ("Virksomhet", "referrer_organization"),
        ("Telefon", "referrer_phone"),
        ("E-post", "referrer_email"),
        ("Oppfølging i kommunen", "municipal_contact"),
    ):
        expected += [label, str(COMMON[key])]
    expected += ["Kopi til fastlege", "Ja"]
    expected += ["Sted og dato ______________________ Underskrift ______________________"]
    expected += ["Siri Saksbehandler, Ruskonsulent"]
    return expected


# --- the tests ---------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["tsb", "lar"])
def test_a_filled_referral_prints_every_answer_in_order_under_its_heading(
    db: Database, kind: str
) -> None:
    referral_id = filled_referral(db, kind)
    document = referral_pdf(db, referral_id)
    assert_in_order(body_text(document.data), expected_order(kind))
    assert (document.kind, document.entity, document.entity_id) == (
        "referral",
        "referral",
        referral_id,
    )
    # What ends up in print queues and download folders names no client.
    assert document.title == f"Henvisning til {kind.upper()}"
    assert document.file_name == f"henvisning-{kind}-{TODAY.isoformat()}.pdf"
    assert document.pages == len(page_texts(document.data))


def test_lar_prints_the_criteria_met_and_the_three_parties_with_their_dates(db: Database) -> None:
    document = referral_pdf(db, filled_referral(db, "lar"))
    text = body_text(document.data)
    content = filled_content("lar")
    assert_in_order(
        text,
        [
            "Avhengighetskriterier (ICD-10) siste år: 3 av 6",
            *(word for _, word in CRITERIA),
            "Trepartssamarbeid",
            "Klienten deltok (dato)",
            date_text(content["client_participated_on"]),
            "Kommunal tjeneste – deltaker",
            "Ŋora Kommune-Šaba",
            "Kommunal tjeneste deltok (dato)",
            date_text(content["municipal_service_participated_on"]),
            "Fastlege – deltaker",
            "Dr. Đuro Fastlege",
            "Fastlegen deltok (dato)",
            date_text(content["gp_participated_on"]),
        ],
    )
    for code, _ in CRITERIA:
        assert code not in text  # the words, never the codes
    assert "Svekket kontroll" not in text  # a criterion not met is not printed as met


def test_a_30000_character_answer_flows_over_pages_and_loses_nothing(db: Database) -> None:
    long_answer = "\n".join(f"Linje {n:03d}: {AWKWARD} – og litt mer tekst." for n in range(560))
    assert len(long_answer) > 30_000
    document = referral_pdf(db, filled_referral(db, "tsb", mental_health=long_answer))
    texts = page_texts(document.data)
    assert document.pages == len(texts) >= 4 + 8  # the filled referral alone has 4 pages
    text = body_text(document.data)
    assert_in_order(text, ["Psykisk helse", long_answer, "Overdosefare"])
    for number, page in enumerate(texts, start=1):
        assert f"Side {number} av {len(texts)}" in page
        assert MARKING in page
        assert f"{CLIENT_NAME}, f.nr. {SYNTHETIC_ID[:6]} {SYNTHETIC_ID[6:]}" in page


def test_the_pdf_metadata_names_the_document_its_author_and_its_date(db: Database) -> None:
    document = referral_pdf(db, filled_referral(db, "lar"))
    metadata = PdfReader(io.BytesIO(document.data)).metadata
    assert metadata is not None
    assert metadata.title == "Henvisning til LAR"
    assert metadata.subject == "Henvisning til legemiddelassistert rehabilitering (LAR)"
    assert metadata.author == SETTINGS["user_name"]
    assert metadata.creation_date is not None
    assert metadata.creation_date.date() == TODAY


def test_empty_answers_print_as_not_described_and_a_draft_says_it_is_one(db: Database) -> None:
    referral = create_referral(db, new_client(db), "tsb")
    assert referral.id is not None
    content = {"help_wanted": "Hjelp <b>&amp; Ŋ"}
    save_draft(
        db,
        referral.id,
        common={},
        recipient={},
        content=content,
        substance_use=[],
        wizard_page=0,
        expected_version=referral.version,
    )
    document = referral_pdf(db, referral.id)
    text = body_text(document.data)
    assert_in_order(text, ["UTKAST – ikke sendt", "Henvisning til TSB", "Hjelp <b>&amp; Ŋ"])
    check = completeness("tsb", content, referral_consent_in_force=False, recipient_named=False)
    assert len(check.not_described) > 20
    for _, name in check.not_described:
        assert f"{FIELD_TITLES[name]} Ikke beskrevet" in text
    assert "Begrunnelse for henvisningen Ikke beskrevet" in text  # required, still shown empty
    assert "Skrevet av klienten selv Nei" in text  # unticked is an answer: no
    assert "Rusmiddelbruk Ingen rusmidler registrert" in text
    assert "Kartlegging (AUDIT og DUDIT) Ingen kartlegging vedlagt" in text
    assert "Barn og søsken under 18 år Ingen registrert" in text
    assert "Samtykke Samtykke til henvisning ikke registrert" in text
    assert "Henviser Navn Ikke registrert" in text
    assert document.file_name == f"henvisning-tsb-{TODAY.isoformat()}.pdf"


def test_a_sent_referral_is_dated_the_day_it_was_sent_and_is_no_draft(db: Database) -> None:
    referral_id = filled_referral(db, "tsb")
    sent_on = TODAY - dt.timedelta(days=3)
    with db.session() as session:
        stored = session.get(Referral, referral_id)
        assert stored is not None
        version = stored.version
    send_referral(db, referral_id, sent_on, "post", expected_version=version)
    document = referral_pdf(db, referral_id)
    text = body_text(document.data)
    assert "UTKAST" not in text
    assert_in_order(text, ["Henvisning til TSB", "Sendt", date_text(sent_on), "Klient"])
    assert document.file_name == f"henvisning-tsb-{sent_on.isoformat()}.pdf"


def test_a_missing_referral_is_not_found(db: Database) -> None:
    with pytest.raises(NotFoundError):
        referral_pdf(db, 404)


def test_export_and_print_are_audited_without_personal_data(db: Database) -> None:
    referral_id = filled_referral(db, "tsb")
    logged = len(audit_events(db))
    document = referral_pdf(db, referral_id)
    assert len(audit_events(db)) == logged  # the caller has the record open: no second view
    log_output(db, document, "export")
    log_output(db, document, "print")
    with pytest.raises(ValueError):
        log_output(db, document, "email")
    events = audit_events(db)[logged:]
    with db.session() as session:
        stored = session.get(Referral, referral_id)
        assert stored is not None
        client_id = stored.client_id
    assert [(e.action, e.entity, e.entity_id, e.client_id, e.user) for e in events] == [
        ("export", "referral", referral_id, client_id, SETTINGS["user_name"]),
        ("print", "referral", referral_id, client_id, SETTINGS["user_name"]),
    ]
    for event in events:
        detail = event.detail or ""
        for personal in ("Áile", "Ŋuorra", SYNTHETIC_ID, "Kárášjohka", "Svar", "Ánne"):
            assert personal not in detail


# Letters a Norwegian or Sámi answer may hold, with markup characters and line breaks.
TYPED = st.text(
    alphabet=st.sampled_from(
        list(string.ascii_letters + string.digits + " .,;:!?()/-'\"<>&\n")
        + list("æøåÆØÅŊŋŦŧĐđČčŠšŽžÁá")
    ),
    max_size=400,
).filter(lambda text: text.strip())


@settings(max_examples=30, deadline=None)
@given(typed=TYPED)
def test_whatever_is_typed_comes_back_literally(typed: str) -> None:
    now = dt.datetime.now()
    data, _ = render_referral(
        ReferralPrint(
            referral=Referral(
                client_id=1, kind="tsb", content={"reason": typed}, created_at=now, updated_at=now
            ),
            client=Client(
                given_name="Áile",
                family_name="Ŋuorra",
                sort_name="",
                created_at=now,
                updated_at=now,
            ),
            children=[],
            screenings=[],
            consent=None,
            letterhead=Letterhead(municipality="Kárášjoga gielda"),
            author="Siri Saksbehandler",
            printed_on=TODAY,
        )
    )
    # A word longer than the line is broken where it meets the margin: compare without spaces,
    # the answer exactly between its own heading and the next one.
    expected = FIELD_TITLES["reason"] + typed + "Samtykke"
    assert "".join(expected.split()) in "".join(body_text(data).split())
