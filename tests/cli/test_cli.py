"""The command line: each command, and a clear one-line message whenever something is wrong."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import tempfile
import types
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtCore import QCoreApplication

import rustool.cli
from rustool import __version__, i18n, texts
from rustool.cli import main
from rustool.db import DatabaseLock, head_revision, list_backups, open_database
from rustool.paths import Paths
from rustool.services.audit import audit_events
from rustool.services.clients import create_client
from rustool.services.groups import create_meeting, save_member
from rustool.services.plans import client_plan, save_plan
from rustool.services.record_parts import Part, add_part
from rustool.services.referrals import create_referral, save_draft
from tests.conftest import SYNTHETIC_ID, TEST_KEY, connect_raw

NOBODY = 65534


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exit_info:
        main(list(args))
    captured = capsys.readouterr()
    code = exit_info.value.code
    return (code if isinstance(code, int) else 1), captured.out, captured.err


def table_counts(path: Path) -> dict[str, int]:
    with closing(connect_raw(path)) as connection:
        tables = [
            r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        ]
        return {t: connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def assert_one_clear_line(err: str, *parts: str) -> None:
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("rustool: ")
    assert "Traceback" not in err
    for part in parts:
        assert part in lines[0]


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    """A database with one client, Kari (client 1), given with --db."""
    path = tmp_path / "cli" / "rustool.sqlite3"
    db = open_database(path, key=TEST_KEY)
    create_client(
        db, {"given_name": "Kari", "family_name": "Nordmann", "national_id": SYNTHETIC_ID}
    )
    db.close()
    return path


def test_version_runs_as_a_module() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "rustool", "--version"], capture_output=True, text=True
    )
    assert result.returncode == 0
    assert result.stdout.strip() == f"rustool {__version__}"


def test_an_unknown_command_is_a_usage_error() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "rustool", "frobnicate"], capture_output=True, text=True
    )
    assert result.returncode == 2
    assert "invalid choice: 'frobnicate'" in result.stderr
    assert "Traceback" not in result.stderr


def test_data_dir_and_db_together_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run(capsys, "--data-dir", str(tmp_path), "--db", str(tmp_path / "x"), "list")
    assert code == 2
    assert "not allowed with argument" in err


def test_without_a_command_the_window_opens_on_the_chosen_paths(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    opened: list[tuple[Paths, bool]] = []

    def run_gui(paths: Paths, argv: list[str] | None = None, *, unencrypted: bool) -> int:
        opened.append((paths, unencrypted))
        return 0

    # The window itself is tested in tests/ui; here only that the CLI hands it the paths.
    monkeypatch.setitem(sys.modules, "rustool.ui.app", types.SimpleNamespace(run_gui=run_gui))
    code, _, _ = run(capsys, "--data-dir", str(tmp_path / "here"))
    assert code == 0
    here = tmp_path / "here"
    assert opened == [(Paths(here, here / "rustool.sqlite3"), False)]
    code, _, _ = run(capsys, "--unencrypted", "--data-dir", str(tmp_path / "here"))
    assert opened[-1] == (Paths(here, here / "rustool.sqlite3"), True)


def test_demo_then_list_json(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = str(tmp_path / "demo")
    code, out, _ = run(capsys, "--data-dir", data, "demo", "--clients", "30", "--seed", "1")
    assert code == 0 and "Added 30 synthetic clients" in out
    code, out, _ = run(capsys, "--data-dir", data, "list", "--json", "--status", "all")
    assert code == 0
    listed = json.loads(out)
    assert len(listed) == 30
    for row in listed:
        assert {"id", "given_name", "family_name", "national_id", "status", "birth_date"} <= set(
            row
        )
    code, out, _ = run(capsys, "--data-dir", data, "list", "--json")
    assert {row["status"] for row in json.loads(out)} == {"active"}
    code, out, _ = run(capsys, "--data-dir", data, "list", "--json", "--status", "closed")
    closed = json.loads(out)
    assert closed and {row["status"] for row in closed} == {"closed"}


def test_list_as_a_table(capsys: pytest.CaptureFixture[str], db_file: Path) -> None:
    code, out, _ = run(capsys, "--db", str(db_file), "list")
    assert code == 0
    header, kari, total = out.splitlines()
    assert header.split() == ["ID", "NAME", "NATIONAL", "ID", "BORN", "STATUS"]
    assert kari.split() == ["1", "Nordmann,", "Kari", SYNTHETIC_ID, "1955-11-10", "active"]
    assert total == "1 clients (active)"


def test_demo_needs_a_positive_count(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "demo", "--clients", "0")
    assert code == 2
    assert "must be at least 1" in err


def test_export_to_stdout_and_import_elsewhere(
    capsys: pytest.CaptureFixture[str], db_file: Path, tmp_path: Path
) -> None:
    code, out, _ = run(capsys, "--db", str(db_file), "export", "1")
    assert code == 0
    case = json.loads(out)
    assert case["format"] == "rustool-case/1"
    assert case["client"]["family_name"] == "Nordmann"
    case_file = tmp_path / "kari.json"
    case_file.write_text(out, encoding="utf-8")
    other = str(tmp_path / "other.sqlite3")
    code, out, err = run(capsys, "--db", other, "import", str(case_file))
    assert (code, err) == (0, "")
    assert json.loads(out) == {
        "file": str(case_file),
        "client_id": 1,
        "network_ids": [],
        "children_ids": [],
        "consent_ids": [],
        "appointment_ids": [],
        "screening_ids": [],
        "referral_ids": [],
        "group_member_ids": [],
        "meeting_ids": [],
        "plan_id": None,
    }


def test_export_out_replaces_the_file_whole(
    capsys: pytest.CaptureFixture[str], db_file: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    out = folder / "kari.json"
    out.write_text("an older export")
    code, stdout, _ = run(capsys, "--db", str(db_file), "export", "1", "--out", str(out))
    assert (code, stdout) == (0, "")
    assert json.loads(out.read_text(encoding="utf-8"))["client"]["given_name"] == "Kari"
    assert os.listdir(folder) == ["kari.json"]  # no temporary file left behind


def test_export_of_a_missing_client(capsys: pytest.CaptureFixture[str], db_file: Path) -> None:
    code, out, err = run(capsys, "--db", str(db_file), "export", "99")
    assert (code, out) == (1, "")
    assert_one_clear_line(err, "client 99 does not exist")


def test_export_into_a_missing_folder(
    capsys: pytest.CaptureFixture[str], db_file: Path, tmp_path: Path
) -> None:
    target = tmp_path / "no" / "such" / "kari.json"
    code, _, err = run(capsys, "--db", str(db_file), "export", "1", "--out", str(target))
    assert code == 1
    assert_one_clear_line(err, "No such file or directory")


def test_import_refuses_a_bad_file_and_keeps_the_good_ones(
    capsys: pytest.CaptureFixture[str], db_file: Path, tmp_path: Path
) -> None:
    run(capsys, "--db", str(db_file), "export", "1", "--out", str(tmp_path / "kari.json"))
    case = json.loads((tmp_path / "kari.json").read_text(encoding="utf-8"))
    case["client"]["national_id"] = None
    case["client"]["birth_date"] = "1980-02-01"
    good = tmp_path / "good.json"
    good.write_text(json.dumps(case), encoding="utf-8")
    case["network"] = [{"name": "Ola", "email": "ikke en adresse"}]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(case), encoding="utf-8")
    before = table_counts(db_file)
    code, out, err = run(capsys, "--db", str(db_file), "import", str(bad), str(good))
    assert code == 1
    assert_one_clear_line(err, str(bad), "network[0].email: must be an e-mail address")
    [line] = out.splitlines()
    assert json.loads(line)["file"] == str(good)
    after = table_counts(db_file)
    assert after["client"] == before["client"] + 1
    assert after["network_person"] == before["network_person"] == 0


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b'{"format": "rustool-case/1", "client": {"given_name": "Ka', "not valid JSON"),
        (b"<html>not json</html>", "not valid JSON (line 1, column 1"),
        (b'{"client": "Bj\xf8rn"}', "not UTF-8 text"),
        (b'{"format": "rustool-case/9"}', "format: must be 'rustool-case/1'"),
    ],
    ids=["truncated", "not JSON", "not UTF-8", "wrong format"],
)
def test_import_of_an_unusable_file_writes_nothing(
    capsys: pytest.CaptureFixture[str], db_file: Path, tmp_path: Path, content: bytes, reason: str
) -> None:
    path = tmp_path / "case.json"
    path.write_bytes(content)
    before = table_counts(db_file)
    code, out, err = run(capsys, "--db", str(db_file), "import", str(path))
    assert (code, out) == (1, "")
    assert_one_clear_line(err, str(path), reason)
    assert table_counts(db_file) == before


def test_check_on_a_fresh_database(capsys: pytest.CaptureFixture[str], db_file: Path) -> None:
    code, out, _ = run(capsys, "--db", str(db_file), "check")
    assert code == 0
    assert "integrity: ok" in out
    assert f"schema: {head_revision()} (current)" in out
    assert "foreign-key problems: 0" in out
    assert out.splitlines()[-1] == "healthy"


def test_check_on_a_newer_schema(capsys: pytest.CaptureFixture[str], db_file: Path) -> None:
    with closing(connect_raw(db_file)) as connection, connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    before = db_file.read_bytes()
    code, out, _ = run(capsys, "--db", str(db_file), "check")
    assert code == 1
    assert f"schema: 9999_future (this version expects {head_revision()})" in out
    assert out.splitlines()[-1] == "NOT healthy"
    assert db_file.read_bytes() == before


def test_check_without_a_database(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "--db", str(tmp_path / "missing.sqlite3"), "check")
    assert code == 1
    assert_one_clear_line(err, "There is no database at")
    assert not (tmp_path / "missing.sqlite3").exists()


@pytest.mark.parametrize("command", [["list"], ["check"], ["demo", "--clients", "1"]])
def test_a_file_that_is_not_a_database_is_left_alone(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, command: list[str]
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("Handleliste: melk, brød, smør\n", encoding="utf-8")
    before = notes.read_bytes()
    code, out, err = run(capsys, "--db", str(notes), *command)
    assert (code, out) == (1, "")
    assert_one_clear_line(err, str(notes), "is not a rustool database")
    assert notes.read_bytes() == before
    assert sorted(os.listdir(tmp_path)) == ["notes.txt"]


def test_a_data_folder_that_cannot_be_made(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the data folder should be")
    code, _, err = run(capsys, "--data-dir", str(blocker / "data"), "list")
    assert code == 1
    assert_one_clear_line(err, "Not a directory")


@pytest.fixture
def readonly_data_dir(tmp_path: Path) -> Iterator[tuple[Path, dict[str, Any]]]:
    """A data folder with a database that the process running rustool may read but not write.

    Tests may run as root, for whom permission bits do not stop writes. The honest way to get a
    real read-only folder then is to run rustool as an unprivileged user (nobody) who owns the
    folder and the file, with the folder's write bit removed. Not as root, removing the write
    bit from one's own folder is enough. Either way the kernel refuses the writes; nothing is
    simulated. The folder lives outside pytest's tmp_path, which only root may enter.
    """
    outer = Path(tempfile.mkdtemp(prefix="rustool-readonly-"))
    outer.chmod(0o755)
    data = outer / "data"
    db = open_database(data / "rustool.sqlite3", key=TEST_KEY)
    create_client(db, {"given_name": "Kari", "family_name": "Nordmann", "birth_date": "1980-02-01"})
    db.close()
    as_user: dict[str, Any] = {}
    if os.geteuid() == 0:
        for path in (data, *data.rglob("*")):
            os.chown(path, NOBODY, NOBODY)
        as_user = {"user": NOBODY, "group": NOBODY, "extra_groups": []}
    data.chmod(0o555)
    try:
        yield data, as_user
    finally:
        data.chmod(0o755)
        shutil.rmtree(outer)


@pytest.mark.parametrize("command", [["demo", "--clients", "1"], ["list"]])
def test_a_read_only_data_folder(
    readonly_data_dir: tuple[Path, dict[str, Any]], command: list[str]
) -> None:
    data, as_user = readonly_data_dir
    db_file = data / "rustool.sqlite3"
    before = db_file.read_bytes()
    result = subprocess.run(
        [sys.executable, "-m", "rustool", "--data-dir", str(data), *command],
        capture_output=True,
        text=True,
        cwd=data.parent,
        **as_user,
    )
    assert result.returncode == 1
    assert_one_clear_line(result.stderr, str(db_file), "read-only")
    assert db_file.read_bytes() == before
    assert os.listdir(data) == ["rustool.sqlite3"]


def test_backup_then_restore_brings_the_data_back(
    capsys: pytest.CaptureFixture[str], db_file: Path, tmp_path: Path
) -> None:
    backup = tmp_path / "saved" / "backup.sqlite3"
    code, out, _ = run(capsys, "--db", str(db_file), "backup", "--out", str(backup))
    assert code == 0 and str(backup) in out
    db = open_database(db_file, key=TEST_KEY)
    create_client(db, {"given_name": "Ola", "family_name": "Hansen", "birth_date": "1970-01-01"})
    db.close()
    code, out, _ = run(capsys, "--db", str(db_file), "list", "--json")
    assert [row["given_name"] for row in json.loads(out)] == ["Ola", "Kari"]

    code, out, _ = run(capsys, "--db", str(db_file), "restore", str(backup))
    assert code == 0
    kept = Path(out.splitlines()[-1].removeprefix("The data it replaced was kept in "))
    assert kept.is_file() and kept.parent == db_file.parent / "backups"
    code, out, _ = run(capsys, "--db", str(db_file), "list", "--json")
    assert [row["given_name"] for row in json.loads(out)] == ["Kari"]
    # What the restore replaced is still there, in the kept copy.
    code, out, _ = run(capsys, "--db", str(kept), "list", "--json")
    assert [row["given_name"] for row in json.loads(out)] == ["Ola", "Kari"]


def test_restore_of_a_file_that_is_not_a_backup_changes_nothing(
    capsys: pytest.CaptureFixture[str], db_file: Path, tmp_path: Path
) -> None:
    not_a_backup = tmp_path / "photo.jpg"
    not_a_backup.write_bytes(b"\xff\xd8\xff\xe0 not a database")
    before = table_counts(db_file)
    code, out, err = run(capsys, "--db", str(db_file), "restore", str(not_a_backup))
    assert (code, out) == (1, "")
    assert_one_clear_line(err, str(not_a_backup), "not a rustool database")
    assert table_counts(db_file) == before
    assert not (db_file.parent / "backups").exists()


def test_a_backup_over_an_older_one_replaces_it(
    capsys: pytest.CaptureFixture[str], db_file: Path, tmp_path: Path
) -> None:
    backup = tmp_path / "backup.sqlite3"
    run(capsys, "--db", str(db_file), "backup", "--out", str(backup))
    db = open_database(db_file, key=TEST_KEY)
    create_client(db, {"given_name": "Ola", "family_name": "Hansen", "birth_date": "1970-01-01"})
    db.close()
    code, _, _ = run(capsys, "--db", str(db_file), "backup", "--out", str(backup))
    assert code == 0
    assert table_counts(backup)["client"] == 2
    assert sorted(os.listdir(tmp_path)) == ["backup.sqlite3", "cli"]


class FixedDatetime(dt.datetime):
    """The command line's clock, set by the test."""

    moment: dt.datetime  # set by the fixture, moved by the test

    @classmethod
    def now(cls, tz: dt.tzinfo | None = None) -> FixedDatetime:
        return cls.fromtimestamp(cls.moment.timestamp(), tz)


