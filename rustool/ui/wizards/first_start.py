"""The first-start assistant: language, who the user is, the letterhead, the passphrase, and
whether to try rustool with invented clients; then a summary.

The assistant only asks; it writes nothing (a cancelled first start leaves no file behind, not
even the window geometry). The start then creates the encrypted database with the passphrase
and hands the answers to `apply_first_start`.

The language applies when the user leaves the first page, so every later page is shown in it:
each page sets its texts in `retranslate`, called when the page is entered. Next stays
disabled while a page cannot be left, and the reason is shown on the page in words.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QProgressBar,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from rustool import i18n
from rustool.db import Database, StorageError
from rustool.documents.layout import Letterhead
from rustool.domain.passphrase import check_new_passphrase, strength
from rustool.domain.records import STR_MAX, ValidationError
from rustool.services.first_start import (
    MAX_DEMO_CLIENTS,
    FirstStartAnswers,
    FirstStartResult,
    check_first_settings,
    finish_first_start,
)
from rustool.services.settings import SETTINGS_FIELDS
from rustool.ui.dialogs.message_box import ask, show_error, waiting
from rustool.ui.dialogs.passphrase_dialogs import _refusal_text, strength_text
from rustool.ui.form_dialog import WARNING_SIGN
from rustool.ui.labels import field_label
from rustool.ui.messages import error_text, field_error_text
from rustool.ui.wizards.substance_table import error_label
from rustool.ui.wizards.wizard_pages import muted_label

DEFAULT_DEMO_CLIENTS = 50
PAGE_COUNT = 6


def _t(text: str) -> str:
    return QCoreApplication.translate("FirstStartWizard", text)


def _plain(label: str) -> str:
    """A label's words as a screen reader should say them: no mnemonic "&", no colon."""
    return label.replace("&", "").rstrip(":").strip()


def _text_label() -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def _show(label: QLabel, text: str, *, hide_empty: bool = True) -> None:
    """Show `text` (an empty message is hidden), touching the label only where it changes: this
    runs on every keystroke, and in PySide6 6.12 each call of a Qt method that returns nothing
    drops a reference to None (enough of them abort the process, "none_dealloc")."""
    if label.text() != text:
        label.setText(text)
    if hide_empty and label.isHidden() == bool(text):
        label.setHidden(not text)


def _describe(widget: QWidget, text: str) -> None:
    """The accessible description, set only when it changes (see `_show`)."""
    if widget.accessibleDescription() != text:
        widget.setAccessibleDescription(text)


def _letterhead(settings: dict[str, str]) -> list[str]:
    """The letterhead's lines as the PDFs print them (the same Letterhead does both)."""
    head = Letterhead(
        municipality=settings.get("org_municipality", "").strip() or None,
        service=settings.get("org_service", "").strip() or None,
        address=settings.get("org_address", "").strip() or None,
        phone=settings.get("org_phone", "").strip() or None,
        email=settings.get("org_email", "").strip() or None,
    )
    return [line for line in (head.name_line(), *head.contact_lines()) if line]


class _Page(QWizardPage):
    """A page that sets its texts in the language in use each time it is entered.

    The inputs' own signals are connected to `completeChanged` rather than emitting it from
    Python: in PySide6 6.12 every `.emit()` from Python drops a reference to `True`, and enough
    of them abort the process ("bool_dealloc"). A page works out what is wrong from its inputs
    each time it is asked, so the order of the connected slots does not matter.
    """

    def __init__(self, number: int) -> None:
        super().__init__()
        self._number = number

    def retranslate(self) -> None:
        self.setSubTitle(
            _t("Steg {number} av {total}").format(number=self._number, total=PAGE_COUNT)
        )

    def initializePage(self) -> None:
        self.retranslate()


