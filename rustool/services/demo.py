"""Synthetic demo clients: for trying the app, for screenshots and for the speed benchmarks.

Every national id is a synthetic test number (month +80), so no demo person can ever be real.
The rows go in with bulk inserts, a batch per transaction, because 100,000 clients must take
well under a minute; the values are drawn so that they pass the same validators as typed input.
The same seed gives the same people; dates are placed relative to today.

Some active clients have an ansvarsgruppe (members, past meetings with minutes and action
items, sometimes one in the coming week) and most of those an individual plan, with the gaps
inspections find (a goal without measures, a measure without a responsible, a revision
overdue), so the plan tab and the day's overview have something to show.
"""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, insert, select
from sqlmodel import Session, col

from rustool.db import Database
from rustool.domain.client_rules import (
    APPOINTMENT_KINDS,
    CONSENT_FORMS,
    CONSENT_KINDS,
)
from rustool.domain.group_rules import carried_over_agenda, name_key
from rustool.domain.national_id import make_synthetic
from rustool.domain.plan_rules import measure_from_action_item
from rustool.domain.records import json_ready, json_value
from rustool.domain.referral_rules import LIFE_FIELDS, SEND_METHODS, TREATMENT_LEVELS
from rustool.domain.sorting import client_sort_name
from rustool.models import (
    ActionItem,
    Appointment,
    AuditEvent,
    Child,
    Client,
    Consent,
    GroupMeeting,
    GroupMember,
    IndividualPlan,
    NetworkPerson,
    PlanRevision,
    Referral,
    ReferralEvent,
)
from rustool.services.plans import DECLINED_REVISION, DECLINED_STATUS, FIRST_REVISION, KEY, ORIGIN
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

# The ansvarsgruppe and the individual plan.
GROUP_SHARE = 0.12  # of active clients
PLAN_SHARE = 0.75  # of those with a group; a few of them declined the plan
DECLINED_SHARE = 0.08
MEMBER_ROLES = (
    "fastlege",
    "NAV-veileder",
    "LAR-behandler",
    "psykiatrisk sykepleier",
    "boligkonsulent",
    "pårørende",
)
AGENDA_TOPICS = (
    ("Bolig", "Søknad om kommunal bolig er sendt; venter på svar."),
    ("Rus", "Klienten forteller om færre dager med bruk siden sist."),
    ("Helse", "Tannbehandling er i gang; fastlegen følger opp blodprøver."),
    ("Økonomi", "Gjeldsrådgivning er avtalt. Husleien er betalt."),
    ("Arbeid og aktivitet", "Ønsker å prøve arbeidstrening to dager i uken."),
    ("Nettverk og fritid", "Har tatt opp kontakten med søsteren igjen."),
)
DECISIONS = (
    "Klienten søker arbeidstrening med støtte fra NAV.",
    "Gruppen møtes igjen om to måneder; koordinator kaller inn.",
    "Fastlegen henviser til tannlege. Klienten vil ha tett oppfølging etter utskrivning.",
)
ACTIONS = (
    "Søke kommunal bolig",
    "Bestille time hos fastlegen",
    "Kartlegge gjeld sammen med klienten",
    "Søke om arbeidstrening",
    "Følge opp søknad om avrusning",
    "Avtale hjemmebesøk",
    "Kontakte tannlegen",
)
LOCATIONS_GROUP = ("NAV-kontoret", "Rustjenesten, møterom 2", "Legekontoret", "Videomøte")
CLIENT_STORIES = (
    "Jeg har drukket mye i mange år. Nå vil jeg ha et vanlig liv med jobb og egen leilighet.",
    "Jeg vil være en god far for ungene mine og slippe å bekymre meg for penger hele tiden.",
    "Etter behandlingen vil jeg ikke tilbake til det gamle miljøet. Jeg trenger folk rundt meg.",
)
# (life area, the goal in the client's words, horizon, measures: (description, scope))
GOALS = (
    ("housing", "Jeg vil ha min egen leilighet.", "long",
     (("Søke kommunal bolig", "Etter behov"), ("Bo-oppfølging i egen bolig", "2 timer per uke"))),
    ("substance_use", "Jeg vil klare meg uten alkohol i hverdagen.", "short",
     (("Samtaler med ruskonsulent", "1 time hver uke"), ("Delta i AA-gruppe", "Ukentlig"))),
    ("work_activity", "Jeg vil ha noe å gå til hver dag.", "long",
     (("Arbeidstrening i kommunal bedrift", "2 dager per uke"),)),
    ("economy", "Jeg vil få oversikt over gjelden min.", "short",
     (("Gjeldsrådgivning hos NAV", "3 samtaler"),
      ("Frivillig forvaltning av husleie", "Månedlig"))),
    ("physical_health", "Jeg vil få fikset tennene.", "short",
     (("Tannbehandling med egenandel dekket", "Etter plan fra tannlegen"),)),
    ("social_network", "Jeg vil ha venner som ikke ruser seg.", "long",
     (("Frisklivssentralens turgruppe", "Ukentlig"),)),
)  # fmt: skip
MEASURE_STATUSES = ("planned", "ongoing", "ongoing", "done")