@pytest.fixture
def cli_clock(monkeypatch: pytest.MonkeyPatch) -> type[FixedDatetime]:
    monkeypatch.setattr(rustool.cli, "datetime", FixedDatetime)
    monkeypatch.setattr(FixedDatetime, "moment", dt.datetime(2026, 3, 14, 8, 15, 2), raising=False)
    return FixedDatetime


def test_the_first_command_of_the_day_makes_the_daily_backup(
    capsys: pytest.CaptureFixture[str], db_file: Path, cli_clock: type[FixedDatetime]
) -> None:
    backups = db_file.parent / "backups"
    for _ in range(2):
        code, _, _ = run(capsys, "--db", str(db_file), "list")
        assert code == 0
    assert [b.path.name for b in list_backups(backups)] == ["rustool-20260314-081502-daily.sqlite3"]
    assert table_counts(list_backups(backups)[0].path)["client"] == 1
    cli_clock.moment = dt.datetime(2026, 3, 15, 7, 0, 0)
    run(capsys, "--db", str(db_file), "export", "1")
    assert [b.reason for b in list_backups(backups)] == ["daily", "daily"]
    run(capsys, "--db", str(db_file), "check")  # only reads: no backup
    assert len(list_backups(backups)) == 2


def test_backup_without_out_goes_to_the_backup_folder_and_backups_lists_them(
    capsys: pytest.CaptureFixture[str], db_file: Path, cli_clock: type[FixedDatetime]
) -> None:
    code, out, _ = run(capsys, "--db", str(db_file), "backups")
    assert (code, out) == (0, f"No backups in {db_file.parent / 'backups'}\n")
    code, out, _ = run(capsys, "--db", str(db_file), "backup")
    manual = db_file.parent / "backups" / "rustool-20260314-081502-manual.sqlite3"
    assert (code, out) == (0, f"Backup written to {manual} (encrypted)\n")
    cli_clock.moment = dt.datetime(2026, 3, 15, 9, 30, 0)
    run(capsys, "--db", str(db_file), "list")  # the daily one, a day later
    code, out, _ = run(capsys, "--db", str(db_file), "backups")
    lines = out.splitlines()
    assert lines[0].split() == ["TAKEN", "REASON", "SIZE", "FILE"]
    assert lines[1].split()[:3] == ["2026-03-15", "09:30:00", "daily"]
    assert lines[2].split()[:3] == ["2026-03-14", "08:15:02", "manual"]
    assert lines[2].endswith(str(manual))


