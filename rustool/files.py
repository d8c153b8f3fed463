"""Writing files the user asked for (exports, invitations) so a crash never leaves half a file."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomically(path: Path, data: bytes) -> None:
    """A reader sees the old file or the whole new one, never half (temp file + rename).

    An error names `path`, not the hidden temporary file the user never chose.
    """
    try:
        _write(path, data)
    except OSError as exc:
        raise OSError(exc.errno, exc.strerror, str(path)) from exc


def _write(path: Path, data: bytes) -> None:
    handle = tempfile.NamedTemporaryFile(  # noqa: SIM115  (closed before the rename below)
        dir=path.parent, prefix=f".{path.name}.", suffix=".tmp", delete=False
    )
    try:
        with handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(handle.name, path)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise
