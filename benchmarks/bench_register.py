"""Client-register speed with 100,000 synthetic clients, printed next to the targets.

    .venv/bin/python benchmarks/bench_register.py [--clients 100000]

Figures (issue 2): demo data creation, the window usable from process start, each
search-as-you-type query (median and 95th percentile), resident memory with the list open;
(issue 6) opening the encrypted database, key derivation and integrity check included. Each
figure for the encrypted database (as users run it) and the developer's unencrypted mode.
Runs in a temporary folder; nothing touches the user's data.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from rustool.db import database_key, open_database
from rustool.encryption import PASSPHRASE_ENV, UNENCRYPTED_ENV
from rustool.services.clients import count_clients, search_clients

PASSPHRASE = "benchmark med lange ord og fjell"
MODES = {"encrypted": {PASSPHRASE_ENV: PASSPHRASE}, "unencrypted": {UNENCRYPTED_ENV: "1"}}

# What a consultant types, one keystroke at a time.
TYPED = ["N", "No", "Nor", "Nord", "Nordm", "Ha", "Han", "Hans", "Kari", "Kari N", "bjø", "Å", "Ås"]
TYPED += ["1", "10", "109", "1091", "9", "91", "912", "Mar", "Máret", "Ola", "Ola H", "pe", "per"]


def row(name: str, value: float, unit: str, target: float) -> str:
    verdict = "ok" if value <= target else "MISSED"
    return f"{name:<44} {value:>10.1f} {unit:<3} target < {target:g} {unit:<3} {verdict}"


def rustool(data_dir: Path, mode: str, *args: str, env: dict[str, str] | None = None) -> str:
    command = [sys.executable, "-m", "rustool", "--data-dir", str(data_dir), *args]
    environment = dict(env or os.environ, **MODES[mode])
    return subprocess.run(
        command, check=True, capture_output=True, text=True, env=environment
    ).stdout


def time_demo(data_dir: Path, mode: str, clients: int) -> float:
    started = time.perf_counter()
    rustool(data_dir, mode, "demo", "--clients", str(clients), "--seed", "1")
    return time.perf_counter() - started


def time_window(data_dir: Path, mode: str, runs: int = 3) -> tuple[float, float]:
    """Seconds from process start to a usable window, and peak resident memory (MB)."""
    seconds, memory = [], []
    for _ in range(runs):
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", RUSTOOL_STARTUP_PROBE=str(time.time()))
        output = rustool(data_dir, mode, "gui", env=env)
        fields = dict(zip(*[iter(output.split())] * 2, strict=False))
        seconds.append(float(fields["window-ready"]))
        memory.append(float(fields["rss-mb"]))
    return statistics.median(seconds), max(memory)


def key(data_dir: Path, mode: str) -> Any:
    path = data_dir / "rustool.sqlite3"
    return database_key(path, PASSPHRASE, data_dir / "backups") if mode == "encrypted" else None


def time_open(data_dir: Path, mode: str, *, check: bool, runs: int = 3) -> float:
    """Seconds to open the database as the window does (key derived from the passphrase, the
    first read, with `check` the full quick check of the day's first start) and read the
    list's first page."""
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        db = open_database(data_dir / "rustool.sqlite3", key=key(data_dir, mode), check=check)
        search_clients(db, "", status="active", limit=200)
        timings.append(time.perf_counter() - started)
        db.close()
    return statistics.median(timings)


def time_search(data_dir: Path, mode: str) -> tuple[float, float]:
    """Milliseconds per keystroke: the list's first page and its count, as the window asks."""
    db = open_database(data_dir / "rustool.sqlite3", key=key(data_dir, mode))
    timings = []
    for _ in range(5):
        for text in TYPED:
            started = time.perf_counter()
            search_clients(db, text, status="active", limit=200)
            count_clients(db, text, status="active")
            timings.append((time.perf_counter() - started) * 1000)
    db.close()
    timings.sort()
    return statistics.median(timings), timings[int(len(timings) * 0.95)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clients", type=int, default=100_000)
    args = parser.parse_args()
    print(f"rustool client register, {args.clients} synthetic clients, {os.cpu_count()} cores")
    for mode in MODES:
        with tempfile.TemporaryDirectory(prefix="rustool-bench-") as folder:
            data_dir = Path(folder)
            demo = time_demo(data_dir, mode, args.clients)
            first = time_open(data_dir, mode, check=True)
            opened = time_open(data_dir, mode, check=mode == "unencrypted")
            window, rss = time_window(data_dir, mode)
            median, p95 = time_search(data_dir, mode)
        print(f"-- {mode}")
        print(row(f"demo --clients {args.clients}", demo, "s", 60))
        print(row("open, key included (median)", opened, "s", 1))
        label = "open at the day's first start (full quick check)"
        print(f"{label:<44} {first:>10.1f} s   (no target: once a day)")
        print(row("window usable from process start (median)", window, "s", 1.5))
        print(row("search-as-you-type query, median", median, "ms", 30))
        print(row("search-as-you-type query, 95th percentile", p95, "ms", 60))
        print(row("resident memory with the list open", rss, "MB", 350), flush=True)


if __name__ == "__main__":
    main()
