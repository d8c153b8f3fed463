"""Open a database, read it and try one write; print what happened as JSON.

`python -m tests.faults.storage_probe DB_PATH`. test_damaged_files.py runs it as a user
without write permission (as root, permissions would not stop it).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from rustool.db import StorageError, open_database
from rustool.services.clients import create_client, search_clients
from tests.conftest import TEST_KEY


def probe(path: Path) -> dict[str, Any]:
    try:
        db = open_database(path, key=TEST_KEY)
    except StorageError as exc:
        return {"open": [exc.code, exc.message]}
    result: dict[str, Any] = {"open": "ok"}
    try:
        result["clients"] = [row.given_name for row in search_clients(db, status="all")]
        create_client(db, {"given_name": "Ny", "family_name": "Klient", "birth_date": "1990-01-01"})
        result["write"] = "ok"
    except StorageError as exc:
        result["write"] = [exc.code, exc.message]
    finally:
        db.close()
    return result


if __name__ == "__main__":
    print(json.dumps(probe(Path(sys.argv[1]))))
