"""Screenshots of the resident register's windows on 1366x768 and 1024x768 screens: residents-*.png.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/residents_screenshots.py

The windows come from tests/ui/gallery.py's `residents` scenario (the same ones the
English walk test reads): the empty register, the import wizard's four pages on an
OpenSID export whose birth-date header is doubtful, the filled register, and the
participant form offering and filling a resident. Each is shot in Indonesian, at
both screen sizes (a dialog wider than the screen is narrowed to fit, as a window
manager would).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
SCREENS = ((1366, 768), (1024, 768))


def on_screen(picture, background, width: int, height: int):
    from PySide6.QtGui import QColor, QPainter, QPixmap

    screen = QPixmap(width, height)
    screen.fill(QColor("#4a5d73"))
    painter = QPainter(screen)
    if background is not None:
        painter.drawPixmap(0, 0, background)
        painter.fillRect(screen.rect(), QColor(0, 0, 0, 60))
    x, y = max(0, (width - picture.width()) // 2), max(0, (height - picture.height()) // 2)
    painter.drawPixmap(x, y, picture)
    painter.end()
    return screen


def _with_popup(widget):
    """The widget's picture with the picker's popup drawn where it shows (a popup is its own window)."""
    from PySide6.QtGui import QPainter

    picture = widget.grab()
    picker = getattr(widget, "resident_picker", None)
    if picker is None:
        return picture
    for completer in picker.completers.values():
        popup = completer.popup()
        if popup.isVisible():
            painter = QPainter(picture)
            painter.drawPixmap(widget.mapFromGlobal(popup.mapToGlobal(popup.rect().topLeft())), popup.grab())
            painter.end()
    return picture


def main() -> int:
    home = Path(tempfile.mkdtemp(prefix="jamsostek-shots-residents-"))
    os.environ["JAMSOSTEK_HOME"] = str(home / "home")
    os.environ["XDG_CONFIG_HOME"] = str(home / "config")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from jamsostek_desktop.ui.common import messages
    from tests.ui import gallery

    messages.present = lambda box: True
    for shot in gallery.residents(home / "place"):
        widget, over = shot.widget, shot.over
        size = widget.size()
        for width, height in SCREENS:
            if over is not None:
                over.resize(width, height)
                widget.resize(min(size.width(), width - 24), min(size.height(), height - 48))
            else:
                widget.resize(width, height)
            gallery.settle()
            picture = _with_popup(widget)
            picture = on_screen(picture, over.grab() if over is not None else None, width, height) \
                if over is not None else picture
            picture.save(str(HERE / f"{shot.name}-{width}.png"))
        widget.resize(size)
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