def test_backup_of_a_missing_database_makes_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run(capsys, "--data-dir", str(tmp_path / "none"), "backup")
    assert code == 1
    assert_one_clear_line(err, "There is no database at")
    assert not (tmp_path / "none").exists()


def test_a_second_rustool_is_refused_but_a_backup_may_read(
    capsys: pytest.CaptureFixture[str], db_file: Path, tmp_path: Path
) -> None:
    before = table_counts(db_file)
    with DatabaseLock(db_file):  # the window, say
        for command in (["demo", "--clients", "1"], ["restore", str(db_file)], ["list"]):
            code, out, err = run(capsys, "--db", str(db_file), *command)
            assert (code, out) == (1, "")
            assert_one_clear_line(err, str(db_file), "already in use by another rustool")
        code, _, _ = run(capsys, "--db", str(db_file), "backup", "--out", str(tmp_path / "b"))
        assert code == 0
    assert table_counts(db_file) == before
    assert table_counts(tmp_path / "b") == before
    assert not (db_file.parent / "backups").exists()


def damage_clients(path: Path) -> None:
    """Flip the header of the client table's first page, as a failing disk would."""
    with closing(connect_raw(path)) as connection:
        [(root,)] = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'client'")
        [(page_size,)] = connection.execute("PRAGMA page_size")
    data = bytearray(path.read_bytes())
    start = (root - 1) * int(page_size)
    for offset in range(start, start + 8):
        data[offset] ^= 0xFF
    path.write_bytes(bytes(data))


