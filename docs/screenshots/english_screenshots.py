"""Screenshots of every window and main dialog in English: <name>-en.png in this folder.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/english_screenshots.py

(`make screenshots` runs it after entry_screenshots.py.) The windows come from
tests/ui/gallery.py, the same ones the English walk test reads, here with more data:
a kelurahan of 480 demo participants and a city receiving two kelurahan's files.
Dialogs are drawn over the window they open from, on a 1366x768 screen. PDFs stay
Indonesian (official documents), so the print preview shows an Indonesian roster.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
sys.path.insert(0, str(HERE))


def shoot(app, folder: Path) -> list[Path]:
    """Every gallery window in English, saved as <name>-en.png; returns the files written."""
    from entry_screenshots import on_screen

    from jamsostek_desktop.ui.common import i18n, messages
    from tests.ui import gallery

    i18n.save_language("en")                    # the language chooser opens on English
    if i18n.install(app, "en") != "en":
        raise SystemExit("the English catalogue is missing: run tools/update_translations.py")
    messages.present = lambda box: True        # message boxes answer themselves; the windows are shot
    gallery.LINGER = 1.0                        # the PDF preview paints its pages
    written = []
    sizes = {"kelurahan": {"participants": 480}, "city": {"participants": 300}}
    try:
        for shot in gallery.all_shots(folder, **sizes):
            widget = shot.widget
            if shot.over is None and widget.width() >= gallery.WIDTH - 10:
                picture = widget.grab()
            else:
                picture = on_screen(widget.grab(), shot.over.grab() if shot.over is not None else None)
            path = HERE / f"{shot.name}-en.png"
            picture.save(str(path))
            written.append(path)
    finally:
        i18n.uninstall(app)
    return written


def main() -> int:
    home = Path(tempfile.mkdtemp(prefix="jamsostek-shots-en-"))
    os.environ["JAMSOSTEK_HOME"] = str(home / "home")
    os.environ["XDG_CONFIG_HOME"] = str(home / "config")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    for path in shoot(app, home):
        print(path.name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
