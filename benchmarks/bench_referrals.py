"""Referral speed with 100,000 synthetic clients and about 200,000 referrals.

    .venv/bin/python benchmarks/bench_referrals.py [--clients 100000]

Figures (issue 3): the day's overview (dashboard) computed for the whole caseload, and a
referral wizard opened on an existing draft, each the median of several runs, printed next to
its target, for the encrypted database (as users run it) and the developer's unencrypted
mode. Runs in a temporary folder; nothing touches the user's data.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlmodel import col, select

from rustool.db import Database, open_database
from rustool.encryption import Key
from rustool.models import Referral
from rustool.services.dashboard import dashboard
from rustool.services.demo import create_demo_clients

PASSPHRASE = "benchmark med lange ord og fjell"
RUNS = 7


def row(name: str, value: float, unit: str, target: float) -> str:
    verdict = "ok" if value <= target else "MISSED"
    return f"{name:<48} {value:>9.1f} {unit:<3} target < {target:g} {unit:<3} {verdict}"


def time_dashboard(db: Database) -> tuple[float, int]:
    dashboard(db)  # the first call builds the holiday calendars, as at start-up
    timings, items = [], 0
    for _ in range(RUNS):
        started = time.perf_counter()
        items = len(dashboard(db))
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings), items


def time_wizard(db: Database) -> float:
    from PySide6.QtWidgets import QApplication

    from rustool.ui.wizards.referral_wizard import ReferralWizard

    app = QApplication.instance() or QApplication([])
    with db.session() as session:
        drafts = session.exec(
            select(Referral.id).where(Referral.status == "draft").order_by(col(Referral.id))
        ).all()
    timings = []
    for referral_id in drafts[:RUNS]:
        assert referral_id is not None
        started = time.perf_counter()
        wizard = ReferralWizard(db, referral_id)
        wizard.show()
        app.processEvents()
        timings.append((time.perf_counter() - started) * 1000)
        wizard.close()
        wizard.deleteLater()
        app.processEvents()
    return statistics.median(timings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clients", type=int, default=100_000)
    args = parser.parse_args()
    print(f"rustool referrals: {args.clients} clients, {os.cpu_count()} cores")
    for mode, key in (("encrypted", Key.new(PASSPHRASE)), ("unencrypted", None)):
        with tempfile.TemporaryDirectory(prefix="rustool-bench-") as folder:
            db = open_database(Path(folder) / "rustool.sqlite3", key=key)
            create_demo_clients(db, args.clients, seed=1)
            with db.engine.connect() as connection:
                referrals = connection.exec_driver_sql("SELECT count(*) FROM referral").scalar()
            overview, items = time_dashboard(db)
            wizard = time_wizard(db)
            db.close()
        print(f"-- {mode} ({referrals} referrals)")
        print(row(f"day's overview ({items} items), median", overview, "ms", 300))
        print(row("wizard opened on an existing draft, median", wizard, "ms", 300), flush=True)


if __name__ == "__main__":
    main()
