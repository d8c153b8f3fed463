"""The settings dialog: who the user is, the organisation (the letterhead), the language, how
many automatic backups are kept and how long the window may stand unused before it locks.

The language is kept in ui.ini, not in the database (the passphrase is asked before the
database opens, in the chosen language); it is shown here with the rest.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from rustool import i18n
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
from rustool.ui import geometry
from rustool.ui.dialogs.message_box import show_info
from rustool.ui.form_dialog import FormDialog, FormField, fields_from_specs

LANGUAGE_FIELD = "language"


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
    language = FormField(
        LANGUAGE_FIELD,
        _t("Språk"),
        "choice",
        choices=tuple(i18n.LANGUAGES.items()),
        group=_t("Språk"),
    )
    fields = (*fields_from_specs(SETTINGS_FIELDS, groups), backups, lock)
    return (*fields, language) if geometry.settings_file() is not None else fields


# The whole numbers and their highest value: typed digits are passed on as numbers.
_NUMBERS = {BACKUP_COUNT_KEY: MAX_BACKUP_COUNT, LOCK_MINUTES_KEY: MAX_LOCK_MINUTES}


class SettingsDialog(FormDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        self._db = db
        self._settings_file = geometry.settings_file()
        values = settings_as_dict(get_settings(db))
        if self._settings_file is not None:
            values[LANGUAGE_FIELD] = i18n.read_language(self._settings_file)
        super().__init__(
            _t("Innstillinger"),
            settings_form_fields(),
            self._save_settings,
            values=values,
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
        language = values.pop(LANGUAGE_FIELD, None)
        save_settings(self._db, values)  # other text is refused there, and shown below
        if self._settings_file is not None and isinstance(language, str):
            self._change_language(self._settings_file, language)

    def _change_language(self, settings_file: Path, code: str) -> None:
        if code == i18n.read_language(settings_file):
            return
        i18n.save_language(settings_file, code)
        app = QApplication.instance()
        if app is not None:  # dialogs and documents from now on; the window at the next start
            i18n.apply_language(app, code)
        show_info(
            self,
            _t("Språk"),
            _t(
                "Nye vinduer og dokumenter bruker det nye språket nå, hovedvinduet neste gang "
                "rustool starter."
            ),
        )

    def show_validation(self, error: ValidationError) -> None:
        super().show_validation(error)
        for name, maximum in _NUMBERS.items():
            if error.for_field(name) is not None:  # not a number, or out of range
                self.set_field_error(
                    name, _t("Må være et helt tall fra 1 til {max}.").format(max=maximum)
                )