_ASCII = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "ŋ": "ng", "đ": "d", "ŧ": "t"})


def _mail_name(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.casefold().translate(_ASCII))
    return "".join(ch for ch in folded if ch.isascii() and ch.isalnum())


@dataclass
class _GroupRows:
    """The ansvarsgruppe and plan rows of one batch, and the ids they hand out."""

    next_meeting: int
    next_action: int
    next_plan: int
    members: list[dict[str, Any]] = field(default_factory=list)
    meetings: list[dict[str, Any]] = field(default_factory=list)
    actions: list[dict[str, Any]] = field(default_factory=list)
    plans: list[dict[str, Any]] = field(default_factory=list)
    revisions: list[dict[str, Any]] = field(default_factory=list)
    consents: list[dict[str, Any]] = field(default_factory=list)


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

    # --- the ansvarsgruppe and the individual plan ---------------------------------------------

    def key(self) -> str:
        """A uuid4-shaped hex from the seeded generator, so the same seed gives the same keys."""
        return uuid.UUID(int=self.rng.getrandbits(128), version=4).hex

    def _person(self, taken: set[str]) -> str:
        while True:
            name = f"{self.rng.choice(GIVEN_NAMES)} {self.rng.choice(FAMILY_NAMES)}"
            if name_key(name) not in taken:
                taken.add(name_key(name))
                return name

    def _members(self, client: dict[str, Any]) -> list[dict[str, Any]]:
        """The koordinator (a ruskonsulent) first, then two to four others."""
        rng = self.rng
        municipality, city = client["municipality"], client["city"]
        taken: set[str] = set()
        organizations = {
            "ruskonsulent": f"{municipality} kommune, rustjenesten",
            "fastlege": client["gp_office"],
            "NAV-veileder": f"NAV {city}",
            "LAR-behandler": "LAR-poliklinikken",
            "psykiatrisk sykepleier": f"{municipality} kommune, psykisk helse",
            "boligkonsulent": f"{municipality} kommune, boligkontoret",
            "pårørende": None,
        }
        members = []
        for position, role in enumerate(
            ("ruskonsulent", *rng.sample(MEMBER_ROLES, rng.randint(2, 4)))
        ):
            if role == "fastlege" and name_key(client["gp_name"]) not in taken:
                name = client["gp_name"]
                taken.add(name_key(name))
            else:
                name = self._person(taken)
            given, family = name.split(" ", 1)
            professional = role != "pårørende"
            mail = f"{_mail_name(given)}.{_mail_name(family)}@eksempel.no"
            members.append(
                {
                    "client_id": client["id"],
                    "position": position,
                    "name": name,
                    "role": role,
                    "organization": organizations[role],
                    "phone": self.phone(),
                    "email": mail if professional and rng.random() < 0.7 else None,
                    "is_coordinator": position == 0,
                    "left_on": None,
                    "version": 1,
                }
            )
        return members

    def _meeting_row(
        self,
        meeting_id: int,
        client_id: int,
        starts: dt.datetime,
        next_at: dt.datetime | None,
        agenda: list[dict[str, Any]],
        attendance: list[dict[str, Any]],
        decisions: str | None,
    ) -> dict[str, Any]:
        return {
            "id": meeting_id,
            "client_id": client_id,
            "starts_at": starts,
            "ends_at": starts + dt.timedelta(minutes=90),
            "location": self.rng.choice(LOCATIONS_GROUP),
            "agenda": agenda,
            "attendance": attendance,
            "decisions": decisions,
            "next_meeting_at": next_at,
            "ics_uid": f"{self.key()}@rustool",
            "ics_sequence": 0,
            "created_at": min(self.now, starts - dt.timedelta(days=14)),
            "updated_at": min(self.now, starts + dt.timedelta(days=1)),
            "version": 1,
        }

    def _meeting_time(self, day: dt.date) -> dt.datetime:
        return dt.datetime.combine(day, dt.time(self.rng.randint(9, 14), self.rng.choice((0, 30))))

    def _consent(self, client_id: int, kind: str, given_on: dt.date, scope: str) -> dict[str, Any]:
        expires = given_on + dt.timedelta(days=3 * 365) if self.rng.random() < 0.4 else None
        return {
            "client_id": client_id,
            "kind": kind,
            "scope": scope,
            "given_on": given_on,
            "expires_on": expires,
            "withdrawn_on": None,
            "form": self.rng.choice(CONSENT_FORMS),
            "recorded_by": self.user,
            "version": 1,
        }

    def group(self, client: dict[str, Any], out: _GroupRows) -> None:
        """An ansvarsgruppe for an active client: one to three meetings held (the last within
        the past hundred days, the earlier ones done with), sometimes one in the coming week,
        and most often an individual plan."""
        rng = self.rng
        client_id = client["id"]
        members = self._members(client)
        names = [member["name"] for member in members]
        count = rng.randint(1, 3)
        last_day = self.today - dt.timedelta(days=rng.randint(1, 100))
        gap = rng.randint(45, 100)
        days = [last_day - dt.timedelta(days=gap * (count - 1 - i)) for i in range(count)]
        # Groups meet every month or two: one in ten has its next meeting within the week.
        upcoming: dt.datetime | None = None
        if rng.random() < 0.1:
            upcoming = self._meeting_time(self.today + dt.timedelta(days=rng.randint(0, 7)))
        elif rng.random() < 0.5:
            upcoming = self._meeting_time(self.today + dt.timedelta(days=rng.randint(8, 60)))
        starts = [self._meeting_time(day) for day in days]
        first_actions: list[dict[str, Any]] = []
        open_actions: list[dict[str, Any]] = []
        for index, (day, start) in enumerate(zip(days, starts, strict=True)):
            last = index == count - 1
            next_at = starts[index + 1] if not last else upcoming
            meeting_id = out.next_meeting
            out.next_meeting += 1
            topics = rng.sample(AGENDA_TOPICS, rng.randint(2, 3))
            attendance = [
                {
                    "member": name,
                    "status": rng.choices(("present", "excused", "absent"), (8, 1, 1))[0],
                }
                for name in names
            ]
            out.meetings.append(
                self._meeting_row(
                    meeting_id,
                    client_id,
                    start,
                    next_at,
                    [{"title": title, "notes": notes} for title, notes in topics],
                    attendance,
                    rng.choice(DECISIONS),
                )
            )
            for position, description in enumerate(rng.sample(ACTIONS, rng.randint(1, 3))):
                due = day + dt.timedelta(days=rng.randint(14, 60))
                # Earlier meetings' items are done; of the last one's, most of those due by now
                # are, a few that are not yet due, and the rest wait for the next meeting.
                done: dt.date | None = None
                if not last or rng.random() < (0.85 if due < self.today else 0.2):
                    latest = min(due, self.today)
                    done = day + dt.timedelta(days=rng.randint(0, (latest - day).days))
                action = {
                    "id": out.next_action,
                    "meeting_id": meeting_id,
                    "client_id": client_id,
                    "position": position,
                    "description": description,
                    "responsible": rng.choice(names),
                    "due_on": due,
                    "done_on": done,
                    "measure_key": None,
                }
                out.next_action += 1
                out.actions.append(action)
                if index == 0:
                    first_actions.append(action)
                if last and done is None:
                    open_actions.append(action)
        if upcoming is not None:
            # Not held yet: the agenda carries the open action items, nobody has answered.
            agenda = [
                *carried_over_agenda(open_actions),
                {"title": "Status siden sist", "notes": None},
            ]
            out.meetings.append(
                self._meeting_row(out.next_meeting, client_id, upcoming, None, agenda, [], None)
            )
            out.next_meeting += 1
        out.members += members
        if rng.random() < 0.9:
            scope = "Ansvarsgruppens medlemmer om mål, tiltak og status"
            given = days[0] - dt.timedelta(days=rng.randint(0, 14))
            out.consents.append(self._consent(client_id, "responsibility_group", given, scope))
        if rng.random() < PLAN_SHARE:
            self.plan(client_id, members, days, first_actions, out)

    def plan(
        self,
        client_id: int,
        members: list[dict[str, Any]],
        meeting_days: list[dt.date],
        first_actions: list[dict[str, Any]],
        out: _GroupRows,
    ) -> None:
        """An individual plan from the group's first meeting on, or the koordinator record of a
        declined one. Some plans have the gaps `plan_quality` points out."""
        rng = self.rng
        coordinator = members[0]["name"]
        start = meeting_days[0]
        plan_id = out.next_plan
        out.next_plan += 1
        row: dict[str, Any] = {
            "id": plan_id,
            "client_id": client_id,
            "created_at": dt.datetime.combine(start, dt.time(15)),
            "updated_at": dt.datetime.combine(meeting_days[-1], dt.time(15)),
            "version": 1,
        }
        if rng.random() < DECLINED_SHARE:
            record = {
                "coordinator": coordinator,
                "declined_on": start.isoformat(),
                "notes": "Ønsker ikke plan nå, men vil ha koordinator.",
            }
            out.plans.append(
                row
                | {
                    "declined_on": start,
                    "content": record,
                    "status": DECLINED_STATUS,
                    "next_revision_on": None,
                }
            )
            out.revisions.append(self._revision(plan_id, row, record, DECLINED_REVISION))
            return
        end = start + dt.timedelta(days=730)
        given = start - dt.timedelta(days=rng.randint(0, 14))
        scope = "Individuell plan: deltakerne i planen"
        out.consents.append(self._consent(client_id, "individual_plan", given, scope))
        chance = rng.random()
        revision: dt.date | None
        # Revisions every half year or so: some overdue, some due within two weeks.
        if chance < 0.08:
            revision = max(start, self.today - dt.timedelta(days=rng.randint(1, 30)))
        elif chance < 0.16:
            revision = self.today + dt.timedelta(days=rng.randint(0, 14))
        elif chance < 0.21:
            revision = None
        else:
            revision = self.today + dt.timedelta(days=rng.randint(15, 180))
        goals = []
        for area, description, horizon, measures in rng.sample(GOALS, rng.randint(2, 3)):
            goal_measures = []
            # About one goal in seven has no measure yet: the gap inspections find most.
            if rng.random() > 0.15:
                for text, scope_text in rng.sample(measures, rng.randint(1, len(measures))):
                    first = start + dt.timedelta(days=rng.randint(0, 60))
                    member = rng.choice(members)
                    responsible = (
                        f"{member['name']} ({member['role']})" if rng.random() > 0.12 else None
                    )
                    goal_measures.append(
                        json_ready(
                            {
                                "description": text,
                                "responsible": responsible,
                                "scope": scope_text,
                                "start_on": first,
                                "end_on": min(end, first + dt.timedelta(days=rng.randint(30, 300))),
                                "status": rng.choice(MEASURE_STATUSES),
                            }
                        )
                        | {KEY: self.key()}
                    )
            target = start + dt.timedelta(days=rng.randint(90, 700)) if rng.random() < 0.8 else None
            goals.append(
                {
                    "life_area": area,
                    "description": description,
                    "horizon": horizon,
                    "target_date": json_value(target),
                    "status": "reached" if rng.random() < 0.1 else "open",
                    "measures": goal_measures,
                    KEY: self.key(),
                }
            )
        if first_actions and rng.random() < 0.3:
            # An action item from the first meeting became a measure ("with one action").
            action = first_actions[0]
            measure = measure_from_action_item(
                action["description"], action["responsible"], action["due_on"], (start, end)
            )
            action["measure_key"] = self.key()
            goals[0]["measures"].append(
                json_ready(measure)
                | {
                    KEY: action["measure_key"],
                    ORIGIN: {"meeting_id": action["meeting_id"], "action_item_id": action["id"]},
                }
            )
        evaluations = [
            {
                "held_on": day.isoformat(),
                "summary": "Gjennomgang av målene i ansvarsgruppen.",
                "goal_notes": [{"goal": 0, "note": "Arbeidet er i gang."}],
            }
            for day in meeting_days[1:]
            if rng.random() < 0.5
        ]
        content = {
            "coordinator": coordinator,
            "period_start": start.isoformat(),
            "period_end": end.isoformat(),
            "next_revision_on": json_value(revision),
            "client_story": rng.choice(CLIENT_STORIES),
            "resources": "Motivert, har en søster som støtter henne eller ham.",
            "cooperation": "Samarbeid med NAV, fastlegen og spesialisthelsetjenesten.",
            "status": "active",
            "participants": [
                {key: member[key] for key in ("name", "role", "organization")} for member in members
            ],
            "goals": goals,
            "evaluations": evaluations,
        }
        out.plans.append(
            row
            | {
                "declined_on": None,
                "content": content,
                "status": "active",
                "next_revision_on": revision,
            }
        )
        out.revisions.append(self._revision(plan_id, row, _without_keys(content), FIRST_REVISION))

    def _revision(
        self, plan_id: int, row: dict[str, Any], content: dict[str, Any], change: str
    ) -> dict[str, Any]:
        return {
            "plan_id": plan_id,
            "number": 1,
            "saved_at": row["created_at"],
            "saved_by": self.user,
            "content": content,
            "changes": [change],
        }


