"""Screenshots of the tenure windows (issue 14), in Indonesian and English, and its PDFs' first pages.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/tenure_screenshots.py

The windows come from tests/ui/tenure/scenario.py (the same ones the English walk reads):
a kelurahan with terms ending and ended, a replacement, a death with its claim, a late
accident report. Windows are shot at 1366x768 (the main ones at 1024x768 too); dialogs over their window.
The post history and the heirs' surat pengantar are written as PDFs and their first page
saved as PNG (pdftoppm from poppler-utils).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
sys.path.insert(0, str(HERE))


WIDE_ONLY = ("tenure-list-filter", "tenure-dashboard", "tenure-ending")   # shot at 1024 too


def shoot(folder: Path, language: str, width: int) -> list[Path]:
    from entry_screenshots import on_screen

    from tests.ui import gallery
    from tests.ui.tenure.scenario import tenure

    gallery.WIDTH = width
    suffix = ("-en" if language == "en" else "") + ("-1024" if width == 1024 else "")
    written = []
    for shot in tenure(folder, 60):
        if width == 1024 and shot.name not in WIDE_ONLY:
            continue
        widget = shot.widget
        if shot.over is None:
            picture = widget.grab()
        else:
            picture = on_screen(widget.grab(), shot.over.grab())
        path = HERE / f"{shot.name}{suffix}.png"
        picture.save(str(path))
        written.append(path)
    return written


def documents(folder: Path) -> list[Path]:
    from jamsostek_desktop.db.tenure_models import Claim, Replacement
    from jamsostek_desktop.services.tenure import documents as tenure_documents
    from tests.ui.tenure.scenario import build

    build(folder, 0)
    written = []
    post = Replacement.get(Replacement.reason == "pindah-domisili").post_id
    for name, pdf in (("tenure-history-pdf", tenure_documents.history_pdf(post, folder / "riwayat.pdf").path),
                      ("tenure-letter-pdf", tenure_documents.letter_pdf(Claim.get().id, folder / "pengantar.pdf",
                                                                       number="474/112/KEL-YSD/2026").path)):
        if shutil.which("pdftoppm") is None:
            print("pdftoppm missing: apt-get install poppler-utils")
            break
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                        str(HERE / name)], check=True)
        written.append(HERE / f"{name}.png")
    return written


def main() -> int:
    home = Path(tempfile.mkdtemp(prefix="jamsostek-shots-tenure-"))
    os.environ["JAMSOSTEK_HOME"] = str(home / "home")
    os.environ["XDG_CONFIG_HOME"] = str(home / "config")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from jamsostek_desktop.ui.common import i18n, messages

    messages.present = lambda box: True
    written = shoot(home / "id-1366", "id", 1366) + shoot(home / "id-1024", "id", 1024)
    i18n.save_language("en")
    if i18n.install(app, "en") != "en":
        raise SystemExit("the English catalogue is missing: run tools/update_translations.py")
    try:
        written += shoot(home / "en", "en", 1366)
    finally:
        i18n.uninstall(app)
    written += documents(home / "pdf")
    for path in written:
        print(path.relative_to(HERE.parent.parent))
    shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