class LanguagePage(_Page):
    """Welcome, and the language of the window (each language named in itself)."""

    def __init__(self, language: str) -> None:
        super().__init__(1)
        self._codes = list(i18n.LANGUAGES)
        self.intro = _text_label()
        self.combo = QComboBox()
        self.combo.addItems([i18n.LANGUAGES[code] for code in self._codes])
        chosen = language if language in self._codes else i18n.DEFAULT_LANGUAGE
        self.combo.setCurrentIndex(self._codes.index(chosen))
        self.combo_label = QLabel()
        self.combo_label.setBuddy(self.combo)
        form = QFormLayout()
        form.addRow(self.combo_label, self.combo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setTitle(_t("Velkommen til rustool"))
        self.intro.setText(
            _t(
                "Før du begynner, setter vi opp rustool: språket, navnet ditt, brevhodet på "
                "dokumentene, passordfrasen som krypterer dataene, og om du vil prøve rustool "
                "med oppdiktede klienter. Navn og brevhode kan du endre senere under "
                "Innstillinger."
            )
        )
        self.combo_label.setText(_t("&Språk:"))
        self.combo.setAccessibleName(_plain(self.combo_label.text()))

    def language(self) -> str:
        return self._codes[self.combo.currentIndex()]

    def validatePage(self) -> bool:
        app = QCoreApplication.instance()
        assert app is not None
        i18n.apply_language(app, self.language())
        wizard = self.wizard()
        if isinstance(wizard, FirstStartWizard):
            wizard.retranslate()  # its title and buttons, and this page for a step back
        return True


class _SettingsPage(_Page):
    """Line inputs for some of the settings, each with its label and, while the page cannot be
    left, the reason under it."""

    def __init__(self, number: int, names: tuple[str, ...]) -> None:
        super().__init__(number)
        self.intro = muted_label("")
        self.edits: dict[str, QLineEdit] = {}
        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        self.form = QFormLayout()
        for name in names:
            edit = QLineEdit()
            edit.setMaxLength(STR_MAX)
            edit.textChanged.connect(self._show_problems)
            edit.textChanged.connect(self.completeChanged)  # see _Page
            label = QLabel()
            label.setBuddy(edit)
            error = error_label()
            cell = QWidget()
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(edit)
            column.addWidget(error)
            self.form.addRow(label, cell)
            self.edits[name], self.labels[name], self.errors[name] = edit, label, error
        self.column = QVBoxLayout(self)
        self.column.addWidget(self.intro)
        self.column.addLayout(self.form)

    def label_texts(self) -> dict[str, str]:
        raise NotImplementedError

    def retranslate(self) -> None:
        super().retranslate()
        for name, text in self.label_texts().items():
            self.labels[name].setText(text)
            self.edits[name].setAccessibleName(_plain(text))
        self._show_problems()  # the reasons, in the language now in use

    def values(self) -> dict[str, str]:
        return {name: edit.text() for name, edit in self.edits.items()}

    def problems(self) -> dict[str, str]:
        """Why the page cannot be left, by field, in words naming the field."""
        try:
            check_first_settings(self.values())
        except ValidationError as exc:
            return {
                error.field: f"{field_label(error.field)}: {field_error_text(error)}"
                for error in exc.errors
                if error.field in self.edits
            }
        return {}

    def _show_problems(self) -> None:
        problems = self.problems()
        for name, error_line in self.errors.items():
            reason = problems.get(name)
            _show(error_line, f"{WARNING_SIGN} {reason}" if reason else "")
            _describe(self.edits[name], reason or "")

    def isComplete(self) -> bool:
        return not self.problems()


class UserPage(_SettingsPage):
    def __init__(self) -> None:
        super().__init__(2, ("user_name", "user_title"))
        self.column.addStretch(1)
        self.retranslate()

    def label_texts(self) -> dict[str, str]:
        return {
            "user_name": _t("Ditt n&avn (må fylles ut):"),
            "user_title": _t("Din t&ittel:"),
        }

    def retranslate(self) -> None:
        self.setTitle(_t("Om deg"))
        self.intro.setText(
            _t(
                "Navnet ditt står i loggen over hvem som har gjort hva. Navn og tittel (for "
                "eksempel «Ruskonsulent») fylles inn for deg som henviser i henvisninger og "
                "som medlem i ansvarsgrupper."
            )
        )
        super().retranslate()


class LetterheadPage(_SettingsPage):
    """The organisation, with the letterhead previewed as the documents will print it."""

    def __init__(self) -> None:
        names = tuple(spec.name for spec in SETTINGS_FIELDS if spec.name.startswith("org_"))
        super().__init__(3, names)
        self.preview_title = QLabel()
        self.preview = _text_label()
        self.preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview.setMargin(8)
        self.column.addWidget(self.preview_title)
        self.column.addWidget(self.preview)
        self.column.addStretch(1)
        for edit in self.edits.values():
            edit.textChanged.connect(self._show_preview)
        self.retranslate()

    def label_texts(self) -> dict[str, str]:
        return {
            "org_municipality": _t("&Kommune:"),
            "org_service": _t("Tjene&ste:"),
            "org_address": _t("&Adresse:"),
            "org_phone": _t("Tele&fon:"),
            "org_email": _t("E-&post:"),
        }

    def retranslate(self) -> None:
        self.setTitle(_t("Brevhode"))
        self.intro.setText(
            _t(
                "Dette står øverst på henvisninger, referater og planer du skriver ut. Alt kan "
                "stå tomt og fylles ut senere."
            )
        )
        self.preview_title.setText(_t("Slik blir brevhodet:"))
        self.preview.setAccessibleName(_t("Forhåndsvisning av brevhodet"))
        super().retranslate()
        self._show_preview()

    def _show_preview(self) -> None:
        lines = _letterhead(self.values())
        _show(self.preview, "\n".join(lines) if lines else _t("(Tomt – ingen brevhode.)"))


class PassphrasePage(_Page):
    """The passphrase, typed twice, with its strength; the user confirms having noted it."""

    def __init__(self) -> None:
        super().__init__(4)
        self.intro = _text_label()
        self.warning = _text_label()
        self.warning.setStyleSheet("font-weight: bold;")
        self.passphrase_edit = QLineEdit()
        self.repeated_edit = QLineEdit()
        self.passphrase_label = QLabel()
        self.repeated_label = QLabel()
        self.strength_label = QLabel()
        self.strength_bar = QProgressBar()
        self.strength_bar.setRange(0, 4)
        self.strength_bar.setTextVisible(False)
        self.strength_text = QLabel()
        self.noted = QCheckBox()
        self.message = error_label()
        form = QFormLayout()
        for label, edit in (
            (self.passphrase_label, self.passphrase_edit),
            (self.repeated_label, self.repeated_edit),
        ):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.textChanged.connect(self._show_problems)
            edit.textChanged.connect(self.completeChanged)
            label.setBuddy(edit)
            form.addRow(label, edit)
        form.addRow(self.strength_label, self.strength_bar)
        form.addRow("", self.strength_text)
        self.noted.toggled.connect(self._show_problems)
        self.noted.toggled.connect(self.completeChanged)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.warning)
        layout.addLayout(form)
        layout.addWidget(self.noted)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setTitle(_t("Passordfrase"))
        self.intro.setText(
            _t(
                "Dataene dine krypteres på denne maskinen. Du blir spurt om passordfrasen hver "
                "gang rustool starter. Bruk gjerne flere ord."
            )
        )
        self.warning.setText(
            WARNING_SIGN
            + " "
            + _t(
                "Passordfrasen kan ikke hentes fram igjen. Glemmer du den, kommer ingen til "
                "dataene, heller ikke fra sikkerhetskopiene."
            )
        )
        for label, edit, text in (
            (self.passphrase_label, self.passphrase_edit, _t("N&y passordfrase:")),
            (self.repeated_label, self.repeated_edit, _t("&Gjenta passordfrasen:")),
        ):
            label.setText(text)
            edit.setAccessibleName(_plain(text))
        self.strength_label.setText(_t("Styrke:"))
        self.strength_bar.setAccessibleName(_t("Styrke"))
        self.noted.setText(_t("Jeg har &skrevet ned passordfrasen og oppbevarer den trygt"))
        self.noted.setAccessibleName(_plain(self.noted.text()))
        self._show_problems()

    def passphrase(self) -> str:
        return self.passphrase_edit.text()

    def strength_name(self) -> str:
        return strength_text(strength(self.passphrase()).name)

    def problems(self) -> list[str]:
        """Why the page cannot be left, in words."""
        problems = []
        try:
            check_new_passphrase(self.passphrase(), self.repeated_edit.text())
        except ValidationError as exc:
            problems.append(_refusal_text(exc))
        if not self.noted.isChecked():
            problems.append(_t("Kryss av for at du har skrevet ned passordfrasen."))
        return problems

    def _show_problems(self) -> None:
        typed = self.passphrase()
        found = strength(typed)
        score = found.score if typed else 0
        if self.strength_bar.value() != score:
            self.strength_bar.setValue(score)
        hint = _t("{strength} – godt nok.") if found.acceptable else _t("{strength} – for svak.")
        shown = hint.format(strength=strength_text(found.name)) if typed else ""
        _show(self.strength_text, shown, hide_empty=False)
        _describe(self.strength_bar, shown)
        text = "\n".join(f"{WARNING_SIGN} {problem}" for problem in self.problems())
        _show(self.message, text)

    def isComplete(self) -> bool:
        return not self.problems()


