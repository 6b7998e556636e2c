"""Excel figures: importing a 10,000-row roster (check and write) and exporting 150,000 rows.

Targets (issue 6): import under 5 s, export under 15 s. Baselines measured in the
same run: the import against enrolling the same rows one by one through
services.enrolment (what a naive importer does), the export against openpyxl's
write-only mode on a slice of the rows, extrapolated.

Wall time suffers when other work shares the machine, so each figure also gives the
process's CPU time and the load average is printed before and after.

Usage: python benchmarks/bench_excel.py [--rows 10000] [--export-rows 150000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

PROFILE = {"region_code": "18.72.01.1001", "kelurahan": "Yosodadi", "kecamatan": "Metro Timur",
           "kota": "Kota Metro"}


def _fresh_db(path: Path) -> None:
    from jamsostek_desktop.services.participants import profile
    from jamsostek_desktop.services.startup import init_db

    init_db(path)
    profile.save(dict(PROFILE))


def _roster_file(folder: Path, rows: int) -> tuple[Path, list[dict]]:
    """A clerk-style roster (title, header, text NIKs, Excel dates) of `rows` demo people."""
    from jamsostek_desktop.db.models import Participant
    from jamsostek_desktop.services.excel.xlsx_writer import Column, XlsxWriter
    from jamsostek_desktop.services.participants import demo_data

    _fresh_db(folder / "source.sqlite3")
    demo_data.generate(rows, seed=11)
    people = list(Participant.select().dicts())
    columns = [Column("No", "int"), Column("NIK"), Column("Nama Lengkap"), Column("Tempat Lahir"),
               Column("Tgl Lahir", "date"), Column("L/P"), Column("Alamat"), Column("RT", "int"),
               Column("RW", "int"), Column("No HP"), Column("Nomor SK"), Column("Tanggal SK", "date")]
    path = folder / "roster.xlsx"
    with XlsxWriter(path) as writer:
        writer.add_sheet("Guru TPA", columns, (
            [i, p["nik"], p["nama"], p["tempat_lahir"], p["tanggal_lahir"], p["jenis_kelamin"], p["alamat"],
             p["rt"], p["rw"], p["telepon"], p["no_sk"], p["tanggal_sk"]]
            for i, p in enumerate(people, start=1)), title="DAFTAR GURU TPA KELURAHAN YOSODADI")
    return path, people


def bench_import(folder: Path, rows: int, repeat: int) -> None:
    from jamsostek_desktop.services.excel import importing as excel_import
    from jamsostek_desktop.services.participants import enrolment

    path, people = _roster_file(folder, rows)
    times, cpu = [], []
    for i in range(repeat):
        _fresh_db(folder / f"import-{i}.sqlite3")
        started, started_cpu = time.perf_counter(), time.process_time()
        report = excel_import.import_file(path)
        times.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
        assert report.imported == rows, report.summary()
    print(f"import {rows} rows (read + check + write): median {statistics.median(times):.2f} s, "
          f"worst {max(times):.2f} s, CPU median {statistics.median(cpu):.2f} s (target < 5 s)")

    # Baseline: the same people enrolled one by one (check + duplicate lookup + insert + audit each).
    sample = min(1000, rows)
    _fresh_db(folder / "baseline.sqlite3")
    started, started_cpu = time.perf_counter(), time.process_time()
    for p in people[:sample]:
        values = {k: p[k] for k in ("nik", "nama", "tempat_lahir", "tanggal_lahir", "jenis_kelamin", "alamat",
                                    "rt", "rw", "telepon", "no_sk", "tanggal_sk")}
        values["fields"] = {}
        enrolment.enrol(values, "guru-tpa", accept_warnings=True)
    per_row = (time.perf_counter() - started) / sample
    cpu_row = (time.process_time() - started_cpu) / sample
    print(f"baseline enrolment.enrol one by one: {per_row * 1000:.2f} ms/row -> {per_row * rows:.1f} s "
          f"(CPU {cpu_row * rows:.1f} s) for {rows} rows (measured on {sample})")


def bench_export(folder: Path, rows: int, repeat: int) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    from jamsostek_desktop.db.models import Participant
    from jamsostek_desktop.services.excel import export as excel_export
    from jamsostek_desktop.services.participants import demo_data

    _fresh_db(folder / "export.sqlite3")
    started = time.perf_counter()
    demo_data.generate(rows, seed=1)
    print(f"(demo-data {rows}: {time.perf_counter() - started:.1f} s)")
    for template in ("full", "bpjs"):
        times, cpu = [], []
        for i in range(repeat):
            started, started_cpu = time.perf_counter(), time.process_time()
            result = excel_export.export(folder / f"{template}-{i}.xlsx", template)
            times.append(time.perf_counter() - started)
            cpu.append(time.process_time() - started_cpu)
            assert result.rows == rows
        size = (folder / f"{template}-0.xlsx").stat().st_size / 1e6
        print(f"export {template} {rows} rows: median {statistics.median(times):.2f} s, worst {max(times):.2f} s, "
              f"CPU median {statistics.median(cpu):.2f} s, {size:.1f} MB (target < 15 s)")

    # Baseline: openpyxl write-only with the same typed cells (text NIK, dd-mm-yyyy dates) on a slice.
    sample = min(15_000, rows)
    people = list(Participant.select().limit(sample).tuples())
    started, started_cpu = time.perf_counter(), time.process_time()
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Data")
    for p in people:
        cells = []
        for value in p:
            cell = WriteOnlyCell(ws, value if not isinstance(value, dict) else str(value))
            if isinstance(value, dt.date):
                cell.number_format = "DD-MM-YYYY"
            elif isinstance(value, str):
                cell.number_format = "@"
            cells.append(cell)
        ws.append(cells)
    wb.save(folder / "openpyxl.xlsx")
    per_row = (time.perf_counter() - started) / sample
    cpu_row = (time.process_time() - started_cpu) / sample
    print(f"baseline openpyxl write-only: {per_row * 1e6:.0f} us/row -> {per_row * rows:.1f} s "
          f"(CPU {cpu_row * rows:.1f} s) for {rows} rows (measured on {sample})")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--export-rows", type=int, default=150_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--only", choices=("import", "export"))
    args = parser.parse_args()
    print("load average before: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    with tempfile.TemporaryDirectory() as tmp:
        if args.only != "export":
            bench_import(Path(tmp), args.rows, args.repeat)
        if args.only != "import":
            bench_export(Path(tmp), args.export_rows, args.repeat)
    print("load average after: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from peak_memory import report_at_exit

    report_at_exit(Path(__file__).name)
    raise SystemExit(main())
