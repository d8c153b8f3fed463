"""Closing a client's case, and the confirmation before erasing a client for good."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from rustool.db import Database
from rustool.models import Client
from rustool.services.clients import close_case
from rustool.ui.dialogs.message_box import ask
from rustool.ui.form_dialog import FormDialog, FormField, format_date
from rustool.ui.labels import field_label


def _t(text: str) -> str:
    return QCoreApplication.translate("CaseDialogs", text)


def client_title(client: Client) -> str:
    """How a confirmation names a client: "Kari Nordmann (f. 01.02.1980)"."""
    name = f"{client.given_name} {client.family_name}"
    if client.birth_date is None:
        return name
    return _t("{name} (f. {date})").format(name=name, date=format_date(client.birth_date))


def close_case_dialog(db: Database, client: Client, parent: QWidget | None = None) -> FormDialog:
    fields = (
        FormField("closed_on", field_label("closed_on"), "date", required=True),
        FormField("closed_reason", field_label("closed_reason"), "text"),
    )
    assert client.id is not None
    client_id, version = client.id, client.version

    def save(values: dict[str, Any]) -> None:
        close_case(db, client_id, values["closed_on"], values["closed_reason"], version)

    return FormDialog(
        _t("Avslutt saken for {client}").format(client=client_title(client)),
        fields,
        save,
        values={"closed_on": dt.date.today()},
        geometry_key="close_case_dialog",
        parent=parent,
    )


def open_close_case_dialog(db: Database, client: Client, parent: QWidget | None = None) -> bool:
    """Ask for the date and reason and close the case; True when closed."""
    return close_case_dialog(db, client, parent).exec() == QDialog.DialogCode.Accepted


def confirm_delete_client(parent: QWidget | None, client: Client) -> bool:
    return ask(
        parent,
        _t("Slette klient"),
        _t(
            "Slette {client} permanent?\n\n"
            "Klienten og alt i journalen (nettverk, barn, samtykker, avtaler) slettes for godt. "
            "Loggen beholder bare at en sletting skjedde. Dette kan ikke angres."
        ).format(client=client_title(client)),
        yes_text=_t("Slett permanent"),
        no_text=_t("Ikke slett"),
    )
