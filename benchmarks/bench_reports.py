"""Roster PDF timings for 1k, 10k and 50k rows, with peak memory, against two baselines.

Each size gets its own database (demo data) and each measurement runs in a fresh process,
so the peak resident memory (ru_maxrss) is that one print's. The roster printed is the
whole list with every status (`listing="semua"`: status column, grouped by category), so
a size of 10,000 prints 10,000 rows. Baselines, in the same run:

- the straightforward reportlab build (every row in memory, one LongTable of Paragraph
  cells, columns measured by reportlab), for the sizes up to --baseline-max;
- LibreOffice converting the same rows from an xlsx sheet to PDF (`soffice --headless
  --convert-to pdf`), what an office without this program would do, when `soffice` is
  installed (skipped with a note otherwise). The ratio is printed.

    .venv/bin/python benchmarks/bench_reports.py [--sizes 1000,10000,50000] [--repeat 3]
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
import time
from pathlib import Path

CHILD = "--child"


def make_db(folder: Path, count: int) -> Path:
    from jamsostek_desktop.cli import main as cli

    path = folder / f"bench-{count}.sqlite3"
    if not path.exists():
        cli(["--db", str(path), "init", "--code", "18.72.01.1001", "--name", "Yosodadi", "--kecamatan",
             "Metro Timur", "--kota", "Kota Metro", "--alamat", "Jl. Jenderal Sudirman No. 12, Metro",
             "--lurah", "Budi Santoso, S.IP.", "--nip", "197501012000031001"])
        cli(["--db", str(path), "demo-data", "--count", str(count), "--seed", "1"])
    return path


def child(db: str, kind: str, out: str) -> None:
    """One measured print in this process; prints JSON {seconds, cpu, pages, rows, maxrss_mb}."""
    import resource

    from jamsostek_desktop.services.printing.layout.base import register_fonts
    from jamsostek_desktop.services.startup import init_db

    init_db(db)
    register_fonts()                                     # font loading is a one-off, not per print
    start = time.perf_counter()
    cpu = time.process_time()
    if kind == "roster":
        from jamsostek_desktop.services.printing import documents

        result = documents.roster(out, options=documents.PrintOptions(listing="semua"))
        pages, rows = result.pages, result.rows
    elif kind == "xlsx":
        pages, rows = 0, write_xlsx(out)
    else:
        pages, rows = baseline(out)
    seconds = time.perf_counter() - start
    cpu = time.process_time() - cpu
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "cpu": cpu, "pages": pages, "rows": rows, "maxrss_mb": rss}))


def _rows():
    """The roster's rows as plain values, in the roster's order (every status, by category)."""
    from jamsostek_desktop.domain.scope import Scope
    from jamsostek_desktop.services.printing import documents, listing, roster_rows

    every = listing.resolve("semua", None)
    return roster_rows.source(documents.document_scope(Scope(), every), True).rows()


def write_xlsx(out: str) -> int:
    """The same rows and columns as the roster, one sheet, set up for A4 portrait, one page wide."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Daftar")
    sheet.page_setup.paperSize = "9"                     # A4 in the xlsx paper size table
    sheet.page_setup.orientation = "portrait"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.append(["No", "NIK", "Nama", "L/P", "Tempat, Tanggal Lahir", "Alamat", "RT/RW", "Keterangan",
                  "JHT", "Status"])
    count = 0
    for count, row in enumerate(_rows(), start=1):
        born = f"{row.tempat_lahir}, {row.tanggal_lahir:%d-%m-%Y}" if row.tanggal_lahir else row.tempat_lahir
        sheet.append([count, row.nik, row.nama, row.jenis_kelamin, born, row.alamat, f"{row.rt:03d}/{row.rw:03d}",
                      row.keterangan, "Ya" if row.jht else "-", row.status])
    book.save(out)
    return count


