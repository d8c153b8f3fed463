"""The settings dialog: who the user is and the organisation (later the letterhead)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from rustool.db import Database
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
    return fields_from_specs(SETTINGS_FIELDS, groups)


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

    def _save_settings(self, values: dict[str, Any]) -> None:
        save_settings(self._db, values)
