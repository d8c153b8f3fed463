"""Norwegian (bokmål) words for the referral's coded values, shared by wizards, views and the
dashboard. Field titles and help texts of the checklist live with its rules
(`rustool.domain.referral_rules.FIELD_TITLES`, `HELP_TEXTS`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("referral_labels", text)


def code_label(value: str | None) -> str:
    """The word for any referral code (kind, status, event, outcome, level, substance, ...)."""
    if value is None:
        return ""
    labels = {
        # kinds
        "tsb": _t("TSB-henvisning"),
        "lar": _t("LAR-henvisning"),
        # statuses
        "draft": _t("Utkast"),
        "sent": _t("Sendt"),
        "received": _t("Mottatt"),
        "assessed": _t("Vurdert"),
        "closed": _t("Avsluttet"),
        # events
        "complaint_filed": _t("Klage sendt"),
        "treatment_started": _t("Behandling startet"),
        "discharged": _t("Utskrevet"),
        "withdrawn": _t("Trukket tilbake"),
        # outcomes and levels
        "right_granted": _t("Rett til nødvendig helsehjelp"),
        "rejected": _t("Avslag"),
        "outpatient": _t("Poliklinikk"),
        "day": _t("Dagbehandling"),
        "residential": _t("Døgnbehandling"),
        # how it was sent
        "post": _t("Post"),
        "handed_over": _t("Levert personlig"),
        "electronic": _t("Elektronisk"),
        # substances
        "alcohol": _t("Alkohol"),
        "cannabis": _t("Cannabis"),
        "opioids": _t("Opioider"),
        "benzodiazepines": _t("Benzodiazepiner"),
        "stimulants": _t("Sentralstimulerende"),
        "ghb": _t("GHB"),
        "hallucinogens": _t("Hallusinogener"),
        "anabolic_steroids": _t("Anabole steroider"),
        "gambling": _t("Pengespill"),
        "other_medication": _t("Andre legemidler"),
        "other": _t("Annet"),
        # routes
        "oral": _t("Svelget"),
        "smoked": _t("Røykt"),
        "snorted": _t("Sniffet"),
        "injected": _t("Injisert"),
        # risk levels and yes/no/unknown
        "low": _t("Lav"),
        "moderate": _t("Moderat"),
        "high": _t("Høy"),
        "unknown": _t("Ukjent"),
        "yes": _t("Ja"),
        "no": _t("Nei"),
        # ICD-10 dependence criteria
        "craving": _t("Sterk lyst eller trang"),
        "impaired_control": _t("Svekket kontroll"),
        "withdrawal": _t("Abstinens"),
        "tolerance": _t("Toleranseøkning"),
        "neglect": _t("Forsømmer andre interesser"),
        "continued_despite_harm": _t("Fortsatt bruk tross skade"),
        # LAR goals
        "abstinence": _t("Rusfrihet"),
        "stabilisation": _t("Stabilisering"),
        "harm_reduction": _t("Skadereduksjon"),
    }
    return labels.get(value, value)
