"""The settings dialog: who the user is, the organisation (the letterhead) and how many
automatic backups are kept."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from rustool.db import BACKUP_COUNT_KEY, MAX_BACKUP_COUNT, Database
from rustool.domain.records import ValidationError
from rustool.services.settings import (
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
    return (*fields_from_specs(SETTINGS_FIELDS, groups), backups)


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

    def _save_settings(self, values: dict[str, Any]) -> None:
        count = values.get(BACKUP_COUNT_KEY)
        if isinstance(count, str) and count.isdigit():
            values = values | {BACKUP_COUNT_KEY: int(count)}
        save_settings(self._db, values)  # other text is refused there, and shown below

    def show_validation(self, error: ValidationError) -> None:
        super().show_validation(error)
        if error.for_field(BACKUP_COUNT_KEY) is not None:  # not a number, or out of range
            self.set_field_error(
                BACKUP_COUNT_KEY,
                _t("Må være et helt tall fra 1 til {max}.").format(max=MAX_BACKUP_COUNT),
            )
