"""The application icon: drawn from the one SVG, readable at 16 px, and written in the forms
Windows (.ico) and macOS (.icns) read."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage, QImageReader
from PySide6.QtWidgets import QApplication

from tests.packaging.modules import packaging_module

bundling = packaging_module("bundling")
icons = packaging_module("icons")


def lightness_spread(image: QImage) -> tuple[int, int]:
    """The darkest and the lightest opaque pixel's lightness (0-255)."""
    values = [
        QColor(image.pixel(x, y)).lightness()
        for y in range(image.height())
        for x in range(image.width())
        if QColor.fromRgba(image.pixel(x, y)).alpha() == 255
    ]
    return min(values), max(values)


@pytest.mark.parametrize("size", bundling.ICON_SIZES)
def test_the_icon_fills_a_rounded_square_at_every_size(qapp: QApplication, size: int) -> None:
    image = icons.render(bundling.ICON_SVG, size)
    assert (image.width(), image.height()) == (size, size)
    assert QColor.fromRgba(image.pixel(0, 0)).alpha() == 0  # rounded corners, no box
    assert QColor.fromRgba(image.pixel(size // 2, size // 2)).alpha() == 255
    darkest, lightest = lightness_spread(image)
    # Even at 16 px the light folder stands out against the dark square.
    assert lightest - darkest > 120


@pytest.mark.qt_log_ignore("Cannot read file .*broken.svg")  # QtSvg's own report of it
def test_an_unreadable_svg_is_refused(qapp: QApplication, tmp_path: Path) -> None:
    broken = tmp_path / "broken.svg"
    broken.write_text("<svg", encoding="utf-8")
    with pytest.raises(ValueError, match="is not an SVG image QtSvg can draw"):
        icons.render(broken, 16)


def test_the_pngs_are_written_by_size(qapp: QApplication, tmp_path: Path) -> None:
    files = icons.render_pngs(bundling.ICON_SVG, (16, 48), tmp_path / "icons", "app")
    assert files == {16: tmp_path / "icons/app-16.png", 48: tmp_path / "icons/app-48.png"}
    assert QImage(str(files[48])).size().width() == 48


def read_all(data: bytes, image_format: bytes) -> list[int]:
    """The widths of every image Qt's reader for `image_format` finds in `data`."""
    array = QByteArray(data)  # kept referenced: the buffer only points at it
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, QByteArray(image_format))
    widths = []
    for index in range(reader.imageCount()):
        reader.jumpToImage(index)
        image = reader.read()
        assert not image.isNull(), reader.errorString()
        assert image.width() == image.height()
        widths.append(image.width())
    return widths


@pytest.fixture
def pngs(qapp: QApplication) -> dict[int, bytes]:
    return {
        size: icons.png_bytes(icons.render(bundling.ICON_SVG, size)) for size in (16, 32, 256, 512)
    }


def test_the_windows_icon_holds_every_size_up_to_256(pngs: dict[int, bytes]) -> None:
    data = icons.ico_bytes(pngs)
    assert struct.unpack("<HHH", data[:6]) == (0, 1, 3)  # an icon with three images
    assert read_all(data, b"ico") == [16, 32, 256]


def test_the_macos_icon_holds_each_size_under_its_element_types(pngs: dict[int, bytes]) -> None:
    data = icons.icns_bytes(pngs)
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    kinds = []
    offset = 8
    while offset < len(data):
        kind, length = (
            data[offset : offset + 4],
            struct.unpack(">I", data[offset + 4 : offset + 8])[0],
        )
        kinds.append(kind)
        offset += length
    assert offset == len(data)
    assert kinds == [b"icp4", b"icp5", b"ic11", b"ic08", b"ic13", b"ic09", b"ic14"]
    assert sorted(read_all(data, b"icns")) == [16, 32, 32, 256, 256, 512, 512]
