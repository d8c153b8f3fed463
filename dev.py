#!/usr/bin/env python3
"""One-command set-up for developers and CI.

    python3 dev.py run [rustool arguments]   set up .venv and open the app
    python3 dev.py test [pytest arguments]   set up .venv, run ruff, mypy and the whole test suite
    python3 dev.py bundle                    build the one-folder app with PyInstaller and run
                                             its self-test (slower; not part of `test`)

Only the standard library is used here, because this runs before anything is installed.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")

# Debian packages Qt's offscreen and xcb platform plugins load at run time; a desktop has them,
# a bare server or container often does not.
QT_DEBIAN_PACKAGES = [
    "libegl1",
    "libgl1",
    "libfontconfig1",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libglib2.0-0",
    "libdbus-1-3",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libxcb-shape0",
    "libxcb-xinerama0",
    "libxcb-randr0",
    "libxcb-render-util0",
    "libxcb-image0",
]


def run(*cmd: str | Path, env: dict[str, str] | None = None) -> None:
    completed = subprocess.run([str(c) for c in cmd], cwd=ROOT, env=env, check=False)
    if completed.returncode != 0:
        sys.exit(completed.returncode)


def ensure_venv(extras: str = "test") -> None:
    if not PYTHON.exists():
        print("dev.py: creating .venv", flush=True)
        try:
            venv.create(VENV, with_pip=True)
        except Exception as exc:
            sys.exit(
                f"dev.py: could not create a virtual environment ({exc}). "
                "On Debian/Ubuntu: apt-get install python3-venv"
            )
    stamp_source = (ROOT / "pyproject.toml").read_bytes()
    digest = hashlib.sha256(stamp_source + extras.encode()).hexdigest()[:16]
    stamp = VENV / f".installed-{digest}"
    if not stamp.exists():
        print(f"dev.py: installing rustool and its {extras} tools into .venv", flush=True)
        run(PYTHON, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
        run(PYTHON, "-m", "pip", "install", "--quiet", "-e", f".[{extras}]")
        for old in VENV.glob(".installed-*"):
            old.unlink()
        stamp.touch()


def qt_loads() -> bool:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    probe = "from PySide6.QtWidgets import QApplication; QApplication([])"
    result = subprocess.run(
        [str(PYTHON), "-c", probe], env=env, capture_output=True, text=True, check=False
    )
    return result.returncode == 0


def ensure_qt_libraries() -> None:
    """Install Qt's system libraries, but only in CI, only as root, and only when missing."""
    if qt_loads():
        return
    can_install = os.environ.get("CI") and shutil.which("apt-get") and os.geteuid() == 0
    if not can_install:
        sys.exit(
            "dev.py: Qt cannot start: system libraries are missing. On Debian/Ubuntu: "
            "apt-get install " + " ".join(QT_DEBIAN_PACKAGES)
        )
    print("dev.py: installing Qt's system libraries", flush=True)
    apt_env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    run("apt-get", "update", "-qq", env=apt_env)
    run("apt-get", "install", "-y", "-qq", *QT_DEBIAN_PACKAGES, env=apt_env)


def build_translations() -> None:
    """The .qm files the app loads, from the committed .ts sources (quick; always rebuilt)."""
    run(PYTHON, ROOT / "tools" / "i18n.py", "release")


def test(args: list[str]) -> None:
    ensure_venv()
    ensure_qt_libraries()
    build_translations()
    run(BIN / "ruff", "check", ".")
    run(BIN / "ruff", "format", "--check", ".")
    run(BIN / "mypy")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    run(PYTHON, "-m", "pytest", *args, env=env)


def app(args: list[str]) -> None:
    ensure_venv()
    build_translations()
    os.execv(str(PYTHON), [str(PYTHON), "-m", "rustool", *args])


def bundle(args: list[str]) -> None:
    ensure_venv("test,packaging")
    ensure_qt_libraries()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    run(PYTHON, "-m", "pytest", "packaging/tests", *args, env=env)


def main() -> None:
    commands = {"run": app, "test": test, "bundle": bundle}
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        sys.exit(__doc__)
    commands[sys.argv[1]](sys.argv[2:])


if __name__ == "__main__":
    main()
