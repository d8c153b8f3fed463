"""Backups in the window: take one, restore one, and the daily one in the background.

Restoring replaces the data under the open window; the window then reads everything afresh
(`MainWindow.reload`), so no restart is needed. The replaced data is kept as a backup first.
Texts for the start-up offer of a backup (a damaged database) live here too, with the others.
"""

from __future__ import annotations

import datetime as dt
from contextlib import suppress
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMainWindow,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rustool.db import MANUAL, BackupFile, Database, StorageError, list_backups, new_backup_path
from rustool.ui import background
from rustool.ui.accessibility import fit_to_screen, show_focus
from rustool.ui.dialogs.message_box import ask, show_error, show_info, waiting
from rustool.ui.dialogs.passphrase_dialogs import backup_key
from rustool.ui.geometry import restore_geometry, save_geometry
from rustool.ui.messages import error_text

GEOMETRY_KEY = "restore_dialog"


def _t(text: str) -> str:
    return QCoreApplication.translate("backups", text)


def _file_filter() -> str:
    return _t("rustool-database (*.sqlite3);;Alle filer (*)")


def reason_text(reason: str) -> str:
    texts = {
        "daily": _t("Daglig"),
        "before-migration": _t("Før oppgradering"),
        "before-restore": _t("Før gjenoppretting"),
        "before-encryption": _t("Før kryptering"),
        MANUAL: _t("Tatt av deg"),
    }
    return texts.get(reason, reason)


def taken_text(taken_at: dt.datetime) -> str:
    return taken_at.strftime("%d.%m.%Y %H:%M")


def size_text(size: int) -> str:
    """Bytes as the user reads them, with a decimal comma."""
    if size < 1_000_000:
        return _t("{size} kB").format(size=max(1, round(size / 1000)))
    return _t("{size} MB").format(size=f"{size / 1_000_000:.1f}".replace(".", ","))


def refusal_text(error: StorageError) -> str:
    """Why a file cannot be restored from, and that nothing was changed."""
    reasons = {
        "not_found": _t("Filen finnes ikke."),
        "not_a_database": _t("Filen er ikke en rustool-database."),
        "not_ours": _t("Filen er en SQLite-fil, men ikke en rustool-database."),
        "corrupt": _t("Filen er skadet."),
        "too_new": _t("Filen er laget av en nyere versjon av rustool."),
        "same_file": _t("Det er databasen som er i bruk nå."),
        "wrong_passphrase": _t("Passordfrasen åpner ikke filen."),
        "unencrypted": _t("Filen er ikke kryptert, og kan ikke tas inn i en kryptert database."),
    }
    if error.code not in reasons:
        return error_text(error)
    unchanged = _t("Ingenting er endret.")
    return f"{reasons[error.code]} {unchanged}\n\n{error.message}"


class RestoreDialog(QDialog):
    """The backups in the backup folder, newest first, or any file the user picks.

    `chosen` is the file to restore from once the dialog is accepted.
    """

    def __init__(self, backup_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Gjenopprett fra sikkerhetskopi"))
        self._backup_dir = backup_dir
        self.chosen: Path | None = None
        self.backups: list[BackupFile] = list_backups(backup_dir)  # parallel to the rows

        self.list = QTreeWidget()
        self.list.setHeaderLabels([self.tr("Tatt"), self.tr("Type"), self.tr("Størrelse")])
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAccessibleName(self.tr("Sikkerhetskopier"))
        show_focus(self.list)  # also when there are none
        items = [
            QTreeWidgetItem(
                [taken_text(backup.taken_at), reason_text(backup.reason), size_text(backup.size)]
            )
            for backup in self.backups
        ]
        for item in items:
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.list.addTopLevelItems(items)
        for column in range(3):
            self.list.resizeColumnToContents(column)
        self.list.itemActivated.connect(lambda _item, _column: self._restore_selected())
        # "&&": an ampersand in the folder's name is shown, not taken for the shortcut's mark.
        folder = str(backup_dir).replace("&", "&&")
        label = QLabel(self.tr("&Sikkerhetskopier i {folder}:").format(folder=folder))
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setBuddy(self.list)
        self.empty_label = QLabel(self.tr("Det er ingen sikkerhetskopier her ennå."))
        self.empty_label.setVisible(not self.backups)

        buttons = QDialogButtonBox()
        self.restore_button = QPushButton(self.tr("&Gjenopprett"))
        self.restore_button.setEnabled(bool(self.backups))
        self.restore_button.clicked.connect(self._restore_selected)
        self.file_button = QPushButton(self.tr("&Velg fil…"))
        self.file_button.clicked.connect(self.choose_file)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Avbryt"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.file_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(buttons)
        fit_to_screen(self, 560, 380)
        restore_geometry(self, GEOMETRY_KEY)
        if items:
            self.list.setCurrentItem(items[0])
            self.restore_button.setDefault(True)
            self.list.setFocus()
        else:
            self.file_button.setDefault(True)

    def _restore_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.chosen = self.backups[self.list.indexOfTopLevelItem(item)].path
        self.accept()

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Velg sikkerhetskopi"), str(self._backup_dir), _file_filter()
        )
        if name:
            self.chosen = Path(name)
            self.accept()

    def done(self, result: int) -> None:
        save_geometry(self, GEOMETRY_KEY)
        super().done(result)


