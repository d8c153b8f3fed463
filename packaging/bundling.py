"""What goes into the bundle, shared by the PyInstaller spec, the build script and the tests.

Standard library only: the spec runs inside PyInstaller, the tests inside the main suite.
"""

from __future__ import annotations

import ast
import importlib.util
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "no.rustool.Rustool"  # rustool/ui/app.py sets the same desktop file name
APP_NAME = "rustool"
PACKAGE = ROOT / "rustool"
ICON_SVG = PACKAGE / "resources" / "icons" / f"{APP_ID}.svg"
I18N_DIR = PACKAGE / "resources" / "i18n"
LINUX_DIR = ROOT / "packaging" / "linux"
DESKTOP_FILE = LINUX_DIR / f"{APP_ID}.desktop"
METAINFO_FILE = LINUX_DIR / f"{APP_ID}.metainfo.xml"
BUILD_DIR = ROOT / "build"
ICON_BUILD_DIR = BUILD_DIR / "icons"
DIST_DIR = ROOT / "dist"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

# Loaded as files at run time, so they travel as data rather than inside the archive:
# Alembic reads env.py and the revisions from the migrations folder, the app its fonts, icons,
# translations and help pages from the resources folder.
DATA_FOLDERS = ("rustool/resources", "rustool/migrations")
# Left out: compiled Python of the source tree, and the translation sources (the .qm built
# from them is what the app loads).
LEFT_OUT_SUFFIXES = (".pyc", ".ts")
# Never used at run time: tkinter, and the type checker and test tool that PyInstaller's
# pydantic hook pulls in with pydantic's plugins for them (some 10 MB).
EXCLUDED_MODULES = [
    "tkinter",
    "mypy",
    "hypothesis",
    "pydantic.mypy",
    "pydantic.v1.mypy",
    "pydantic.v1._hypothesis_plugin",
]


def read_version(pyproject: Path = ROOT / "pyproject.toml") -> str:
    """`[project] version` of pyproject.toml: the one place the version is written."""
    with pyproject.open("rb") as handle:
        project = tomllib.load(handle).get("project", {})
    version = project.get("version")
    if not isinstance(version, str) or not version:
        raise ValueError(f"{pyproject} has no [project] version.")
    return version


def metainfo_releases(metainfo: Path = METAINFO_FILE) -> list[str]:
    """The versions the AppStream metadata lists, newest first (as the file must order them)."""
    root = ET.parse(metainfo).getroot()
    return [release.get("version", "") for release in root.iterfind("releases/release")]


def check_release_listed(version: str, metainfo: Path = METAINFO_FILE) -> None:
    """Refuse to build a version the AppStream metadata does not list as its newest release:
    software centres would show the wrong version and date."""
    releases = metainfo_releases(metainfo)
    if not releases or releases[0] != version:
        newest = releases[0] if releases else "missing"
        raise ValueError(
            f"pyproject.toml says version {version}, but the newest release in "
            f"{metainfo.name} is {newest}: add "
            f'<release version="{version}" date="YYYY-MM-DD"/> at the top of <releases>.'
        )


def _files(folder: Path) -> Iterable[Path]:
    for path in sorted(folder.rglob("*")):
        if (
            path.is_file()
            and "__pycache__" not in path.parts
            and path.suffix not in LEFT_OUT_SUFFIXES
        ):
            yield path


def data_files(root: Path = ROOT) -> list[tuple[str, str]]:
    """(source file, folder in the bundle) for PyInstaller's `datas`; the layout of the source
    tree is kept, so `Path(__file__)` lookups in the package find the same files."""
    return [
        (str(path), path.parent.relative_to(root).as_posix())
        for folder in DATA_FOLDERS
        for path in _files(root / folder)
    ]


def migration_imports(root: Path = ROOT) -> list[str]:
    """The modules the migration files import: Alembic loads those files at run time, where
    PyInstaller's analysis cannot follow them."""
    names: set[str] = set()
    for path in _files(root / "rustool" / "migrations"):
        if path.suffix != ".py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
                # `from alembic import op`: `op` is a module that must be bundled too.
                names.update(
                    f"{node.module}.{alias.name}"
                    for alias in node.names
                    if _is_module(f"{node.module}.{alias.name}")
                )
    return sorted(names - {"__future__"})


