"""Crash reports a developer can act on, which never hold a client's data.

A report names the versions, the time, the exception's type and its stack (package-relative
file, line number, function), and nothing else: an exception's message, the local variables
and the source lines can all quote a name or a national id. Reports are text files in
`crash-reports` in the data folder, named by the time, at most `KEEP_REPORTS` of them.

A fault in native code (a segfault in Qt or SQLite) kills the process before Python can write
anything, so `faulthandler` writes the stacks into `FAULT_LOG`; the next start sets a non-empty
log aside as a pending report (`fault-*.log`), and `file_previous_faults` turns those into
ordinary reports once the user has been told.

Nothing here imports Qt (the command line uses it too); the Qt version is read from PySide6
when the window has already loaded it.
"""

from __future__ import annotations

import faulthandler
import os
import platform
import re
import sys
import threading
import traceback
from contextlib import suppress
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import TextIO

import rustool
from rustool import __version__
from rustool.files import write_atomically
from rustool.paths import Paths

REPORTS_DIR_NAME = "crash-reports"
KEEP_REPORTS = 20
FAULT_LOG = "native-fault.log"
_REPORT_PREFIX = "crash-"
_PENDING_PREFIX = "fault-"
_PACKAGE_PARENT = Path(rustool.__file__).resolve().parent.parent
# faulthandler's frame lines: `  File "/home/someone/.../x.py", line 12 in f`
_FAULT_FILE = re.compile(r'File "([^"]+)"')
_CAUSE = "The above exception was the direct cause of the following exception:"
_CONTEXT = "During handling of the above exception, another exception occurred:"

Frame = tuple[str, int, str]  # short path, line number, function


def reports_dir(paths: Paths) -> Path:
    return paths.data_dir / REPORTS_DIR_NAME


def short_path(filename: str) -> str:
    """The path from its package on (`rustool/ui/app.py`, `threading.py`): a full path may
    name the user's home folder, and thereby the user."""
    if filename.startswith("<") or not os.path.isabs(filename):
        return filename  # `<frozen ...>`, `<string>`, or already relative (a frozen build)
    full = os.path.normpath(filename)
    root = _root_of(full)
    if root is None:
        return os.path.basename(full)
    return full[len(root) :].lstrip("\\/").replace(os.sep, "/")


def _root_of(full: str) -> str | None:
    """rustool's own root first (so `rustool/...` keeps its package), else the longest entry
    of sys.path the file is under (the standard library, site-packages)."""

    def contains(root: str) -> bool:
        return os.path.normcase(full).startswith(os.path.normcase(root).rstrip("\\/") + os.sep)

    package_parent = str(_PACKAGE_PARENT)
    if contains(package_parent):
        return package_parent
    roots = [os.path.normpath(entry) for entry in sys.path if entry and os.path.isabs(entry)]
    under = [root for root in roots if contains(root)]
    return max(under, key=len) if under else None


def stack_of(tb: TracebackType | None) -> list[Frame]:
    """Where each frame was; read from the code objects, never from the frames' variables or
    the source file."""
    frames: list[Frame] = []
    for frame, line in traceback.walk_tb(tb):
        code = frame.f_code
        frames.append((short_path(code.co_filename), line, code.co_qualname))
    return frames


def _type_name(exc_type: type[BaseException]) -> str:
    module = exc_type.__module__
    prefix = "" if module == "builtins" else f"{module}."
    return f"{prefix}{exc_type.__qualname__}"


def _chain(exc: BaseException) -> list[tuple[BaseException, str]]:
    """The exception and those it came from, oldest first, each with the sentence that joins
    it to the one before (Python's own wording; empty for the first)."""
    chain: list[tuple[BaseException, str]] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        earlier: BaseException | None = None
        link = ""
        if current.__cause__ is not None:
            earlier, link = current.__cause__, _CAUSE
        elif current.__context__ is not None and not current.__suppress_context__:
            earlier, link = current.__context__, _CONTEXT
        chain.append((current, link))
        current = earlier
    chain.reverse()
    return chain


def signature(exc: BaseException) -> tuple[object, ...]:
    """The same error from the same place (an error loop) has the same signature."""
    return tuple((_type_name(type(e)), tuple(stack_of(e.__traceback__))) for e, _ in _chain(exc))


def _versions() -> list[str]:
    lines = [
        f"rustool: {__version__}",
        f"Python: {platform.python_version()} ({platform.python_implementation()})",
    ]
    # Read only if the window loaded it: importing Qt here would tie the CLI to a display.
    pyside = sys.modules.get("PySide6")
    qtcore = sys.modules.get("PySide6.QtCore")
    if pyside is not None and qtcore is not None:
        lines.append(f"PySide6: {pyside.__version__}, Qt {qtcore.qVersion()}")
    lines.append(f"OS: {platform.platform()}")
    lines.append(f"Frozen build: {'yes' if getattr(sys, 'frozen', False) else 'no'}")
    return lines


