"""Where rustool keeps its files.

Resolved once from `main()` (never at import time) so tests and the command line can point
everything at another folder. Precedence: command-line option, then environment variable,
then the platform's per-user data folder.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "rustool"
DB_FILE_NAME = "rustool.sqlite3"


@dataclass(frozen=True)
class Paths:
    data_dir: Path
    db_file: Path

    @property
    def backup_dir(self) -> Path:
        """Backups live beside the database they protect."""
        return self.db_file.parent / "backups"

    @property
    def ui_settings_file(self) -> Path:
        """Window sizes and positions (not client data)."""
        return self.data_dir / "ui.ini"


def resolve_paths(
    data_dir: str | os.PathLike[str] | None = None,
    db_file: str | os.PathLike[str] | None = None,
    environ: Mapping[str, str] | None = None,
) -> Paths:
    env = os.environ if environ is None else environ
    chosen_dir = data_dir or env.get("RUSTOOL_DATA_DIR") or platformdirs.user_data_dir(APP_NAME)
    directory = Path(chosen_dir).expanduser().resolve()
    chosen_db = db_file or env.get("RUSTOOL_DB")
    database = Path(chosen_db).expanduser().resolve() if chosen_db else directory / DB_FILE_NAME
    if chosen_db and not (data_dir or env.get("RUSTOOL_DATA_DIR")):
        # A database given on its own keeps its companions (backups, ui.ini) beside it,
        # so pointing at a file never touches the user's real data folder.
        directory = database.parent
    return Paths(data_dir=directory, db_file=database)