def test_a_damaged_database_is_named_with_the_way_out_and_restored_from_a_backup(
    capsys: pytest.CaptureFixture[str], db_file: Path, tmp_path: Path
) -> None:
    backup = tmp_path / "kari.sqlite3"
    run(capsys, "--db", str(db_file), "backup", "--out", str(backup))
    damage_clients(db_file)
    damaged = db_file.read_bytes()
    code, out, err = run(capsys, "--db", str(db_file), "list")
    assert (code, out) == (1, "")
    assert_one_clear_line(err, str(db_file), "damaged", "rustool restore FILE")
    assert db_file.read_bytes() == damaged

    code, out, _ = run(capsys, "--db", str(db_file), "restore", str(backup))
    assert code == 0
    aside = Path(out.splitlines()[-1].removeprefix("The damaged database was kept as "))
    assert aside.parent == db_file.parent and aside.read_bytes() == damaged
    code, out, _ = run(capsys, "--db", str(db_file), "list", "--json")
    assert [row["given_name"] for row in json.loads(out)] == ["Kari"]


# --- documents as PDF ----------------------------------------------------------------------------


@pytest.fixture
def documents_db(db_file: Path) -> dict[str, int]:
    """Kari (client 1) with a draft TSB referral, an ansvarsgruppe meeting and a plan."""
    db = open_database(db_file, key=TEST_KEY)
    today = dt.date.today()
    for kind in ("referral", "responsibility_group", "individual_plan"):
        add_part(db, Part.CONSENTS, 1, {"kind": kind, "given_on": today, "form": "written"})
    referral = create_referral(db, 1, "tsb")
    assert referral.id is not None
    save_draft(
        db,
        referral.id,
        common={},
        recipient={"name": "TSB, Ålesund behandlingssenter"},
        content={"help_wanted": "Hjelp med alkohol"},
        substance_use=[],
        wizard_page=1,
        expected_version=referral.version,
    )
    save_member(db, 1, {"name": "Per Lege", "role": "fastlege", "is_coordinator": True})
    start = dt.datetime.combine(today, dt.time(10, 0))
    meeting = create_meeting(db, 1, {"starts_at": start, "location": "Rådhuset"})
    save_plan(
        db,
        1,
        {"period_start": today, "goals": [{"life_area": "housing", "description": "Bolig"}]},
        None,
    )
    db.close()
    assert meeting.meeting.id is not None
    return {"referral": referral.id, "minutes": meeting.meeting.id, "plan": 1}


