"""The passphrase in the window: chosen at the first start (or to encrypt an old database),
asked at every start, and changed from the Fil menu.

The passphrase cannot be recovered by anyone; the dialogs that set one say so. A strength hint
follows the typing (words, not colour); too weak a passphrase is refused with the reason.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from rustool import encryption
from rustool.db import Database, StorageError, opens_with
from rustool.domain.passphrase import MIN_LENGTH, check_new_passphrase, strength
from rustool.domain.records import ValidationError
from rustool.encryption import Key
from rustool.ui.dialogs.message_box import show_error, show_info, waiting
from rustool.ui.messages import error_text


def _t(text: str) -> str:
    return QCoreApplication.translate("passphrase", text)


def strength_text(name: str) -> str:
    return {
        "very_weak": _t("Svært svak"),
        "weak": _t("Svak"),
        "fair": _t("Middels"),
        "good": _t("God"),
        "strong": _t("Sterk"),
    }[name]


def _refusal_text(error: ValidationError) -> str:
    texts = {
        "too_short": _t("Passordfrasen må ha minst {n} tegn.").format(n=MIN_LENGTH),
        "too_weak": _t("Passordfrasen er for lett å gjette. Bruk flere eller sjeldnere ord."),
        "mismatch": _t("De to passordfrasene er ikke like."),
    }
    return "\n".join(texts.get(e.code, e.message) for e in error.errors)


def _password_field(form: QFormLayout, label: str, name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(name)
    caption = QLabel(label)
    caption.setBuddy(edit)
    form.addRow(caption, edit)
    return edit


def _finish(dialog: QDialog, layout: QVBoxLayout, accept_text: str) -> QLabel:
    """The message line (hidden until there is something to say) and the buttons: the accept
    button (the default, Enter) and «Avbryt» (Esc), named here because Qt's own button texts
    are not translated yet. Returns the message line."""
    message = QLabel()
    message.setWordWrap(True)
    message.setTextFormat(Qt.TextFormat.PlainText)
    message.setAccessibleName(_t("Melding"))
    message.hide()
    layout.addWidget(message)
    buttons = QDialogButtonBox()
    accept = buttons.addButton(accept_text, QDialogButtonBox.ButtonRole.AcceptRole)
    accept.setDefault(True)
    buttons.addButton(_t("Avbryt"), QDialogButtonBox.ButtonRole.RejectRole)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    dialog.setMinimumWidth(480)
    return message


class NewPassphraseDialog(QDialog):
    """Choose a passphrase, typed twice; with `current`, the present one is asked first (a
    change). `passphrase` holds the accepted one."""

    def __init__(
        self,
        title: str,
        intro: str,
        parent: QWidget | None = None,
        *,
        current: Callable[[str], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.passphrase = ""
        self._current = current
        layout = QVBoxLayout(self)
        text = QLabel(intro)
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(text)
        warning = QLabel(
            _t(
                "Passordfrasen kan ikke hentes fram igjen. Glemmer du den, kommer ingen til "
                "dataene, heller ikke fra sikkerhetskopiene. Skriv den ned og oppbevar den trygt."
            )
        )
        warning.setWordWrap(True)
        layout.addWidget(warning)
        form = QFormLayout()
        self.current_edit: QLineEdit | None = None
        if current is not None:
            self.current_edit = _password_field(
                form, _t("Nåværende &passordfrase:"), _t("Nåværende passordfrase")
            )
        self.passphrase_edit = _password_field(form, _t("&Ny passordfrase:"), _t("Ny passordfrase"))
        self.repeated_edit = _password_field(
            form, _t("&Gjenta passordfrasen:"), _t("Gjenta passordfrasen")
        )
        self.strength_bar = QProgressBar()
        self.strength_bar.setRange(0, 4)
        self.strength_bar.setTextVisible(False)
        self.strength_bar.setAccessibleName(_t("Styrke"))
        self.strength_label = QLabel()
        form.addRow(_t("Styrke:"), self.strength_bar)
        form.addRow("", self.strength_label)
        layout.addLayout(form)
        self.message = _finish(self, layout, _t("OK"))
        self.passphrase_edit.textChanged.connect(self._show_strength)
        self._show_strength("")

    def _show_strength(self, text: str) -> None:
        found = strength(text)
        self.strength_bar.setValue(found.score if text else 0)
        hint = _t("{strength} – godt nok.") if found.acceptable else _t("{strength} – for svak.")
        shown = hint.format(strength=strength_text(found.name)) if text else ""
        self.strength_label.setText(shown)
        self.strength_bar.setAccessibleDescription(shown)

    def _refuse(self, text: str, field: QLineEdit) -> None:
        self.message.setText(text)
        self.message.show()
        field.selectAll()
        field.setFocus()

    def accept(self) -> None:
        if self._current is not None and self.current_edit is not None:
            with waiting():
                right = self._current(self.current_edit.text())
            if not right:
                self._refuse(_t("Den nåværende passordfrasen er feil."), self.current_edit)
                return
        try:
            check_new_passphrase(self.passphrase_edit.text(), self.repeated_edit.text())
        except ValidationError as exc:
            wrong = self.repeated_edit if exc.for_field("repeated") else self.passphrase_edit
            self._refuse(_refusal_text(exc), wrong)
            return
        self.passphrase = self.passphrase_edit.text()
        super().accept()


class PassphraseDialog(QDialog):
    """Asked at every start. `unlock` tries a passphrase and returns why it failed, or None;
    the dialog stays until it succeeds or the user gives up."""

    def __init__(
        self,
        path: Path,
        unlock: Callable[[str], str | None],
        parent: QWidget | None = None,
        *,
        intro: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("Passordfrase"))
        self._unlock = unlock
        layout = QVBoxLayout(self)
        text = QLabel(intro or _t("Databasen er kryptert. Skriv passordfrasen for å åpne den."))
        text.setWordWrap(True)
        layout.addWidget(text)
        where = QLabel(str(path))
        where.setTextFormat(Qt.TextFormat.PlainText)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(where)
        form = QFormLayout()
        self.passphrase_edit = _password_field(form, _t("&Passordfrase:"), _t("Passordfrase"))
        layout.addLayout(form)
        self.message = _finish(self, layout, _t("&Åpne"))

    def accept(self) -> None:
        with waiting():
            problem = self._unlock(self.passphrase_edit.text())
        if problem is not None:
            self.show_problem(problem)
            return
        super().accept()

    def show_problem(self, problem: str) -> None:
        self.message.setText(problem)
        self.message.show()
        self.passphrase_edit.clear()
        self.passphrase_edit.setFocus()


def change_passphrase(parent: QWidget, db: Database) -> bool:
    """Fil → «Endre passordfrase…»: the present one, then the new one twice; re-encrypts."""
    if db.key is None:
        show_info(
            parent,
            _t("Ingen passordfrase"),
            _t("Databasen er ikke kryptert (utviklervalg), så den har ingen passordfrase."),
        )
        return False
    dialog = NewPassphraseDialog(
        _t("Endre passordfrase"),
        _t("Databasen krypteres på nytt med den nye passordfrasen."),
        parent,
        current=db.verify_passphrase,
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    try:
        with waiting():
            db.change_passphrase(Key.derive(dialog.passphrase, db.key.salt))
    except StorageError as exc:
        show_error(parent, _t("Passordfrasen er ikke endret"), error_text(exc))
        return False
    show_info(
        parent,
        _t("Passordfrasen er endret"),
        _t(
            "Databasen er kryptert med den nye passordfrasen. Sikkerhetskopier som ble tatt før "
            "nå, åpnes fortsatt med den gamle."
        ),
    )
    return True


def backup_key(parent: QWidget, source: Path, db: Database) -> Key | None:
    """The key that opens the backup `source`: the database's own, or, for a backup made
    under an earlier passphrase, that one asked for. None when the user gives up."""
    if db.key is None or not source.is_file() or opens_with(source, db.key):
        return db.key
    found: list[Key] = []

    def attempt(passphrase: str) -> str | None:
        key = encryption.key_for(source, passphrase)
        if not opens_with(source, key):
            return _t("Passordfrasen åpner ikke denne filen. Prøv igjen.")
        found.append(key)
        return None

    dialog = PassphraseDialog(
        source,
        attempt,
        parent,
        intro=_t(
            "Passordfrasen du bruker nå, åpner ikke denne filen. Er den en sikkerhetskopi tatt "
            "med en tidligere passordfrase, skriv den passordfrasen; dataene krypteres med den "
            "du bruker nå når de hentes inn. Er filen ikke en sikkerhetskopi fra rustool, velg "
            "Avbryt."
        ),
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return found[-1]
