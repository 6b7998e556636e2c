"""Sample pages of every printed document for the docs (issue 4).

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/report_screenshots.py

Builds a throw-away Kelurahan Yosodadi database with a stand-in emblem and 1,200 demo
participants, prints the roster (one category), the receipt list and the summary in F4 and
A4, and turns selected pages into PNGs with pdftoppm (poppler-utils) at 60 dpi.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
sys.path.insert(0, str(HERE))

from entry_screenshots import emblem_png  # noqa: E402


def pages(pdf: Path, name: str, which: dict[str, int]) -> None:
    for label, number in which.items():
        stem = HERE / f"{name}-{label}"
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-singlefile", "-f", str(number), "-l", str(number),
                        str(pdf), str(stem)], check=True)


def main() -> int:
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (QImage needs it)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["JAMSOSTEK_HOME"] = tmp
        from pypdf import PdfReader

        from jamsostek_desktop.services.participants import demo_data, profile
        from jamsostek_desktop.services.participants.stats import Scope
        from jamsostek_desktop.services.printing import documents
        from jamsostek_desktop.services.startup import init_db

        init_db(Path(tmp) / "docs.sqlite3")
        profile.save({"region_code": "18.72.01.1001", "kelurahan": "Yosodadi", "kecamatan": "Metro Timur",
                      "kota": "Kota Metro", "provinsi": "Lampung",
                      "alamat": "Jl. Jenderal Sudirman No. 12, Metro", "telepon": "(0725) 41234",
                      "email": "kel.yosodadi@metrokota.go.id", "lurah_nama": "Budi Santoso, S.IP.",
                      "lurah_pangkat": "Penata Tingkat I (III/d)", "lurah_nip": "197501012000031001",
                      "logo": emblem_png()})
        demo_data.generate(1200, seed=11)
        for paper in ("f4", "a4"):
            for landscape in (False, True):
                orientation = "landscape" if landscape else "portrait"
                for kind, scope in (("roster", Scope(category="kader-posyandu")),
                                    ("receipt", Scope(category="ketua-rt")), ("summary", Scope())):
                    pdf = Path(tmp) / f"{kind}-{paper}-{orientation}.pdf"
                    options = documents.PrintOptions(paper=paper, landscape=landscape)
                    if kind == "summary":
                        documents.summary(pdf, scope, options=options)
                    else:
                        documents.roster(pdf, scope, receipt=kind == "receipt", options=options)
                    count = len(PdfReader(pdf).pages)
                    wanted = {"p1": 1, "last": count} if count > 1 else {"p1": 1}
                    if kind == "summary":
                        wanted = {f"p{n}": n for n in range(1, count + 1)}
                    pages(pdf, f"{kind}-{paper}-{orientation}", wanted)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
