"""What the user reads when something is refused: Norwegian text for coded errors."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from rustool.db import StorageError
from rustool.domain.records import FieldError, ValidationError
from rustool.services.errors import ConflictError, NotFoundError
from rustool.ui.labels import field_label


def _t(text: str) -> str:
    return QCoreApplication.translate("messages", text)


def field_error_text(error: FieldError) -> str:
    """A short reason shown next to the field (the field itself is named by its label)."""
    reasons = {
        "required": _t("Må fylles ut."),
        "length": _t("Må ha 11 sifre."),
        "digits": _t("Kan bare inneholde sifre."),
        "checksum": _t("Kontrollsifferet stemmer ikke."),
        "date": _t("Er ikke en gyldig dato."),
        "future": _t("Kan ikke være fram i tid."),
        "mismatch": _t("Stemmer ikke med fødselsnummeret."),
        "email": _t("Er ikke en gyldig e-postadresse."),
        "too_long": _t("Teksten er for lang."),
        "newline": _t("Må stå på én linje."),
        "control": _t("Inneholder ugyldige tegn."),
        "before_given": _t("Kan ikke være før samtykket ble gitt."),
        "datetime": _t("Er ikke et gyldig tidspunkt."),
        "range": _t("Er utenfor det tillatte området."),
        "too_many": _t("Det er for mange oppføringer."),
        "empty": _t("Kan ikke være tom."),
        "before_meeting": _t("Kan ikke være før møtedagen."),
        "not_member": _t("Er ikke medlem av ansvarsgruppen."),
    }
    if error.code == "duplicate":
        # The English message names the existing client; keep that part for the user.
        existing = error.message.removeprefix("is already registered for ")
        return _t("Er allerede registrert på {client}.").format(client=existing)
    return reasons.get(error.code, error.message)


def validation_text(error: ValidationError) -> str:
    return "\n".join(
        f"{field_label(e.field.rsplit('.', 1)[-1])}: {field_error_text(e)}" for e in error.errors
    )


def storage_text(error: StorageError) -> str:
    texts = {
        "read_only": _t("Kan ikke lagre: mappen eller filen er skrivebeskyttet."),
        "cannot_open": _t("Kan ikke åpne databasen: mappen mangler eller er ikke tilgjengelig."),
        "locked": _t("Databasen er opptatt i et annet program. Prøv igjen."),
        "disk_full": _t("Disken er full. Ingenting ble lagret."),
        "not_a_database": _t("Filen er ikke en rustool-database."),
        "not_ours": _t("Filen er en SQLite-fil, men ikke en rustool-database."),
        "corrupt": _t("Databasefilen er skadet."),
        "too_new": _t("Databasen er laget av en nyere versjon av rustool. Filen er ikke endret."),
        "in_use": _t("Databasen er i bruk i et annet rustool-vindu eller en kommando."),
        "not_found": _t("Filen finnes ikke."),
        "same_file": _t("Det er databasen som er i bruk nå."),
        "wrong_passphrase": _t("Passordfrasen åpner ikke filen. Ingenting er endret."),
        "unencrypted": _t("Databasen er ikke kryptert."),
        "no_passphrase": _t("Ingen passordfrase er gitt."),
        "conversion_failed": _t(
            "Den krypterte kopien ble ikke lik originalen. Databasen er ikke endret."
        ),
    }
    text = texts.get(error.code, _t("Lagringsfeil."))
    return f"{text}\n\n{error.message}"


def error_text(error: Exception) -> str:
    if isinstance(error, ValidationError):
        return validation_text(error)
    if isinstance(error, StorageError):
        return storage_text(error)
    if isinstance(error, ConflictError):
        return _t(
            "Noen andre har endret dette mens du hadde det åpent. Det du skrev er beholdt; "
            "lukk og åpne på nytt for å se endringen."
        )
    if isinstance(error, NotFoundError):
        return _t("Oppføringen finnes ikke lenger (den er slettet).")
    return str(error)
