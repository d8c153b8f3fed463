"""Crash reports: what a developer needs (versions, type, stack), never a client's data."""

from __future__ import annotations

import errno
import faulthandler
import subprocess
import sys
import textwrap
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from rustool import __version__, crash_report
from rustool.crash_report import (
    FAULT_LOG,
    KEEP_REPORTS,
    FaultLog,
    file_previous_faults,
    short_path,
    write_report,
)
from rustool.db import StorageError
from tests.conftest import SYNTHETIC_ID

THIS_FILE = "tests/services/test_crash_report.py"


def _lookup_client(national_id: str) -> None:
    clients = {"Kari Nordmann": "12345678901"}  # a local holding personal data
    raise KeyError(f"Kari Nordmann {national_id} {clients}")


def _raised(action: Callable[[], object]) -> Exception:
    try:
        action()
    except Exception as exc:
        return exc
    raise AssertionError("nothing was raised")


def _reports(directory: Path) -> list[Path]:
    return sorted(directory.glob("crash-*.txt"))


def test_report_has_type_stack_and_versions_but_no_message_locals_or_source(
    tmp_path: Path,
) -> None:
    exc = _raised(lambda: _lookup_client(SYNTHETIC_ID))

    path = write_report(tmp_path / "reports", exc)

    assert path is not None and path.parent == tmp_path / "reports"
    assert path.name.startswith("crash-") and path.suffix == ".txt"
    text = path.read_text(encoding="utf-8")
    assert f"rustool: {__version__}" in text
    assert f"Python: {sys.version.split()[0]}" in text
    assert "OS: " in text and "Time: " in text
    assert f"Thread: {threading.current_thread().name}" in text
    assert "Exception: KeyError" in text
    # The stack: package-relative file, line number and function of each frame.
    line = _lookup_client.__code__.co_firstlineno + 2
    assert f"  {THIS_FILE}, line {line}, in _lookup_client" in text
    assert f"in {_raised.__qualname__}" in text
    # Not the message, nor the local variable, nor the source line that quotes the name.
    assert SYNTHETIC_ID not in text
    assert "Kari" not in text and "Nordmann" not in text
    assert "12345678901" not in text
    assert str(tmp_path) not in text and str(Path.home()) not in text


def test_chained_exceptions_are_all_reported_by_type(tmp_path: Path) -> None:
    def save() -> None:
        try:
            _lookup_client(SYNTHETIC_ID)
        except KeyError as exc:
            raise StorageError("disk_full", f"Could not save {SYNTHETIC_ID}") from exc

    path = write_report(tmp_path, _raised(save))

    assert path is not None
    text = path.read_text(encoding="utf-8")
    cause = text.index("Exception: KeyError")
    link = text.index("The above exception was the direct cause of the following exception:")
    outer = text.index("Exception: rustool.db.StorageError")
    assert cause < link < outer
    assert "disk_full" not in text and SYNTHETIC_ID not in text


def test_a_full_disk_or_an_unwritable_folder_gives_none_and_never_raises(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    exc = _raised(lambda: _lookup_client(SYNTHETIC_ID))
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x", encoding="utf-8")
    assert write_report(not_a_folder / "reports", exc) is None

    def full(path: Path, data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(crash_report, "write_atomically", full)
    assert write_report(tmp_path / "reports", exc) is None
    assert _reports(tmp_path / "reports") == []


def test_only_the_newest_reports_are_kept(tmp_path: Path) -> None:
    exc = _raised(lambda: _lookup_client(SYNTHETIC_ID))
    written = [write_report(tmp_path, exc) for _ in range(KEEP_REPORTS + 5)]

    kept = _reports(tmp_path)
    assert len(kept) == KEEP_REPORTS
    assert kept == written[-KEEP_REPORTS:]


def test_paths_are_shortened_to_what_names_no_user_folder() -> None:
    assert short_path(crash_report.__file__) == "rustool/crash_report.py"
    assert short_path(threading.__file__) == "threading.py"
    assert short_path("/home/kari.nordmann/scripts/tool.py") == "tool.py"
    assert short_path("<frozen importlib._bootstrap>") == "<frozen importlib._bootstrap>"


def test_a_native_crash_is_filed_at_the_next_start_once(tmp_path: Path) -> None:
    reports = tmp_path / "reports"
    script = tmp_path / "home" / "kari.nordmann" / "crasher.py"
    script.parent.mkdir(parents=True)
    script.write_text(
        textwrap.dedent(
            f"""
            import faulthandler
            from pathlib import Path
            from rustool.crash_report import FaultLog

            def open_client():
                faulthandler._sigsegv()

            FaultLog.start(Path({str(reports)!r}))
            open_client()
            """
        ),
        encoding="utf-8",
    )
    crashed = subprocess.run([sys.executable, str(script)], capture_output=True, check=False)
    assert crashed.returncode != 0
    assert (reports / FAULT_LOG).stat().st_size > 0

    # The next start sets the log aside before faulthandler writes into a fresh one.
    log = FaultLog.start(reports)
    assert log is not None
    try:
        assert (reports / FAULT_LOG).stat().st_size == 0
        filed = file_previous_faults(reports)
    finally:
        log.stop()
    assert faulthandler.is_enabled()  # pytest's own fault output is back on

    assert len(filed) == 1 and filed == _reports(reports)
    text = filed[0].read_text(encoding="utf-8")
    assert "Segmentation fault" in text
    assert 'File "crasher.py"' in text and "in open_client" in text
    assert "kari.nordmann" not in text and str(tmp_path) not in text
    assert file_previous_faults(reports) == []  # told once
    assert list(reports.glob("fault-*")) == []
