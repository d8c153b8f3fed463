"""The command line and the passphrase: from $RUSTOOL_PASSPHRASE or asked without echo, a wrong
one refused before anything is written, `encrypt` for an old unencrypted database, `passphrase`
to change it, and the developer's `--unencrypted`."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from rustool import encryption
from rustool.db import list_backups, open_database, opens_with
from rustool.encryption import key_for
from rustool.services.clients import create_client
from tests.cli.test_cli import assert_one_clear_line, run
from tests.conftest import TEST_KEY, TEST_PASSPHRASE

NEW_PASSPHRASE = "sju grønne elefanter på ski"
KARI = {"given_name": "Kari", "family_name": "Nordmann", "birth_date": "1980-02-01"}


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    path = tmp_path / "cli" / "rustool.sqlite3"
    db = open_database(path, key=TEST_KEY)
    create_client(db, KARI)
    db.close()
    return path


class Terminal:
    """A terminal where the user types the given passphrases at the prompts (no echo)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, answers: list[str]) -> None:
        self.prompts: list[str] = []
        self.answers = list(answers)
        monkeypatch.setattr("rustool.cli._interactive", lambda: True)
        monkeypatch.setattr("getpass.getpass", self._getpass)

    def _getpass(self, prompt: str = "") -> str:
        self.prompts.append(prompt)
        return self.answers.pop(0)


def test_a_wrong_passphrase_is_one_clear_line_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, db_file: Path
) -> None:
    monkeypatch.setenv("RUSTOOL_PASSPHRASE", "feil passordfrase her")
    before = digest(db_file)
    code, out, err = run(capsys, "--db", str(db_file), "list")
    assert (code, out) == (1, "")
    assert_one_clear_line(err, "passphrase does not open", str(db_file))
    assert digest(db_file) == before
    assert not (db_file.parent / "backups").exists()  # not even the daily backup


def test_without_the_variable_the_passphrase_is_asked_on_the_terminal(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, db_file: Path
) -> None:
    monkeypatch.delenv("RUSTOOL_PASSPHRASE")
    terminal = Terminal(monkeypatch, [TEST_PASSPHRASE])
    code, out, _ = run(capsys, "--db", str(db_file), "list")
    assert code == 0 and "Nordmann, Kari" in out
    assert terminal.prompts == [f"Passphrase for {db_file}: "]


def test_without_a_terminal_or_the_variable_it_says_how_to_give_one(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, db_file: Path
) -> None:
    monkeypatch.delenv("RUSTOOL_PASSPHRASE")
    monkeypatch.setattr("rustool.cli._interactive", lambda: False)
    code, _, err = run(capsys, "--db", str(db_file), "list")
    assert code == 1
    assert_one_clear_line(err, "RUSTOOL_PASSPHRASE")


def test_a_new_database_takes_a_new_passphrase_typed_twice(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("RUSTOOL_PASSPHRASE")
    path = tmp_path / "new" / "rustool.sqlite3"
    Terminal(monkeypatch, [NEW_PASSPHRASE, NEW_PASSPHRASE + "!"])
    code, _, err = run(capsys, "--db", str(path), "list")
    assert code == 1
    assert_one_clear_line(err, "repeated", "not the same")
    assert not path.exists()
    terminal = Terminal(monkeypatch, [NEW_PASSPHRASE, NEW_PASSPHRASE])
    code, _, _ = run(capsys, "--db", str(path), "list")
    assert code == 0
    assert terminal.prompts == ["New passphrase: ", "Repeat it: "]
    assert opens_with(path, key_for(path, NEW_PASSPHRASE))


def test_a_weak_passphrase_for_a_new_database_is_refused(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("RUSTOOL_PASSPHRASE", "passord1")
    path = tmp_path / "new" / "rustool.sqlite3"
    code, _, err = run(capsys, "--db", str(path), "demo", "--clients", "1")
    assert code == 1
    assert_one_clear_line(err, "passphrase", "too easy to guess")
    assert not path.exists()


def test_the_passphrase_command_re_encrypts(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, db_file: Path
) -> None:
    monkeypatch.setenv("RUSTOOL_NEW_PASSPHRASE", NEW_PASSPHRASE)
    code, out, _ = run(capsys, "--db", str(db_file), "passphrase")
    assert code == 0
    assert "Backups made before keep the passphrase" in out
    assert not opens_with(db_file, TEST_KEY)
    monkeypatch.setenv("RUSTOOL_PASSPHRASE", NEW_PASSPHRASE)
    code, out, _ = run(capsys, "--db", str(db_file), "list")
    assert code == 0 and "Nordmann, Kari" in out
    [daily] = list_backups(db_file.parent / "backups")  # taken before the change
    assert opens_with(daily.path, TEST_KEY)


def test_restore_of_a_backup_under_an_earlier_passphrase_asks_for_it(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, db_file: Path
) -> None:
    old_backup = db_file.parent / "old-backup.sqlite3"
    assert run(capsys, "--db", str(db_file), "backup", "--out", str(old_backup))[0] == 0
    monkeypatch.setenv("RUSTOOL_NEW_PASSPHRASE", NEW_PASSPHRASE)
    assert run(capsys, "--db", str(db_file), "passphrase")[0] == 0
    monkeypatch.setenv("RUSTOOL_PASSPHRASE", NEW_PASSPHRASE)
    monkeypatch.setenv("RUSTOOL_BACKUP_PASSPHRASE", TEST_PASSPHRASE)
    code, out, err = run(capsys, "--db", str(db_file), "restore", str(old_backup))
    assert code == 0, err
    assert "Restored" in out
    assert opens_with(db_file, key_for(db_file, NEW_PASSPHRASE))  # under the current one


def test_encrypt_converts_an_old_unencrypted_database(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "old" / "rustool.sqlite3"
    old = open_database(path, key=None)
    create_client(old, KARI)
    old.close()
    before = digest(path)
    code, _, err = run(capsys, "--db", str(path), "list")
    assert code == 1
    assert_one_clear_line(err, "is not encrypted")
    assert digest(path) == before

    monkeypatch.setenv("RUSTOOL_PASSPHRASE", NEW_PASSPHRASE)
    code, out, _ = run(capsys, "--db", str(path), "encrypt")
    assert code == 0
    assert f"Encrypted {path}" in out
    assert not encryption.is_plain(path)
    code, out, _ = run(capsys, "--db", str(path), "list")
    assert code == 0 and "Nordmann, Kari" in out
    code, _, err = run(capsys, "--db", str(path), "encrypt")
    assert code == 1
    assert_one_clear_line(err, "no unencrypted database")


def test_the_developers_unencrypted_mode_is_explicit(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "dev" / "rustool.sqlite3"
    code, _, _ = run(capsys, "--unencrypted", "--db", str(path), "demo", "--clients", "2")
    assert code == 0
    assert encryption.is_plain(path)
    monkeypatch.setenv("RUSTOOL_UNENCRYPTED", "1")
    # Demo cases may be closed: count them all.
    code, out, _ = run(capsys, "--db", str(path), "list", "--status", "all")
    assert code == 0 and "2 clients" in out
    code, _, err = run(capsys, "--db", str(path), "passphrase")
    assert code == 1
    assert_one_clear_line(err, "no passphrase")
