"""Synthetic demo clients: for trying the app, for screenshots and for the speed benchmarks.

Every national id is a synthetic test number (month +80), so no demo person can ever be real.
The rows go in with bulk inserts, a batch per transaction, because 100,000 clients must take
well under a minute; the values are drawn so that they pass the same validators as typed input.
The same seed gives the same people; dates are placed relative to today.
"""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
from collections.abc import Callable
from typing import Any

from sqlalchemy import func, insert, select
from sqlmodel import Session, col

from rustool.db import Database
from rustool.domain.client_rules import (
    APPOINTMENT_KINDS,
    CONSENT_FORMS,
    CONSENT_KINDS,
)
from rustool.domain.national_id import make_synthetic
from rustool.domain.records import json_value
from rustool.domain.referral_rules import LIFE_FIELDS, SEND_METHODS, TREATMENT_LEVELS
from rustool.domain.sorting import client_sort_name
from rustool.models import (
    Appointment,
    AuditEvent,
    Child,
    Client,
    Consent,
    NetworkPerson,
    Referral,
    ReferralEvent,
)
from rustool.services.settings import current_user

BATCH = 5000

GIVEN_NAMES = (
    "Kari", "Ola", "Per", "Hans", "Anne", "Ingrid", "Bjørn", "Åse", "Åsmund", "Sølvi", "Øystein",
    "Kjersti", "Tor", "Mona", "Jørgen", "Sæbjørg", "Håkon", "Ragnhild", "Nils", "Liv", "Ærlend",
    "Mari", "Jon", "Siv", "Geir", "Marit", "Espen", "Hege", "Stian", "Tone", "Fredrik", "Ida",
    "Máret", "Ánde", "Niillas", "Biret", "Sárá", "Ovllá", "Iŋgá", "Áilu", "Elle", "Risten",
)  # fmt: skip
FAMILY_NAMES = (
    "Nordmann", "Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen",
    "Kristiansen", "Jensen", "Berg", "Haugen", "Hagen", "Bakken", "Sæther", "Løvås", "Østby",
    "Ødegård", "Aasen", "Strøm", "Dahl", "Lie", "Solberg", "Bråten", "Grønli", "Fjellstad",
    "Æsøy", "Holm", "Moen", "Eira", "Sara", "Gaup", "Somby", "Hætta", "Buljo", "Turi", "Utsi",
    "Mienna", "Bongo", "Siri",
)  # fmt: skip
PLACES = (
    ("0150", "Oslo", "Oslo"),
    ("5003", "Bergen", "Bergen"),
    ("7011", "Trondheim", "Trondheim"),
    ("9008", "Tromsø", "Tromsø"),
    ("4006", "Stavanger", "Stavanger"),
    ("8006", "Bodø", "Bodø"),
    ("6003", "Ålesund", "Ålesund"),
    ("2317", "Hamar", "Hamar"),
    ("9520", "Kautokeino", "Guovdageaidnu Kautokeino"),
    ("9730", "Karasjok", "Kárášjohka Karasjok"),
)
STREETS = ("Storgata", "Kirkeveien", "Skolegata", "Fjordveien", "Bjørkelia", "Åsveien", "Gáisi")
LANGUAGES = ("norsk", "nordsamisk", "engelsk", "polsk", "arabisk", "somali", "tigrinja")
RELATIONS = ("mor", "far", "partner", "søsken", "venn", "ektefelle", "tante", "nabo")
CLOSED_REASONS = (
    "Flyttet til annen kommune",
    "Ønsket ikke videre oppfølging",
    "Mål nådd – avsluttet etter avtale",
    "Overført til spesialisthelsetjenesten",
)
NOTES = (
    "Foretrekker samtaler på ettermiddagen.",
    "Ønsker at fastlegen får kopi av all korrespondanse.",
    "Trenger påminnelse på SMS dagen før avtaler.",
    "Har hund – avtal hjemmebesøk på forhånd.",
)
LIFE_COLUMNS = tuple(spec.name for spec in LIFE_FIELDS if spec.name != "status")
HELP_WANTED = (
    "Jeg vil slutte å drikke før jeg mister jobben.",
    "Hjelp til å komme ut av rusen og få orden på økonomien.",
    "Jeg trenger hjelp til å bli stabil, så jeg kan være der for barna.",
)
REASONS = (
    "Poliklinisk oppfølging i kommunen er prøvd i et år uten bedring.",
    "Økende bruk og nylig overdose; trenger utredning og behandling i spesialisthelsetjenesten.",
)
LOCATIONS = ("Kontoret", "NAV-kontoret", "Hjemme hos klienten", "Legekontoret", "Kafé i sentrum")
FOLLOWERS = ("Helsesykepleier", "Barnevernet", "Skolen", "Familiesenteret")
SCOPES = (
    "Fastlege og vurderingsinstans",
    "NAV-veileder om arbeid og økonomi",
    "Pårørende (mor) om avtaler",
    "Ansvarsgruppens medlemmer",
)

