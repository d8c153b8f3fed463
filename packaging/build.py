"""Build rustool as a one-folder app: `.venv/bin/python packaging/build.py [--clean]`.

Needs the `packaging` extra (`pip install -e .[packaging]`). In order:

1. the translations (.qm) with tools/i18n.py;
2. the icons from the SVG into build/icons: PNGs of every size, the Windows .ico and the
   macOS .icns (derived files, so they are made here and never committed);
3. on Linux, the desktop entry and AppStream metadata checked with desktop-file-validate and
   appstreamcli where they are installed (before the slow step, so a mistake fails fast);
4. PyInstaller with packaging/rustool.spec into dist/rustool/ (dist/rustool.app on macOS);
5. on Linux, dist/share/: the desktop entry, metadata and icons laid out for
   /usr/local/share or ~/.local/share.

Each step prints how long it took. Exit status 0 when the bundle was built.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import bundling
import icons
from PySide6.QtGui import QGuiApplication

SPEC = bundling.ROOT / "packaging" / "rustool.spec"
I18N_TOOL = bundling.ROOT / "tools" / "i18n.py"


class BuildError(Exception):
    """A step failed; the message says which and why."""


@contextmanager
def step(title: str) -> Iterator[None]:
    print(f"== {title}", flush=True)
    started = time.monotonic()
    yield
    print(f"   {title}: {time.monotonic() - started:.1f} s", flush=True)


def check_version() -> str:
    version = bundling.read_version()
    try:
        bundling.check_release_listed(version)
    except ValueError as error:
        raise BuildError(str(error)) from error
    return version


def build_translations() -> None:
    result = subprocess.run(
        [sys.executable, "tools/i18n.py", "release"], cwd=bundling.ROOT, check=False
    )
    if result.returncode != 0:
        raise BuildError(f"tools/i18n.py release failed (exit status {result.returncode}).")
    built = sorted(path.name for path in bundling.I18N_DIR.glob("*.qm"))
    print(f"   {len(built)} translations: {', '.join(built) or 'none'}")


def build_icons() -> dict[int, Path]:
    # Rendering needs a QGuiApplication; offscreen works without a display.
    app = QGuiApplication.instance() or QGuiApplication(["build", "-platform", "offscreen"])
    assert app is not None
    folder = bundling.ICON_BUILD_DIR
    pngs = icons.render_pngs(bundling.ICON_SVG, bundling.ICON_SIZES, folder, bundling.APP_ID)
    data = {size: path.read_bytes() for size, path in pngs.items()}
    (folder / f"{bundling.APP_ID}.ico").write_bytes(icons.ico_bytes(data))
    (folder / f"{bundling.APP_ID}.icns").write_bytes(icons.icns_bytes(data))
    print(
        f"   {folder.relative_to(bundling.ROOT)}: PNG {', '.join(map(str, pngs))} px, .ico, .icns"
    )
    return pngs


def validate_linux_files() -> None:
    passed, lines = bundling.validate_linux_files()
    for line in lines:
        print("   " + line.replace("\n", "\n   "))
    if not passed:
        raise BuildError("The desktop entry or the AppStream metadata is invalid (see above).")


def run_pyinstaller(clean: bool) -> Path:
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(bundling.DIST_DIR),
        "--workpath",
        str(bundling.BUILD_DIR / "pyinstaller"),
        *(["--clean"] if clean else []),
        str(SPEC),
    ]
    result = subprocess.run(command, cwd=bundling.ROOT, check=False)
    if result.returncode != 0:
        raise BuildError(f"PyInstaller failed (exit status {result.returncode}).")
    bundle = bundling.DIST_DIR / bundling.APP_NAME
    size = sum(
        path.stat().st_size
        for path in bundle.rglob("*")
        if path.is_file() and not path.is_symlink()
    )
    print(f"   {bundle.relative_to(bundling.ROOT)}: {size / 1e6:.0f} MB")
    return bundle


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build rustool as a one-folder app.")
    parser.add_argument(
        "--clean", action="store_true", help="discard PyInstaller's cache (slower, from scratch)"
    )
    args = parser.parse_args(argv)
    started = time.monotonic()
    linux = sys.platform.startswith("linux")
    try:
        version = check_version()
        print(f"rustool {version} for {sys.platform}", flush=True)
        with step("translations"):
            build_translations()
        with step("icons"):
            pngs = build_icons()
        if linux:
            with step("desktop entry and AppStream metadata"):
                validate_linux_files()
        with step("PyInstaller"):
            bundle = run_pyinstaller(args.clean)
        if linux:
            with step("desktop integration"):
                share = bundling.DIST_DIR / "share"
                placed = bundling.install_tree(share, pngs)
                print(f"   {share.relative_to(bundling.ROOT)}: {len(placed)} files")
    except BuildError as error:
        print(f"build.py: {error}", file=sys.stderr)
        return 1
    print(f"Built {bundle} in {time.monotonic() - started:.0f} s", flush=True)
    print(f"Check it: {bundle / bundling.APP_NAME} self-test", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
