"""Encryption at rest: the file is unreadable without the passphrase, a wrong passphrase is
found before anything is written, re-keying, encrypted backups, and the conversion of an
unencrypted database from an earlier version."""

from __future__ import annotations

import hashlib
from contextlib import closing
from pathlib import Path

import pytest

from rustool import encryption
from rustool.db import (
    Database,
    StorageError,
    database_key,
    list_backups,
    open_database,
    opens_with,
    validate_backup_file,
)
from rustool.db_conversion import encrypt_database
from rustool.domain.passphrase import check_new_passphrase, strength
from rustool.domain.records import ValidationError
from rustool.encryption import Key, key_for
from rustool.services.audit import verify_chain
from rustool.services.clients import create_client, search_clients
from tests.conftest import TEST_KEY, TEST_PASSPHRASE, connect_raw

KARI = {"given_name": "Kari", "family_name": "Qqqnordmann", "birth_date": "1980-02-01"}
NEW_PASSPHRASE = "sju grønne elefanter på ski"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def family_names(db: Database) -> list[str]:
    return sorted(row.family_name for row in search_clients(db, status="all"))


def test_the_file_holds_no_readable_data_and_opens_with_the_passphrase_alone(
    db: Database, db_path: Path
) -> None:
    create_client(db, KARI)
    db.checkpoint()
    stored = db_path.read_bytes()
    assert not stored.startswith(encryption.SQLITE_MAGIC)
    assert b"Qqqnordmann" not in stored
    with closing(connect_raw(db_path, key=None)) as plain, pytest.raises(encryption.Error):
        plain.execute("SELECT count(*) FROM client").fetchone()
    # Derived as SQLCipher derives it: the sqlcipher shell opens the file with the passphrase.
    with closing(encryption.dbapi2.connect(str(db_path))) as shell:
        shell.execute(f"PRAGMA key = '{TEST_PASSPHRASE}'")
        assert shell.execute("SELECT family_name FROM client").fetchall() == [("Qqqnordmann",)]


def test_the_key_comes_from_the_passphrase_and_the_files_salt(db: Database, db_path: Path) -> None:
    assert encryption.file_salt(db_path) == TEST_KEY.salt
    assert key_for(db_path, TEST_PASSPHRASE) == TEST_KEY
    assert key_for(db_path, "en annen passordfrase") != TEST_KEY
    fresh = key_for(db_path.with_name("new.sqlite3"), TEST_PASSPHRASE)
    assert fresh.salt != TEST_KEY.salt  # a new database gets a salt of its own
    assert "raw" not in repr(TEST_KEY) and TEST_KEY.raw.hex() not in repr(TEST_KEY)


def test_a_wrong_passphrase_is_found_at_the_first_read_and_nothing_is_written(
    db: Database, db_path: Path
) -> None:
    create_client(db, KARI)
    db.close()
    before = digest(db_path)
    companions_before = sorted(p.name for p in db_path.parent.iterdir())
    with pytest.raises(StorageError) as exc:
        open_database(db_path, key=key_for(db_path, "feil passordfrase her"))
    assert exc.value.code == "wrong_passphrase"
    assert str(db_path) in exc.value.message
    assert "Nothing was changed" in exc.value.message
    assert digest(db_path) == before
    assert sorted(p.name for p in db_path.parent.iterdir()) == companions_before
    assert not (db_path.parent / "backups").exists()
    assert family_names(open_database(db_path, key=TEST_KEY)) == ["Qqqnordmann"]


def test_a_damaged_first_page_is_told_apart_from_a_wrong_passphrase_by_a_backup(
    db: Database, db_path: Path
) -> None:
    create_client(db, KARI)
    db.take_backup("daily")
    db.close()
    data = bytearray(db_path.read_bytes())
    for offset in range(0, 64):  # the salt and the start of the first page
        data[offset] ^= 0xFF
    db_path.write_bytes(bytes(data))
    before = digest(db_path)
    key = database_key(db_path, TEST_PASSPHRASE, db_path.parent / "backups")
    assert key == TEST_KEY  # found through the backup's salt
    with pytest.raises(StorageError) as exc:
        open_database(db_path, key=key)
    assert exc.value.code == "corrupt"
    wrong = database_key(db_path, "feil passordfrase her", db_path.parent / "backups")
    with pytest.raises(StorageError) as exc:
        open_database(db_path, key=wrong)
    assert exc.value.code == "wrong_passphrase"
    assert digest(db_path) == before


def test_an_unencrypted_file_is_refused_with_a_key_and_an_encrypted_one_without(
    tmp_path: Path, db: Database, db_path: Path
) -> None:
    plain_path = tmp_path / "old" / "rustool.sqlite3"
    open_database(plain_path, key=None).close()
    before = digest(plain_path)
    with pytest.raises(StorageError) as exc:
        open_database(plain_path, key=TEST_KEY)
    assert exc.value.code == "unencrypted"
    assert digest(plain_path) == before
    db.close()
    with pytest.raises(StorageError) as exc:
        open_database(db_path, key=None)
    assert exc.value.code == "not_a_database"


def test_backups_are_encrypted_with_the_same_key(db: Database) -> None:
    create_client(db, KARI)
    backup = db.take_backup("manual")
    assert not encryption.is_plain(backup)
    assert b"Qqqnordmann" not in backup.read_bytes()
    assert not opens_with(backup, key_for(backup, "feil passordfrase her"))
    validate_backup_file(backup, TEST_KEY)
    with pytest.raises(StorageError) as exc:
        validate_backup_file(backup, None)
    assert exc.value.code == "not_a_database"


