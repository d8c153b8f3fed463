"""Record the next step in a sent referral's life: received, assessed, complaint filed, ...

Only the steps that can follow what is already recorded are offered. The service checks the
order of the dates (an assessment before the receipt is refused) and the dialog shows its
refusal under the field, in Norwegian; nothing is written then. For a rejection the complaint
deadline (four weeks after the assessment) is shown as the date is typed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit, QWidget

from rustool.db import Database
from rustool.domain.deadlines import complaint_due
from rustool.domain.records import FieldError, ValidationError
from rustool.domain.referral_rules import EVENT_DATE_FIELDS, OUTCOMES, TREATMENT_LEVELS
from rustool.models import Referral
from rustool.services.referrals import record_event
from rustool.ui.form_dialog import FormDialog, FormField, format_date
from rustool.ui.referral_labels import code_label

DATE_FIELD = "on"
ASSESSMENT_FIELDS = ("outcome", "treatment_level", "treatment_place", "start_deadline")
GRANTED_FIELDS = ("treatment_level", "treatment_place", "start_deadline")
_BEFORE = re.compile(r"must not be before (\w+) \((\d{4}-\d{2}-\d{2})\)")


def _t(text: str) -> str:
    return QCoreApplication.translate("ReferralEventDialog", text)


def possible_events(referral: Referral) -> tuple[str, ...]:
    """The events that can be recorded next, in the order they usually happen."""
    if referral.status in ("draft", "closed"):
        return ()
    events: list[str] = []
    if referral.received_on is None:
        events.append("received")
    elif referral.assessed_on is None:
        events.append("assessed")
    elif referral.outcome == "rejected" and referral.complaint_filed_on is None:
        events.append("complaint_filed")
    elif referral.outcome == "right_granted":
        if referral.treatment_started_on is None:
            events.append("treatment_started")
        elif referral.discharged_on is None:
            events.append("discharged")
    if referral.treatment_started_on is None:
        events.append("withdrawn")  # once treatment has started, it ends with a discharge
    return tuple(events)


def _date_words(field: str) -> str:
    words = {
        "sent_on": _t("datoen den ble sendt"),
        "received_on": _t("datoen den ble mottatt"),
        "assessed_on": _t("vurderingsdatoen"),
        "complaint_filed_on": _t("datoen klagen ble sendt"),
        "treatment_started_on": _t("behandlingsstart"),
        "discharged_on": _t("utskrivningsdatoen"),
    }
    return words.get(field, field)


def _order_reason(event: str, message: str) -> str:
    """The service's reason for an impossible order, in Norwegian."""
    if match := _BEFORE.fullmatch(message):
        day = dt.date.fromisoformat(match.group(2))
        return _t("Kan ikke være før {what} ({date}).").format(
            what=_date_words(match.group(1)), date=format_date(day)
        )
    if event == "withdrawn":
        if message.startswith("treatment has started"):
            return _t("Behandlingen har startet; registrer utskrivning i stedet.")
        return _t("Klienten er allerede utskrevet; henvisningen er avsluttet.")
    missing = {
        "received": _t("Henvisningen må være registrert som sendt først."),
        "assessed": _t("Henvisningen må være registrert som mottatt først."),
        "complaint_filed": _t("Klage kan bare registreres etter et avslag."),
        "treatment_started": _t(
            "Behandling kan bare starte når retten til helsehjelp er innvilget."
        ),
        "discharged": _t("Utskrivning kan bare registreres etter at behandlingen har startet."),
    }
    return missing.get(event, message)


def _in_norwegian(error: FieldError, event: str) -> FieldError:
    """The refusal as the dialog shows it: the event's date field is the dialog's date field,
    and reasons the shared messages do not cover are put in words here."""
    field = DATE_FIELD if error.field == EVENT_DATE_FIELDS.get(event) else error.field
    reasons = {
        "already": _t("Denne hendelsen er allerede registrert."),
        "withdrawn": _t("Henvisningen er trukket tilbake; ingenting kan registreres etter det."),
        "not_allowed": _t("Skal stå tomt ved avslag."),
    }
    if error.code == "order":
        return FieldError(field, error.code, _order_reason(event, error.message))
    if error.code in reasons:
        return FieldError(field, error.code, reasons[error.code])
    return replace(error, field=field)