def format_report(exc: BaseException, when: datetime, thread_name: str) -> str:
    lines = ["rustool crash report", "", *_versions()]
    lines += [f"Time: {when.isoformat(timespec='seconds')}", f"Thread: {thread_name}", ""]
    lines.append("Exception messages are left out: they may quote a client's personal data.")
    for error, link in _chain(exc):
        if link:
            lines += ["", link]
        lines += ["", f"Exception: {_type_name(type(error))}"]
        lines.append("Traceback (most recent call last):")
        lines += [
            f"  {path}, line {line}, in {function}"
            for path, line, function in stack_of(error.__traceback__)
        ]
    return "\n".join(lines) + "\n"


def write_report(directory: Path, exc: BaseException) -> Path | None:
    """The report's path, or None when it could not be saved (a full disk, no folder): never
    raises, since it runs while something already went wrong."""
    try:
        when = datetime.now().astimezone()
        text = format_report(exc, when, threading.current_thread().name)
        return _save(directory, when, text)
    except Exception:
        return None


def _save(directory: Path, when: datetime, text: str) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = _free_name(directory, when)
    write_atomically(path, text.encode("utf-8"))
    _prune(directory)
    return path


def _free_name(directory: Path, when: datetime) -> Path:
    stamp = when.strftime("%Y%m%d-%H%M%S-%f")
    path = directory / f"{_REPORT_PREFIX}{stamp}.txt"
    number = 2
    while path.exists():  # two reports in the same microsecond (two threads)
        path = directory / f"{_REPORT_PREFIX}{stamp}-{number}.txt"
        number += 1
    return path


def _prune(directory: Path) -> None:
    """The newest KEEP_REPORTS stay; the names sort by time."""
    reports = sorted(directory.glob(f"{_REPORT_PREFIX}*.txt"))
    for old in reports[: max(0, len(reports) - KEEP_REPORTS)]:
        with suppress(OSError):  # the new report is saved; an old one left over is harmless
            old.unlink(missing_ok=True)


class FaultLog:
    """`faulthandler` writing into the reports folder while the window runs."""

    def __init__(self, handle: TextIO, was_enabled: bool) -> None:
        self._handle = handle
        self._was_enabled = was_enabled

    @classmethod
    def start(cls, directory: Path) -> FaultLog | None:
        """A previous crash's log is set aside first (see `file_previous_faults`); None if the
        folder cannot be written (the app runs on without it)."""
        try:
            directory.mkdir(parents=True, exist_ok=True)
            log = directory / FAULT_LOG
            if log.is_file() and log.stat().st_size > 0:
                stamp = datetime.now().astimezone().strftime("%Y%m%d-%H%M%S-%f")
                os.replace(log, directory / f"{_PENDING_PREFIX}{stamp}.log")
            # Appending: a previous log that could not be set aside is not lost.
            handle = log.open("a", encoding="utf-8")
        except OSError:
            return None
        was_enabled = faulthandler.is_enabled()
        faulthandler.enable(handle, all_threads=True)
        return cls(handle, was_enabled)

    def stop(self) -> None:
        faulthandler.disable()
        self._handle.close()
        if self._was_enabled and sys.__stderr__ is not None:
            # Whoever had it on before (a test runner) gets it back, on the process's stderr.
            faulthandler.enable(sys.__stderr__, all_threads=True)


def file_previous_faults(directory: Path) -> list[Path]:
    """Each pending native crash as a numbered report (paths shortened, a header added),
    oldest first; each is returned once, so the user is told once."""
    filed: list[Path] = []
    try:
        pending = sorted(directory.glob(f"{_PENDING_PREFIX}*.log"))
    except OSError:
        return filed
    for raw in pending:
        path = _file_fault(directory, raw)
        if path is not None:
            filed.append(path)
    return filed


def _file_fault(directory: Path, raw: Path) -> Path | None:
    try:
        log = raw.read_text(encoding="utf-8", errors="replace")
        when = datetime.fromtimestamp(raw.stat().st_mtime).astimezone()
        text = "\n".join(
            [
                "rustool crash report (the process stopped in native code)",
                "",
                *_versions(),
                f"Time: {when.isoformat(timespec='seconds')} (when the log was last written)",
                "Reported at the next start; the versions are those of that start.",
                "",
                _FAULT_FILE.sub(lambda match: f'File "{short_path(match[1])}"', log),
            ]
        )
        path = _save(directory, when, text)
    except OSError:
        # No room for the rewritten report: the log itself becomes the report, unshortened,
        # rather than being reported again at every start.
        try:
            path = _free_name(directory, datetime.now().astimezone())
            os.replace(raw, path)
        except OSError:
            return None
        return path
    raw.unlink(missing_ok=True)
    return path
