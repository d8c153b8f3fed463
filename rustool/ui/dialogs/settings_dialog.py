"""The settings dialog: who the user is, the organisation (the letterhead), how many
automatic backups are kept and how long the window may stand unused before it locks."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from rustool.db import BACKUP_COUNT_KEY, MAX_BACKUP_COUNT, Database
from rustool.domain.records import ValidationError
from rustool.services.settings import (
    LOCK_MINUTES_KEY,
    MAX_LOCK_MINUTES,
    SETTINGS_FIELDS,
    get_settings,
    save_settings,
    settings_as_dict,
)
from rustool.ui.form_dialog import FormDialog, FormField, fields_from_specs


def _t(text: str) -> str:
    return QCoreApplication.translate("SettingsDialog", text)


def settings_form_fields() -> tuple[FormField, ...]:
    user, organisation = _t("Deg som bruker"), _t("Organisasjon (brevhode på dokumenter)")
    groups = {
        spec.name: organisation if spec.name.startswith("org_") else user
        for spec in SETTINGS_FIELDS
    }
    backups = FormField(
        BACKUP_COUNT_KEY,
        _t("Antall automatiske sikkerhetskopier"),
        "line",
        group=_t("Sikkerhetskopier"),
    )
    lock = FormField(
        LOCK_MINUTES_KEY,
        _t("Lås etter så mange minutter uten bruk"),
        "line",
        group=_t("Sikkerhet"),
    )
    return (*fields_from_specs(SETTINGS_FIELDS, groups), backups, lock)


# The whole numbers and their highest value: typed digits are passed on as numbers.
_NUMBERS = {BACKUP_COUNT_KEY: MAX_BACKUP_COUNT, LOCK_MINUTES_KEY: MAX_LOCK_MINUTES}


class SettingsDialog(FormDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        self._db = db
        super().__init__(
            _t("Innstillinger"),
            settings_form_fields(),
            self._save_settings,
            values=settings_as_dict(get_settings(db)),
            geometry_key="settings_dialog",
            parent=parent,
        )
        self.set_hint(
            BACKUP_COUNT_KEY,
            _t(
                "Daglige kopier og kopier før oppgradering og gjenoppretting, i {folder}. "
                "De eldste slettes når det blir flere. Kopier du tar selv, slettes aldri."
            ).format(folder=db.backup_dir),
        )
        self.set_hint(
            LOCK_MINUTES_KEY,
            _t(
                "Du kan også låse med Ctrl+L. På Linux låses rustool også når skjermen låses "
                "eller maskinen går i dvale."
            ),
        )

    def _save_settings(self, values: dict[str, Any]) -> None:
        for name in _NUMBERS:
            number = values.get(name)
            if isinstance(number, str) and number.isascii() and number.isdigit():
                values = values | {name: int(number)}
        save_settings(self._db, values)  # other text is refused there, and shown below

    def show_validation(self, error: ValidationError) -> None:
        super().show_validation(error)
        for name, maximum in _NUMBERS.items():
            if error.for_field(name) is not None:  # not a number, or out of range
                self.set_field_error(
                    name, _t("Må være et helt tall fra 1 til {max}.").format(max=maximum)
                )
