"""What the PyInstaller spec puts in the bundle: the version, the files the app loads at run
time, the modules only those files import, and one copy of rustool's own metadata."""

from __future__ import annotations

import importlib.metadata
from pathlib import Path

import pytest

from tests.packaging.modules import ROOT, packaging_module

bundling = packaging_module("bundling")


def test_the_version_is_read_from_pyproject(tmp_path: Path) -> None:
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text('[project]\nname = "rustool"\nversion = "2.3.4"\n', encoding="utf-8")
    assert bundling.read_version(pyproject) == "2.3.4"


@pytest.mark.parametrize(
    "text",
    ['[project]\nname = "rustool"\n', '[tool.x]\nversion = "1"\n', "[project]\nversion = ''\n"],
)
def test_a_pyproject_without_a_version_is_refused(tmp_path: Path, text: str) -> None:
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text(text, encoding="utf-8")
    with pytest.raises(ValueError, match=r"pyproject.toml has no \[project\] version"):
        bundling.read_version(pyproject)


def test_resources_and_migrations_travel_as_files_in_the_source_layout() -> None:
    data = dict(bundling.data_files())
    sources = {Path(source).relative_to(ROOT).as_posix(): folder for source, folder in data.items()}
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "LICENSE-DejaVu.txt"):
        assert sources[f"rustool/resources/fonts/{name}"] == "rustool/resources/fonts"
    assert sources["rustool/resources/icons/no.rustool.Rustool.svg"] == "rustool/resources/icons"
    assert sources["rustool/migrations/env.py"] == "rustool/migrations"
    assert sources["rustool/migrations/script.py.mako"] == "rustool/migrations"
    revisions = {p.name for p in (ROOT / "rustool/migrations/versions").glob("0*.py")}
    bundled = {Path(name).name for name in sources if name.startswith("rustool/migrations/ver")}
    assert revisions and revisions <= bundled
    assert not [name for name in sources if "__pycache__" in name or name.endswith(".pyc")]


def test_translation_sources_stay_out_and_compiled_ones_go_in(tmp_path: Path) -> None:
    i18n = tmp_path / "rustool" / "resources" / "i18n"
    i18n.mkdir(parents=True)
    (i18n / "rustool_nn.ts").write_text("<TS/>", encoding="utf-8")
    (i18n / "rustool_nn.qm").write_bytes(b"qm")
    (tmp_path / "rustool" / "migrations").mkdir()
    assert bundling.data_files(tmp_path) == [
        (str(i18n / "rustool_nn.qm"), "rustool/resources/i18n")
    ]


def test_modules_only_the_migrations_import_are_named_for_the_bundle(tmp_path: Path) -> None:
    versions = tmp_path / "rustool" / "migrations" / "versions"
    versions.mkdir(parents=True)
    (versions / "0001_x.py").write_text(
        "from __future__ import annotations\n"
        "import json, sqlalchemy as sa\n"
        "from alembic import op, context\n"
        "from . import helpers\n",
        encoding="utf-8",
    )
    (versions / "notes.txt").write_text("import nothing", encoding="utf-8")
    # `op` and `context` are modules of alembic, so they are named too.
    assert bundling.migration_imports(tmp_path) == [
        "alembic",
        "alembic.context",
        "alembic.op",
        "json",
        "sqlalchemy",
    ]
    assert {"alembic", "alembic.op", "sqlalchemy"} <= set(bundling.migration_imports())


def test_the_bundle_carries_pyprojects_version_as_its_metadata(tmp_path: Path) -> None:
    first = bundling.write_dist_info(tmp_path, "1.2.3")
    assert first.name == "rustool-1.2.3.dist-info"
    found = list(importlib.metadata.distributions(name="rustool", path=[str(tmp_path)]))
    assert [dist.version for dist in found] == ["1.2.3"]

    second = bundling.write_dist_info(tmp_path, "1.2.4")  # a rebuild after a version bump
    assert not first.exists()
    found = list(importlib.metadata.distributions(name="rustool", path=[str(tmp_path)]))
    assert [dist.version for dist in found] == ["1.2.4"]
    assert second.is_dir()


def test_only_the_written_metadata_of_rustool_is_kept(tmp_path: Path) -> None:
    ours = tmp_path / "metadata" / "rustool-0.2.0.dist-info"
    site = "/venv/lib/python3.11/site-packages"
    assert bundling.foreign_metadata("rustool.egg-info/PKG-INFO", "/repo/rustool.egg-info/x", ours)
    assert bundling.foreign_metadata(
        "rustool-0.1.0.dist-info/METADATA", f"{site}/rustool-0.1.0.dist-info/METADATA", ours
    )
    assert bundling.foreign_metadata(  # same name as ours, but the installed copy
        "rustool-0.2.0.dist-info/direct_url.json", f"{site}/rustool-0.2.0.dist-info/x", ours
    )
    assert not bundling.foreign_metadata(
        "rustool-0.2.0.dist-info/METADATA", str(ours / "METADATA"), ours
    )
    assert not bundling.foreign_metadata(
        "holidays-0.109.dist-info/METADATA", f"{site}/holidays-0.109.dist-info/METADATA", ours
    )
    assert not bundling.foreign_metadata("rustool/resources/fonts/x.ttf", "/repo/x.ttf", ours)


def test_the_executable_icon_is_the_platforms_own_format(tmp_path: Path) -> None:
    (tmp_path / "no.rustool.Rustool.ico").write_bytes(b"ico")
    assert bundling.icon_for_platform("win32", tmp_path) == str(tmp_path / "no.rustool.Rustool.ico")
    assert bundling.icon_for_platform("darwin", tmp_path) is None  # not made yet
    (tmp_path / "no.rustool.Rustool.icns").write_bytes(b"icns")
    assert bundling.icon_for_platform("darwin", tmp_path) == str(
        tmp_path / "no.rustool.Rustool.icns"
    )
    assert bundling.icon_for_platform("linux", tmp_path) is None  # the desktop entry's icon
