"""Norwegian (bokmål) words for field names and coded values, shown by every view and dialog.

Identifiers stay English (DOMAIN.md); what the user reads comes from here, translatable.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def field_label(name: str) -> str:
    labels = {
        "given_name": _t("Fornavn"),
        "family_name": _t("Etternavn"),
        "national_id": _t("Fødselsnummer"),
        "birth_date": _t("Fødselsdato"),
        "phone": _t("Telefon"),
        "email": _t("E-post"),
        "address": _t("Adresse"),
        "postal_code": _t("Postnummer"),
        "city": _t("Poststed"),
        "municipality": _t("Kommune"),
        "preferred_language": _t("Foretrukket språk"),
        "interpreter_needed": _t("Trenger tolk"),
        "gp_name": _t("Fastlege"),
        "gp_office": _t("Legekontor"),
        "gp_phone": _t("Telefon fastlege"),
        "nav_contact": _t("Kontaktperson i NAV"),
        "status": _t("Status"),
        "closed_on": _t("Avsluttet dato"),
        "closed_reason": _t("Grunn til avslutning"),
        "notes": _t("Notater"),
        "name": _t("Navn"),
        "relation": _t("Relasjon"),
        "is_next_of_kin": _t("Nærmeste pårørende"),
        "may_receive_information": _t("Kan få informasjon (samtykke)"),
        "lives_with_client": _t("Bor sammen med klienten"),
        "caregiver": _t("Omsorgsperson"),
        "followed_up_by": _t("Fulgt opp av"),
        "kind": _t("Type"),
        "scope": _t("Omfang (hva kan deles med hvem)"),
        "given_on": _t("Gitt dato"),
        "expires_on": _t("Utløper"),
        "withdrawn_on": _t("Trukket tilbake"),
        "form": _t("Form"),
        "recorded_by": _t("Registrert av"),
        "starts_at": _t("Tidspunkt"),
        "with_whom": _t("Med hvem"),
        "location": _t("Sted"),
        "done": _t("Gjennomført"),
        "user_name": _t("Ditt navn"),
        "user_title": _t("Din tittel"),
        "org_municipality": _t("Kommune"),
        "org_service": _t("Tjeneste"),
        "org_address": _t("Adresse"),
        "org_phone": _t("Telefon"),
        "org_email": _t("E-post"),
    }
    return labels.get(name, name)


def choice_label(value: str) -> str:
    labels = {
        "active": _t("Aktiv"),
        "closed": _t("Avsluttet"),
        "child": _t("Barn"),
        "sibling": _t("Søsken"),
        "referral": _t("Henvisning"),
        "information_exchange": _t("Informasjonsutveksling"),
        "individual_plan": _t("Individuell plan"),
        "responsibility_group": _t("Ansvarsgruppe"),
        "next_of_kin_information": _t("Informasjon til pårørende"),
        "written": _t("Skriftlig"),
        "oral": _t("Muntlig"),
        "conversation": _t("Samtale"),
        "follow_up": _t("Oppfølging"),
        "home_visit": _t("Hjemmebesøk"),
        "other": _t("Annet"),
    }
    return labels.get(value, value)
