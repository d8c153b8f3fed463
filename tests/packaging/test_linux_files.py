"""The Linux desktop entry and AppStream metadata agree with the app and with pyproject.toml."""

from __future__ import annotations

import configparser
import datetime as dt
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path

import pytest

from tests.packaging.modules import ROOT, packaging_module

bundling = packaging_module("bundling")
APP_ID = "no.rustool.Rustool"
LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def pyproject() -> dict[str, object]:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        project: dict[str, object] = tomllib.load(handle)["project"]
    return project


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment, method-assign]  # keys are case-sensitive
    parser.read(bundling.DESKTOP_FILE, encoding="utf-8")
    return parser["Desktop Entry"]


def metainfo() -> ET.Element:
    return ET.parse(bundling.METAINFO_FILE).getroot()


def test_the_files_are_named_by_the_app_id_the_window_announces() -> None:
    assert bundling.APP_ID == APP_ID
    assert bundling.DESKTOP_FILE.name == f"{APP_ID}.desktop"
    assert bundling.METAINFO_FILE.name == f"{APP_ID}.metainfo.xml"
    assert bundling.ICON_SVG.name == f"{APP_ID}.svg"
    # Wayland matches the window to its desktop entry (name and icon) by this call.
    app_source = (ROOT / "rustool" / "ui" / "app.py").read_text(encoding="utf-8")
    assert f'setDesktopFileName("{APP_ID}")' in app_source


def test_the_desktop_entry_starts_rustool_with_its_themed_icon_in_three_languages() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == "rustool"  # the command the install puts on PATH
    assert "rustool" in pyproject()["scripts"]  # type: ignore[operator]
    assert entry["Icon"] == APP_ID  # the hicolor icon the build installs under this name
    assert entry["Terminal"] == "false"
    # On X11 the window's WM_CLASS is the application name: it ties the window to the launcher.
    assert entry["StartupWMClass"] == "rustool"
    app_source = (ROOT / "rustool" / "ui" / "app.py").read_text(encoding="utf-8")
    assert 'setApplicationName("rustool")' in app_source
    assert "Office" in entry["Categories"].split(";")
    for key in ("GenericName", "Comment", "Keywords"):
        assert entry[key] and entry[f"{key}[nb]"] and entry[f"{key}[nn]"], key
    assert "tilvising" in entry["Keywords[nn]"]
    assert "henvisning" in entry["Keywords[nb]"]


def test_the_metadata_names_the_app_its_launcher_licence_and_binary() -> None:
    root = metainfo()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    launchable = root.find("launchable")
    assert launchable is not None
    assert (launchable.get("type"), launchable.text) == ("desktop-id", f"{APP_ID}.desktop")
    assert root.findtext("project_license") == pyproject()["license"] == "EUPL-1.2"
    assert root.findtext("provides/binary") == "rustool"
    summaries = {summary.get(LANG): summary.text for summary in root.iterfind("summary")}
    assert set(summaries) == {None, "nb", "nn"}
    paragraphs = {p.get(LANG) for p in root.iterfind("description/p")}
    assert paragraphs == {None, "nb", "nn"}


def test_the_newest_release_is_the_version_in_pyproject() -> None:
    versions = bundling.metainfo_releases()
    assert versions[0] == pyproject()["version"] == bundling.read_version()
    dates = [
        dt.date.fromisoformat(release.get("date", ""))
        for release in metainfo().iterfind("releases/release")
    ]
    assert dates == sorted(dates, reverse=True)  # AppStream wants the newest first
    assert len(set(versions)) == len(versions)


def test_a_version_without_its_release_entry_is_refused(tmp_path: Path) -> None:
    stale = tmp_path / f"{APP_ID}.metainfo.xml"
    stale.write_text(
        '<component><releases><release version="0.0.9" date="2026-01-05"/>'
        '<release version="0.0.8" date="2026-01-01"/></releases></component>',
        encoding="utf-8",
    )
    bundling.check_release_listed("0.0.9", stale)  # the newest entry: fine
    with pytest.raises(ValueError) as refused:
        bundling.check_release_listed("0.1.0", stale)
    assert str(refused.value) == (
        f"pyproject.toml says version 0.1.0, but the newest release in {stale.name} is 0.0.9: "
        'add <release version="0.1.0" date="YYYY-MM-DD"/> at the top of <releases>.'
    )
    stale.write_text("<component><releases/></component>", encoding="utf-8")
    with pytest.raises(ValueError, match=r"the newest release in .* is missing"):
        bundling.check_release_listed("0.1.0", stale)


def completed(code: int, output: str) -> subprocess.CompletedProcess[str]:
    return subprocess.CompletedProcess([], code, stdout=output, stderr="")


def test_validation_without_the_tools_says_so_and_does_not_fail() -> None:
    passed, lines = bundling.validate_linux_files(which=lambda _tool: None)
    assert passed
    assert lines == [
        f"{APP_ID}.desktop: not validated (desktop-file-validate is not installed)",
        f"{APP_ID}.metainfo.xml: not validated (appstreamcli is not installed)",
    ]


def test_validation_runs_each_tool_on_its_file_and_fails_on_a_report() -> None:
    calls: list[list[str]] = []

    def run(command: Sequence[str]) -> subprocess.CompletedProcess[str]:
        calls.append(list(command))
        if command[0] == "appstreamcli":
            return completed(3, "E: no.rustool.Rustool:5: summary-too-long")
        return completed(0, "")

    passed, lines = bundling.validate_linux_files(which=lambda tool: f"/usr/bin/{tool}", run=run)
    assert not passed
    assert calls == [
        ["desktop-file-validate", str(bundling.DESKTOP_FILE)],
        ["appstreamcli", "validate", "--no-net", str(bundling.METAINFO_FILE)],
    ]
    assert lines[0] == f"{APP_ID}.desktop: valid (desktop-file-validate)"
    assert lines[1] == (
        f"{APP_ID}.metainfo.xml: INVALID (appstreamcli)\nE: no.rustool.Rustool:5: summary-too-long"
    )


def test_the_install_tree_has_the_freedesktop_layout(tmp_path: Path) -> None:
    pngs = {}
    for size in (16, 256):
        pngs[size] = tmp_path / f"icon-{size}.png"
        pngs[size].write_bytes(f"png {size}".encode())
    share = tmp_path / "share"
    (share / "leftover").mkdir(parents=True)  # from an earlier build: replaced whole

    placed = bundling.install_tree(share, pngs)

    expected = {
        f"applications/{APP_ID}.desktop",
        f"metainfo/{APP_ID}.metainfo.xml",
        f"icons/hicolor/scalable/apps/{APP_ID}.svg",
        f"icons/hicolor/16x16/apps/{APP_ID}.png",
        f"icons/hicolor/256x256/apps/{APP_ID}.png",
    }
    assert {path.relative_to(share).as_posix() for path in placed} == expected
    assert {p.relative_to(share).as_posix() for p in share.rglob("*") if p.is_file()} == expected
    assert (share / f"icons/hicolor/16x16/apps/{APP_ID}.png").read_bytes() == b"png 16"
    assert (share / f"applications/{APP_ID}.desktop").read_bytes() == (
        bundling.DESKTOP_FILE.read_bytes()
    )