class ReferralEventDialog(FormDialog):
    """Choose the event and its date (today by default); for an assessment, its outcome."""

    def __init__(self, db: Database, referral: Referral, parent: QWidget | None = None) -> None:
        events = possible_events(referral)
        blank = ("", _t("(velg)"))
        fields = (
            FormField(
                "event",
                _t("Hendelse"),
                "choice",
                choices=tuple((event, code_label(event)) for event in events),
                required=True,
            ),
            FormField(DATE_FIELD, _t("Dato"), "date", required=True),
            FormField(
                "outcome",
                _t("Utfall"),
                "choice",
                choices=(blank, *((value, code_label(value)) for value in OUTCOMES)),
                required=True,
            ),
            FormField(
                "treatment_level",
                _t("Behandlingsnivå"),
                "choice",
                choices=(blank, *((value, code_label(value)) for value in TREATMENT_LEVELS)),
                required=True,
            ),
            FormField("treatment_place", _t("Behandlingssted"), "line"),
            FormField("start_deadline", _t("Frist for oppstart (bindende)"), "date", required=True),
        )
        super().__init__(
            _t("Registrer hendelse – {kind}").format(kind=code_label(referral.kind)),
            fields,
            self._record,
            values={"event": events[0] if events else None, DATE_FIELD: dt.date.today()},
            geometry_key="referral_event_dialog",
            parent=parent,
        )
        self._db = db
        self._referral = referral
        for name in ("event", "outcome"):
            combo = self.field_widget(name)
            assert isinstance(combo, QComboBox)
            combo.currentIndexChanged.connect(self._update)
        date_input = self.field_widget(DATE_FIELD)
        assert isinstance(date_input, QLineEdit)
        date_input.textChanged.connect(self._update)
        self._update()

    def _show_field(self, name: str, visible: bool) -> None:
        self.field_label_widget(name).setVisible(visible)
        cell = self.field_widget(name).parentWidget()
        assert cell is not None
        cell.setVisible(visible)

    def _update(self) -> None:
        """Show the assessment's fields only for an assessment, and the complaint deadline."""
        assessed = self.value("event") == "assessed"
        outcome = self.value("outcome") if assessed else None
        self._show_field("outcome", assessed)
        for name in GRANTED_FIELDS:
            self._show_field(name, outcome == "right_granted")
        hint = ""
        if outcome == "rejected":
            day = self.value(DATE_FIELD)
            if isinstance(day, dt.date):
                hint = _t("Klagefrist: {date} (fire uker etter vurderingen).").format(
                    date=format_date(complaint_due(day))
                )
            else:
                hint = _t("Klagefristen vises når vurderingsdatoen er fylt ut.")
        self.set_hint("outcome", hint)

    def _details(self, event: str) -> dict[str, Any]:
        if event != "assessed":
            return {}
        outcome = self.value("outcome") or None
        names = ASSESSMENT_FIELDS if outcome == "right_granted" else ("outcome",)
        return {name: self.value(name) or None for name in names}

    def _record(self, values: dict[str, Any]) -> None:
        event = values["event"]
        day = values[DATE_FIELD]
        if not isinstance(day, dt.date):
            code = "required" if day is None else "date"
            raise ValidationError([FieldError(DATE_FIELD, code, "")])
        assert self._referral.id is not None
        try:
            record_event(self._db, self._referral.id, event, day, self._details(event))
        except ValidationError as exc:
            raise ValidationError([_in_norwegian(e, event) for e in exc.errors]) from exc


def open_referral_event_dialog(
    db: Database, referral: Referral, parent: QWidget | None = None
) -> bool:
    """Show the dialog modally; True when an event was recorded."""
    dialog = ReferralEventDialog(db, referral, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted
