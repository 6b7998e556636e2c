"""Resident register figures: importing a 150,000-resident OpenSID export, and the lookup as the clerk types.

Targets (issue 20): the import under 10 s, a lookup under 10 ms. Baselines measured
in the same run: for the import, only reading the file (python-calamine, the floor
any importer pays) and writing the same residents one by one through peewee (what
a naive importer does, timed on a slice and scaled up); for the lookup, the naive
`nama LIKE '%text%'` scan over the register.

The export has OpenSID's 43 columns (its import format, which its export writes), the
widest of the three layouts. Each figure also gives the process's CPU time and the
load average is printed, since other work shares the machine.

Usage: python benchmarks/bench_residents.py [--rows 150000] [--repeat 3] [--lookups 300]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

PROFILE = {"region_code": "18.72.01.1001", "kelurahan": "Yosodadi", "kecamatan": "Metro Timur",
           "kota": "Kota Metro"}
FIRST = ("SLAMET", "SITI", "BUDI", "DEWI", "AHMAD", "NUR", "AGUS", "SRI", "EKO", "RINA", "WAHYU", "ENDANG",
         "JOKO", "LESTARI", "HENDRA", "YULI", "ANDI", "PUJI", "BAMBANG", "RATNA", "IMAM", "FITRI", "DEDI", "WATI")
LAST = ("RIYADI", "AMINAH", "SANTOSO", "LESTARI", "MARUF", "HIDAYAT", "SUSANTO", "WAHYUNI", "PRASETYO",
        "HANDAYANI", "SAPUTRA", "RAHAYU", "KURNIAWAN", "PURNAMA", "SETIAWAN", "MULYANI", "NUGROHO", "SARI")


def _people(count: int, seed: int = 20) -> list[list]:
    from tests.unit.residents.layouts import OPENSID_COLUMNS

    rng = random.Random(seed)
    rows = []
    for i in range(count):
        sex = rng.choice("LP")
        birth = dt.date(1940, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 65))
        day = birth.day + (40 if sex == "P" else 0)
        nik = f"1872{rng.randrange(1, 6):02d}{day:02d}{birth.month:02d}{birth.year % 100:02d}{i % 9999 + 1:04d}"
        cells = dict.fromkeys(OPENSID_COLUMNS, "")
        cells.update(alamat=f"JL. {rng.choice(LAST)} NO. {rng.randrange(1, 200)}", dusun=f"DUSUN {rng.randrange(1, 9)}",
                     rw=f"{rng.randrange(1, 12):03d}", rt=f"{rng.randrange(1, 30):03d}",
                     nama=f"{rng.choice(FIRST)} {rng.choice(FIRST)} {rng.choice(LAST)}",
                     no_kk=f"187201{rng.randrange(10 ** 9, 10 ** 10)}", nik=nik, sex="1" if sex == "L" else "2",
                     tempatlahir="METRO", tanggallahir=birth, agama_id="1", status_kawin="2", kk_level="1",
                     warganegara_id="1", nama_ayah="AYAH", nama_ibu="IBU", golongan_darah_id="13",
                     status_dasar=rng.choice("1111111123"))
        rows.append([cells[c] for c in OPENSID_COLUMNS])
    # NIKs made from random dates repeat now and then: a real register has none.
    seen, unique = set(), []
    for row in rows:
        if row[6] not in seen:
            seen.add(row[6])
            unique.append(row)
    return unique


def _write_export(path: Path, rows: list[list]) -> None:
    from jamsostek_desktop.services.excel.xlsx_writer import Column, XlsxWriter
    from tests.unit.residents.layouts import OPENSID_COLUMNS

    columns = [Column(c, "date" if c == "tanggallahir" else "text") for c in OPENSID_COLUMNS]
    with XlsxWriter(path) as writer:
        writer.add_sheet("penduduk", columns, rows)


def _fresh_db(path: Path) -> None:
    from jamsostek_desktop.services.participants import profile
    from jamsostek_desktop.services.startup import close_database, init_db

    close_database()
    init_db(path)
    profile.save(dict(PROFILE))


def _timed(work) -> tuple[float, float, object]:
    wall, cpu = time.perf_counter(), time.process_time()
    result = work()
    return time.perf_counter() - wall, time.process_time() - cpu, result


def _bench_import(folder: Path, export: Path, repeat: int) -> Path:
    import python_calamine

    from jamsostek_desktop.services.residents import importing

    template = folder / "template.sqlite3"
    _fresh_db(template)
    from jamsostek_desktop.services.startup import close_database

    close_database()
    reads, imports, cpus, reimports = [], [], [], []
    for n in range(repeat):
        wall, _, _ = _timed(lambda: [list(r) for r in python_calamine.CalamineWorkbook.from_path(str(export))
                                     .get_sheet_by_name("penduduk").to_python(skip_empty_area=False)])
        reads.append(wall)
        target = folder / f"run{n}.sqlite3"
        shutil.copyfile(template, target)
        _fresh_db(target)
        wall, cpu, report = _timed(lambda: importing.import_file(export))
        assert report.committed and report.added == report.rows_valid, report.summary()
        imports.append(wall)
        cpus.append(cpu)
        wall, _, again = _timed(lambda: importing.import_file(export))
        assert again.unchanged == report.rows_valid
        reimports.append(wall)
    print(f"  residents in the file: {report.rows_valid:,}")
    print(f"  import into an empty register: median {statistics.median(imports):.2f} s wall, "
          f"{statistics.median(cpus):.2f} s CPU  (target < 10 s)")
    print(f"  re-import of the same list (all unchanged): median {statistics.median(reimports):.2f} s")
    print(f"  baseline, reading the file only (python-calamine): median {statistics.median(reads):.2f} s")
    return folder / f"run{repeat - 1}.sqlite3"


def _bench_naive_writes(folder: Path, export_rows: list[list], total: int) -> None:
    from jamsostek_desktop.db.connection import db
    from jamsostek_desktop.db.resident_models import Resident, ResidentImport

    _fresh_db(folder / "naive.sqlite3")
    entry = ResidentImport.create(kelurahan_code="18.72.01.1001", file_name="x", layout="")
    sample = export_rows[:3000]
    start = time.perf_counter()
    with db.atomic():
        for row in sample:
            Resident.create(kelurahan_code="18.72.01.1001", nik=row[6], no_kk=row[5], nama=row[4], alamat=row[0],
                            dusun=row[1], rt=int(row[3]), rw=int(row[2]), tanggal_lahir=row[9], source=entry)
    per_row = (time.perf_counter() - start) / len(sample)
    print(f"  baseline, writing row by row through peewee: {per_row * total:.1f} s for {total:,} "
          f"(measured on {len(sample):,})")


def _bench_lookups(db_path: Path, count: int) -> None:
    from jamsostek_desktop.db.connection import db
    from jamsostek_desktop.db.resident_models import Resident
    from jamsostek_desktop.services.residents import lookup

    _fresh_db(db_path)
    rng = random.Random(5)
    residents = list(Resident.select(Resident.nama, Resident.nik).tuples())
    typed: list[str] = []
    while len(typed) < count:
        name, nik = rng.choice(residents)
        word = name.split()[rng.randrange(len(name.split()))]
        typed += [word[:n] for n in range(2, len(word) + 1)]       # a name word as it is typed
        typed += [f"{name.split()[0]} {word[:n]}" for n in range(1, 3)]
        typed += [nik[:n] for n in range(4, 17, 3)]                 # a NIK as it is typed
    typed = typed[:count]
    lookup.search("slamet")     # warm the page cache once, as the open form has
    times, results, timed = [], 0, []
    for text in typed:
        start = time.perf_counter()
        results += len(lookup.search(text))
        times.append(time.perf_counter() - start)
        timed.append((times[-1], text))
    times.sort()
    slowest = ", ".join(f"'{t}' {s * 1000:.1f} ms" for s, t in sorted(timed, reverse=True)[:3])
    print(f"  lookup as the clerk types ({len(typed)} keystrokes, names and NIKs): median "
          f"{statistics.median(times) * 1000:.2f} ms, 95th percentile {times[int(len(times) * .95)] * 1000:.2f} ms, "
          f"slowest {times[-1] * 1000:.2f} ms  (target < 10 ms)")
    print(f"    slowest keystrokes (synthetic names): {slowest}")
    naive = []
    for text in [t for t in typed if not t.isdigit()][:20]:
        start = time.perf_counter()
        db.execute_sql('SELECT "id" FROM "resident" WHERE "nama" LIKE ? OR "nik" LIKE ?',
                       (f"%{text}%", f"{text}%")).fetchall()
        naive.append(time.perf_counter() - start)
    print(f"  baseline, every match by nama LIKE '%text%' (a scan of the register): "
          f"median {statistics.median(naive) * 1000:.2f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=150_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--lookups", type=int, default=300)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-residents-"))
    os.environ["JAMSOSTEK_HOME"] = str(folder / "home")
    print(f"Resident register, {args.rows:,} residents; load average {os.getloadavg()[0]:.2f}")
    try:
        rows = _people(args.rows)
        export = folder / "penduduk_opensid.xlsx"
        wall, _, _ = _timed(lambda: _write_export(export, rows))
        print(f"  (export written in {wall:.1f} s, {export.stat().st_size / 1e6:.1f} MB, 43 columns)")
        db_path = _bench_import(folder, export, args.repeat)
        _bench_naive_writes(folder, rows, len(rows))
        _bench_lookups(db_path, args.lookups)
    finally:
        from jamsostek_desktop.services.startup import close_database

        close_database()
        shutil.rmtree(folder, ignore_errors=True)
    print(f"  load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from peak_memory import report_at_exit

    report_at_exit(Path(__file__).name)
    main()
