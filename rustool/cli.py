"""The command line: the same services as the window, scriptable.

Problems the user can fix (bad input, a database file that cannot be used, a missing client or
file) print one line starting "rustool: " on stderr and exit 1; usage errors exit 2. Qt is
imported only when the window is opened, so scripting never needs a display.

A command that works on the data holds the database's lock (a second rustool is refused with a
message) and, the first time in a day, makes the daily backup after a quick integrity check.
`check`, `backup` and `backups` only read, so they also run beside an open window.

The database is encrypted: the passphrase comes from $RUSTOOL_PASSPHRASE or is asked on the
terminal without echo (a new one twice). `--unencrypted` (or $RUSTOOL_UNENCRYPTED=1) is the
developer's option for an unencrypted database.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from rustool import __version__, encryption
from rustool.crash_report import reports_dir, write_report
from rustool.db import (
    DAMAGED_CODES,
    MANUAL,
    BackupFile,
    Database,
    DatabaseLock,
    StorageError,
    database_key,
    first_read,
    list_backups,
    new_backup_path,
    open_database,
    opens_with,
    replace_damaged,
    sqlite_backup,
    validate_backup_file,
)
from rustool.db_conversion import encrypt_database
from rustool.domain.passphrase import check_new_passphrase
from rustool.domain.records import ValidationError
from rustool.encryption import PASSPHRASE_ENV, UNENCRYPTED_ENV, Key
from rustool.files import write_atomically
from rustool.paths import Paths, resolve_paths
from rustool.services.audit import verify_chain
from rustool.services.casefile import export_case, import_case, read_case_file
from rustool.services.clients import ClientRow, StatusFilter, search_clients
from rustool.services.demo import create_demo_clients
from rustool.services.errors import NotFoundError

LIST_PAGE = 1000
# rustool.i18n.LANGUAGES' codes, here without importing Qt for every command.
LANGUAGE_CODES = ("nb", "nn", "en")


@contextmanager
def _damage_explained() -> Iterator[None]:
    """A damaged database is named with the way out."""
    try:
        yield
    except StorageError as exc:
        if exc.code not in DAMAGED_CODES:
            raise
        raise StorageError(
            exc.code,
            f"{exc.message} List the backups with 'rustool backups' and put one in its place "
            "with 'rustool restore FILE' (the damaged file is kept).",
        ) from exc


NEW_PASSPHRASE_ENV = "RUSTOOL_NEW_PASSPHRASE"  # `rustool passphrase` in a script
BACKUP_PASSPHRASE_ENV = "RUSTOOL_BACKUP_PASSPHRASE"  # a backup made under an earlier one


def _ask(prompt: str, environment: str) -> str:
    """A passphrase from the environment, else from the terminal without echo."""
    given = os.environ.get(environment)
    if given is not None:
        return given
    if not _interactive():
        raise StorageError(
            "no_passphrase", f"No passphrase given: set {environment} or run in a terminal."
        )
    return getpass.getpass(prompt)


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def _new_passphrase(environment: str) -> str:
    """A new passphrase: strong enough, and typed twice on the terminal."""
    passphrase = _ask("New passphrase: ", environment)
    repeated = passphrase if environment in os.environ else _ask("Repeat it: ", environment)
    check_new_passphrase(passphrase, repeated)
    return passphrase


def _unencrypted(args: argparse.Namespace) -> bool:
    return bool(args.unencrypted) or os.environ.get(UNENCRYPTED_ENV) == "1"


def _key(args: argparse.Namespace) -> Key | None:
    """The key for the database: None in the developer's unencrypted mode; for a database not
    there yet, a new passphrase."""
    if _unencrypted(args):
        return None
    path: Path = args.paths.db_file
    if encryption.is_plain(path):
        raise StorageError(
            "unencrypted",
            f"{path} is not encrypted; encrypt it with 'rustool encrypt' (a backup is taken "
            "first).",
        )
    if not path.is_file() or path.stat().st_size == 0:
        return Key.new(_new_passphrase(PASSPHRASE_ENV))
    passphrase = _ask(f"Passphrase for {path}: ", PASSPHRASE_ENV)
    return database_key(path, passphrase, args.paths.backup_dir)


@contextmanager
def _database(args: argparse.Namespace) -> Iterator[Database]:
    """The database for a command that works on the data: locked, migrated, backed up daily."""
    paths: Paths = args.paths
    with DatabaseLock(paths.db_file), _damage_explained():
        database = open_database(
            paths.db_file, paths.backup_dir, key=_key(args), clock=datetime.now
        )
        try:
            database.daily_backup()
            yield database
        finally:
            database.close()


def _emit(text: str) -> None:
    """Write UTF-8 to stdout even where its encoding is another (a pipe on Windows)."""
    stream = sys.stdout
    buffer = getattr(stream, "buffer", None)
    if buffer is not None and (stream.encoding or "").lower().replace("-", "") != "utf8":
        stream.flush()
        buffer.write(text.encode("utf-8"))
        buffer.flush()
    else:
        stream.write(text)


def _fail(message: str) -> None:
    print(f"rustool: {message}", file=sys.stderr)


def _gui(args: argparse.Namespace) -> int:
    from rustool.ui.app import run_gui  # Qt only when the window is wanted

    return int(run_gui(args.paths, unencrypted=_unencrypted(args)))


def _demo(args: argparse.Namespace) -> int:
    with _database(args) as db:
        added = create_demo_clients(db, args.clients, args.seed)
    print(f"Added {added} synthetic clients to {args.paths.db_file}")
    return 0


def _import(args: argparse.Namespace) -> int:
    failed = False
    with _database(args) as db:
        for name in args.files:
            try:
                result = import_case(db, read_case_file(Path(name)), source=name)
            except ValidationError as exc:
                _fail(f"{name}: {exc} (nothing from this file was imported)")
                failed = True
                continue
            _emit(json.dumps(result.as_json(), ensure_ascii=False) + "\n")
    return 1 if failed else 0


def _export(args: argparse.Namespace) -> int:
    with _database(args) as db:
        case = export_case(db, args.client_id)
    text = json.dumps(case, ensure_ascii=False, indent=2) + "\n"
    if args.out is None:
        _emit(text)
    else:
        write_atomically(Path(args.out), text.encode("utf-8"))
    return 0


def _row_json(row: ClientRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "given_name": row.given_name,
        "family_name": row.family_name,
        "national_id": row.national_id,
        "birth_date": row.birth_date.isoformat() if row.birth_date else None,
        "phone": row.phone,
        "status": row.status,
    }


def _all_clients(db: Database, status: StatusFilter) -> list[ClientRow]:
    rows: list[ClientRow] = []
    while True:
        page = search_clients(db, status=status, offset=len(rows), limit=LIST_PAGE)
        rows += page
        if len(page) < LIST_PAGE:
            return rows


def _table(rows: list[ClientRow]) -> str:
    lines = [("ID", "NAME", "NATIONAL ID", "BORN", "STATUS")]
    lines += [
        (
            str(row.id),
            f"{row.family_name}, {row.given_name}",
            row.national_id or "-",
            row.birth_date.isoformat() if row.birth_date else "-",
            row.status,
        )
        for row in rows
    ]
    widths = [max(len(line[i]) for line in lines) for i in range(len(lines[0]))]
    return "".join(
        "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip()
        + "\n"
        for line in lines
    )


def _list(args: argparse.Namespace) -> int:
    with _database(args) as db:
        rows = _all_clients(db, args.status)
    if args.json:
        _emit(json.dumps([_row_json(r) for r in rows], ensure_ascii=False, indent=2) + "\n")
    else:
        _emit(_table(rows) + f"{len(rows)} clients ({args.status})\n")
    return 0


def _check(args: argparse.Namespace) -> int:
    path, key = _existing_database(args)
    # Opened without migrating: a check reports what is there and changes nothing.
    db = Database(path, args.paths.backup_dir, key)
    try:
        report = db.check()
        # The chain can be recomputed only on an intact file of this version's schema.
        current = report.integrity == "ok" and report.revision == report.head
        chain = verify_chain(db) if current else None
    finally:
        db.close()
    if report.revision == report.head:
        schema = f"{report.revision} (current)"
    elif report.revision is None:
        schema = f"none (not a rustool database; this version expects {report.head})"
    else:
        schema = f"{report.revision} (this version expects {report.head})"
    print(f"database: {path}")
    print(f"integrity: {report.integrity}")
    print(f"schema: {schema}")
    print(f"foreign-key problems: {report.foreign_key_problems}")
    if chain is None:
        print("audit log chain: not checked (the file is damaged or of another schema)")
    elif not chain:
        print("audit log chain: intact")
    else:
        print(f"audit log chain: BROKEN at event {chain[0].event_id}")
        for problem in chain:
            print(f"  event {problem.event_id}: {problem.reason}")
    healthy = report.healthy and not chain
    print("healthy" if healthy else "NOT healthy")
    return 0 if healthy else 1


def _existing_database(args: argparse.Namespace) -> tuple[Path, Key | None]:
    """The database that is there, with its key checked by the first read."""
    path: Path = args.paths.db_file
    if not path.is_file():
        raise StorageError("not_found", f"There is no database at {path}.")
    key = _key(args)
    first_read(path, key, args.paths.backup_dir)
    return path, key


def _backup(args: argparse.Namespace) -> int:
    path, key = _existing_database(args)
    if args.out is None:
        out = new_backup_path(args.paths.backup_dir, MANUAL, datetime.now())
    else:
        out = Path(args.out)
    # Without the lock and without migrating: a copy made with SQLite's backup API is
    # consistent even while the window writes, and the file is copied as it is.
    sqlite_backup(path, out, key)
    print(f"Backup written to {out} (encrypted)" if key else f"Backup written to {out}")
    return 0


def _backup_line(backup: BackupFile) -> tuple[str, str, str, str]:
    size = f"{backup.size / 1_000_000:.1f} MB" if backup.size >= 100_000 else f"{backup.size} B"
    return (backup.taken_at.strftime("%Y-%m-%d %H:%M:%S"), backup.reason, size, str(backup.path))


def _backups(args: argparse.Namespace) -> int:
    folder: Path = args.paths.backup_dir
    backups = list_backups(folder)
    if not backups:
        print(f"No backups in {folder}")
        return 0
    lines = [("TAKEN", "REASON", "SIZE", "FILE"), *map(_backup_line, backups)]
    widths = [max(len(line[i]) for line in lines) for i in range(4)]
    for line in lines:
        print(
            "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip()
        )
    return 0


def _backup_key(source: Path, key: Key | None) -> Key | None:
    """The key that opens the backup: the database's, or the passphrase it was made under."""
    if key is None or not source.is_file() or opens_with(source, key):
        return key
    if BACKUP_PASSPHRASE_ENV not in os.environ and not _interactive():
        return key  # nobody to ask: the check of the file then says the passphrase fails
    return encryption.key_for(
        source, _ask(f"Passphrase of {source} (an earlier one): ", BACKUP_PASSPHRASE_ENV)
    )


