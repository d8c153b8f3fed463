"""Kill -9 in the middle of writing, again and again: what was committed stays, intact."""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import threading
import time
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from rustool.db import open_database
from rustool.services.clients import search_clients
from rustool.services.referrals import open_referral
from tests.conftest import TEST_KEY, connect_raw
from tests.faults.writer import FAMILY_NAME, draft_content

ROUNDS = 24
REPO = Path(__file__).resolve().parents[2]


@dataclass
class Committed:
    """What the writers reported as committed, over all rounds."""

    clients: dict[int, str] = field(default_factory=dict)
    drafts: dict[int, int] = field(default_factory=dict)  # referral id -> last version


def run_and_kill(db_path: Path, seed: int, delay: float, stderr_path: Path) -> list[str]:
    """Start a writer, let it write for `delay` seconds after it is ready, then SIGKILL it."""
    lines: list[str] = []
    ready = threading.Event()
    with stderr_path.open("wb") as stderr:
        process = subprocess.Popen(
            [sys.executable, "-m", "tests.faults.writer", str(db_path), str(seed)],
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
        )

        def read() -> None:
            assert process.stdout is not None
            for line in process.stdout:
                lines.append(line.rstrip("\n"))
                ready.set()

        reader = threading.Thread(target=read)
        reader.start()
        started = ready.wait(timeout=30)
        if started:
            time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        returncode = process.wait()
        reader.join()
        assert process.stdout is not None
        process.stdout.close()
    assert started, stderr_path.read_text()
    assert returncode == -signal.SIGKILL, stderr_path.read_text()
    return lines


def check_file(db_path: Path, committed: Committed) -> int:
    """Everything reported is there and intact; returns how many writes were unreported."""
    with closing(connect_raw(db_path)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        clients = dict(
            connection.execute(
                "SELECT id, given_name FROM client WHERE family_name = ?", [FAMILY_NAME]
            )
        )
        referrals = {
            row[0]: row[1:]
            for row in connection.execute("SELECT id, version, wizard_page, content FROM referral")
        }
        # A record and its audit event are one transaction: never one without the other.
        created = connection.execute(
            "SELECT entity, entity_id FROM audit_event WHERE action = 'create'"
        ).fetchall()
    assert sorted(created) == sorted(
        [("client", i) for i in clients] + [("referral", i) for i in referrals]
    )
    for client_id, given_name in committed.clients.items():
        assert clients.get(client_id) == given_name, f"committed client {client_id} lost"
    unreported = len(clients.keys() - committed.clients.keys())
    for referral_id, (version, wizard_page, content) in referrals.items():
        reported = committed.drafts.get(referral_id)
        if reported is None:
            unreported += 1
        else:
            assert version >= reported, f"committed draft {referral_id} v{reported} lost"
            unreported += version - reported
        if version > 1:  # saved at least once: exactly what was sent for that version
            sent = draft_content(referral_id, version)
            stored = json.loads(content)
            assert {key: stored[key] for key in sent} == sent
            assert not any(value for key, value in stored.items() if key not in sent)
            assert wizard_page == version
    for referral_id in committed.drafts:
        assert referral_id in referrals, f"committed draft {referral_id} lost"
    return unreported


def test_killing_the_writer_again_and_again_loses_nothing_committed(
    db_path: Path, tmp_path: Path
) -> None:
    open_database(
        db_path, key=TEST_KEY
    ).close()  # migrated once; every writer then opens an existing file
    rng = random.Random(20261123)
    committed = Committed()
    for round_number in range(ROUNDS):
        lines = run_and_kill(
            db_path, round_number, rng.uniform(0.02, 0.35), tmp_path / f"stderr-{round_number}"
        )
        for line in lines[1:]:
            kind, number, value = line.split(" ")
            if kind == "client":
                committed.clients[int(number)] = value
            else:
                committed.drafts[int(number)] = int(value)
        unreported = check_file(db_path, committed)
        # One transaction at a time: at most the one committed as the kill came is unreported.
        assert unreported <= 1
        # Later rounds must not count what this round committed unreported as lost.
        with closing(connect_raw(db_path)) as connection:
            committed.clients.update(
                connection.execute(
                    "SELECT id, given_name FROM client WHERE family_name = ?", [FAMILY_NAME]
                )
            )
            committed.drafts.update(connection.execute("SELECT id, version FROM referral"))
    assert len(committed.clients) > ROUNDS and committed.drafts

    reopened = open_database(db_path, key=TEST_KEY)
    assert reopened.check().healthy
    assert len(search_clients(reopened, FAMILY_NAME, limit=10_000)) == len(committed.clients)
    last = max(committed.drafts)
    assert open_referral(reopened, last).referral.version == committed.drafts[last]
    reopened.close()