def baseline(out: str) -> tuple[int, int]:
    """The naive roster: every row read into memory, one LongTable of Paragraphs, measured columns."""
    from reportlab.lib.units import mm
    from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, TableStyle

    from jamsostek_desktop.services.printing.layout.base import F4, REGULAR, style

    cell = style("cell", 8, font=REGULAR, leading=9.6)
    rows = [["No", "NIK", "Nama", "L/P", "Tempat/Tgl Lahir", "Alamat", "RT/RW", "Keterangan", "JHT", "Status"]]
    for i, p in enumerate(_rows(), start=1):
        rows.append([str(i), p.nik, Paragraph(p.nama, cell), p.jenis_kelamin,
                     Paragraph(f"{p.tempat_lahir}, {p.tanggal_lahir:%d-%m-%Y}", cell), Paragraph(p.alamat, cell),
                     f"{p.rt:03d}/{p.rw:03d}", Paragraph(p.keterangan, cell), "Ya" if p.jht else "-", p.status])
    table = LongTable(rows, repeatRows=1)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REGULAR, 8), ("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    doc = SimpleDocTemplate(out, pagesize=F4, leftMargin=30 * mm, rightMargin=20 * mm)
    doc.build([table])
    return doc.page, len(rows) - 1


def measure(db: Path, kind: str, repeat: int, folder: Path) -> list[dict]:
    runs = []
    for i in range(repeat):
        out = folder / f"{kind}-{db.stem}-{i}.pdf"
        proc = subprocess.run([sys.executable, __file__, CHILD, str(db), kind, str(out)],
                              capture_output=True, text=True, check=True)
        runs.append(json.loads(proc.stdout.strip().splitlines()[-1]))
        out.unlink(missing_ok=True)
    return runs


def libreoffice(db: Path, folder: Path, repeat: int) -> dict | None:
    """Seconds for soffice to turn the same rows (xlsx) into a PDF, or None without soffice."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None
    sheet = folder / f"{db.stem}.xlsx"
    subprocess.run([sys.executable, __file__, CHILD, str(db), "xlsx", str(sheet)], capture_output=True, check=True)
    profile = folder / "lo-profile"
    times, pages = [], 0
    for _ in range(repeat):
        out = folder / "lo-out"
        shutil.rmtree(out, ignore_errors=True)
        start = time.perf_counter()
        subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(out), str(sheet)], capture_output=True, check=True, timeout=1800)
        times.append(time.perf_counter() - start)
        from pypdf import PdfReader

        pages = len(PdfReader(str(out / f"{sheet.stem}.pdf")).pages)
    return {"seconds": statistics.median(times), "pages": pages}


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == CHILD:
        child(*sys.argv[2:5])
        return 0
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="1000,10000,50000")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--baseline-max", type=int, default=1_000, help="largest size for the LongTable baseline")
    parser.add_argument("--libreoffice-max", type=int, default=10_000, help="largest size for LibreOffice")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-reports-"))
    os.environ.setdefault("JAMSOSTEK_HOME", str(folder / "home"))
    try:
        return run(args, folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def run(args, folder: Path) -> int:
    sizes = [int(s) for s in args.sizes.split(",")]
    load = os.getloadavg()[0]
    print(f"load average at start: {load:.1f} on {os.cpu_count()} CPUs (wall times stretch with load; CPU s less so)")
    print(f"{'rows':>7} {'document':<11} {'median s':>9} {'min s':>7} {'CPU s':>6} {'ms/1k rows':>10} "
          f"{'pages':>6} {'rows/page':>9} {'peak MB':>8}")
    figures = {}
    for size in sizes:
        db = make_db(folder, size)
        kinds = ["roster"] + (["baseline"] if size <= args.baseline_max else [])
        for kind in kinds:
            runs = measure(db, kind, args.repeat if kind == "roster" else 1, folder)
            median = statistics.median(r["seconds"] for r in runs)
            figures[(size, kind)] = median
            cpu = statistics.median(r["cpu"] for r in runs)
            pages = runs[0]["pages"]
            print(f"{size:>7} {kind:<11} {median:>9.2f} {min(r['seconds'] for r in runs):>7.2f} {cpu:>6.2f} "
                  f"{median * 1e6 / size:>10.1f} {pages:>6} {runs[0]['rows'] / max(pages, 1):>9.1f} "
                  f"{max(r['maxrss_mb'] for r in runs):>8.0f}", flush=True)
        if size <= args.libreoffice_max:
            lo = libreoffice(db, folder, 1 if size > 1_000 else args.repeat)
            if lo is None:
                print(f"{size:>7} {'libreoffice':<11} skipped: soffice is not installed")
            else:
                ratio = lo["seconds"] / figures[(size, "roster")]
                print(f"{size:>7} {'libreoffice':<11} {lo['seconds']:>9.2f} {'':>7} {'':>6} "
                      f"{lo['seconds'] * 1e6 / size:>10.1f} {lo['pages']:>6} {size / max(lo['pages'], 1):>9.1f}"
                      f"   xlsx -> PDF takes {ratio:.1f}x the roster's time", flush=True)
    roster = [(s, figures[(s, "roster")]) for s in sizes]
    if len(roster) > 1:
        (s0, t0), (s1, t1) = roster[0], roster[-1]
        print(f"growth {s0}->{s1} rows: x{s1 / s0:.0f} rows, x{t1 / t0:.1f} time")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
