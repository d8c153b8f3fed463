"""A bug in a command: one line naming the saved report, never a traceback with client data."""

from __future__ import annotations

from pathlib import Path

import pytest

import rustool.cli
from rustool.cli import main
from rustool.crash_report import REPORTS_DIR_NAME
from tests.conftest import SYNTHETIC_ID


def test_an_unexpected_error_prints_one_line_and_saves_a_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(*args: object, **kwargs: object) -> object:
        raise RuntimeError(f"Kari Nordmann {SYNTHETIC_ID}")

    monkeypatch.setattr(rustool.cli, "search_clients", broken)
    with pytest.raises(SystemExit) as exit_info:
        main(["list"])

    assert exit_info.value.code == 1
    err = capsys.readouterr().err
    [report] = (tmp_path / "data" / REPORTS_DIR_NAME).glob("crash-*.txt")
    assert err == f"rustool: unexpected error (RuntimeError), report saved to {report}\n"
    text = report.read_text(encoding="utf-8")
    assert "Exception: RuntimeError" in text and "<locals>.broken" in text
    assert SYNTHETIC_ID not in text and SYNTHETIC_ID not in err