def _restore(args: argparse.Namespace) -> int:
    source = Path(args.file)
    paths: Paths = args.paths
    key = _key(args)
    source_key = _backup_key(source, key)
    # Checked before the database is even opened, so a bad file changes nothing anywhere.
    validate_backup_file(source, source_key)
    with DatabaseLock(paths.db_file):
        try:
            db = open_database(paths.db_file, paths.backup_dir, key=key, check=True)
        except StorageError as exc:
            if exc.code not in DAMAGED_CODES or source_key != key:
                raise
            # A damaged database cannot be backed up: it is kept aside under another name.
            aside = replace_damaged(paths.db_file, source, key)
            # An older backup's schema is brought up to date.
            open_database(paths.db_file, paths.backup_dir, key=key).close()
            print(f"Restored {paths.db_file} from {source}")
            print(f"The damaged database was kept as {aside}")
            return 0
        try:
            kept = db.restore(source, source_key)
        finally:
            db.close()
    print(f"Restored {paths.db_file} from {source}")
    print(f"The data it replaced was kept in {kept}")
    return 0


def _encrypt(args: argparse.Namespace) -> int:
    paths: Paths = args.paths
    if not encryption.is_plain(paths.db_file):
        raise StorageError("not_found", f"There is no unencrypted database at {paths.db_file}.")
    passphrase = _new_passphrase(PASSPHRASE_ENV)
    with DatabaseLock(paths.db_file):
        report = encrypt_database(paths.db_file, paths.backup_dir, Key.new(passphrase))
    print(f"Encrypted {paths.db_file}")
    print(f"{report.backups_encrypted} backups encrypted (the copy taken first: {report.backup})")
    for left in report.backups_left:
        print(f"Could not encrypt the damaged backup {left}; it is still unencrypted")
    return 1 if report.backups_left else 0