_ASCII = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "ŋ": "ng", "đ": "d", "ŧ": "t"})


def _mail_name(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.casefold().translate(_ASCII))
    return "".join(ch for ch in folded if ch.isascii() and ch.isalnum())


class _Maker:
    """Draws the people; one instance per run so the seed decides everything."""

    def __init__(self, seed: int | None, taken_ids: set[str], user: str) -> None:
        self.rng = random.Random(seed)
        self.taken = taken_ids
        self.user = user
        self.now = dt.datetime.now().replace(microsecond=0)
        self.today = self.now.date()

    def phone(self) -> str:
        digits = f"{self.rng.choice('49')}{self.rng.randrange(10_000_000):07d}"
        return f"{digits[:3]} {digits[3:5]} {digits[5:]}"

    def days_ago(self, most: int, least: int = 0) -> dt.date:
        return self.today - dt.timedelta(days=self.rng.randint(least, most))

    def national_id(self, birth: dt.date) -> str | None:
        # The individual number decides the century (parse_national_id): below 500 for the
        # 1900s, 500-999 for 2000-2039.
        low = 0 if birth.year < 2000 else 500
        start = self.rng.randrange(low, low + 500)
        for step in range(500):
            number = make_synthetic(birth, low + (start - low + step) % 500)
            if number is not None and number not in self.taken:
                self.taken.add(number)
                return number
        return None

    def client(self, client_id: int) -> dict[str, Any]:
        rng = self.rng
        given, family = rng.choice(GIVEN_NAMES), rng.choice(FAMILY_NAMES)
        birth = dt.date(rng.randint(1945, 2006), rng.randint(1, 12), rng.randint(1, 28))
        # About one in twenty has no national id yet (newly arrived); the birth date stands alone.
        national_id = self.national_id(birth) if rng.random() > 0.05 else None
        postal_code, city, municipality = rng.choice(PLACES)
        created = self.now - dt.timedelta(days=rng.randint(0, 1500), minutes=rng.randint(0, 600))
        updated = min(self.now, created + dt.timedelta(days=rng.randint(0, 300)))
        closed = rng.random() < 0.15
        mail = f"{_mail_name(given)}.{_mail_name(family)}@eksempel.no"
        return {
            "id": client_id,
            "given_name": given,
            "family_name": family,
            "sort_name": client_sort_name(family, given),
            "national_id": national_id,
            "birth_date": birth,
            "phone": self.phone() if rng.random() < 0.9 else None,
            "email": mail if rng.random() < 0.5 else None,
            "address": f"{rng.choice(STREETS)} {rng.randint(1, 120)}",
            "postal_code": postal_code,
            "city": city,
            "municipality": municipality,
            "preferred_language": rng.choice(LANGUAGES),
            "interpreter_needed": rng.random() < 0.1,
            "gp_name": f"{rng.choice(GIVEN_NAMES)} {rng.choice(FAMILY_NAMES)}",
            "gp_office": f"{city} legesenter",
            "gp_phone": self.phone(),
            "nav_contact": f"NAV {city}" if rng.random() < 0.7 else None,
            "status": "closed" if closed else "active",
            "closed_on": min(self.today, updated.date()) if closed else None,
            "closed_reason": rng.choice(CLOSED_REASONS) if closed else None,
            "notes": rng.choice(NOTES) if rng.random() < 0.3 else None,
            "created_at": created,
            "updated_at": updated,
            "version": 1,
        }

    def network(self, client_id: int) -> dict[str, Any]:
        rng = self.rng
        return {
            "client_id": client_id,
            "name": f"{rng.choice(GIVEN_NAMES)} {rng.choice(FAMILY_NAMES)}",
            "relation": rng.choice(RELATIONS),
            "phone": self.phone(),
            "email": None,
            "is_next_of_kin": rng.random() < 0.5,
            "may_receive_information": rng.random() < 0.4,
            "notes": None,
            "version": 1,
        }

    def child(self, client_id: int) -> dict[str, Any]:
        rng = self.rng
        return {
            "client_id": client_id,
            "name": f"{rng.choice(GIVEN_NAMES)} {rng.choice(FAMILY_NAMES)}",
            "birth_date": self.days_ago(17 * 365),
            "relation": "child" if rng.random() < 0.8 else "sibling",
            "lives_with_client": rng.random() < 0.4,
            "caregiver": f"{rng.choice(GIVEN_NAMES)} {rng.choice(FAMILY_NAMES)}",
            "followed_up_by": rng.choice(FOLLOWERS),
            "notes": None,
            "version": 1,
        }

    def consent(self, client_id: int) -> dict[str, Any]:
        rng = self.rng
        given = self.days_ago(700)
        withdrawn = given + dt.timedelta(days=rng.randint(0, 200)) if rng.random() < 0.1 else None
        return {
            "client_id": client_id,
            "kind": rng.choice(CONSENT_KINDS),
            "scope": rng.choice(SCOPES),
            "given_on": given,
            "expires_on": given + dt.timedelta(days=365) if rng.random() < 0.7 else None,
            "withdrawn_on": withdrawn,
            "form": rng.choice(CONSENT_FORMS),
            "recorded_by": self.user,
            "version": 1,
        }

    def appointment(self, client_id: int) -> dict[str, Any]:
        rng = self.rng
        day = self.today + dt.timedelta(days=rng.randint(-180, 60))
        starts = dt.datetime.combine(day, dt.time(rng.randint(8, 15), rng.choice((0, 15, 30, 45))))
        return {
            "client_id": client_id,
            "starts_at": starts,
            "kind": rng.choice(APPOINTMENT_KINDS),
            "with_whom": rng.choice(("Klienten", "Klienten og fastlegen", "Klienten og mor")),
            "location": rng.choice(LOCATIONS),
            "notes": None,
            "done": starts < self.now and rng.random() < 0.9,
            "version": 1,
        }

    def referral(self, referral_id: int, client_id: int) -> tuple[dict[str, Any], list[Any]]:
        """A referral at a random point of its life, with the dated history that led there.

        Dates run forward from the day it was sent and stop where they would pass today, so
        every referral obeys the life-cycle rules (`referral_rules.check_event`).
        """
        rng = self.rng
        kind = "lar" if rng.random() < 0.2 else "tsb"
        created = self.now - dt.timedelta(days=rng.randint(2, 500))
        row: dict[str, Any] = {
            "id": referral_id,
            "client_id": client_id,
            "kind": kind,
            "status": "draft",
            "recipient_name": "Ålesund behandlingssenter",
            "recipient_department": "Avdeling for tverrfaglig spesialisert rusbehandling (TSB)",
            "recipient_address": "Vestmoa 27",
            "recipient_postal_code": "6018",
            "recipient_city": "Ålesund",
            "recipient_phone": "70 17 13 62",
            "referrer_name": self.user,
            "copy_to_gp": True,
            "content": {"help_wanted": rng.choice(HELP_WANTED), "reason": rng.choice(REASONS)},
            "substance_use": [{"substance": "opioids" if kind == "lar" else "alcohol"}],
            "wizard_page": 0,
            # Bulk inserts need every row to name the same columns.
            **dict.fromkeys(LIFE_COLUMNS),
            "created_at": created,
            "updated_at": created,
            "version": 1,
        }
        events: list[Any] = []
        age = (self.today - created.date()).days

        def happen(event: str, field: str, on: dt.date, status: str | None, **more: Any) -> bool:
            if on > self.today:
                return False
            row[field] = on
            row.update(more)
            if status:
                row["status"] = status
            details = {key: json_value(value) for key, value in {field: on, **more}.items()}
            events.append((referral_id, event, on, details))
            return True

        # Like a real caseload, a referral moves on with time: drafts are recent, old referrals
        # have long been answered. A few stall, so the day's overview has something to show.
        if age < 30 and rng.random() < 0.3:
            return row, events
        stalls = rng.random() < 0.01
        sent = created.date() + dt.timedelta(days=rng.randint(0, 2))
        if not happen("sent", "sent_on", sent, "sent", sent_method=rng.choice(SEND_METHODS)):
            return row, events
        received = sent + dt.timedelta(days=rng.randint(1, 5))
        if not happen("received", "received_on", received, "received") or stalls:
            return row, events
        assessed = received + dt.timedelta(days=rng.randint(2, 14))
        if rng.random() < 0.2:
            happen("assessed", "assessed_on", assessed, "assessed", outcome="rejected")
            return row, events
        deadline = assessed + dt.timedelta(days=rng.randint(7, 60))
        if not happen(
            "assessed",
            "assessed_on",
            assessed,
            "assessed",
            outcome="right_granted",
            treatment_level=rng.choice(TREATMENT_LEVELS),
            start_deadline=deadline,
        ):
            return row, events
        started = assessed + dt.timedelta(days=rng.randint(1, (deadline - assessed).days))
        if not happen("treatment_started", "treatment_started_on", started, None):
            return row, events
        if rng.random() < 0.7:
            discharged = started + dt.timedelta(days=rng.randint(14, 120))
            happen("discharged", "discharged_on", discharged, "closed")
        return row, events


