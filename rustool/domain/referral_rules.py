"""The referral's rules: its fields, the TSB and LAR checklists, completeness and its life cycle.

Names follow DOMAIN.md ("Referral", "TSB referral content", "LAR referral content"). A draft may
be incomplete, so `validate_content` only checks what is there; `completeness` says what blocks
sending and what is not described; `check_event` refuses impossible orders of events.
Messages are English sentences naming the field (as in `records`); section titles, field
titles and help texts are Norwegian because they are printed on the referral itself.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from rustool.domain.records import (
    STR_MAX,
    B,
    D,
    E,
    FieldError,
    FieldSpec,
    FieldType,
    S,
    T,
    ValidationError,
    clean_fields,
    validate_record,
)
from rustool.texts import N_, Labels, translate

REFERRAL_KINDS = ("tsb", "lar")
REFERRAL_STATUSES = ("draft", "sent", "received", "assessed", "closed")
OUTCOMES = ("right_granted", "rejected")
TREATMENT_LEVELS = ("outpatient", "day", "residential")
SUBSTANCES = (
    "alcohol",
    "cannabis",
    "opioids",
    "benzodiazepines",
    "stimulants",
    "ghb",
    "hallucinogens",
    "anabolic_steroids",
    "gambling",
    "other_medication",
    "other",
)
ROUTES = ("oral", "smoked", "snorted", "injected", "other")
RISK_LEVELS = ("low", "moderate", "high", "unknown")
DRIVERS_LICENSE = ("yes", "no", "unknown")
DEPENDENCE_CRITERIA = (
    "craving",
    "impaired_control",
    "withdrawal",
    "tolerance",
    "neglect",
    "continued_despite_harm",
)
LAR_GOALS = ("abstinence", "stabilisation", "harm_reduction")
SEND_METHODS = ("post", "handed_over", "electronic")

DEPENDENCE_THRESHOLD = 3  # ICD-10: at least 3 criteria together during the past year
DEBUT_AGE_MAX = 100
SUBSTANCE_USE_MAX_ROWS = 50
ATTACHMENTS_MAX_ITEMS = 50

RECIPIENT_FIELDS: tuple[FieldSpec, ...] = (
    S("name", required=True),
    S("department"),
    S("address"),
    S("postal_code"),
    S("city"),
    S("phone"),
)
REFERRAL_COMMON_FIELDS: tuple[FieldSpec, ...] = (
    S("referrer_name"),
    S("referrer_title"),
    S("referrer_organization"),
    S("referrer_phone"),
    S("referrer_email"),
    B("copy_to_gp"),
    S("municipal_contact"),
)
SUBSTANCE_USE_FIELDS: tuple[FieldSpec, ...] = (
    E("substance", SUBSTANCES, required=True),
    S("frequency"),
    S("amount"),
    E("route", ROUTES),
    FieldSpec("debut_age", FieldType.INT),
    D("last_used_on"),
)

# The scalar fields of the checklist in screen order; the two list fields (`attachments`,
# `dependence_criteria`) have no FieldType and are checked by `validate_content` itself.
TSB_CONTENT_FIELDS: tuple[FieldSpec, ...] = (
    T("help_wanted"),
    B("help_wanted_by_client"),
    T("treatment_wishes"),
    T("resources"),
    T("substance_use_notes"),
    T("ip_status"),
    T("treatment_history"),
    T("somatic_health"),
    B("gp_statement_attached"),
    T("mental_health"),
    T("overdose_risk"),
    E("overdose_risk_level", RISK_LEVELS),
    T("suicide_risk"),
    E("suicide_risk_level", RISK_LEVELS),
    T("collaborators"),
    T("detox_need"),
    T("family"),
    T("housing"),
    T("interests_support"),
    T("work_education_economy"),
    E("drivers_license", DRIVERS_LICENSE),
    T("legal_matters"),
    T("medications"),
    T("allergies"),
    T("violence"),
    T("special_needs"),
    T("language_culture"),
    T("somatic_causes_assessed"),
    T("reason"),
)
LAR_EXTRA_FIELDS: tuple[FieldSpec, ...] = (
    T("opioid_history"),
    B("injecting"),
    T("injection_complications"),
    T("overdose_history"),
    T("documentation"),
    T("lab_results"),
    B("ecg_attached"),
    E("goals_lar", LAR_GOALS),
    T("goals_lar_own_words"),
    T("motivation"),
    T("medication_wish"),
    T("dispensing_proposal"),
    D("client_participated_on"),
    S("municipal_service_participant"),
    D("municipal_service_participated_on"),
    S("gp_participant"),
    D("gp_participated_on"),
    B("client_application_attached"),
)
LAR_CONTENT_FIELDS: tuple[FieldSpec, ...] = TSB_CONTENT_FIELDS + LAR_EXTRA_FIELDS
TSB_LIST_FIELDS = ("attachments",)
LAR_LIST_FIELDS = ("attachments", "dependence_criteria")

# A yes/no answer is always an answer: unticked is "no", never "not described".
_BOOL_FIELDS = frozenset(spec.name for spec in LAR_CONTENT_FIELDS if spec.type is FieldType.BOOL)
_PARTICIPATION_DATES = (
    "client_participated_on",
    "municipal_service_participated_on",
    "gp_participated_on",
)


@dataclass(frozen=True)
class Section:
    code: str
    source_title: str  # bokmål, as marked with N_
    fields: tuple[str, ...]

    @property
    def title(self) -> str:
        return translate("referral_rules", self.source_title)


_TSB_HEAD = (
    Section(
        "current",
        N_("referral_rules", "Aktuelt"),
        (
            "help_wanted",
            "help_wanted_by_client",
            "treatment_wishes",
            "resources",
            "substance_use_notes",
            "ip_status",
            "treatment_history",
            "somatic_health",
            "gp_statement_attached",
            "mental_health",
            "overdose_risk",
            "overdose_risk_level",
            "suicide_risk",
            "suicide_risk_level",
            "collaborators",
            "detox_need",
        ),
    ),
    Section(
        "family_social",
        N_("referral_rules", "Familie og sosialt"),
        (
            "family",
            "housing",
            "interests_support",
            "work_education_economy",
            "drivers_license",
            "legal_matters",
        ),
    ),
    Section(
        "other",
        N_("referral_rules", "Andre forhold"),
        (
            "medications",
            "allergies",
            "violence",
            "special_needs",
            "language_culture",
            "somatic_causes_assessed",
        ),
    ),
)
_LAR_MIDDLE = (
    Section(
        "opioid_dependence",
        N_("referral_rules", "Opioidavhengighet"),
        (
            "opioid_history",
            "injecting",
            "injection_complications",
            "dependence_criteria",
            "overdose_history",
        ),
    ),
    Section(
        "documentation_tests",
        N_("referral_rules", "Dokumentasjon og prøver"),
        ("documentation", "lab_results", "ecg_attached"),
    ),
    Section(
        "goals_medication",
        N_("referral_rules", "Mål og medisinering"),
        (
            "goals_lar",
            "goals_lar_own_words",
            "motivation",
            "medication_wish",
            "dispensing_proposal",
        ),
    ),
    Section(
        "three_parties",
        N_("referral_rules", "Trepartssamarbeid"),
        (
            "client_participated_on",
            "municipal_service_participant",
            "municipal_service_participated_on",
            "gp_participant",
            "gp_participated_on",
            "client_application_attached",
        ),
    ),
)
# The reason and the attachments close the referral in both kinds, so the LAR sections go
# between "Andre forhold" and "Begrunnelse".
_TAIL = (
    Section("reason", N_("referral_rules", "Begrunnelse"), ("reason",)),
    Section("attachments", N_("referral_rules", "Vedlegg"), ("attachments",)),
)
_SECTIONS = {"tsb": _TSB_HEAD + _TAIL, "lar": _TSB_HEAD + _LAR_MIDDLE + _TAIL}

FIELD_TITLES = Labels(
    "referral_rules",
    {
        "help_wanted": "Hva klienten ønsker hjelp til",
        "help_wanted_by_client": "Skrevet av klienten selv",
        "treatment_wishes": "Ønsker for behandling",
        "resources": "Ressurser",
        "substance_use_notes": "Rusmiddelbruk – utdyping",
        "ip_status": "Individuell plan, koordinator og ansvarsgruppe",
        "treatment_history": "Tidligere og nåværende behandling og oppfølging",
        "somatic_health": "Somatisk helse",
        "gp_statement_attached": "Skriv fra fastlege vedlagt",
        "mental_health": "Psykisk helse",
        "overdose_risk": "Overdosefare",
        "overdose_risk_level": "Overdosefare – vurdert nivå",
        "suicide_risk": "Selvmordsfare",
        "suicide_risk_level": "Selvmordsfare – vurdert nivå",
        "collaborators": "Samarbeidspartnere",
        "detox_need": "Behov for avrusning",
        "family": "Familiesituasjon",
        "housing": "Bolig",
        "interests_support": "Interesser og nære støttepersoner",
        "work_education_economy": "Arbeid, utdanning og økonomi",
        "drivers_license": "Førerkort",
        "legal_matters": "Juridiske forhold",
        "medications": "Legemidler",
        "allergies": "Allergier",
        "violence": "Vold og trusler",
        "special_needs": "Særlige behov",
        "language_culture": "Språk og kultur",
        "somatic_causes_assessed": "Somatiske årsaker vurdert",
        "reason": "Begrunnelse for henvisningen",
        "attachments": "Vedlegg",
        "opioid_history": "Opioidavhengighet – historikk",
        "injecting": "Injiserer",
        "injection_complications": "Komplikasjoner av injisering",
        "dependence_criteria": "Avhengighetskriterier (ICD-10) siste år",
        "overdose_history": "Tidligere overdoser",
        "documentation": "Dokumentasjon av avhengigheten",
        "lab_results": "Prøvesvar",
        "ecg_attached": "EKG vedlagt",
        "goals_lar": "Klientens mål med LAR",
        "goals_lar_own_words": "Målet med klientens egne ord",
        "motivation": "Motivasjon",
        "medication_wish": "Ønske om legemiddel",
        "dispensing_proposal": "Forslag til utleveringssted",
        "client_participated_on": "Klienten deltok (dato)",
        "municipal_service_participant": "Kommunal tjeneste – deltaker",
        "municipal_service_participated_on": "Kommunal tjeneste deltok (dato)",
        "gp_participant": "Fastlege – deltaker",
        "gp_participated_on": "Fastlegen deltok (dato)",
        "client_application_attached": "Klientens egen søknad vedlagt",
    },
)

HELP_TEXTS = Labels(
    "referral_rules",
    {
        "help_wanted": "Hva klienten ønsker hjelp til – helst med klientens egne ord.",
        "help_wanted_by_client": "Kryss av hvis klienten har skrevet dette selv.",
        "treatment_wishes": "Klientens ønsker om type og sted for behandling, og hvorfor.",
        "resources": "Klientens ressurser og sterke sider – det behandlingen kan bygge på.",
        "substance_use_notes": (
            "Det tabellen ikke får fram: mønster, utvikling og perioder uten rus."
        ),
        "ip_status": "Om klienten har individuell plan, koordinator og ansvarsgruppe, og hvem.",
        "treatment_history": "Tidligere og nåværende behandling og oppfølging, med tid og sted.",
        "somatic_health": (
            "Somatisk helse, også tannhelse og livsstil; helst med skriv fra fastlege."
        ),
        "gp_statement_attached": "Kryss av når fastlegen har beskrevet somatisk og psykisk helse.",
        "mental_health": "Psykiske plager og diagnoser, og hvem som følger dem opp.",
        "overdose_risk": "Vurdering av overdosefare og hva den bygger på.",
        "overdose_risk_level": "Samlet vurdering av overdosefaren.",
        "suicide_risk": "Vurdering av selvmordsfare og hva den bygger på.",
        "suicide_risk_level": "Samlet vurdering av selvmordsfaren.",
        "collaborators": "Andre tjenester klienten har kontakt med, også statlig NAV.",
        "detox_need": "Om klienten trenger avrusning før eller i starten av behandlingen.",
        "family": "Familiesituasjonen; barn og søsken under 18 år skrives ut fra barnelisten.",
        "housing": "Boforhold nå og om boligen er trygg under og etter behandling.",
        "interests_support": "Interesser og nære personer som støtter klienten.",
        "work_education_economy": (
            "Arbeid eller utdanning (også sykmelding), økonomi, gjeld, nettverk."
        ),
        "drivers_license": "Om klienten har førerkort.",
        "legal_matters": "Verserende saker og ikke sonede dommer.",
        "medications": "Legemidler klienten bruker nå, og relevante tidligere legemidler.",
        "allergies": "Allergier, også mot legemidler.",
        "violence": "Vold og trusler – utsatt for og/eller utøvd, nå og tidligere.",
        "special_needs": "Tolk, møtested, tilrettelegging, ønske om kjønnsdelt behandling.",
        "language_culture": "Språk og kulturelle hensyn, migrasjonsbakgrunn.",
        "somatic_causes_assessed": (
            "Om mulige somatiske årsaker er vurdert, blodprøver der det passer."
        ),
        "reason": (
            "Hvorfor henvisningen sendes nå, og hva som forventes av spesialisthelsetjenesten."
        ),
        "attachments": "Navn på dokumentene som følger med, for eksempel «Skriv fra fastlege».",
        "opioid_history": "Opioiddominert avhengighet: varighet, omfang, stoffer, debut, forløp.",
        "injecting": "Kryss av hvis klienten injiserer rusmidler.",
        "injection_complications": (
            "Komplikasjoner som abscesser, hepatitt, sepsis eller endokarditt."
        ),
        "dependence_criteria": "ICD-10-kriteriene oppfylt siste år; avhengighet krever minst 3.",
        "overdose_history": "Tidligere overdoser: når, hva og hvordan de ble håndtert.",
        "documentation": "Journaler, epikriser og prøvesvar som dokumenterer avhengigheten.",
        "lab_results": "Hepatitt, hiv, lever, nyrer og blodstatus.",
        "ecg_attached": "Kryss av når EKG er tatt og følger med.",
        "goals_lar": "Klientens mål: rusfrihet, stabilisering eller skadereduksjon.",
        "goals_lar_own_words": "Målet med klientens egne ord.",
        "motivation": "Hva som motiverer klienten for behandling nå.",
        "medication_wish": "Klientens ønske om legemiddel – retningslinjen legger vekt på det.",
        "dispensing_proposal": "Hvor legemidlet kan utleveres, for eksempel apotek eller kommunen.",
        "client_participated_on": "Datoen klienten var med på å skrive henvisningen.",
        "municipal_service_participant": "Hvem i kommunen som var med på å skrive henvisningen.",
        "municipal_service_participated_on": "Datoen den kommunale tjenesten var med.",
        "gp_participant": "Fastlegen som var med på å skrive henvisningen.",
        "gp_participated_on": "Datoen fastlegen var med.",
        "client_application_attached": "Kryss av når klientens egen søknad følger med.",
    },
)

# The coded answers in words, as the printed referral shows them (the screen's words are in
# `rustool.ui.referral_labels`).
CHOICE_LABELS = Labels(
    "referral_rules",
    {
        # substances
        "alcohol": "Alkohol",
        "cannabis": "Cannabis",
        "opioids": "Opioider",
        "benzodiazepines": "Benzodiazepiner",
        "stimulants": "Sentralstimulerende",
        "ghb": "GHB",
        "hallucinogens": "Hallusinogener",
        "anabolic_steroids": "Anabole steroider",
        "gambling": "Pengespill",
        "other_medication": "Andre legemidler",
        "other": "Annet",
        # routes ("other" above)
        "oral": "Svelget",
        "smoked": "Røykt",
        "snorted": "Sniffet",
        "injected": "Injisert",
        # risk levels and the driver's licence
        "low": "Lav",
        "moderate": "Moderat",
        "high": "Høy",
        "unknown": "Ukjent",
        "yes": "Ja",
        "no": "Nei",
        # ICD-10 dependence criteria
        "craving": "Sterk lyst eller trang",
        "impaired_control": "Svekket kontroll",
        "withdrawal": "Abstinens",
        "tolerance": "Toleranseøkning",
        "neglect": "Forsømmer andre interesser",
        "continued_despite_harm": "Fortsatt bruk tross skade",
        # LAR goals
        "abstinence": "Rusfrihet",
        "stabilisation": "Stabilisering",
        "harm_reduction": "Skadereduksjon",
    },
)

_TO_SEND = {
    "help_wanted": "must say what the client wants help with before the referral can be sent",
    "reason": "must say why the client is referred now and what is expected before the referral "
    "can be sent",
    "client_participated_on": "the client's part in writing the LAR referral must be dated",
    "municipal_service_participant": "the municipal service's participant in writing the LAR "
    "referral must be named",
    "municipal_service_participated_on": "the municipal service's part in writing the LAR "
    "referral must be dated",
    "gp_participant": "the fastlege who took part in writing the LAR referral must be named",
    "gp_participated_on": "the fastlege's part in writing the LAR referral must be dated",
}
_REQUIRED_TO_SEND = {
    "tsb": ("help_wanted", "reason"),
    "lar": (
        "help_wanted",
        "client_participated_on",
        "municipal_service_participant",
        "municipal_service_participated_on",
        "gp_participant",
        "gp_participated_on",
        "reason",
    ),
}


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def _check_kind(kind: str) -> None:
    if kind not in REFERRAL_KINDS:
        raise ValidationError(
            [FieldError("kind", "choice", f"must be one of tsb, lar, not {kind!r}")]
        )


def validate_recipient(data: Mapping[str, Any], path: str = "recipient") -> dict[str, Any]:
    return validate_record(RECIPIENT_FIELDS, data, path)


def validate_referral_common(data: Mapping[str, Any], path: str = "") -> dict[str, Any]:
    """Clean the referrer and the municipal contact of a referral."""
    clean = validate_record(REFERRAL_COMMON_FIELDS, data, path)
    email = clean["referrer_email"]
    if email is not None and "@" not in email:
        raise ValidationError(
            [FieldError(_join(path, "referrer_email"), "email", "must be an e-mail address")]
        )
    return clean


def validate_substance_use(
    rows: Sequence[Any], path: str = "substance_use", today: dt.date | None = None
) -> list[dict[str, Any]]:
    """Clean the substance-use table; errors name the row, e.g. `substance_use[2].debut_age`."""
    today = today or dt.date.today()
    if isinstance(rows, str | bytes | Mapping) or not isinstance(rows, Sequence):
        raise ValidationError([FieldError(path, "type", "must be a list of rows")])
    if len(rows) > SUBSTANCE_USE_MAX_ROWS:
        raise ValidationError(
            [
                FieldError(
                    path,
                    "too_many",
                    f"must have at most {SUBSTANCE_USE_MAX_ROWS} rows, not {len(rows)}",
                )
            ]
        )
    errors: list[FieldError] = []
    cleaned: list[dict[str, Any]] = []
    for index, row in enumerate(rows):
        row_path = f"{path}[{index}]"
        if not isinstance(row, Mapping):
            errors.append(FieldError(row_path, "type", "must be a row of named fields"))
            continue
        clean, row_errors = clean_fields(SUBSTANCE_USE_FIELDS, row, row_path)
        age = clean.get("debut_age")
        if age is not None and not 0 <= age <= DEBUT_AGE_MAX:
            row_errors.append(
                FieldError(
                    f"{row_path}.debut_age", "range", f"must be between 0 and {DEBUT_AGE_MAX}"
                )
            )
        last = clean.get("last_used_on")
        if last is not None and last > today:
            row_errors.append(
                FieldError(f"{row_path}.last_used_on", "future", "must not be in the future")
            )
        errors.extend(row_errors)
        cleaned.append(clean)
    if errors:
        raise ValidationError(errors)
    return cleaned


def _list_of(value: Any, field: str) -> tuple[list[Any], list[FieldError]]:
    """An empty list for nothing, the items of a list or tuple, or an error."""
    if value is None:
        return [], []
    if not isinstance(value, list | tuple):
        return [], [FieldError(field, "type", "must be a list")]
    return list(value), []


def _clean_attachments(value: Any, field: str) -> tuple[list[str], list[FieldError]]:
    items, errors = _list_of(value, field)
    if errors:
        return [], errors
    if len(items) > ATTACHMENTS_MAX_ITEMS:
        message = f"must have at most {ATTACHMENTS_MAX_ITEMS} items, not {len(items)}"
        return [], [FieldError(field, "too_many", message)]
    clean: list[str] = []
    for index, item in enumerate(items):
        item_field = f"{field}[{index}]"
        if not isinstance(item, str):
            errors.append(FieldError(item_field, "type", "must be text"))
            continue
        name = item.strip()
        if not name:
            errors.append(FieldError(item_field, "empty", "must not be empty"))
        elif len(name) > STR_MAX:
            message = f"must be at most {STR_MAX} characters, not {len(name)}"
            errors.append(FieldError(item_field, "too_long", message))
        elif "\n" in name or "\r" in name or "\x00" in name:
            errors.append(FieldError(item_field, "newline", "must be a single line"))
        else:
            clean.append(name)
    return clean, errors


def _clean_criteria(value: Any, field: str) -> tuple[list[str], list[FieldError]]:
    items, errors = _list_of(value, field)
    seen: set[str] = set()
    for index, item in enumerate(items):
        item_field = f"{field}[{index}]"
        if item not in DEPENDENCE_CRITERIA:
            choices = ", ".join(DEPENDENCE_CRITERIA)
            errors.append(
                FieldError(item_field, "choice", f"must be one of {choices}, not {item!r}")
            )
        elif item in seen:
            errors.append(FieldError(item_field, "duplicate", f"{item} is listed twice"))
        else:
            seen.add(item)
    # A set of criteria: kept in the order of ICD-10 so screen and paper agree.
    return [code for code in DEPENDENCE_CRITERIA if code in seen], errors


def content_fields(kind: str) -> tuple[str, ...]:
    """Every content key of a referral of this kind, in section order."""
    return tuple(name for section in sections(kind) for name in section.fields)


def validate_content(
    kind: str, data: Mapping[str, Any], path: str = "content", today: dt.date | None = None
) -> dict[str, Any]:
    """Clean the checklist answers of a (possibly incomplete) draft; every key is returned.

    Nothing is required here: `completeness` decides what blocks sending.
    """
    _check_kind(kind)
    today = today or dt.date.today()
    specs = TSB_CONTENT_FIELDS if kind == "tsb" else LAR_CONTENT_FIELDS
    lists = TSB_LIST_FIELDS if kind == "tsb" else LAR_LIST_FIELDS
    scalars = {key: value for key, value in data.items() if key not in lists}
    clean, errors = clean_fields(specs, scalars, path)
    attachments, problems = _clean_attachments(data.get("attachments"), _join(path, "attachments"))
    clean["attachments"] = attachments
    errors.extend(problems)
    if kind == "lar":
        criteria, problems = _clean_criteria(
            data.get("dependence_criteria"), _join(path, "dependence_criteria")
        )
        clean["dependence_criteria"] = criteria
        errors.extend(problems)
        for name in _PARTICIPATION_DATES:
            day = clean.get(name)
            if day is not None and day > today:
                errors.append(FieldError(_join(path, name), "future", "must not be in the future"))
    if errors:
        raise ValidationError(errors)
    return {name: clean[name] for name in content_fields(kind)}


def sections(kind: str) -> tuple[Section, ...]:
    _check_kind(kind)
    return _SECTIONS[kind]


def _is_empty(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, list | tuple | set | frozenset):
        return not value
    return False


@dataclass(frozen=True)
class Completeness:
    blocking: tuple[FieldError, ...]
    not_described: tuple[tuple[str, str], ...]  # (section code, field)

    @property
    def can_send(self) -> bool:
        return not self.blocking


def completeness(
    kind: str,
    content: Mapping[str, Any],
    *,
    referral_consent_in_force: bool,
    recipient_named: bool,
    substance_use: Sequence[Mapping[str, Any]] = (),
) -> Completeness:
    """What blocks sending, and which other checklist fields are empty, by section.

    When substance-use rows are given, the substance use is described even without notes.
    """
    _check_kind(kind)
    required = _REQUIRED_TO_SEND[kind]
    blocking = [
        FieldError(name, "required_to_send", _TO_SEND[name])
        for name in required
        if _is_empty(content.get(name))
    ]
    if not referral_consent_in_force:
        blocking.append(
            FieldError(
                "consent",
                "required_to_send",
                "a consent of kind referral must be in force on the day the referral is sent",
            )
        )
    if not recipient_named:
        blocking.append(
            FieldError(
                "recipient",
                "required_to_send",
                "the assessment unit (vurderingsinstans) the referral goes to must be chosen",
            )
        )
    not_described = tuple(
        (section.code, name)
        for section in sections(kind)
        for name in section.fields
        if name not in required
        and name not in _BOOL_FIELDS
        and _is_empty(content.get(name))
        and not (name == "substance_use_notes" and substance_use)
    )
    return Completeness(tuple(blocking), not_described)


def dependence_count(criteria: Sequence[str] | set[str] | frozenset[str]) -> int:
    """How many of the six ICD-10 criteria are met (unknown codes and repeats do not count)."""
    return len(set(criteria) & set(DEPENDENCE_CRITERIA))


def dependence_warning(criteria: Sequence[str] | set[str] | frozenset[str]) -> str | None:
    count = dependence_count(criteria)
    if count >= DEPENDENCE_THRESHOLD:
        return None
    return (
        f"Avhengighet krever at minst {DEPENDENCE_THRESHOLD} av 6 kriterier har vært oppfylt "
        f"samtidig det siste året; {count} er krysset av."
    )


# --- The referral's life --------------------------------------------------------------------

EVENTS = (
    "sent",
    "received",
    "assessed",
    "complaint_filed",
    "treatment_started",
    "discharged",
    "withdrawn",
)
EVENT_DATE_FIELDS: dict[str, str] = {
    "sent": "sent_on",
    "received": "received_on",
    "assessed": "assessed_on",
    "complaint_filed": "complaint_filed_on",
    "treatment_started": "treatment_started_on",
    "discharged": "discharged_on",
    "withdrawn": "withdrawn_on",
}
# The referral's state as the life-cycle rule reads it: its status, its dated steps and what
# the assessment decided. The case file carries these fields; the demo data fills them.
LIFE_FIELDS: tuple[FieldSpec, ...] = (
    E("status", REFERRAL_STATUSES, required=True),
    D("sent_on"),
    E("sent_method", SEND_METHODS),
    D("received_on"),
    D("assessed_on"),
    E("outcome", OUTCOMES),
    E("treatment_level", TREATMENT_LEVELS),
    S("treatment_place"),
    D("start_deadline"),
    D("complaint_filed_on"),
    D("treatment_started_on"),
    D("discharged_on"),
    D("withdrawn_on"),
)
_EVENT_STATUS = {
    "sent": "sent",
    "received": "received",
    "assessed": "assessed",
    "discharged": "closed",
    "withdrawn": "closed",
}
_DETAILS: dict[str, tuple[FieldSpec, ...]] = {
    "sent": (E("sent_method", SEND_METHODS, required=True),),
    "assessed": (
        E("outcome", OUTCOMES, required=True),
        E("treatment_level", TREATMENT_LEVELS),
        S("treatment_place"),
        D("start_deadline"),
    ),
}
# What must have happened before each event, as (date field, what it means in words).
_NEEDS: dict[str, tuple[str, str]] = {
    "received": ("sent_on", "the referral must be marked sent before it can be received"),
    "assessed": ("received_on", "the referral must be marked received before it can be assessed"),
    "complaint_filed": ("assessed_on", "a complaint can only be filed after a rejection"),
    "treatment_started": (
        "assessed_on",
        "treatment can only start after the right to health care is granted",
    ),
    "discharged": (
        "treatment_started_on",
        "the client can only be discharged after treatment has started",
    ),
}


def _date(state: Mapping[str, Any], name: str) -> dt.date | None:
    value = state.get(name)
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def check_event(
    state: Mapping[str, dt.date | str | None],
    event: str,
    on: dt.date,
    today: dt.date,
    details: Mapping[str, Any],
) -> dict[str, Any]:
    """The field changes that record `event` on day `on`, or a ValidationError saying why not.

    `state` holds the referral's current values under their DOMAIN names. An event already
    recorded is refused, corrections included, so
    the dated history is never overwritten by accident.
    """
    if event not in EVENTS:
        raise ValidationError(
            [FieldError("event", "choice", f"must be one of {', '.join(EVENTS)}, not {event!r}")]
        )
    field = EVENT_DATE_FIELDS[event]
    specs = _DETAILS.get(event, ())
    clean, errors = clean_fields(specs, details)

    if on > today:
        errors.append(
            FieldError(field, "future", f"must not be in the future (today is {today.isoformat()})")
        )
    withdrawn_on = _date(state, "withdrawn_on")
    already = _date(state, field)
    if withdrawn_on is not None:
        if event == "withdrawn":
            message = f"the referral was already withdrawn on {withdrawn_on.isoformat()}"
            errors.append(FieldError(field, "already", message))
        else:
            message = (
                f"the referral was withdrawn on {withdrawn_on.isoformat()}; "
                "nothing can be recorded after that"
            )
            errors.append(FieldError(field, "withdrawn", message))
        raise ValidationError(errors)
    if already is not None:
        message = (
            f"is already recorded ({already.isoformat()}); a recorded event cannot be "
            "recorded again"
        )
        errors.append(FieldError(field, "already", message))
        raise ValidationError(errors)

    order = _order_problem(state, event, on)
    if order is not None:
        errors.append(FieldError(field, "order", order))
    changes: dict[str, Any] = {field: on}
    if event == "sent":
        changes["sent_method"] = clean.get("sent_method")
    elif event == "assessed":
        errors.extend(_assessment_problems(clean, on))
        changes.update(
            {
                name: clean.get(name)
                for name in ("outcome", "treatment_level", "treatment_place", "start_deadline")
            }
        )
    if errors:
        raise ValidationError(errors)
    if event in _EVENT_STATUS:
        changes["status"] = _EVENT_STATUS[event]
    return changes


def _order_problem(state: Mapping[str, Any], event: str, on: dt.date) -> str | None:
    """Why `event` on day `on` cannot follow what is recorded in `state`, or None."""
    if event in _NEEDS:
        before_field, missing = _NEEDS[event]
        before = _date(state, before_field)
        outcome = state.get("outcome")
        wrong_outcome = (event == "complaint_filed" and outcome != "rejected") or (
            event == "treatment_started" and outcome != "right_granted"
        )
        if before is None or wrong_outcome:
            return missing
        if on < before:
            return f"must not be before {before_field} ({before.isoformat()})"
        return None
    if event == "withdrawn":
        if _date(state, "discharged_on") is not None:
            return "the client is already discharged; the referral is closed"
        if _date(state, "treatment_started_on") is not None:
            return "treatment has started; record a discharge instead"
        # A withdrawal cannot come before any step already recorded.
        for name in ("complaint_filed_on", "assessed_on", "received_on", "sent_on"):
            day = _date(state, name)
            if day is not None and on < day:
                return f"must not be before {name} ({day.isoformat()})"
    # No rule against dates before the draft was made: a referral sent on paper before it was
    # registered here is recorded with its real dates.
    return None


def _assessment_problems(clean: Mapping[str, Any], on: dt.date) -> list[FieldError]:
    problems: list[FieldError] = []
    outcome = clean.get("outcome")
    if outcome == "right_granted":
        if clean.get("treatment_level") is None:
            problems.append(
                FieldError(
                    "treatment_level",
                    "required",
                    "is required when the right to health care is granted",
                )
            )
        deadline = clean.get("start_deadline")
        if deadline is None:
            problems.append(
                FieldError(
                    "start_deadline",
                    "required",
                    "the binding start deadline is required when the right to health care "
                    "is granted",
                )
            )
        elif deadline < on:
            problems.append(
                FieldError(
                    "start_deadline", "order", f"must not be before assessed_on ({on.isoformat()})"
                )
            )
    elif outcome == "rejected":
        for name in ("treatment_level", "treatment_place", "start_deadline"):
            if clean.get(name) is not None:
                problems.append(
                    FieldError(name, "not_allowed", "must be empty when the referral is rejected")
                )
    return problems
