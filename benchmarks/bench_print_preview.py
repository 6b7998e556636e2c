"""The print dialog's preview of a 150,000-person roster: first page, whole document, memory.

A fresh process per run (offscreen Qt) opens the Cetak dialog on a 150,000-participant
demo database, chooses every status (150,000 rows) and presses Preview. It reports when
the first page is on screen (the dialog shows the first pages while the rest is drawn),
when the whole document is, the process's resident memory before, at its peak and after
the dialog is closed. The baseline, from the same run, is the whole document's time: a
preview that waits for the whole file shows its first page only then.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_print_preview.py [--count 150000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

CHILD = "--child"
PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * PAGE / 2**20


def child(db: str) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from jamsostek_desktop.domain.scope import Scope
    from jamsostek_desktop.services.printing.layout.base import register_fonts
    from jamsostek_desktop.services.startup import init_db
    from jamsostek_desktop.ui.printing.dialog import PrintDialog

    app = QApplication.instance() or QApplication([])
    init_db(db)
    register_fonts()
    dialog = PrintDialog(None, Scope(), "roster")
    dialog._select(dialog.listing, "semua")
    dialog.show()
    app.processEvents()
    before = rss_mb()
    peak = [before]
    sampling = True

    def sample() -> None:
        while sampling:
            peak[0] = max(peak[0], rss_mb())
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    start = time.perf_counter()
    dialog.preview()
    first = None
    while dialog.busy or dialog.last_result is None:
        app.processEvents()
        if first is None and dialog.preview_panel.page_count() > 0:
            first = time.perf_counter() - start
        time.sleep(0.005)
    whole = time.perf_counter() - start
    first = first if first is not None else whole
    result = dialog.last_result
    dialog.reject()
    dialog.deleteLater()
    for _ in range(20):
        app.processEvents()
        time.sleep(0.05)
    sampling = False
    sampler.join()
    after = rss_mb()
    print(json.dumps({"first": first, "whole": whole, "pages": result.pages, "rows": result.rows,
                      "before_mb": before, "peak_mb": peak[0], "after_mb": after}))


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == CHILD:
        child(sys.argv[2])
        return 0
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=150_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-preview-"))
    os.environ.setdefault("JAMSOSTEK_HOME", str(folder / "home"))
    try:
        from jamsostek_desktop.cli import main as cli

        db = folder / "preview.sqlite3"
        cli(["--db", str(db), "init", "--code", "18.72.01.1001", "--name", "Yosodadi", "--kecamatan",
             "Metro Timur", "--kota", "Kota Metro", "--lurah", "Budi Santoso, S.IP.", "--nip", "197501012000031001"])
        cli(["--db", str(db), "demo-data", "--count", str(args.count), "--seed", "1"])
        print(f"load average at start: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
        runs = []
        for _ in range(args.repeat):
            proc = subprocess.run([sys.executable, __file__, CHILD, str(db)], capture_output=True, text=True,
                                  check=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
            runs.append(json.loads(proc.stdout.strip().splitlines()[-1]))
        med = {key: statistics.median(r[key] for r in runs) for key in runs[0]}
        print(f"rows {med['rows']:,.0f}, pages {med['pages']:,.0f} ({args.repeat} runs, medians)")
        print(f"first page on screen: {med['first']:.2f} s (worst {max(r['first'] for r in runs):.2f} s)")
        print(f"whole document on screen (baseline: a preview that waits for it): {med['whole']:.2f} s")
        print(f"resident memory: before {med['before_mb']:.0f} MB, peak {med['peak_mb']:.0f} MB, "
              f"after closing the dialog {med['after_mb']:.0f} MB")
        return 0
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
