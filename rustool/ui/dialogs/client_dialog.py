"""Register a new client or edit one; the national id is checked and read as it is typed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from rustool.db import Database
from rustool.domain.client_rules import CLIENT_FIELDS
from rustool.domain.national_id import IdKind, NationalIdError, parse_national_id
from rustool.domain.records import FieldError
from rustool.services.clients import EDITABLE_FIELDS, create_client, get_client, update_client
from rustool.ui.form_dialog import FormDialog, FormField, fields_from_specs, format_date
from rustool.ui.messages import field_error_text

NATIONAL_ID_LENGTH = 11


def _t(text: str) -> str:
    return QCoreApplication.translate("ClientDialog", text)


def client_form_fields() -> tuple[FormField, ...]:
    """The client's editable fields, in the order and boxes the dialog shows them."""
    groups = {
        _t("Personalia"): ("given_name", "family_name", "national_id", "birth_date"),
        _t("Kontakt"): ("phone", "email", "address", "postal_code", "city", "municipality"),
        _t("Fastlege og NAV"): ("gp_name", "gp_office", "gp_phone", "nav_contact"),
        _t("Språk"): ("preferred_language", "interpreter_needed"),
        _t("Notater"): ("notes",),
    }
    group_of = {name: title for title, names in groups.items() for name in names}
    order = list(group_of)
    specs = sorted(
        (spec for spec in CLIENT_FIELDS if spec.name in EDITABLE_FIELDS),
        key=lambda spec: order.index(spec.name),
    )
    return fields_from_specs(specs, group_of)


def _kind_text(kind: IdKind) -> str:
    texts = {
        IdKind.BIRTH_NUMBER: _t("fødselsnummer"),
        IdKind.D_NUMBER: _t("D-nummer"),
        IdKind.H_NUMBER: _t("H-nummer"),
        IdKind.SYNTHETIC: _t("syntetisk testnummer"),
        IdKind.SYNTHETIC_D_NUMBER: _t("syntetisk D-nummer"),
    }
    return texts[kind]


class ClientDialog(FormDialog):
    """`client_id` None registers a new client. After a save, `saved_client_id` names it."""

    def __init__(self, db: Database, client_id: int | None, parent: QWidget | None = None) -> None:
        self._db = db
        self._client_id = client_id
        self._version: int | None = None
        self.saved_client_id: int | None = None
        values: dict[str, Any] = {}
        title = _t("Ny klient")
        if client_id is not None:
            client = get_client(db, client_id)
            self._version = client.version
            values = {name: getattr(client, name) for name in EDITABLE_FIELDS}
            title = _t("Endre klient – {name}").format(
                name=f"{client.given_name} {client.family_name}"
            )
        super().__init__(
            title,
            client_form_fields(),
            self._save_client,
            values=values,
            geometry_key="client_dialog",
            parent=parent,
        )
        national_id, birth_date = self.field_widget("national_id"), self.field_widget("birth_date")
        assert isinstance(national_id, QLineEdit) and isinstance(birth_date, QLineEdit)
        self._national_id, self._birth_date = national_id, birth_date
        national_id.setMaxLength(NATIONAL_ID_LENGTH + 1)  # room for a space after the date
        national_id.setPlaceholderText(self.tr("11 sifre"))
        national_id.textChanged.connect(self._national_id_typed)
        national_id.editingFinished.connect(self._national_id_left)
        self._national_id_typed(national_id.text())

    def _national_id_typed(self, text: str) -> None:
        """Read the birth date from a complete number; a part-typed one is not an error yet."""
        number = text.replace(" ", "")
        if len(number) < NATIONAL_ID_LENGTH:
            self.set_field_error("national_id", None)
            self.set_hint("national_id", "")
            self._birth_date.setReadOnly(False)
            return
        self._check_national_id(number)

    def _national_id_left(self) -> None:
        number = self._national_id.text().replace(" ", "")
        if number:
            self._check_national_id(number)

    def _check_national_id(self, number: str) -> None:
        try:
            parsed = parse_national_id(number)
        except NationalIdError as exc:
            error = FieldError("national_id", exc.code, str(exc))
            self.set_field_error("national_id", field_error_text(error))
            self.set_hint("national_id", "")
            self._birth_date.setReadOnly(False)
            return
        self.set_field_error("national_id", None)
        self.set_hint(
            "national_id",
            self.tr("Født {date} ({kind})").format(
                date=format_date(parsed.birth_date), kind=_kind_text(parsed.kind)
            ),
        )
        # The birth date follows from the number; typing another would only be refused.
        self._birth_date.setText(format_date(parsed.birth_date))
        self._birth_date.setReadOnly(True)
        self.set_field_error("birth_date", None)

    def _save_client(self, values: dict[str, Any]) -> None:
        if self._client_id is None:
            client = create_client(self._db, values)
        else:
            assert self._version is not None
            client = update_client(self._db, self._client_id, values, self._version)
        self.saved_client_id = client.id