PDF_TITLES = {
    "referral": ("Henvisning til TSB", "referral"),
    "minutes": ("Referat fra ansvarsgruppemøte", "group_meeting"),
    "plan": ("Individuell plan", "individual_plan"),
}


@pytest.mark.parametrize("document", ["referral", "minutes", "plan"])
def test_pdf_writes_the_document_and_audits_the_export(
    capsys: pytest.CaptureFixture[str],
    db_file: Path,
    documents_db: dict[str, int],
    tmp_path: Path,
    document: str,
) -> None:
    folder = tmp_path / "ut"
    folder.mkdir()
    out = folder / f"{document}.pdf"
    record_id = str(documents_db[document])
    code, stdout, err = run(
        capsys, "--db", str(db_file), "pdf", document, record_id, "--out", str(out)
    )
    assert (code, err) == (0, "")
    reader = pypdf.PdfReader(out)
    title, entity = PDF_TITLES[document]
    assert reader.metadata is not None and reader.metadata.title == title
    pages = len(reader.pages)
    assert stdout == f"Wrote {out} ({pages} {'page' if pages == 1 else 'pages'})\n"
    assert "Kari Nordmann" in reader.pages[0].extract_text()
    assert os.listdir(folder) == [out.name]  # no temporary file left beside it
    db = open_database(db_file, key=TEST_KEY)
    exports = [(e.entity, e.entity_id) for e in audit_events(db, 1) if e.action == "export"]
    plan = client_plan(db, 1).plan
    db.close()
    assert plan is not None
    entity_id = plan.id if document == "plan" else documents_db[document]
    assert exports == [(entity, entity_id)]


