"""The TSB or LAR referral on paper, as the assessment unit (vurderingsinstans) reads it.

The checklist prints in the order and under the headings the wizard shows
(`referral_rules.sections`, `FIELD_TITLES`), so what the user wrote and what the reader gets
match. Around it: the recipient in the envelope window, the client's identity, and at the end
the referrer with a line to sign. The substance-use table and the screening results go where
the wizard shows the substance use, the children under the family situation. Its words are
translated when it is rendered (`rustool.texts`), the dates stay Norwegian.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Table, TableStyle

from rustool.documents.layout import (
    BODY_WIDTH,
    FONT_BOLD,
    DocumentInfo,
    Letterhead,
    field_block,
    gap,
    heading,
    keep,
    markup,
    national_id_text,
    norwegian_date,
    not_described,
    para,
    render_counted,
    styles,
    table,
)
from rustool.domain.client_rules import CHILD_RELATION_LABELS
from rustool.domain.records import FieldType
from rustool.domain.referral_rules import (
    CHOICE_LABELS,
    DEPENDENCE_CRITERIA,
    FIELD_TITLES,
    LAR_CONTENT_FIELDS,
    Section,
    sections,
)
from rustool.domain.screening import Zone, max_score, zone_label
from rustool.models import Child, Client, Consent, Referral, Screening
from rustool.texts import N_, Labels, translate

TITLES = Labels("referral_pdf", {"tsb": "Henvisning til TSB", "lar": "Henvisning til LAR"})
SUBJECTS = Labels(
    "referral_pdf",
    {
        "tsb": "Henvisning til tverrfaglig spesialisert rusbehandling (TSB)",
        "lar": "Henvisning til legemiddelassistert rehabilitering (LAR)",
    },
)
DRAFT_LINE = N_("referral_pdf", "UTKAST – ikke sendt")
SIGNATURE_LINE = N_(
    "referral_pdf", "Sted og dato ______________________   Underskrift ______________________"
)
NOT_REGISTERED = N_("referral_pdf", "Ikke registrert")

_TYPES = {spec.name: spec.type for spec in LAR_CONTENT_FIELDS}
# Written out as lists, not as one answer.
_LISTS = ("attachments", "dependence_criteria")
_FACT_LABEL_WIDTH = 72 * mm  # the longest short field's title on one line
# A heading starts a new page when less than this is left under it, so it is never alone at
# the foot of a page; what follows it still splits across pages (a table repeats its header).
# (Not keepWithNext: that moves the whole next flowable, a long answer or a table, to the next
# page and leaves this one half blank.)
_ROOM_UNDER_HEADING = 26 * mm  # the heading, a label and a line or two of its answer
_ROOM_UNDER_TABLE_TITLE = 35 * mm
_ROOM_UNDER_LABEL = 15 * mm


def _t(text: str) -> str:
    return translate("referral_pdf", text)


@dataclass(frozen=True)
class ReferralPrint:
    """Everything the referral prints, read by the service in one session."""

    referral: Referral
    client: Client
    children: Sequence[Child]
    screenings: Sequence[Screening]  # those attached to the referral
    consent: Consent | None  # a referral consent in force on the referral's date
    letterhead: Letterhead
    author: str
    printed_on: dt.date


def referral_date(referral: Referral, today: dt.date) -> dt.date:
    """The day the referral is dated: when it was sent, or today for a draft."""
    return referral.sent_on or today


def file_name(kind: str, day: dt.date) -> str:
    """Names the kind and the day, never the client (it ends up in print queues)."""
    return f"henvisning-{kind}-{day.isoformat()}.pdf"


def render_referral(data: ReferralPrint) -> tuple[bytes, int]:
    """The referral as PDF bytes, and its page count."""
    referral, client = data.referral, data.client
    info = DocumentInfo(
        title=TITLES[referral.kind],
        subject=SUBJECTS[referral.kind],
        author=data.author,
        client_name=f"{client.given_name} {client.family_name}",
        national_id=client.national_id,
        birth_date=client.birth_date,
        letterhead=data.letterhead,
        printed_on=data.printed_on,
        dated=referral_date(referral, data.printed_on),
        address=_recipient_lines(referral) or None,
    )
    return render_counted(info, _Builder(data).story())


def _recipient_lines(referral: Referral) -> list[str]:
    place = " ".join(p for p in (referral.recipient_postal_code, referral.recipient_city) if p)
    lines = (
        referral.recipient_name,
        referral.recipient_department,
        referral.recipient_address,
        place,
    )
    return [line for line in lines if line]


def _date_text(value: Any) -> str | None:
    """A date as the reader writes it; the content keeps dates as ISO text."""
    if value is None or value == "":
        return None
    day = value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))
    return norwegian_date(day)


def _yes_no(value: Any) -> str:
    return _t("Ja") if value else _t("Nei")


def _choice(value: Any) -> str | None:
    return CHOICE_LABELS.get(str(value), str(value)) if value else None


def _highest_score(instrument: str) -> int:
    return max_score("AUDIT" if instrument == "AUDIT" else "DUDIT")


def _joined(*parts: str | None, sep: str = ", ") -> str | None:
    return sep.join(part for part in parts if part) or None


class _Builder:
    """Turns the referral into flowables; one instance per rendering."""

    def __init__(self, data: ReferralPrint) -> None:
        self.data = data
        self.st = styles()
        body = self.st["body"]
        self.fact_label = ParagraphStyle(
            "fact_label", parent=body, fontName=FONT_BOLD, spaceBefore=0, spaceAfter=0
        )
        self.fact = ParagraphStyle("fact", parent=body, spaceBefore=0, spaceAfter=0)
        self.draft = ParagraphStyle(
            "draft",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=13,
            leading=17,
            textColor=colors.HexColor("#a4000f"),
            borderColor=colors.HexColor("#a4000f"),
            borderWidth=1,
            borderPadding=4,
            leftIndent=4,  # the box, drawn outside the text, lines up with the margins
            rightIndent=4,
            spaceBefore=4,
            spaceAfter=12,
        )
        self.section = ParagraphStyle("section", parent=self.st["heading"], keepWithNext=False)
        self.label = ParagraphStyle("list_label", parent=self.st["label"], keepWithNext=False)
        self.subheading = ParagraphStyle(
            "subheading", parent=self.st["label"], spaceBefore=6, keepWithNext=False
        )

    # --- the parts ---------------------------------------------------------------------------

    def story(self) -> list[Flowable]:
        referral = self.data.referral
        flow: list[Flowable] = []
        if referral.status == "draft":
            flow.append(Paragraph(markup(translate("referral_pdf", DRAFT_LINE)), self.draft))
        flow.append(Paragraph(markup(TITLES[referral.kind]), self.st["title"]))
        if referral.sent_on is not None:
            flow.append(self._facts([(_t("Sendt"), norwegian_date(referral.sent_on))]))
        flow += self._client()
        content = referral.content
        for section in sections(referral.kind):
            flow += self._heading(section.title)
            flow += self._fields(section, content)
            if section.code == "reason":
                flow += self._consent()
        flow += self._referrer()
        return flow

    def _client(self) -> list[Flowable]:
        client = self.data.client
        identity = (
            (_t("Fødselsnummer"), national_id_text(client.national_id))
            if client.national_id
            else (_t("Fødselsdato"), _date_text(client.birth_date))
        )
        place = _joined(client.postal_code, client.city, sep=" ")
        gp_phone = _t("telefon {phone}").format(phone=client.gp_phone) if client.gp_phone else None
        rows = [
            (_t("Navn"), f"{client.given_name} {client.family_name}"),
            identity,
            (_t("Adresse"), _joined(client.address, place)),
            (_t("Telefon"), client.phone),
            (_t("Fastlege"), _joined(client.gp_name, client.gp_office, gp_phone)),
        ]
        return [
            *self._heading(_t("Klient")),
            self._facts(rows, empty=translate("referral_pdf", NOT_REGISTERED)),
        ]

    def _fields(self, section: Section, content: Mapping[str, Any]) -> list[Flowable]:
        """Long answers as a label over the text, short ones gathered in label–value rows."""
        flow: list[Flowable] = []
        short: list[tuple[str, str | None]] = []

        def flush() -> None:
            if short:
                flow.append(self._facts(list(short)))
                short.clear()

        for name in section.fields:
            title = FIELD_TITLES[name]
            value = content.get(name)
            kind = _TYPES.get(name)
            if name == "substance_use_notes":
                flush()
                flow += self._substance_use()
                flow += self._screenings()
            if name in _LISTS:
                flush()
                # A list that is the whole section (Vedlegg) needs no second heading.
                flow += self._list(name, value, labelled=section.fields != (name,))
            elif kind is FieldType.TEXT:
                flush()
                flow += field_block(title, value, self.st)
            elif kind is FieldType.BOOL:
                short.append((title, _yes_no(value)))
            elif kind is FieldType.ENUM:
                short.append((title, _choice(value)))
            elif kind is FieldType.DATE:
                short.append((title, _date_text(value)))
            else:
                short.append((title, value))
            if name == "family":
                flush()
                flow += self._children()
        flush()
        return flow

    def _list(self, name: str, value: Any, *, labelled: bool) -> list[Flowable]:
        items = list(value or [])
        title = FIELD_TITLES[name]
        if name == "dependence_criteria":
            title = _t("{title}: {count} av {total}").format(
                title=title, count=len(items), total=len(DEPENDENCE_CRITERIA)
            )
            items = [CHOICE_LABELS.get(code, code) for code in items]
        lines = "<br/>".join(f"• {markup(item)}" for item in items)
        answer = Paragraph(lines, self.st["body"]) if items else para(None, self.st["body"])
        if not labelled:
            return [answer]
        return [CondPageBreak(_ROOM_UNDER_LABEL), Paragraph(markup(title), self.label), answer]

    def _substance_use(self) -> list[Flowable]:
        rows = [
            (
                _choice(row.get("substance")),
                row.get("frequency"),
                row.get("amount"),
                _choice(row.get("route")),
                row.get("debut_age"),
                _date_text(row.get("last_used_on")),
            )
            for row in self.data.referral.substance_use
        ]
        heading = self._table_title(_t("Rusmiddelbruk"))
        if not rows:
            return [*heading, para(None, self.st["body"], empty=_t("Ingen rusmidler registrert"))]
        headers = (
            _t("Rusmiddel"),
            _t("Hyppighet"),
            _t("Mengde"),
            _t("Inntak"),
            _t("Debutalder"),
            _t("Sist brukt"),
        )
        widths = [w * mm for w in (37, 33, 32, 22, 24, 22)]
        return [*heading, table(headers, rows, widths, self.st), gap(2)]

    def _screenings(self) -> list[Flowable]:
        heading = self._table_title(_t("Kartlegging (AUDIT og DUDIT)"))
        if not self.data.screenings:
            return [*heading, para(None, self.st["body"], empty=_t("Ingen kartlegging vedlagt"))]
        rows = [
            (
                screening.instrument,
                norwegian_date(screening.taken_on),
                _t("{score} av {highest}").format(
                    score=screening.score, highest=_highest_score(screening.instrument)
                ),
                zone_label(Zone(screening.zone)),
            )
            for screening in self.data.screenings
        ]
        headers = (_t("Instrument"), _t("Dato"), _t("Poengsum"), _t("Sone"))
        widths = [w * mm for w in (34, 34, 34, 68)]
        return [*heading, table(headers, rows, widths, self.st), gap(2)]

    def _children(self) -> list[Flowable]:
        heading = self._table_title(_t("Barn og søsken under 18 år"))
        if not self.data.children:
            return [*heading, para(None, self.st["body"], empty=_t("Ingen registrert"))]
        rows = [
            (
                child.name,
                _date_text(child.birth_date),
                CHILD_RELATION_LABELS.get(child.relation, child.relation),
                _yes_no(child.lives_with_client),
                child.caregiver,
                child.followed_up_by,
            )
            for child in self.data.children
        ]
        headers = (
            _t("Navn"),
            _t("Født"),
            _t("Relasjon"),
            _t("Bor med klienten"),
            _t("Omsorgsperson"),
            _t("Fulgt opp av"),
        )
        widths = [w * mm for w in (40, 22, 20, 22, 33, 33)]
        return [*heading, table(headers, rows, widths, self.st), gap(2)]

    def _consent(self) -> list[Flowable]:
        consent = self.data.consent
        heading = self._heading(_t("Samtykke"))
        if consent is None:
            return [
                *heading,
                para(None, self.st["body"], empty=_t("Samtykke til henvisning ikke registrert")),
            ]
        rows: list[tuple[str, str | None]] = [
            (_t("Samtykke til henvisning gitt"), norwegian_date(consent.given_on))
        ]
        if consent.expires_on is not None:
            rows.append((_t("Gjelder til"), norwegian_date(consent.expires_on)))
        flow: list[Flowable] = [*heading, self._facts(rows)]
        if consent.scope:
            flow += field_block(_t("Omfang"), consent.scope, self.st)
        return flow

    def _referrer(self) -> list[Flowable]:
        referral = self.data.referral
        rows = [
            (_t("Navn"), referral.referrer_name),
            (_t("Tittel"), referral.referrer_title),
            (_t("Virksomhet"), referral.referrer_organization),
            (_t("Telefon"), referral.referrer_phone),
            (_t("E-post"), referral.referrer_email),
            (_t("Oppfølging i kommunen"), referral.municipal_contact),
            (_t("Kopi til fastlege"), _yes_no(referral.copy_to_gp)),
        ]
        signed_by = _joined(referral.referrer_name, referral.referrer_title)
        signature: list[Flowable] = [
            gap(12),
            Paragraph(markup(translate("referral_pdf", SIGNATURE_LINE)), self.st["body"]),
        ]
        if signed_by:
            signature.append(Paragraph(markup(signed_by), self.st["muted"]))
        return [
            keep(
                Paragraph(markup(_t("Henviser")), self.section),
                self._facts(rows, empty=translate("referral_pdf", NOT_REGISTERED)),
                *signature,
            )
        ]

    # --- pieces ------------------------------------------------------------------------------

    def _heading(self, title: str) -> list[Flowable]:
        return heading(title, self.section, _ROOM_UNDER_HEADING)

    def _table_title(self, title: str) -> list[Flowable]:
        return [CondPageBreak(_ROOM_UNDER_TABLE_TITLE), Paragraph(markup(title), self.subheading)]

    def _facts(self, rows: Sequence[tuple[str, Any]], *, empty: str | None = None) -> Table:
        """Label–value rows without a grid; an empty value prints `empty` (translated; default
        "Ikke beskrevet") in grey."""
        shown = not_described() if empty is None else empty
        data = [
            [Paragraph(markup(label), self.fact_label), para(value, self.fact, empty=shown)]
            for label, value in rows
        ]
        result = Table(data, colWidths=[_FACT_LABEL_WIDTH, BODY_WIDTH - _FACT_LABEL_WIDTH])
        result.hAlign = "LEFT"
        result.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ]
            )
        )
        return result
