"""The application icon in every form a platform wants, made from the one SVG.

PNGs are rendered with QtSvg; the Windows .ico and the macOS .icns are written here from those
PNGs (both formats may hold PNG images as they are), so no image library beyond Qt is needed.
A QGuiApplication must exist before rendering.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgRenderer

ICO_MAX = 256  # the largest image an .ico entry describes
# The .icns element types that hold a PNG, by the pixel size of the image they hold
# (the @2x types of a smaller point size reuse the same pixels).
ICNS_TYPES = {
    16: (b"icp4",),
    32: (b"icp5", b"ic11"),
    64: (b"icp6", b"ic12"),
    128: (b"ic07",),
    256: (b"ic08", b"ic13"),
    512: (b"ic09", b"ic14"),
}


def render(svg: Path, size: int) -> QImage:
    """The icon as a square image of `size` pixels with a transparent background."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not an SVG image QtSvg can draw.")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"png"))
    if not writer.write(image):
        raise ValueError(f"Qt could not encode the icon as PNG: {writer.errorString()}")
    buffer.close()
    return bytes(data.data())


def render_pngs(svg: Path, sizes: Iterable[int], folder: Path, stem: str) -> dict[int, Path]:
    """`folder/stem-SIZE.png` for each size; returns the files by size."""
    folder.mkdir(parents=True, exist_ok=True)
    files: dict[int, Path] = {}
    for size in sizes:
        path = folder / f"{stem}-{size}.png"
        path.write_bytes(png_bytes(render(svg, size)))
        files[size] = path
    return files


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows icon with one PNG-compressed image per size (Windows Vista and later)."""
    chosen = sorted(size for size in pngs if size <= ICO_MAX)
    header = struct.pack("<HHH", 0, 1, len(chosen))  # reserved, type 1 = icon, count
    offset = len(header) + 16 * len(chosen)
    entries = b""
    for size in chosen:
        side = 0 if size == ICO_MAX else size  # 0 stands for 256 in a one-byte field
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(pngs[size]), offset)
        offset += len(pngs[size])
    return header + entries + b"".join(pngs[size] for size in chosen)


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS icon: one element per type whose pixel size was rendered."""
    elements = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
        for size, kinds in sorted(ICNS_TYPES.items())
        if size in pngs
        for kind in kinds
    )
    return b"icns" + struct.pack(">I", 8 + len(elements)) + elements