def _is_module(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):  # the parent is not a package
        return False


def write_dist_info(folder: Path, version: str) -> Path:
    """A minimal `rustool-VERSION.dist-info` for the bundle, so `rustool --version`
    (importlib.metadata) reports pyproject's version even when the installed copy is older."""
    dist_info = folder / f"{APP_NAME}-{version}.dist-info"
    if dist_info.parent.is_dir():
        for old in dist_info.parent.glob(f"{APP_NAME}-*.dist-info"):
            shutil.rmtree(old)
    dist_info.mkdir(parents=True)
    (dist_info / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: {APP_NAME}\nVersion: {version}\n", encoding="utf-8"
    )
    return dist_info


def foreign_metadata(bundle_path: str, source: str, ours: Path) -> bool:
    """Whether a file bound for the bundle is rustool metadata from anywhere but `ours` (made
    by `write_dist_info`): PyInstaller also collects what the last `pip install -e .` left
    (rustool.egg-info, rustool-VERSION.dist-info), which may name an older version."""
    top = Path(bundle_path).parts[0]
    metadata = top == f"{APP_NAME}.egg-info" or (
        top.startswith(f"{APP_NAME}-") and top.endswith(".dist-info")
    )
    return metadata and not Path(source).is_relative_to(ours)


def icon_for_platform(platform: str, folder: Path = ICON_BUILD_DIR) -> str | None:
    """The executable's icon: .ico on Windows, .icns on macOS, none on Linux (the desktop
    file names the themed icon there). None also when the build script has not made it."""
    suffix = {"win32": ".ico", "darwin": ".icns"}.get(platform)
    if suffix is None:
        return None
    icon = folder / f"{APP_ID}{suffix}"
    return str(icon) if icon.is_file() else None


Runner = Callable[[Sequence[str]], "subprocess.CompletedProcess[str]"]


def _run(command: Sequence[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(command), capture_output=True, text=True, check=False)


def validate_linux_files(
    which: Callable[[str], str | None] = shutil.which, run: Runner = _run
) -> tuple[bool, list[str]]:
    """Validate the desktop entry and the AppStream metadata with the freedesktop tools.

    Returns (no tool found a problem, one report line per tool); a tool that is not installed
    is reported as such and does not fail the build.
    """
    checks = (
        ("desktop-file-validate", [str(DESKTOP_FILE)], DESKTOP_FILE.name),
        ("appstreamcli", ["validate", "--no-net", str(METAINFO_FILE)], METAINFO_FILE.name),
    )
    passed = True
    lines: list[str] = []
    for tool, arguments, name in checks:
        if which(tool) is None:
            lines.append(f"{name}: not validated ({tool} is not installed)")
            continue
        result = run([tool, *arguments])
        output = (result.stdout + result.stderr).strip()
        if result.returncode == 0:
            lines.append(f"{name}: valid ({tool})" + (f"\n{output}" if output else ""))
        else:
            passed = False
            lines.append(f"{name}: INVALID ({tool})\n{output}")
    return passed, lines


def install_tree(share: Path, pngs: dict[int, Path]) -> list[Path]:
    """The Linux desktop integration as it goes under /usr/local/share or ~/.local/share:
    the desktop entry, the AppStream metadata and the icon in the hicolor theme."""
    if share.exists():
        shutil.rmtree(share)
    placed = [
        (DESKTOP_FILE, share / "applications" / DESKTOP_FILE.name),
        (METAINFO_FILE, share / "metainfo" / METAINFO_FILE.name),
        (ICON_SVG, share / "icons" / "hicolor" / "scalable" / "apps" / ICON_SVG.name),
    ]
    placed += [
        (png, share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png")
        for size, png in sorted(pngs.items())
    ]
    for source, target in placed:
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    return [target for _, target in placed]
