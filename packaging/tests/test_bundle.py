"""The Linux bundle as a user gets it: built by packaging/build.py, started headless.

Slow (the build takes a minute or more), so it lives outside tests/ and the main suite:

    .venv/bin/python -m pytest -p no:cacheprovider packaging/tests

It builds first; RUSTOOL_REUSE_BUNDLE=1 tests the dist/ an earlier build left instead.
"""

from __future__ import annotations

import os
import struct
import subprocess
import sys
import time
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "rustool"
EXECUTABLE = BUNDLE / "rustool"
INTERNAL = BUNDLE / "_internal"
SHARE = ROOT / "dist" / "share"
APP_ID = "no.rustool.Rustool"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
CHECKS = (
    "database",
    "client",
    "referral",
    "pdf",
    "holidays",
    "calendar",
    "passphrase",
    "translations",
    "qt",
    "icon",
    "preview",
    "window",
)
SQLITE_MAGIC = b"SQLite format 3\x00"


def version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return str(tomllib.load(handle)["project"]["version"])


@pytest.fixture(scope="module")
def bundle() -> Path:
    if os.environ.get("RUSTOOL_REUSE_BUNDLE") == "1" and EXECUTABLE.is_file():
        return BUNDLE
    result = subprocess.run(
        [sys.executable, "packaging/build.py"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1800,
        check=False,
    )
    assert result.returncode == 0, f"the build failed:\n{result.stdout}\n{result.stderr}"
    assert EXECUTABLE.is_file()
    return BUNDLE


@pytest.fixture
def home(tmp_path: Path) -> Iterator[dict[str, str]]:
    """An environment like a fresh user's: no display, no rustool settings, own folders."""
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("RUSTOOL_", "QT_", "XDG_"))
        and name not in ("DISPLAY", "WAYLAND_DISPLAY")
    }
    for name in ("home", "tmp", "data"):
        (tmp_path / name).mkdir()
    env |= {
        "HOME": str(tmp_path / "home"),
        "TMPDIR": str(tmp_path / "tmp"),
        "RUSTOOL_DATA_DIR": str(tmp_path / "data" / "rustool"),
        "QT_QPA_PLATFORM": "offscreen",
        # No system time-zone database, as on Windows: the bundled tzdata must serve.
        "PYTHONTZPATH": "",
    }
    yield env
    assert list((tmp_path / "tmp").iterdir()) == []  # nothing left in the temporary folder


def run(command: list[str | Path], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(part) for part in command],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_bundle_passes_its_self_test_headless(bundle: Path, home: dict[str, str]) -> None:
    result = run([EXECUTABLE, "self-test"], home)

    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"rustool {version()} self-test"
    assert [line.split(":")[0] for line in lines[1:-1]] == [f"ok {name}" for name in CHECKS]
    assert lines[-1].startswith("self-test passed in ")
    # Every translation the build made is in the bundle and loads there.
    built = sorted(path.stem for path in (ROOT / "rustool/resources/i18n").glob("*.qm"))
    expected = f"{len(built)} loaded ({', '.join(built)})" if built else "none built"
    assert f"ok translations: {expected}" in lines
    assert not Path(home["RUSTOOL_DATA_DIR"]).exists()  # the user's data is never touched


def test_the_bundle_reports_the_version_of_pyproject(bundle: Path, home: dict[str, str]) -> None:
    result = run([EXECUTABLE, "--version"], home)
    assert (result.returncode, result.stdout.strip()) == (0, f"rustool {version()}")


def test_the_window_starts_from_the_bundle_on_a_new_data_folder(
    bundle: Path, home: dict[str, str]
) -> None:
    env = home | {
        "RUSTOOL_PASSPHRASE": "blå fjord under måneskinn",
        # The app quits once the window is ready and says so (the start-up benchmark's probe).
        "RUSTOOL_STARTUP_PROBE": str(time.time()),
    }
    result = run([EXECUTABLE], env)

    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("window-ready "), result.stdout + result.stderr
    database = Path(home["RUSTOOL_DATA_DIR"]) / "rustool.sqlite3"
    assert database.read_bytes()[:16] != SQLITE_MAGIC  # encrypted, not plain SQLite


def test_a_link_on_path_starts_the_bundle(
    bundle: Path, home: dict[str, str], tmp_path: Path
) -> None:
    # The installation links /usr/local/bin/rustool (or ~/.local/bin) to the bundle.
    link = tmp_path / "home" / "bin" / "rustool"
    link.parent.mkdir()
    link.symlink_to(EXECUTABLE)
    result = run(["rustool", "--version"], home | {"PATH": f"{link.parent}:{home['PATH']}"})
    assert (result.returncode, result.stdout.strip()) == (0, f"rustool {version()}")


def test_the_migrations_travel_as_files(bundle: Path) -> None:
    def revisions(folder: Path) -> set[str]:
        return {path.name for path in (folder / "rustool/migrations/versions").glob("0*.py")}

    assert revisions(INTERNAL) == revisions(ROOT)
    assert (INTERNAL / "rustool/migrations/env.py").is_file()


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_the_desktop_integration_is_laid_out_for_share(bundle: Path) -> None:
    linux = ROOT / "packaging" / "linux"
    for relative, source in (
        (f"applications/{APP_ID}.desktop", linux / f"{APP_ID}.desktop"),
        (f"metainfo/{APP_ID}.metainfo.xml", linux / f"{APP_ID}.metainfo.xml"),
        (
            f"icons/hicolor/scalable/apps/{APP_ID}.svg",
            ROOT / f"rustool/resources/icons/{APP_ID}.svg",
        ),
    ):
        assert (SHARE / relative).read_bytes() == source.read_bytes(), relative
    for size in ICON_SIZES:
        assert png_size(SHARE / f"icons/hicolor/{size}x{size}/apps/{APP_ID}.png") == (size, size)