def _passphrase(args: argparse.Namespace) -> int:
    paths: Paths = args.paths
    if _unencrypted(args):
        raise StorageError("unencrypted", "The unencrypted mode has no passphrase to change.")
    with _database(args) as db:
        assert db.key is not None
        new = _new_passphrase(NEW_PASSPHRASE_ENV)
        db.change_passphrase(Key.derive(new, db.key.salt))
    print(f"Changed the passphrase of {paths.db_file}")
    print("Backups made before keep the passphrase they were made with.")
    return 0


# `rustool pdf DOCUMENT ID`: what the ID names, and the help line.
PDF_COMMANDS = {
    "referral": ("referral", "a TSB or LAR referral"),
    "minutes": ("meeting", "the minutes of an ansvarsgruppe meeting"),
    "plan": ("client", "a client's individual plan"),
}
# How a missing record is named on the command line (the ids the user typed).
RECORD_WORDS = {"group_meeting": "meeting", "individual_plan": "individual plan"}


def _pdf(args: argparse.Namespace) -> int:
    # Imported here: ReportLab is needed only when a document is made, not for every command.
    from rustool.services.documents import log_output, referral_pdf
    from rustool.services.group_documents import minutes_pdf, plan_pdf

    make = {"referral": referral_pdf, "minutes": minutes_pdf, "plan": plan_pdf}[args.document]
    _use_language(args.language or _language_setting(args.paths))
    out = Path(args.out)
    with _database(args) as db:
        document = make(db, args.id)  # made before anything is written: no id, no file
        write_atomically(out, document.data)
        log_output(db, document, "export")
    _emit(f"Wrote {out} ({document.pages} {'page' if document.pages == 1 else 'pages'})\n")
    return 0