@pytest.mark.parametrize(
    ("language", "title"), [("nn", "Tilvising til TSB"), ("en", "Referral to TSB")]
)
def test_pdf_in_another_language(
    capsys: pytest.CaptureFixture[str],
    db_file: Path,
    documents_db: dict[str, int],
    tmp_path: Path,
    language: str,
    title: str,
) -> None:
    out = tmp_path / "tilvising.pdf"
    record_id = str(documents_db["referral"])
    application = QCoreApplication.instance()
    try:
        code, _, _ = run(
            capsys,
            "--db",
            str(db_file),
            "pdf",
            "referral",
            record_id,
            "--out",
            str(out),
            "--language",
            language,
        )
    finally:  # the tests that follow read bokmål again
        texts.set_translator(None)
    assert code == 0
    text = pypdf.PdfReader(out).pages[0].extract_text()
    assert title in text and "Henvisning" not in text
    assert QCoreApplication.instance() is application  # a command makes no Qt application


def test_the_command_line_offers_the_windows_languages() -> None:
    assert tuple(i18n.LANGUAGES) == rustool.cli.LANGUAGE_CODES


@pytest.mark.parametrize(
    ("document", "missing"),
    [("referral", "referral 99"), ("minutes", "meeting 99"), ("plan", "client 99")],
)
def test_pdf_of_an_unknown_id_names_it_and_writes_nothing(
    capsys: pytest.CaptureFixture[str],
    db_file: Path,
    documents_db: dict[str, int],
    tmp_path: Path,
    document: str,
    missing: str,
) -> None:
    out = tmp_path / "ut.pdf"
    code, stdout, err = run(capsys, "--db", str(db_file), "pdf", document, "99", "--out", str(out))
    assert (code, stdout) == (1, "")
    assert_one_clear_line(err, f"{missing} does not exist")
    assert not out.exists()
    db = open_database(db_file, key=TEST_KEY)
    assert not [e for e in audit_events(db) if e.action == "export"]
    db.close()


