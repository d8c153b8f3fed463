"""A writer for the kill -9 test: clients and referral drafts, one transaction at a time.

`python -m tests.faults.writer DB_PATH SEED` writes until it is killed. After each commit it
prints (and flushes) what is now committed, so the killer knows what must survive:

    ready
    client <id> <given_name>
    draft <referral id> <version>

A draft's content is a pure function of its id and version (`draft_content`), so a torn or
mixed-up draft cannot pass for an intact one.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Any

from rustool.db import open_database
from rustool.services.clients import create_client
from rustool.services.referrals import create_referral, save_draft
from tests.conftest import TEST_KEY

FAMILY_NAME = "Krasjtest"


def draft_content(referral_id: int, version: int) -> dict[str, Any]:
    # Lengths vary with the version, so rows grow and shrink across pages between saves.
    filler = "Åse ønsker hjelp 🙂 " * ((referral_id * 31 + version * 17) % 300)
    return {
        "help_wanted": f"Utkast {referral_id} versjon {version}. {filler}",
        "reason": f"Grunn {referral_id}/{version}",
    }


def say(line: str) -> None:
    print(line, flush=True)


def main(path: Path, seed: int) -> None:
    rng = random.Random(seed)
    db = open_database(path, key=TEST_KEY)
    say("ready")
    client_id: int | None = None
    while True:
        if client_id is None or rng.random() < 0.3:
            given = f"Klient{rng.randrange(10**9)}"
            client = create_client(
                db,
                {
                    "given_name": given,
                    "family_name": FAMILY_NAME,
                    "birth_date": "1980-02-01",
                    "notes": "notat " * rng.randrange(2000),
                },
            )
            client_id = client.id
            say(f"client {client_id} {given}")
            continue
        referral = create_referral(db, client_id, "tsb")
        assert referral.id is not None
        say(f"draft {referral.id} {referral.version}")
        version = referral.version
        for _ in range(rng.randrange(1, 4)):
            saved = save_draft(
                db,
                referral.id,
                common={},
                recipient={},
                content=draft_content(referral.id, version + 1),
                substance_use=[],
                wizard_page=version + 1,
                expected_version=version,
            )
            version = saved.version
            say(f"draft {referral.id} {version}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))