def _many(count: int, make: Callable[[int], dict[str, Any]], client_id: int) -> list[Any]:
    return [make(client_id) for _ in range(count)]


def _insert_batch(session: Session, maker: _Maker, size: int) -> None:
    rng = maker.rng
    # Ids are given here so the lists can point at their client without a read-back per row.
    first_id = (session.execute(select(func.max(Client.id))).scalar_one() or 0) + 1
    next_referral = (session.execute(select(func.max(Referral.id))).scalar_one() or 0) + 1
    clients, network, children, consents, appointments = [], [], [], [], []
    referrals: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    for client_id in range(first_id, first_id + size):
        clients.append(maker.client(client_id))
        network += _many(rng.choice((0, 1, 1, 2, 3)), maker.network, client_id)
        children += _many(rng.choice((0, 0, 0, 1, 2)), maker.child, client_id)
        consents += _many(rng.choice((0, 1, 1, 2)), maker.consent, client_id)
        appointments += _many(rng.choice((0, 1, 2, 3, 4)), maker.appointment, client_id)
        # Two referrals per client on average: a caseload's history of referrals.
        for _ in range(rng.choice((0, 1, 2, 3, 4))):
            referral, history = maker.referral(next_referral, client_id)
            next_referral += 1
            referrals.append(referral)
            events += [
                {
                    "referral_id": referral_id,
                    "event": event,
                    "on": on,
                    "recorded_at": maker.now,
                    "recorded_by": maker.user,
                    "details": details,
                }
                for referral_id, event, on, details in history
            ]
    audit = [
        {
            "at": maker.now,
            "user": maker.user,
            "action": "create",
            "entity": "client",
            "entity_id": row["id"],
            "client_id": row["id"],
            "detail": "synthetic demo data",
        }
        for row in clients
    ]
    connection = session.connection()
    for model, rows in (
        (Client, clients),
        (NetworkPerson, network),
        (Child, children),
        (Consent, consents),
        (Appointment, appointments),
        (Referral, referrals),
        (ReferralEvent, events),
        (AuditEvent, audit),
    ):
        if rows:
            connection.execute(insert(model), rows)


def create_demo_clients(db: Database, count: int, seed: int | None = None) -> int:
    """Add `count` synthetic clients with network, children, consents, appointments and
    referrals at every stage of their life."""
    with db.session() as session:
        user = current_user(session)
        numbers = select(col(Client.national_id)).where(col(Client.national_id).is_not(None))
        taken = {number for (number,) in session.execute(numbers)}
    maker = _Maker(seed, taken, user)
    added = 0
    while added < count:
        size = min(BATCH, count - added)
        # Each batch is its own transaction: progress is kept and memory stays flat.
        with db.session() as session:
            _insert_batch(session, maker, size)
        added += size
    return added