class DemoPage(_Page):
    """Whether to add invented clients to try rustool with, and how many."""

    def __init__(self) -> None:
        super().__init__(5)
        self.intro = _text_label()
        self.wanted = QCheckBox()
        self.count = QSpinBox()
        self.count.setRange(1, MAX_DEMO_CLIENTS)
        self.count.setValue(DEFAULT_DEMO_CLIENTS)
        self.count.setEnabled(False)
        self.wanted.toggled.connect(self.count.setEnabled)
        self.count_label = QLabel()
        self.count_label.setBuddy(self.count)
        form = QFormLayout()
        form.addRow(self.count_label, self.count)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.wanted)
        layout.addLayout(form)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setTitle(_t("Demodata"))
        self.intro.setText(
            _t(
                "Vil du prøve rustool før du legger inn ekte klienter, kan du få oppdiktede "
                "klienter med henvisninger, ansvarsgrupper og planer. Alle navn og "
                "fødselsnumre er oppdiktet; ingen av dem tilhører virkelige personer. "
                "Demoklientene blir liggende i databasen sammen med klientene du legger inn "
                "senere, så velg dette bare hvis du vil prøve."
            )
        )
        self.wanted.setText(_t("&Legg inn demodata"))
        self.wanted.setAccessibleName(_plain(self.wanted.text()))
        self.count_label.setText(_t("Antall &klienter:"))
        self.count.setAccessibleName(_plain(self.count_label.text()))

    def demo_clients(self) -> int:
        return self.count.value() if self.wanted.isChecked() else 0


