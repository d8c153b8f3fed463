"""Add or change a row of a client's network, children, consents or appointments."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from rustool.db import Database
from rustool.domain.client_rules import (
    APPOINTMENT_FIELDS,
    CHILD_FIELDS,
    CONSENT_FIELDS,
    NETWORK_FIELDS,
)
from rustool.domain.records import FieldSpec
from rustool.services.record_parts import Part, add_part, update_part
from rustool.ui.form_dialog import FormDialog, fields_from_specs


def _t(text: str) -> str:
    return QCoreApplication.translate("PartDialog", text)


_SPECS: dict[Part, tuple[FieldSpec, ...]] = {
    Part.NETWORK: NETWORK_FIELDS,
    Part.CHILDREN: CHILD_FIELDS,
    Part.CONSENTS: CONSENT_FIELDS,
    Part.APPOINTMENTS: APPOINTMENT_FIELDS,
}


def _title(part: Part, new: bool) -> str:
    titles = {
        Part.NETWORK: (_t("Ny person i nettverket"), _t("Endre person i nettverket")),
        Part.CHILDREN: (_t("Nytt barn eller søsken"), _t("Endre barn eller søsken")),
        Part.CONSENTS: (_t("Nytt samtykke"), _t("Endre samtykke")),
        Part.APPOINTMENTS: (_t("Ny avtale"), _t("Endre avtale")),
    }
    return titles[part][0 if new else 1]


def part_dialog(
    db: Database,
    part: Part,
    client_id: int,
    row: Any = None,
    parent: QWidget | None = None,
    preset: Mapping[str, Any] | None = None,
) -> FormDialog:
    """The dialog for a new row (`row` None) or for changing `row` (a detached model object).

    `preset` fills a new row's fields as a starting point (e.g. the consent kind the plan
    needs); it is not a change the user made, so cancelling asks nothing.
    """
    specs = _SPECS[part]

    def save(values: dict[str, Any]) -> None:
        if row is None:
            add_part(db, part, client_id, values)
        else:
            update_part(db, part, row.id, values, row.version)

    if row is not None:
        values = {spec.name: getattr(row, spec.name) for spec in specs}
    elif part is Part.CONSENTS:
        values = {"given_on": dt.date.today()}  # consents are usually recorded the day given
    else:
        values = {}
    if row is None:
        values |= dict(preset or {})
    return FormDialog(
        _title(part, row is None),
        fields_from_specs(specs),
        save,
        values=values,
        geometry_key=f"part_dialog/{part.value}",
        parent=parent,
    )


def open_part_dialog(
    db: Database, part: Part, client_id: int, row: Any = None, parent: QWidget | None = None
) -> bool:
    """Show the dialog modally; True when the row was saved."""
    return part_dialog(db, part, client_id, row, parent).exec() == QDialog.DialogCode.Accepted