def test_pdf_into_a_folder_that_does_not_exist_names_the_file_asked_for(
    capsys: pytest.CaptureFixture[str], db_file: Path, documents_db: dict[str, int], tmp_path: Path
) -> None:
    out = tmp_path / "finnes-ikke" / "henvisning.pdf"
    referral = str(documents_db["referral"])
    code, _, err = run(capsys, "--db", str(db_file), "pdf", "referral", referral, "--out", str(out))
    assert code == 1
    assert_one_clear_line(err, f"{out}: No such file or directory")
    assert ".tmp" not in err  # not the hidden temporary file the user never chose
    db = open_database(db_file, key=TEST_KEY)
    assert not [e for e in audit_events(db) if e.action == "export"]
    db.close()


def test_pdf_of_a_client_without_a_plan_says_so(
    capsys: pytest.CaptureFixture[str], db_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "plan.pdf"
    code, _, err = run(capsys, "--db", str(db_file), "pdf", "plan", "1", "--out", str(out))
    assert code == 1
    assert_one_clear_line(err, "no individual plan")
    assert not out.exists()


def test_pdf_needs_a_number_and_a_file(capsys: pytest.CaptureFixture[str], db_file: Path) -> None:
    code, _, err = run(capsys, "--db", str(db_file), "pdf", "minutes", "neste", "--out", "x.pdf")
    assert code == 2
    assert "a meeting id is a number, not 'neste'" in err
    code, _, err = run(capsys, "--db", str(db_file), "pdf", "referral", "1")
    assert code == 2
    assert "--out" in err


def test_check_reports_a_broken_audit_chain(
    capsys: pytest.CaptureFixture[str], db_file: Path
) -> None:
    with closing(connect_raw(db_file)) as connection, connection:
        connection.execute("DROP TRIGGER audit_event_no_update")
        connection.execute("UPDATE audit_event SET detail = 'edited' WHERE id = 1")
    code, out, _ = run(capsys, "--db", str(db_file), "check")
    assert code == 1
    assert "audit log chain: BROKEN at event 1" in out
    assert out.splitlines()[-1] == "NOT healthy"
