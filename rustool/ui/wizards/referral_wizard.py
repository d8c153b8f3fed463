"""The referral wizard: a TSB or LAR referral written page by page, saved as the user types.

One page per checklist section (`referral_rules.sections`), then the recipient and referrer,
then a check of what blocks sending and what is not described, where the referral is sent.
Everything is saved as a draft about a second after the user stops typing, and at once on a
page change and on closing; the draft remembers its page, so it resumes where it was left. A
refused save shows each message under its field and keeps the input; the last valid save
stays in the database.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
    QWizard,
)

from rustool.db import Database, StorageError
from rustool.domain.records import FieldError, FieldType, ValidationError
from rustool.domain.referral_rules import (
    DEBUT_AGE_MAX,
    FIELD_TITLES,
    HELP_TEXTS,
    LAR_CONTENT_FIELDS,
    REFERRAL_COMMON_FIELDS,
    Section,
    completeness,
    sections,
)
from rustool.domain.screening import Zone, zone_label
from rustool.models import AssessmentUnit, Client, Referral, Screening
from rustool.services.clients import ClientRecord, open_client
from rustool.services.errors import ConflictError, NotFoundError
from rustool.services.plans import ip_status_text
from rustool.services.referrals import (
    RECIPIENT_KEYS,
    add_assessment_unit,
    attach_screening,
    list_assessment_units,
    open_referral,
    recipient_of,
    referral_completeness,
    save_draft,
    send_referral,
)
from rustool.services.screenings import client_screenings
from rustool.ui.accessibility import fit_to_screen
from rustool.ui.dialogs.message_box import ask, show_error
from rustool.ui.form_dialog import format_date
from rustool.ui.geometry import restore_geometry, save_geometry
from rustool.ui.help_window import language_in_use, show_help
from rustool.ui.labels import choice_label, field_label
from rustool.ui.messages import error_text, field_error_text, validation_text
from rustool.ui.referral_labels import code_label
from rustool.ui.wizards.substance_table import SubstanceTable
from rustool.ui.wizards.wizard_pages import (
    AttachmentsBox,
    CriteriaBox,
    EditorKind,
    FieldEditor,
    ReviewPage,
    ScrollPage,
    muted_label,
    plain_label,
    title_label,
)

AUTOSAVE_MS = 1000  # after the last keystroke; the issue allows at most 2 s behind
_EDITOR_KINDS: dict[FieldType, EditorKind] = {
    FieldType.TEXT: "text",
    FieldType.STR: "line",
    FieldType.DATE: "date",
    FieldType.BOOL: "bool",
    FieldType.ENUM: "choice",
}
_SPECS = {spec.name: spec for spec in LAR_CONTENT_FIELDS}
_ROW_PATH = re.compile(r"substance_use\[(\d+)\]\.(\w+)")
_ITEM_INDEX = re.compile(r"\[\d+\]$")


class _Target(Protocol):
    """Something a message can be shown under and "Gå til" can focus."""

    def set_error(self, reason: str | None) -> None: ...

    def focus_target(self) -> QWidget: ...


class ReferralWizard(QWizard):
    """Writes one referral draft; `referral_changed(id)` after each save and on sending."""

    referral_changed = Signal(int)

    def __init__(self, db: Database, referral_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._id = referral_id
        self._client_id = 0
        self._loading = True
        self._jumping = False
        self._dirty = False
        self._stopped = False  # after a conflict: saving again would only conflict again
        self._storage_failed = False
        self._sent = False
        self._last_errors: list[FieldError] = []

        # One read of each: the referral (audited view), the client's record (audited view),
        # the screenings and the directory. No query per field.
        view = open_referral(db, referral_id)
        referral = view.referral
        record = open_client(db, referral.client_id)
        self._client_id = referral.client_id
        screenings = client_screenings(db, referral.client_id)
        self._units = list_assessment_units(db)
        self._kind = referral.kind
        self._version = referral.version
        self._saved_page = referral.wizard_page
        self._editable = referral.status == "draft"
        self._sections = sections(self._kind)
        self._targets: dict[str, _Target] = {}
        self._page_of: dict[str, int] = {}
        self._titles: dict[str, str] = {}
        self._pages: list[ScrollPage] = []
        required = {
            error.field
            for error in completeness(
                self._kind, {}, referral_consent_in_force=True, recipient_named=True
            ).blocking
        }
        total = len(self._sections) + 2

        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setWindowTitle(self._window_title(referral, record.client))
        self._set_button_texts()
        for index, section in enumerate(self._sections):
            page = self._section_page(index, total, section, record, required)
            self._pages.append(page)
            self.setPage(index, page)
        self._recipient_id = len(self._sections)
        self._pages.append(self._recipient_page(total))
        self.setPage(self._recipient_id, self._pages[-1])
        self._review_id = self._recipient_id + 1
        self.review = ReviewPage(
            self.tr("Steg {number} av {total}").format(number=total, total=total), self._send
        )
        self.review.go_to.connect(self.go_to_field)
        self.review.send_date_changed.connect(self._refresh_check)
        self.setPage(self._review_id, self.review)

        self._fill(referral, screenings, {s.id for s in view.screenings if s.id is not None})
        if not self._editable:
            for page in self._pages:
                page.content.setEnabled(False)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.save_now)
        self.currentIdChanged.connect(self._page_changed)

        fit_to_screen(self, 880, 720)
        restore_geometry(self, "referral_wizard")
        self.restart()
        while self.currentId() < min(self._saved_page, self._review_id):
            self.next()
        if self.currentId() == self._review_id:
            self._refresh_check()
        self._loading = False

    # --- building ------------------------------------------------------------------------------

    def _window_title(self, referral: Referral, client: Client) -> str:
        title = self.tr("{kind} – {name}").format(
            kind=code_label(referral.kind), name=f"{client.given_name} {client.family_name}"
        )
        if not self._editable:
            title += " " + self.tr("(sendt – kan ikke endres)")
        return title

    def open_help(self) -> None:
        show_help(self, "wizard", language_in_use(), None)

    def _set_button_texts(self) -> None:
        texts = {
            QWizard.WizardButton.NextButton: (self.tr("&Neste >"), self.tr("Neste side (Alt+N)")),
            QWizard.WizardButton.BackButton: (
                self.tr("< &Tilbake"),
                self.tr("Forrige side (Alt+T)"),
            ),
            QWizard.WizardButton.CancelButton: (
                self.tr("Lukk"),
                self.tr("Lukk – det du har skrevet er lagret som utkast (Esc)"),
            ),
            QWizard.WizardButton.FinishButton: (
                self.tr("&Send henvisningen"),
                self.tr("Marker henvisningen som sendt (Alt+S)"),
            ),
        }
        for which, (text, tip) in texts.items():
            self.setButtonText(which, text)
            self.button(which).setToolTip(tip)
        # Also from inside a text field, where Alt+letter may be taken by the text.
        QShortcut(QKeySequence("Ctrl+PgDown"), self, self.next)
        # F1: what each page is for (the main window's F1 cannot reach past this modal window).
        QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), self, self.open_help)
        QShortcut(QKeySequence("Ctrl+PgUp"), self, self.back)

    def _register(self, path: str, target: _Target, page_id: int, title: str) -> None:
        self._targets[path] = target
        self._page_of[path] = page_id
        self._titles[path] = title

    def _section_page(
        self,
        index: int,
        total: int,
        section: Section,
        record: ClientRecord,
        required: set[str],
    ) -> ScrollPage:
        page = ScrollPage(
            section.title, self.tr("Steg {number} av {total}").format(number=index + 1, total=total)
        )
        if any(name in required for name in section.fields):
            page.add(muted_label(self.tr("Felt merket med * må fylles ut før sending.")))
        if section.code == "current":
            page.add(self._client_box(record))
        for name in section.fields:
            title = FIELD_TITLES[name]
            target: _Target
            if name == "attachments":
                self.attachments = AttachmentsBox(title, HELP_TEXTS[name])
                self.attachments.changed.connect(self._changed)
                self.attachments.attach_requested.connect(self._attach)
                target = self.attachments
                page.add(self.attachments, self.attachments.name_edit)
            elif name == "dependence_criteria":
                self.criteria = CriteriaBox(title, HELP_TEXTS[name])
                self.criteria.changed.connect(self._changed)
                target = self.criteria
                page.add(self.criteria, self.criteria.focus_target())
            else:
                if name == "substance_use_notes":
                    self._add_substance_table(page, index)
                spec = _SPECS[name]
                editor = FieldEditor(
                    name,
                    _EDITOR_KINDS[spec.type],
                    title,
                    HELP_TEXTS[name],
                    choices=spec.choices,
                    required=name in required,
                )
                editor.changed.connect(self._changed)
                target = editor
                page.add(editor, editor.input)
                if name == "ip_status":
                    page.add(self._ip_status_button(editor))
            self._register(f"content.{name}", target, index, title)
        page.body.addStretch(1)
        return page

    def _ip_status_button(self, editor: FieldEditor) -> QPushButton:
        """The IP / koordinator / ansvarsgruppe answer written anew from the client's records."""
        button = QPushButton(self.tr("Hent fra &individuell plan og ansvarsgruppe"))
        button.setToolTip(
            self.tr("Skriv svaret på nytt ut fra planen og ansvarsgruppen som er registrert")
        )

        def fill() -> None:
            try:
                text = ip_status_text(self._db, self._client_id)
            except (StorageError, NotFoundError) as exc:
                show_error(self, self.tr("Kunne ikke hente"), error_text(exc))
                return
            if not text:
                text = self.tr("Klienten har verken individuell plan eller ansvarsgruppe.")
            current = editor.value()
            if current and current != text:
                replace = ask(
                    self,
                    self.tr("Erstatte svaret?"),
                    self.tr("Feltet har allerede tekst. Erstatte den med:\n\n{text}").format(
                        text=text
                    ),
                    yes_text=self.tr("Erstatt"),
                    no_text=self.tr("Behold"),
                )
                if not replace:
                    return
            editor.set_value(text)

        button.clicked.connect(fill)
        return button

    def _add_substance_table(self, page: ScrollPage, index: int) -> None:
        box = QGroupBox(self.tr("Rusmiddelbruk"))
        layout = QHBoxLayout(box)
        self.substances = SubstanceTable()
        self.substances.changed.connect(self._changed)
        layout.addWidget(self.substances)
        page.add(box)
        self._page_of["substance_use"] = index
        self._titles["substance_use"] = self.tr("Rusmiddelbruk")

    def _client_box(self, record: ClientRecord) -> QGroupBox:
        """What the app knows about the client, read-only: it is changed in the record."""
        client = record.client
        box = QGroupBox(self.tr("Fra klientens journal"))
        form = QFormLayout(box)
        gp = ", ".join(part for part in (client.gp_name, client.gp_office, client.gp_phone) if part)
        address = " ".join(part for part in (client.postal_code, client.city) if part)
        lines = (
            (self.tr("Navn"), f"{client.given_name} {client.family_name}"),
            (field_label("national_id"), client.national_id or ""),
            (field_label("birth_date"), format_date(client.birth_date)),
            (field_label("address"), ", ".join(p for p in (client.address, address) if p)),
            (field_label("phone"), client.phone or ""),
            (field_label("gp_name"), gp),
        )
        for label, text in lines:
            form.addRow(label + ":", plain_label(text or "—"))
        children = [
            "{name} ({relation}{born}){lives}".format(
                name=child.name,
                relation=choice_label(child.relation).lower(),
                born=self.tr(", født {day}").format(day=format_date(child.birth_date))
                if child.birth_date
                else "",
                lives=self.tr(", bor med klienten") if child.lives_with_client else "",
            )
            for child in record.children
        ]
        form.addRow(
            self.tr("Barn og søsken:"),
            plain_label("\n".join(children) or self.tr("Ingen registrert")),
        )
        form.addRow(muted_label(self.tr("Endres i klientens journal, ikke her.")))
        return box

    def _recipient_page(self, total: int) -> ScrollPage:
        page_id = len(self._sections)
        page = ScrollPage(
            self.tr("Mottaker og henviser"),
            self.tr("Steg {number} av {total}").format(number=page_id + 1, total=total),
        )
        page.add(title_label(self.tr("Mottaker (vurderingsinstans)")))
        self.unit_combo = QComboBox()
        self.unit_combo.setAccessibleName(self.tr("Velg fra katalogen"))
        unit_label = QLabel(self.tr("Velg fra &katalogen:"))
        unit_label.setBuddy(self.unit_combo)
        chooser = QWidget()
        row = QHBoxLayout(chooser)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(unit_label)
        row.addWidget(self.unit_combo, 1)
        page.add(chooser, self.unit_combo)
        self.unit_combo.currentIndexChanged.connect(self._unit_chosen)

        recipient_titles = {
            "name": (self.tr("Vurderingsinstans"), self.tr("Enheten som vurderer henvisningen.")),
            "department": (self.tr("Avdeling"), ""),
            "address": (self.tr("Adresse (mottaker)"), ""),
            "postal_code": (self.tr("Postnummer (mottaker)"), ""),
            "city": (self.tr("Poststed (mottaker)"), ""),
            "phone": (self.tr("Telefon (mottaker)"), ""),
        }
        for key in RECIPIENT_KEYS:
            title, help_text = recipient_titles[key]
            self._add_line(page, f"recipient.{key}", "line", title, help_text, page_id)
        self.add_unit_button = QPushButton(self.tr("Legg til i katalo&gen"))
        self.add_unit_button.setToolTip(
            self.tr("Legg mottakeren slik den er skrevet inn til i katalogen (Alt+G)")
        )
        self.add_unit_button.clicked.connect(self._add_unit)
        self.unit_status = plain_label()
        page.add(self.add_unit_button)
        page.add(self.unit_status)

        page.add(title_label(self.tr("Henviser")))
        common_titles = {
            "referrer_name": (self.tr("Henviserens navn"), ""),
            "referrer_title": (self.tr("Henviserens tittel"), ""),
            "referrer_organization": (self.tr("Virksomhet"), ""),
            "referrer_phone": (self.tr("Henviserens telefon"), ""),
            "referrer_email": (self.tr("Henviserens e-post"), ""),
            "copy_to_gp": (
                self.tr("Send kopi til fastlegen"),
                self.tr("Fastlegen får kopi av henvisningen."),
            ),
            "municipal_contact": (
                self.tr("Kontaktperson i kommunen"),
                self.tr("Den vurderingsinstansen kan kontakte om henvisningen."),
            ),
        }
        for spec in REFERRAL_COMMON_FIELDS:
            title, help_text = common_titles[spec.name]
            kind: EditorKind = "bool" if spec.type is FieldType.BOOL else "line"
            self._add_line(page, spec.name, kind, title, help_text, page_id)
        page.body.addStretch(1)
        return page

    def _add_line(
        self,
        page: ScrollPage,
        path: str,
        kind: EditorKind,
        title: str,
        help_text: str,
        page_id: int,
    ) -> None:
        editor = FieldEditor(path, kind, title, help_text)
        editor.changed.connect(self._changed)
        page.add(editor, editor.input)
        self._register(path, editor, page_id, title)

    def editor(self, path: str) -> FieldEditor:
        """The input of a field by its service path ("content.reason", "recipient.name")."""
        target = self._targets[path]
        assert isinstance(target, FieldEditor)
        return target

    def _fill(self, referral: Referral, screenings: list[Screening], attached: set[int]) -> None:
        content = referral.content
        for section in self._sections:
            for name in section.fields:
                if name not in ("attachments", "dependence_criteria"):
                    self.editor(f"content.{name}").set_value(content.get(name))
        self.attachments.set_values(list(content.get("attachments") or []))
        if self._kind == "lar":
            self.criteria.set_values(list(content.get("dependence_criteria") or []))
        for row in referral.substance_use:
            self.substances.add_row(row)
        recipient = recipient_of(referral)
        for key in RECIPIENT_KEYS:
            self.editor(f"recipient.{key}").set_value(recipient[key])
        for spec in REFERRAL_COMMON_FIELDS:
            self.editor(spec.name).set_value(getattr(referral, spec.name))
        self._fill_units(self._unit_matching(recipient))
        for screening in screenings:
            assert screening.id is not None
            description = self.tr("{instrument} {day}: {score} poeng – {zone}").format(
                instrument=screening.instrument,
                day=format_date(screening.taken_on),
                score=screening.score,
                zone=zone_label(Zone(screening.zone)),
            )
            self.attachments.add_screening(screening.id, description, screening.id in attached)

    def _unit_matching(self, recipient: dict[str, Any]) -> int | None:
        for unit in self._units:
            if all(getattr(unit, key) == recipient[key] for key in RECIPIENT_KEYS):
                return unit.id
        return None

    def _fill_units(self, selected: int | None) -> None:
        """The directory in the combo; choosing a unit is what fills the fields, not this."""
        loading, self._loading = self._loading, True
        self.unit_combo.clear()
        self.unit_combo.addItem(self.tr("— skriv inn selv —"), None)
        for unit in self._units:
            shown = ", ".join(part for part in (unit.name, unit.department, unit.city) if part)
            self.unit_combo.addItem(shown, unit.id)
        self.unit_combo.setCurrentIndex(max(0, self.unit_combo.findData(selected)))
        self._loading = loading

    # --- the recipient directory ---------------------------------------------------------------

    def _unit_chosen(self, _index: int) -> None:
        if self._loading:
            return
        unit_id = self.unit_combo.currentData()
        unit = next((u for u in self._units if u.id == unit_id), None)
        if unit is None:
            return
        for key in RECIPIENT_KEYS:
            self.editor(f"recipient.{key}").set_value(getattr(unit, key))

    def _add_unit(self) -> None:
        data = {key: self.editor(f"recipient.{key}").value() for key in RECIPIENT_KEYS}
        existing = self._unit_matching(data)
        if existing is not None:
            self._fill_units(existing)
            self.unit_status.setText(self.tr("Denne mottakeren finnes allerede i katalogen."))
            return
        for key in RECIPIENT_KEYS:
            self.editor(f"recipient.{key}").set_error(None)
        try:
            unit: AssessmentUnit = add_assessment_unit(self._db, data)
        except ValidationError as exc:
            for error in exc.errors:
                target = self._targets.get(f"recipient.{error.field}")
                if target is not None:
                    target.set_error(self._reason(error))
            self.unit_status.setText(self.tr("Ikke lagt til i katalogen. Rett det som er merket."))
            return
        except StorageError as exc:
            show_error(self, self.tr("Ikke lagt til"), error_text(exc))
            return
        try:
            self._units = list_assessment_units(self._db)
        except StorageError:
            self._units.append(unit)
        self._fill_units(unit.id)
        self.unit_status.setText(
            self.tr("«{name}» er lagt til i katalogen.").format(name=unit.name)
        )

    # --- values and saving ---------------------------------------------------------------------

    def _content(self) -> dict[str, Any]:
        content: dict[str, Any] = {}
        for section in self._sections:
            for name in section.fields:
                if name == "attachments":
                    content[name] = self.attachments.values()
                elif name == "dependence_criteria":
                    content[name] = self.criteria.values()
                else:
                    content[name] = self.editor(f"content.{name}").value()
        return content

    def _changed(self) -> None:
        if self._loading or not self._editable:
            return
        self._dirty = True
        self._timer.start()  # restarted on each change: saves once the typing pauses

    def save_now(self) -> bool:
        """Save the draft if anything (the page included) changed; False when it was refused."""
        self._timer.stop()
        if not self._editable or self._sent or self._stopped:
            return not self._dirty
        page = max(self.currentId(), 0)
        if not self._dirty and page == self._saved_page:
            return True
        rows, lines = self.substances.values()
        try:
            referral = save_draft(
                self._db,
                self._id,
                common={
                    spec.name: self.editor(spec.name).value() for spec in REFERRAL_COMMON_FIELDS
                },
                recipient={key: self.editor(f"recipient.{key}").value() for key in RECIPIENT_KEYS},
                content=self._content(),
                substance_use=rows,
                wizard_page=page,
                expected_version=self._version,
            )
        except ValidationError as exc:
            self._show_errors(exc.errors, lines)
            return False
        except ConflictError as exc:
            self._stopped = True
            show_error(self, self.tr("Ikke lagret"), error_text(exc))
            return False
        except (NotFoundError, StorageError) as exc:
            # Shown once until a save succeeds again, not after every pause in the typing.
            if not self._storage_failed:
                self._storage_failed = True
                show_error(self, self.tr("Ikke lagret"), error_text(exc))
            self._stopped = isinstance(exc, NotFoundError)
            return False
        self._version = referral.version
        self._dirty = False
        self._storage_failed = False
        self._saved_page = page
        if self._last_errors:
            self._show_errors([], lines)
        self.referral_changed.emit(self._id)
        return True

    def _reason(self, error: FieldError) -> str:
        """The refusal in Norwegian, for the codes the referral adds to the common ones."""
        if error.code == "range":
            return self.tr("Må være mellom 0 og {max}.").format(max=DEBUT_AGE_MAX)
        if error.code == "type" and error.field.endswith("debut_age"):
            return self.tr("Må være et helt tall (alder i år).")
        if error.code == "too_many":
            return self.tr("Det er for mange – fjern noen.")
        if error.code == "empty":
            return self.tr("Kan ikke være tom.")
        return field_error_text(error)

    def _target_path(self, field: str) -> str:
        """The input a service path points at: list items point at their list."""
        return _ITEM_INDEX.sub("", field)

    def _show_errors(self, errors: list[FieldError], lines: list[int]) -> None:
        self._last_errors = list(errors)
        for target in self._targets.values():
            target.set_error(None)
        row_errors: dict[int, list[tuple[str, str]]] = {}
        table_error: str | None = None
        shown: set[str] = set()
        unplaced: list[FieldError] = []
        for error in errors:
            reason = self._reason(error)
            if match := _ROW_PATH.fullmatch(error.field):
                line = lines[int(match.group(1))]
                row_errors.setdefault(line, []).append((match.group(2), reason))
            elif error.field == "substance_use":
                table_error = reason
            elif (path := self._target_path(error.field)) in self._targets:
                if path not in shown:
                    self._targets[path].set_error(reason)
                    shown.add(path)
            else:
                unplaced.append(error)
        self.substances.set_errors(row_errors, table_error)
        if unplaced:
            show_error(self, self.tr("Ikke lagret"), validation_text(ValidationError(unplaced)))

    # --- pages and moving about ----------------------------------------------------------------

    def _page_changed(self, page_id: int) -> None:
        # -1 is QWizard resetting itself on closing, not the user leaving the page.
        if self._loading or self._jumping or page_id < 0:
            return
        self.save_now()
        if page_id == self._review_id:
            self._refresh_check()
        self._focus_page(page_id)

    def _focus_page(self, page_id: int) -> None:
        if page_id == self._review_id:
            self.review.first_focus.setFocus()
        elif 0 <= page_id < len(self._pages):
            widget = self._pages[page_id].first_input
            if widget is not None:
                widget.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._focus_page(self.currentId())

    def _go_to_page(self, page_id: int) -> None:
        self._jumping = True
        try:
            while self.currentId() > page_id:
                self.back()
            while self.currentId() < page_id:
                self.next()
        finally:
            self._jumping = False
        self.save_now()

    def go_to_field(self, field: str) -> None:
        """Show the page holding `field` (a checklist name or a service path) and focus it."""
        if field == "recipient":
            field = "recipient.name"
        if match := _ROW_PATH.fullmatch(field):
            _, lines = self.substances.values()
            self._go_to_page(self._page_of["substance_use"])
            widget = self.substances.focus_cell(lines[int(match.group(1))], match.group(2))
            self._pages[self._page_of["substance_use"]].reveal(widget)
            return
        if field == "substance_use":
            self._go_to_page(self._page_of[field])
            widget = self.substances.focus_cell(None, None)
            self._pages[self._page_of[field]].reveal(widget)
            return
        path = self._target_path(field)
        if path not in self._targets:
            path = f"content.{path}"
        page_id = self._page_of[path]
        self._go_to_page(page_id)
        widget = self._targets[path].focus_target()
        widget.setFocus()
        self._pages[page_id].reveal(widget)

    # --- the check and the sending -------------------------------------------------------------

    def _blocking_line(self, error: FieldError) -> tuple[str, str | None, str]:
        if error.field == "consent":
            text = self.tr(
                "Klienten har ikke et samtykke til henvisning som gjelder på sendedatoen. "
                "Registrer samtykket under Samtykker i klientens journal."
            )
            return text, None, ""
        if error.field == "recipient":
            title = self._titles["recipient.name"]
            return self.tr("Velg eller skriv inn vurderingsinstansen."), "recipient", title
        title = FIELD_TITLES.get(error.field, error.field)
        return (
            self.tr("«{field}» må fylles ut før sending.").format(field=title),
            error.field,
            title,
        )

    def _unsaved_line(self, error: FieldError) -> tuple[str, str | None, str]:
        path = self._target_path(error.field)
        if _ROW_PATH.fullmatch(error.field):
            path = "substance_use"
        title = self._titles.get(path, path)
        text = self.tr("Ikke lagret – {field}: {reason}").format(
            field=title, reason=self._reason(error)
        )
        return text, error.field, title

    def _refresh_check(self) -> None:
        sent_on = self.review.sent_on()
        day = sent_on if isinstance(sent_on, dt.date) else dt.date.today()
        self.review.set_send_date_error(
            None if isinstance(sent_on, dt.date) else self.tr("Er ikke en gyldig dato.")
        )
        try:
            check = referral_completeness(self._db, self._id, day)
        except (NotFoundError, StorageError) as exc:
            show_error(self, self.tr("Kan ikke kontrollere"), error_text(exc))
            return
        blocking = [self._unsaved_line(e) for e in self._last_errors]
        blocking += [self._blocking_line(e) for e in check.blocking]
        titles = {section.code: section.title for section in self._sections}
        grouped: dict[str, list[tuple[str, str]]] = {}
        for section_code, name in check.not_described:
            grouped.setdefault(titles[section_code], []).append((name, FIELD_TITLES[name]))
        self.review.show_check(
            blocking,
            list(grouped.items()),
            check.can_send
            and not self._last_errors
            and isinstance(sent_on, dt.date)
            and self._editable
            and not self._stopped,
        )

    def _send(self) -> bool:
        if not self.save_now():
            self._refresh_check()
            return False
        sent_on = self.review.sent_on()
        if not isinstance(sent_on, dt.date):
            self.review.set_send_date_error(self.tr("Er ikke en gyldig dato."))
            return False
        try:
            referral = send_referral(
                self._db,
                self._id,
                sent_on,
                self.review.method.currentData(),
                expected_version=self._version,
            )
        except ValidationError as exc:
            problem = exc.for_field("sent_on")
            self.review.set_send_date_error(self._reason(problem) if problem else None)
            if problem is None:
                show_error(
                    self,
                    self.tr("Ikke sendt"),
                    self.tr("Henvisningen er ikke sendt. Se listen over hva som mangler."),
                )
                self._refresh_check()
            return False
        except (ConflictError, NotFoundError, StorageError) as exc:
            show_error(self, self.tr("Ikke sendt"), error_text(exc))
            return False
        self._version = referral.version
        self._sent = True
        self.referral_changed.emit(self._id)
        return True

    # --- the attachments -----------------------------------------------------------------------

    def _attach(self, screening_id: int) -> None:
        self.save_now()  # so the attachment is added to what the user sees, not an older draft
        try:
            referral = attach_screening(self._db, self._id, screening_id)
        except (ValidationError, ConflictError, NotFoundError, StorageError) as exc:
            show_error(self, self.tr("Ikke lagt ved"), error_text(exc))
            return
        self._version = referral.version
        names = self.attachments.values()
        for name in referral.content.get("attachments") or []:
            if name not in names:
                self.attachments.list.addItem(name)
        self.attachments.mark_attached(screening_id)
        self.referral_changed.emit(self._id)

    # --- closing -------------------------------------------------------------------------------

    def reject(self) -> None:
        """Lukk, Esc and the window's close button: save, and ask only if something cannot be."""
        if not self.save_now() and self._last_errors:
            details = "\n".join(text for text, _, _ in map(self._unsaved_line, self._last_errors))
            if not ask(
                self,
                self.tr("Lukke uten å lagre alt?"),
                self.tr(
                    "Noe av det du har skrevet er ikke gyldig og blir ikke lagret:\n\n{details}"
                    "\n\nDet som sist ble lagret, beholdes."
                ).format(details=details),
                yes_text=self.tr("Lukk likevel"),
                no_text=self.tr("Fortsett å redigere"),
            ):
                return
        super().reject()

    def done(self, result: int) -> None:
        self._timer.stop()
        save_geometry(self, "referral_wizard")
        super().done(result)


def open_referral_wizard(db: Database, referral_id: int, parent: QWidget | None = None) -> bool:
    """Open the wizard on a draft; True when the referral was sent."""
    try:
        wizard = ReferralWizard(db, referral_id, parent)
    except (NotFoundError, StorageError) as exc:
        title = QCoreApplication.translate("ReferralWizard", "Kan ikke åpne henvisningen")
        show_error(parent, title, error_text(exc))
        return False
    try:
        return wizard.exec() == QDialog.DialogCode.Accepted
    finally:
        wizard.deleteLater()
