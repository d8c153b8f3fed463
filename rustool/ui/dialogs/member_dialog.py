"""Add or change a member of the client's ansvarsgruppe.

A new member can be picked from the client's network and from professionals in other groups
(`member_suggestions`): choosing one fills the fields, which stay editable. The first member of
an empty group is usually the user, who leads the group: the dialog suggests them as koordinator.
The service checks the whole group; its refusals are put in the user's words here because the
generic texts speak of clients, not of group members.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QVBoxLayout, QWidget

from rustool.db import Database
from rustool.domain.group_rules import MEMBER_FIELDS
from rustool.domain.records import FieldError, ValidationError
from rustool.models import GroupMember
from rustool.services.groups import member_suggestions, save_member
from rustool.services.settings import get_settings
from rustool.ui.form_dialog import FormDialog, FormField, fields_from_specs

EDITABLE = ("name", "role", "organization", "phone", "email", "is_coordinator")
FILLED_BY_SUGGESTION = ("name", "role", "organization", "phone", "email")


def _t(text: str) -> str:
    return QCoreApplication.translate("MemberDialog", text)


def member_label(name: str) -> str:
    """The Norwegian name of a member field (also the member table's column headings)."""
    labels = {
        "name": _t("Navn"),
        "role": _t("Rolle"),
        "organization": _t("Organisasjon"),
        "phone": _t("Telefon"),
        "email": _t("E-post"),
        "is_coordinator": _t("Koordinator"),
    }
    return labels.get(name, name)


def member_fields() -> tuple[FormField, ...]:
    specs = [spec for spec in MEMBER_FIELDS if spec.name in EDITABLE]
    return tuple(
        replace(field, label=member_label(field.name)) for field in fields_from_specs(specs)
    )


def member_errors(
    error: ValidationError, members: list[GroupMember], member: GroupMember | None
) -> ValidationError:
    """The service's refusal with each problem under the field it is about, in Norwegian.

    The group-wide "exactly one koordinator" goes under the Koordinator box (`member` is the
    one being edited, None for a new one): a second one was ticked there, or the only one
    unticked. A duplicate name says so, rather than the client-register text.
    """
    other = next(
        (
            m.name
            for m in members
            if m.is_coordinator and m.left_on is None and (member is None or m.id != member.id)
        ),
        None,
    )
    errors = []
    for problem in error.errors:
        name = problem.field.rsplit(".", 1)[-1]
        if problem.code == "coordinator_count":
            text = (
                _t(
                    "Gruppen har allerede en koordinator ({name}). Det kan bare være én; bruk "
                    "«Gjør til koordinator» i medlemslisten for å gi rollen videre."
                ).format(name=other)
                if other
                else _t(
                    "Gruppen må ha én koordinator. Gi rollen til et annet medlem med «Gjør til "
                    "koordinator» i medlemslisten."
                )
            )
            errors.append(FieldError("is_coordinator", problem.code, text))
        elif problem.code == "duplicate" and name == "name":
            errors.append(
                FieldError("name", "member_duplicate", _t("Er allerede medlem av gruppen."))
            )
        elif problem.code == "former_coordinator":
            errors.append(
                FieldError(
                    "is_coordinator",
                    problem.code,
                    _t("Et tidligere medlem kan ikke være koordinator."),
                )
            )
        else:
            errors.append(FieldError(name, problem.code, problem.message))
    return ValidationError(errors)


def _suggestion_text(suggestion: dict[str, Any]) -> str:
    details = [str(suggestion[k]) for k in ("role", "organization") if suggestion.get(k)]
    where = _t("nettverket") if suggestion.get("source") == "network" else _t("annen gruppe")
    details.append(_t("fra {where}").format(where=where))
    return f"{suggestion.get('name') or ''} ({', '.join(details)})"


def _user_as_member(db: Database) -> dict[str, Any]:
    """The user from the settings, as the koordinator of a group that has nobody yet."""
    settings = get_settings(db)
    organization = ", ".join(
        part for part in (settings.org_service, settings.org_municipality) if part
    )
    return {
        "name": settings.user_name,
        "role": settings.user_title,
        "organization": organization or None,
        "phone": settings.org_phone,
        "email": settings.org_email,
        "is_coordinator": True,
    }


class MemberDialog(FormDialog):
    """New member (`member` None) or a change to `member`; `saved` holds it after Lagre."""

    def __init__(
        self,
        db: Database,
        client_id: int,
        members: list[GroupMember],
        member: GroupMember | None = None,
        parent: QWidget | None = None,
    ) -> None:
        self.saved: GroupMember | None = None
        self._db = db
        self._client_id = client_id
        self._members = members
        self._member = member
        current = [m for m in members if m.left_on is None]
        if member is not None:
            values: dict[str, Any] = {name: getattr(member, name) for name in EDITABLE}
            self.suggestions: list[dict[str, Any]] = []
        else:
            values = _user_as_member(db) if not current else {}
            self.suggestions = member_suggestions(db, client_id)
        super().__init__(
            _t("Nytt medlem i ansvarsgruppen") if member is None else _t("Endre medlem"),
            member_fields(),
            self._save_member,
            values=values,
            geometry_key="member_dialog",
            parent=parent,
        )
        self._hint_coordinator(current)
        self.picker: QComboBox | None = None
        if self.suggestions:
            self._add_picker()

    def _hint_coordinator(self, current: list[GroupMember]) -> None:
        coordinator = next((m for m in current if m.is_coordinator), None)
        if coordinator is None:
            self.set_hint(
                "is_coordinator", _t("Gruppen har ingen koordinator ennå: én må være det.")
            )
        elif self._member is None or coordinator.id != self._member.id:
            self.set_hint(
                "is_coordinator",
                _t(
                    "Koordinator nå: {name}. Bruk «Gjør til koordinator» i medlemslisten for å "
                    "gi rollen videre."
                ).format(name=coordinator.name),
            )

    def _add_picker(self) -> None:
        """A choice at the top that fills the fields from someone the client already knows."""
        self.picker = QComboBox()
        self.picker.addItem(_t("Ingen – skriv inn en ny person"))
        for suggestion in self.suggestions:
            self.picker.addItem(_suggestion_text(suggestion))
        self.picker.setAccessibleName(_t("Velg fra nettverket eller tidligere grupper"))
        self.picker.currentIndexChanged.connect(self._pick)
        label = QLabel(_t("&Velg fra nettverket eller tidligere grupper:"))
        label.setBuddy(self.picker)
        row = QFormLayout()
        row.addRow(label, self.picker)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(0, row)
        self.picker.setFocus()

    def _pick(self, index: int) -> None:
        if not 1 <= index <= len(self.suggestions):
            return
        suggestion = self.suggestions[index - 1]
        for name in FILLED_BY_SUGGESTION:
            self.set_value(name, suggestion.get(name))

    def _save_member(self, values: dict[str, Any]) -> None:
        member = self._member
        try:
            self.saved = save_member(
                self._db,
                self._client_id,
                values,
                member.id if member is not None else None,
                member.version if member is not None else None,
            )
        except ValidationError as exc:
            raise member_errors(exc, self._members, member) from exc


def open_member_dialog(
    db: Database,
    client_id: int,
    members: list[GroupMember],
    member: GroupMember | None = None,
    parent: QWidget | None = None,
) -> GroupMember | None:
    """Show the dialog modally; the saved member, or None when cancelled."""
    dialog = MemberDialog(db, client_id, members, member, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.saved