def _language_setting(paths: Paths) -> str:
    from rustool import i18n

    return i18n.read_language(paths.ui_settings_file)


def _use_language(code: str) -> None:
    from rustool import i18n

    i18n.use_for_documents(code)


def _self_test(args: argparse.Namespace) -> int:
    # Imported here: the checks load ReportLab and, at the end, Qt.
    from rustool.selftest import run_self_test

    return run_self_test()


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def _record_id(what: str) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            return int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"a {what} id is a number, not {text!r}") from None

    return parse


_client_id = _record_id("client")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rustool",
        description="Case management for municipal substance-abuse consultants.",
        epilog="Without a command, rustool opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"rustool {__version__}")
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--data-dir", metavar="DIR", help="the data folder (default: $RUSTOOL_DATA_DIR or per user)"
    )
    where.add_argument("--db", metavar="FILE", help="the database file (default: $RUSTOOL_DB)")
    parser.add_argument(
        "--unencrypted",
        action="store_true",
        help=f"developers only: an unencrypted database (also ${UNENCRYPTED_ENV}=1)",
    )
    parser.set_defaults(handler=_gui)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    def command(name: str, handler: Callable[[argparse.Namespace], int], **kwargs: Any) -> Any:
        sub = commands.add_parser(name, **kwargs)
        sub.set_defaults(handler=handler)
        return sub

    command("gui", _gui, help="open the window (the default)")
    demo = command("demo", _demo, help="add synthetic clients (synthetic national ids only)")
    demo.add_argument("--clients", type=_positive, required=True, metavar="N")
    demo.add_argument("--seed", type=int, metavar="S", help="the same seed gives the same people")
    imp = command(
        "import",
        _import,
        help="import case files (rustool-case/1)",
        description=(
            "Import case files (rustool-case/1). Each file is checked whole and imported in its "
            "own transaction: a file with any problem writes nothing and is reported on stderr "
            "with the JSON path and the reason, while the other files given are still imported "
            "and each printed as one JSON line with the new ids. The exit status is 1 if any "
            "file was refused, so rerun with only the refused files once they are fixed."
        ),
    )
    imp.add_argument("files", nargs="+", metavar="FILE")
    exp = command("export", _export, help="write a client's case file (stdout without --out)")
    exp.add_argument("client_id", type=_client_id, metavar="CLIENT_ID")
    exp.add_argument("--out", metavar="FILE", help="write to FILE (replaced whole, atomically)")
    lst = command("list", _list, help="list clients")
    lst.add_argument("--json", action="store_true", help="a JSON array instead of a table")
    lst.add_argument("--status", choices=("active", "closed", "all"), default="active")
    command("check", _check, help="integrity and schema version; exit 0 when healthy")
    backup = command(
        "backup",
        _backup,
        help="copy the database to a backup file (also while the window is open)",
        description=(
            "Copy the database with SQLite's backup API. Without --out the copy goes into the "
            "backup folder as a manual backup, which is never deleted automatically."
        ),
    )
    backup.add_argument("--out", metavar="FILE", help="write to FILE (replaced whole, atomically)")
    command("backups", _backups, help="list the backups in the backup folder, newest first")
    restore = command(
        "restore",
        _restore,
        help="replace the data with a backup (the old data is kept)",
        description=(
            "Replace the data with a backup file, after checking that it is an intact rustool "
            "database this version can read; a bad file changes nothing. The replaced data is "
            "kept as a backup; a damaged database is kept beside it under another name."
        ),
    )
    restore.add_argument("file", metavar="FILE")
    command(
        "encrypt",
        _encrypt,
        help="encrypt a database an earlier version left unencrypted, and its backups",
        description=(
            "Encrypt the unencrypted database with a new passphrase: a backup is taken first, "
            "the encrypted copy is compared with the original before it replaces it, and the "
            "unencrypted backups are encrypted too."
        ),
    )
    command(
        "passphrase",
        _passphrase,
        help="change the passphrase (older backups keep theirs)",
        description=(
            f"Re-encrypt the database with a new passphrase (${NEW_PASSPHRASE_ENV} in a "
            "script, else asked twice). Backups made before keep the passphrase they were "
            "made with."
        ),
    )
    pdf = commands.add_parser(
        "pdf",
        help="write a referral, the minutes of a meeting or a plan as PDF",
        description=(
            "Write a document as PDF, as the window prints it (the export is audited). The "
            "file is replaced whole, atomically; nothing is written when the id is unknown."
        ),
    )
    documents = pdf.add_subparsers(
        title="documents", metavar="DOCUMENT", dest="document", required=True
    )
    for name, (id_of, what) in PDF_COMMANDS.items():
        document = documents.add_parser(name, help=what)
        document.set_defaults(handler=_pdf)
        document.add_argument("id", type=_record_id(id_of), metavar=f"{id_of.upper()}_ID")
        document.add_argument(
            "--out", required=True, metavar="FILE.pdf", help="replaced whole, atomically"
        )
        document.add_argument(
            "--language",
            choices=LANGUAGE_CODES,
            help="nb, nn or en (default: the language chosen in the window's settings)",
        )
    command(
        "self-test",
        _self_test,
        help="check that this installation works; touches no data (exit 0 when it does)",
        description=(
            "Check that this installation of rustool has everything it needs, in a "
            "temporary folder with synthetic data: an encrypted database, a referral and its "
            "PDF, the translations and the window (offscreen, nothing is shown). The user's "
            "data folder is not used. One line per check; the exit status is 1 at the first "
            "check that fails."
        ),
    )
    return parser


def _describe(exc: Exception) -> str:
    if isinstance(exc, StorageError):
        return exc.message
    if isinstance(exc, NotFoundError):
        record = RECORD_WORDS.get(exc.entity, exc.entity)
        return f"{record} {exc.entity_id} does not exist (deleted, or never created)."
    if isinstance(exc, OSError) and exc.filename is not None:
        return f"{exc.filename}: {exc.strerror}"
    return str(exc)


def main(argv: list[str] | None = None) -> None:
    args = build_parser().parse_args(argv)
    try:
        args.paths = resolve_paths(args.data_dir, args.db)
        status = args.handler(args)
    except (ValidationError, StorageError, NotFoundError, OSError) as exc:
        _fail(_describe(exc))
        status = 1
    except Exception as exc:  # a bug: a report without personal data instead of a traceback
        _fail(_unexpected(exc, getattr(args, "paths", None)))
        status = 1
    raise SystemExit(status)


def _unexpected(exc: Exception, paths: Paths | None) -> str:
    saved = None if paths is None else write_report(reports_dir(paths), exc)
    if saved is None:
        return f"unexpected error ({type(exc).__name__}); no report could be saved"
    return f"unexpected error ({type(exc).__name__}), report saved to {saved}"