class SummaryPage(_Page):
    """What will be set up, read back before anything is written."""

    def __init__(self, answers: Callable[[], FirstStartAnswers]) -> None:
        super().__init__(6)
        self._answers = answers
        self.intro = _text_label()
        self.form = QFormLayout()
        self.rows: dict[str, tuple[QLabel, QLabel]] = {}
        for key in ("language", "user", "letterhead", "passphrase", "demo"):
            caption, value = QLabel(), _text_label()
            self.form.addRow(caption, value)
            self.rows[key] = (caption, value)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addStretch(1)

    def retranslate(self) -> None:
        super().retranslate()
        self.setTitle(_t("Oppsummering"))
        self.intro.setText(
            _t(
                "Velg Fullfør for å lage den krypterte databasen med dette og starte rustool. "
                "Gå tilbake for å endre noe."
            )
        )
        answers = self._answers()
        settings = answers.settings
        user = ", ".join(part for part in (settings["user_name"], settings["user_title"]) if part)
        letterhead = _letterhead(settings)
        if answers.demo_clients:
            demo = _t("{count} oppdiktede klienter").format(count=answers.demo_clients)
        else:
            demo = _t("Nei")
        shown = {
            "language": (_t("Språk:"), i18n.LANGUAGES[answers.language]),
            "user": (_t("Du:"), user),
            "letterhead": (
                _t("Brevhode:"),
                "\n".join(letterhead) if letterhead else _t("(Tomt – ingen brevhode.)"),
            ),
            "passphrase": (
                _t("Passordfrase:"),
                _t("Valgt ({strength}). Den vises ikke her.").format(
                    strength=self._passphrase_strength()
                ),
            ),
            "demo": (_t("Demodata:"), demo),
        }
        for key, (caption_text, value_text) in shown.items():
            caption, value = self.rows[key]
            caption.setText(caption_text)
            value.setText(value_text)
            value.setAccessibleName(_plain(caption_text))

    def _passphrase_strength(self) -> str:
        wizard = self.wizard()
        assert isinstance(wizard, FirstStartWizard)
        return wizard.passphrase_page.strength_name().lower()


