"""`rustool self-test` from the source tree: every check passes, headless, and nothing is left
behind; a failing check is named and ends the run with exit status 1."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from rustool import __version__, selftest
from rustool.cli import main
from rustool.services.documents import PdfDocument

CHECKS = (
    "database",
    "client",
    "referral",
    "pdf",
    "holidays",
    "calendar",
    "passphrase",
    "translations",
    "qt",
    "icon",
    "preview",
    "window",
)


def test_every_check_passes_without_a_display_and_leaves_nothing(tmp_path: Path) -> None:
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    env = {
        name: value
        for name, value in os.environ.items()
        if name not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "RUSTOOL_PASSPHRASE")
    }
    env["TMPDIR"] = str(temporary)
    result = subprocess.run(
        [sys.executable, "-m", "rustool", "self-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"rustool {__version__} self-test"
    assert [line.split(":")[0] for line in lines[1:-1]] == [f"ok {name}" for name in CHECKS]
    assert lines[-1].startswith("self-test passed in ")
    assert "ok database: encrypted (SQLCipher), migrated to schema " in result.stdout
    assert "ok client: synthetic client 1, born 10.11.1955" in lines
    assert "ok qt: platform offscreen" in lines
    assert "ok window: main window lists the synthetic client" in lines
    # The user's data folder (here the test's) is never created; the temporary one is removed.
    assert not Path(os.environ["RUSTOOL_DATA_DIR"]).exists()
    assert list(temporary.iterdir()) == []


@pytest.fixture
def temporary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def run(capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    with pytest.raises(SystemExit) as exited:
        main(["self-test"])
    return int(str(exited.value.code)), capsys.readouterr().out.splitlines()


def test_a_failing_check_is_named_and_the_run_stops_with_status_1(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], temporary: Path
) -> None:
    def not_a_pdf(db: object, referral_id: int) -> PdfDocument:
        return PdfDocument("referral", "referral", referral_id, 1, "", "", b"<html>", 1)

    monkeypatch.setattr(selftest, "referral_pdf", not_a_pdf)

    status, lines = run(capsys)

    assert status == 1
    assert lines[-2:] == [
        "FAILED pdf: SelfTestFailed: the referral is not a PDF file",
        "self-test FAILED at pdf",
    ]
    assert [line.split(":")[0] for line in lines[1:-2]] == [
        "ok database",
        "ok client",
        "ok referral",
    ]
    assert list(temporary.iterdir()) == []  # the database was closed and removed


def test_a_translation_that_does_not_load_fails_its_check(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    temporary: Path,
    tmp_path: Path,
) -> None:
    i18n = tmp_path / "i18n"
    i18n.mkdir()
    (i18n / "rustool_nn.qm").write_bytes(b"not a Qt translation")
    monkeypatch.setattr(selftest, "I18N_DIR", i18n)

    status, lines = run(capsys)

    assert status == 1
    assert lines[-2:] == [
        "FAILED translations: SelfTestFailed: rustool_nn.qm does not load",
        "self-test FAILED at translations",
    ]
    assert "ok passphrase: strength estimate (zxcvbn) works" in lines
    assert list(temporary.iterdir()) == []
