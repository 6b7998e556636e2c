"""The application icon: every size present, a valid Windows .ico, set on the application."""

from __future__ import annotations

import struct

from jamsostek_desktop.paths import resource

SIZES = (16, 24, 32, 48, 64, 128, 256)


def test_icon_files_exist_in_every_size():
    from PySide6.QtGui import QImage

    assert resource("icons", "jamsostek.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")
    for size in SIZES:
        image = QImage(str(resource("icons", f"jamsostek-{size}.png")))
        assert (image.width(), image.height()) == (size, size)


def test_windows_icon_lists_every_size_with_png_data():
    data = resource("icons", "jamsostek.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, len(SIZES))
    found = []
    for n in range(count):
        width, _h, _c, _r, _planes, _bits, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * n)
        assert data[offset:offset + 8] == b"\x89PNG\r\n\x1a\n" and offset + length <= len(data)
        found.append(width or 256)
    assert sorted(found) == list(SIZES)


def test_application_icon_offers_the_sizes(qapp):
    from jamsostek_desktop.app import app_icon

    icon = app_icon()
    assert not icon.isNull()
    assert {s.width() for s in icon.availableSizes()} == set(SIZES)