def _without_keys(content: dict[str, Any]) -> dict[str, Any]:
    """A plan as its revisions keep it: without the service's KEY and ORIGIN."""
    goals = [
        {name: value for name, value in goal.items() if name != KEY}
        | {
            "measures": [
                {name: value for name, value in measure.items() if name not in (KEY, ORIGIN)}
                for measure in goal["measures"]
            ]
        }
        for goal in content["goals"]
    ]
    return content | {"goals": goals}


def _many(count: int, make: Callable[[int], dict[str, Any]], client_id: int) -> list[Any]:
    return [make(client_id) for _ in range(count)]


def _insert_batch(session: Session, maker: _Maker, size: int) -> None:
    rng = maker.rng
    # Ids are given here so the lists can point at their client without a read-back per row.
    first_id = (session.execute(select(func.max(Client.id))).scalar_one() or 0) + 1
    next_referral = (session.execute(select(func.max(Referral.id))).scalar_one() or 0) + 1
    group_rows = _GroupRows(
        next_meeting=(session.execute(select(func.max(GroupMeeting.id))).scalar_one() or 0) + 1,
        next_action=(session.execute(select(func.max(ActionItem.id))).scalar_one() or 0) + 1,
        next_plan=(session.execute(select(func.max(IndividualPlan.id))).scalar_one() or 0) + 1,
    )
    clients, network, children, consents, appointments = [], [], [], [], []
    referrals: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    for client_id in range(first_id, first_id + size):
        client = maker.client(client_id)
        clients.append(client)
        if client["status"] == "active" and rng.random() < GROUP_SHARE:
            maker.group(client, group_rows)
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
        (Consent, consents + group_rows.consents),
        (Appointment, appointments),
        (Referral, referrals),
        (ReferralEvent, events),
        (GroupMember, group_rows.members),
        (GroupMeeting, group_rows.meetings),
        (ActionItem, group_rows.actions),
        (IndividualPlan, group_rows.plans),
        (PlanRevision, group_rows.revisions),
        (AuditEvent, audit),
    ):
        if rows:
            connection.execute(insert(model), rows)


def create_demo_clients(db: Database, count: int, seed: int | None = None) -> int:
    """Add `count` synthetic clients with network, children, consents, appointments,
    referrals at every stage of their life, and for some an ansvarsgruppe and a plan."""
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
