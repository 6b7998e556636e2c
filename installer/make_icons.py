"""Render the application icon (resources/icons/jamsostek.svg) to PNG sizes and a Windows .ico.

Run after editing the SVG: `QT_QPA_PLATFORM=offscreen .venv/bin/python installer/make_icons.py`.
The PNGs and the .ico are committed, so neither the program nor the bundle needs Qt's SVG
support to show its icon. The .ico holds PNG-compressed images, which Windows Vista and later read.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format_ARGB32)
    image.fill(Qt.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.Antialiasing)
    painter.setRenderHint(QPainter.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def ico(images: dict[int, bytes]) -> bytes:
    """ICONDIR + one ICONDIRENTRY per size + the PNG data (0 in a size byte means 256)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in sorted(images.items()):
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (fonts, painting)
    renderer = QSvgRenderer(str(ICONS / "jamsostek.svg"))
    if not renderer.isValid():
        print("jamsostek.svg cannot be read", file=sys.stderr)
        return 1
    rendered = {size: render(renderer, size) for size in set(PNG_SIZES) | set(ICO_SIZES)}
    for size in PNG_SIZES:
        (ICONS / f"jamsostek-{size}.png").write_bytes(rendered[size])
    (ICONS / "jamsostek.ico").write_bytes(ico({s: rendered[s] for s in ICO_SIZES}))
    print(f"{len(PNG_SIZES)} PNG files and jamsostek.ico written to {ICONS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