def test_changing_the_passphrase_re_encrypts_and_older_backups_keep_theirs(
    db: Database, db_path: Path
) -> None:
    create_client(db, KARI)
    before_change = db.take_backup("manual")
    new_key = Key.derive(NEW_PASSPHRASE, TEST_KEY.salt)

    db.change_passphrase(new_key)

    assert db.verify_passphrase(NEW_PASSPHRASE)
    assert not db.verify_passphrase(TEST_PASSPHRASE)
    assert family_names(db) == ["Qqqnordmann"]  # the open window goes on working
    create_client(db, KARI | {"family_name": "Etterpå"})
    db.close()
    assert not opens_with(db_path, TEST_KEY)
    reopened = open_database(db_path, key=key_for(db_path, NEW_PASSPHRASE))
    assert family_names(reopened) == ["Etterpå", "Qqqnordmann"]
    assert opens_with(before_change, TEST_KEY) and not opens_with(before_change, new_key)
    # A restore from it asks the old passphrase and brings the data under the new one.
    reopened.restore(before_change, TEST_KEY)
    assert family_names(reopened) == ["Qqqnordmann"]
    reopened.close()
    assert opens_with(db_path, new_key)


def test_a_key_with_another_salt_is_refused_for_a_new_passphrase(db: Database) -> None:
    with pytest.raises(ValueError, match="salt"):
        db.change_passphrase(Key.new(NEW_PASSPHRASE))
    assert db.verify_passphrase(TEST_PASSPHRASE)


@pytest.mark.parametrize(
    ("passphrase", "repeated", "field", "code"),
    [
        ("kort", "kort", "passphrase", "too_short"),
        ("passord1", "passord1", "passphrase", "too_weak"),
        ("qwertyuiop", "qwertyuiop", "passphrase", "too_weak"),
        (NEW_PASSPHRASE, NEW_PASSPHRASE + " ", "repeated", "mismatch"),
    ],
)
def test_a_new_passphrase_must_be_long_strong_and_typed_the_same_twice(
    passphrase: str, repeated: str, field: str, code: str
) -> None:
    with pytest.raises(ValidationError) as exc:
        check_new_passphrase(passphrase, repeated)
    [error] = exc.value.errors
    assert (error.field, error.code) == (field, code)


def test_the_strength_hint_grows_with_the_passphrase() -> None:
    assert strength("").score == 0
    assert not strength("hemmelig").acceptable
    assert strength(NEW_PASSPHRASE).acceptable
    assert strength(NEW_PASSPHRASE).score > strength("hemmelig").score
    check_new_passphrase(NEW_PASSPHRASE, NEW_PASSPHRASE)


# --- converting an unencrypted database of an earlier version ----------------------------------


@pytest.fixture
def plain_db(tmp_path: Path) -> tuple[Path, Path]:
    """An unencrypted database with Kari, a daily backup of it, and Ola added after."""
    path = tmp_path / "old" / "rustool.sqlite3"
    old = open_database(path, key=None)
    create_client(old, KARI)
    old.take_backup("daily")
    create_client(old, KARI | {"given_name": "Ola", "family_name": "Qqqhansen"})
    old.close()  # leaves the write-ahead log beside it, as a crash would
    return path, path.parent / "backups"


def test_an_unencrypted_database_and_its_backups_are_encrypted_and_verified(
    plain_db: tuple[Path, Path],
) -> None:
    path, backups = plain_db
    key = Key.new(NEW_PASSPHRASE)

    report = encrypt_database(path, backups, key)

    assert not encryption.is_plain(path)
    assert not path.with_name(path.name + "-wal").exists()
    assert b"Qqqhansen" not in path.read_bytes()
    db = open_database(path, backups, key=key_for(path, NEW_PASSPHRASE))
    assert family_names(db) == ["Qqqhansen", "Qqqnordmann"]
    assert [row.given_name for row in search_clients(db, "qqqhan")] == ["Ola"]  # the index too
    assert verify_chain(db) == []  # the audit log came along whole
    db.close()
    assert report.backups_encrypted == 2 and report.backups_left == ()
    assert sorted(b.reason for b in list_backups(backups)) == ["before-encryption", "daily"]
    for backup in list_backups(backups):
        assert not encryption.is_plain(backup.path)
        validate_backup_file(backup.path, key)
    assert report.backup in [b.path for b in list_backups(backups)]


def test_a_conversion_that_does_not_verify_leaves_the_unencrypted_file_in_place(
    plain_db: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, backups = plain_db
    calls = iter(range(1000))

    def differs(connection: encryption.Connection) -> dict[str, tuple[int, str]]:
        return {"client": (next(calls), "")}  # the copy never matches the original

    monkeypatch.setattr("rustool.db_conversion._fingerprint", differs)
    with pytest.raises(StorageError) as exc:
        encrypt_database(path, backups, Key.new(NEW_PASSPHRASE))
    assert exc.value.code == "conversion_failed"
    assert encryption.is_plain(path)
    assert sorted(p.name for p in path.parent.iterdir()) == ["backups", "rustool.sqlite3"]
    db = open_database(path, backups, key=None)
    assert family_names(db) == ["Qqqhansen", "Qqqnordmann"]
    db.close()


def test_a_damaged_unencrypted_backup_is_left_and_named(plain_db: tuple[Path, Path]) -> None:
    path, backups = plain_db
    broken = backups / "rustool-20200101-120000-daily.sqlite3"
    broken.write_bytes(encryption.SQLITE_MAGIC + b"\x00" * 200)
    report = encrypt_database(path, backups, Key.new(NEW_PASSPHRASE))
    assert report.backups_left == (broken,)
    assert encryption.is_plain(broken)
    assert not encryption.is_plain(path)