class FirstStartWizard(QWizard):
    """The six pages; `answers()` once the user chose Fullfør."""

    def __init__(
        self, parent: QWidget | None = None, language: str = i18n.DEFAULT_LANGUAGE
    ) -> None:
        super().__init__(parent)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.language_page = LanguagePage(language)
        self.user_page = UserPage()
        self.letterhead_page = LetterheadPage()
        self.passphrase_page = PassphrasePage()
        self.demo_page = DemoPage()
        self.summary_page = SummaryPage(self.answers)
        for page in (
            self.language_page,
            self.user_page,
            self.letterhead_page,
            self.passphrase_page,
            self.demo_page,
            self.summary_page,
        ):
            self.addPage(page)
        self.setMinimumWidth(560)
        self.retranslate()

    def retranslate(self) -> None:
        """The window's own texts (Qt's button texts are not translated), and the first page,
        which a step back shows without entering it anew."""
        self.setWindowTitle(_t("Sett opp rustool"))
        texts = {
            QWizard.WizardButton.NextButton: (_t("&Neste >"), _t("Neste side (Alt+N)")),
            QWizard.WizardButton.BackButton: (_t("< &Tilbake"), _t("Forrige side (Alt+T)")),
            QWizard.WizardButton.CancelButton: (_t("Avbryt"), _t("Avbryt oppsettet (Esc)")),
            QWizard.WizardButton.FinishButton: (
                _t("&Fullfør"),
                _t("Lag databasen og start rustool (Alt+F)"),
            ),
        }
        for which, (text, tip) in texts.items():
            self.setButtonText(which, text)
            self.button(which).setToolTip(tip)
        self.language_page.retranslate()

    def answers(self) -> FirstStartAnswers:
        settings = self.user_page.values() | self.letterhead_page.values()
        return FirstStartAnswers(
            language=self.language_page.language(),
            settings={name: value.strip() for name, value in settings.items()},
            passphrase=self.passphrase_page.passphrase(),
            demo_clients=self.demo_page.demo_clients(),
        )

    def reject(self) -> None:
        """Cancel, asked first once something is typed: rustool then closes without data."""
        answers = self.answers()
        typed = any(answers.settings.values()) or answers.passphrase
        if typed and not ask(
            self,
            _t("Avbryte oppsettet?"),
            _t(
                "Ingenting er lagret, og rustool avsluttes. Du kommer tilbake hit neste gang "
                "du starter rustool."
            ),
            yes_text=_t("Avbryt oppsettet"),
            no_text=_t("Fortsett"),
        ):
            return
        super().reject()


def run_first_start(
    parent: QWidget | None = None, language: str = i18n.DEFAULT_LANGUAGE
) -> FirstStartAnswers | None:
    """The assistant's answers, or None when the user cancelled (nothing is written then).
    `language`: the one chosen at the start (the window is already in it)."""
    wizard = FirstStartWizard(parent, language)
    if wizard.exec() != QWizard.DialogCode.Accepted:
        return None
    return wizard.answers()


def apply_first_start(
    db: Database, answers: FirstStartAnswers, parent: QWidget | None = None
) -> FirstStartResult | None:
    """Put the answers into the new database; a failure is told, and the start goes on (the
    settings can be entered under Innstillinger). None when not even the settings were saved."""
    try:
        with waiting():
            result = finish_first_start(db, answers)
    except (StorageError, ValidationError) as exc:
        show_error(parent, _t("Innstillingene ble ikke lagret"), error_text(exc))
        return None
    if result.demo_error is not None:
        show_error(
            parent,
            _t("Demodata ble ikke lagt inn"),
            _t(
                "Innstillingene er lagret, men demoklientene kunne ikke legges inn. Ingen av dem "
                "er lagt inn.\n\n{reason}"
            ).format(reason=error_text(result.demo_error)),
        )
    return result