def restore_backup(parent: QWidget, db: Database) -> bool:
    """Ask which backup, confirm, restore; True when the data was replaced.

    The file is checked before anything changes (a refusal says why); the data it replaces is
    kept as a backup first. Runs on the UI thread, so nothing can write meanwhile.
    """
    dialog = RestoreDialog(db.backup_dir, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
        return False
    source = dialog.chosen
    source_key = backup_key(parent, source, db)
    if source_key is None and db.key is not None:
        return False
    question = _t(
        "Alt som er i databasen nå, erstattes med innholdet i\n{file}\n\n"
        "Det som er der nå, tas først vare på som en ny sikkerhetskopi, så du kan gå tilbake."
    ).format(file=source)
    if not ask(
        parent,
        _t("Gjenopprette fra sikkerhetskopi?"),
        question,
        yes_text=_t("Gjenopprett"),
        no_text=_t("Avbryt"),
    ):
        return False
    try:
        with waiting():
            kept = db.restore(source, source_key)
    except StorageError as exc:
        show_error(parent, _t("Ikke gjenopprettet"), refusal_text(exc))
        return False
    show_info(
        parent,
        _t("Gjenopprettet"),
        _t(
            "Dataene er hentet fra sikkerhetskopien.\n\n"
            "Det som ble erstattet, er tatt vare på i\n{kept}"
        ).format(kept=kept),
    )
    return True


def take_backup(parent: QWidget, db: Database) -> None:
    """Save a backup where the user chooses (the backup folder is offered), off the UI thread.

    A backup the user takes is never deleted by the retention of the automatic ones.
    """
    suggested = new_backup_path(db.backup_dir, MANUAL, db.clock())
    with suppress(OSError):  # only so the file dialog opens in it; the backup says any error
        db.backup_dir.mkdir(parents=True, exist_ok=True)
    name, _ = QFileDialog.getSaveFileName(
        parent, _t("Ta sikkerhetskopi"), str(suggested), _file_filter()
    )
    if not name:
        return
    target = Path(name)

    def done(path: Path) -> None:
        show_info(
            parent,
            _t("Sikkerhetskopi tatt"),
            _t("Sikkerhetskopien er lagret i\n{path}").format(path=path),
        )

    def failed(exc: Exception) -> None:
        if not isinstance(exc, StorageError):
            raise exc
        reasons = {
            "cannot_open": _t("Mappen finnes ikke eller kan ikke brukes."),
            "read_only": _t("Mappen eller filen er skrivebeskyttet."),
            "disk_full": _t("Disken er full."),
            "same_file": _t("Det er databasen som er i bruk nå; velg en annen fil."),
        }
        text = _t("Sikkerhetskopien ble ikke lagret.")
        if exc.code in reasons:
            text = f"{text} {reasons[exc.code]}\n\n{exc.message}"
        else:
            text = f"{text}\n\n{error_text(exc)}"
        show_error(parent, _t("Ingen sikkerhetskopi"), text)

    background.run(lambda: db.backup(target), done, failed)


def start_daily_backup(window: QMainWindow, db: Database) -> None:
    """The day's first backup, off the UI thread; only a failure is told."""

    def failed(exc: Exception) -> None:
        if not isinstance(exc, StorageError):
            raise exc
        text = _t("Dagens sikkerhetskopi ble ikke tatt. Dataene dine er ikke endret.")
        show_error(window, _t("Ingen sikkerhetskopi i dag"), f"{text}\n\n{error_text(exc)}")

    background.run(db.daily_backup, lambda _path: None, failed)


def offer_backup(damage: StorageError, backup: BackupFile) -> bool:
    """At the start: the database is damaged; use the newest good backup instead?"""
    offer = _t(
        "Filen blir ikke endret. Den nyeste hele sikkerhetskopien er fra {taken} ({reason}). "
        "Vil du bruke den? Den skadede filen tas vare på under et annet navn. Det som ble lagt "
        "inn etter sikkerhetskopien, er ikke med."
    ).format(taken=taken_text(backup.taken_at), reason=reason_text(backup.reason).lower())
    return ask(
        None,
        _t("Databasen er skadet"),
        f"{error_text(damage)}\n\n{offer}",
        yes_text=_t("Bruk sikkerhetskopien"),
        no_text=_t("Avslutt"),
    )
