"""Sync export and re-import at city scale, next to the implementation they replace (issue 19).

Targets (150,000 participants with their ~243,000 tenure lines): `export --full` under 1 s
and 200 MB; re-import of the same file under 0.5 s. Each figure is measured in a fresh
process (its peak resident memory, VmHWM, is that step's alone) and is the median of
--repeat runs; every line prints wall time, the process's CPU time (all its threads: the
honest column on a shared machine) and peak memory.

Baselines from the same run:
- a Python process that imports the program and opens the database (the memory floor);
- a plain SELECT of every participant row (the least an export reading rows spent);
- the SQL alone: every line of the file built by SQLite and fetched, nothing written
  (the floor of the current export: what is left is compressing, sealing, hashing);
- the export as it was before (`export.export(..., reference=True)`: lines read as text
  in change order, the standard library's zlib, zipfile's writer);
- the export of today with its lines read on one connection (no parts read at once): CPU as
  the full export, wall time what a one-core PC sees;
- the re-import as it was before (the stored payload read through zipfile and zlib).

Usage: python benchmarks/bench_sync_export.py [--count 150000] [--repeat 3] [--db PATH]
                                              [--plain-only] [--sealed-only]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from peak_memory import children_figures, children_peak, cpu_now  # noqa: E402 (beside this script)

CITY = {"region_code": "18.72", "kota": "Kota Metro"}
KELURAHAN = {"region_code": "18.72.01.1001", "kelurahan": "Yosodadi", "kecamatan": "Metro Timur",
             "kota": "Kota Metro"}


def peak_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM"):
                return int(line.split()[1]) / 1024
    return 0.0


def _reference_stored_pieces(self):
    """Reader._stored_pieces as it was before: the entry read through zipfile (zlib, its CRC)."""
    import io
    import zipfile
    import zlib

    from jamsostek_desktop.services.sync.format import chunked, stream

    limit, read = self.payload["size"], 0
    try:
        with zipfile.ZipFile(io.BytesIO(self.data)).open(self.info) as entry:
            while piece := entry.read(stream.CHUNK):
                read += len(piece)
                if read > limit:
                    raise chunked._refused("tampered", chunked._HASH)
                yield piece
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as exc:
        raise chunked._refused("corrupt", chunked._DAMAGED) from exc


def child(step: str, db: str, target: str) -> None:
    """One measured step in this fresh process; prints `wall cpu peak_mb note`."""
    from jamsostek_desktop.db.connection import db as database
    from jamsostek_desktop.services.startup import init_db

    init_db(Path(db))
    if step.startswith("export"):
        # Loaded before the clock starts, as in the window that sends (every variant alike).
        from jamsostek_desktop.services.sync import export, payload  # noqa: F401
    wall, cpu = time.perf_counter(), cpu_now()
    note = ""
    if step == "floor":
        pass
    elif step == "select":
        from jamsostek_desktop.services.sync import rows

        cursor = database.execute_sql(rows.select())
        while cursor.fetchmany(2000):
            pass
    elif step == "sql":
        from jamsostek_desktop.services.sync import payload, tenure_rows

        connection = database.connection()
        connection.text_factory = bytes
        for sql in (payload.SELECT_ARRAYS_SCAN, *tenure_rows.ARRAY_SQL.values()):
            cursor = database.execute_sql(sql, (0, 1 << 62))
            while cursor.fetchmany(2000):
                pass
    elif step in ("export", "export-reference", "export-one-connection"):
        from jamsostek_desktop.services.sync import export, payload

        if step == "export-one-connection":
            payload._parts = lambda: 1         # the lines read on the export's own connection only
        result = export.export(Path(target), full=True, reference=step == "export-reference")
        note = f"{result.records} {result.path.stat().st_size}"
    else:
        from jamsostek_desktop.services.sync import importing

        if step == "reimport-reference":
            from jamsostek_desktop.services.sync.format import chunked

            chunked.Reader._stored_pieces = _reference_stored_pieces
        report = importing.import_files([Path(target)])
        item = report.files[0]
        assert item.outcome == ("merged" if step == "merge" else "already"), report.lines()
        note = item.outcome
    print(f"{time.perf_counter() - wall:.4f} {cpu_now() - cpu:.4f} {peak_mb():.1f} {note}{children_peak()}")


def run(step: str, db: Path, target: Path | str = "") -> tuple[float, float, float, str]:
    out = subprocess.run([sys.executable, __file__, "--child", step, str(db), str(target)],
                         capture_output=True, text=True, env=os.environ)
    if out.returncode:
        raise SystemExit(f"{step} failed:\n{out.stdout}\n{out.stderr}")
    wall, cpu, peak, *note = out.stdout.strip().splitlines()[-1].split(" ", 3)
    return float(wall), float(cpu), float(peak), (note[0] if note else "")


def line(name: str, results: list[tuple], target: str = "") -> None:
    walls, cpus, peaks = [r[0] for r in results], [r[1] for r in results], [r[2] for r in results]
    print(f"{name:<50} median {statistics.median(walls):6.2f} s wall, {statistics.median(cpus):6.2f} s CPU, "
          f"peak {max(peaks):6.1f} MB{children_figures(results)}   (CPU runs: {', '.join(f'{c:.2f}' for c in cpus)})"
          f"{target}", flush=True)


def _databases(args, tmp: Path) -> tuple[Path, Path, Path]:
    """(kelurahan database, city database template, city public key file)."""
    os.environ["JAMSOSTEK_HOME"] = str(tmp / "home")
    from jamsostek_desktop.db.connection import close_db
    from jamsostek_desktop.services.participants import demo_data, profile
    from jamsostek_desktop.services.startup import init_db
    from jamsostek_desktop.services.sync import keys as sync_keys

    kel_db = args.db or tmp / "kelurahan.sqlite3"
    if not kel_db.exists():
        init_db(kel_db)
        profile.save(KELURAHAN)
        demo_data.generate(args.count, seed=1)
        close_db()
    city = tmp / "city-template.sqlite3"
    init_db(city)
    profile.save(CITY, mode="city")
    sync_keys.generate_city_keys(tmp / "metro")
    close_db()
    return kel_db, city, tmp / "metro.pub"


def _kelurahan_copy(kel_db: Path, target: Path, city_public: Path | None) -> str:
    """A working copy of the kelurahan (exports are recorded), sealing to the city or not;
    returns its installation's fingerprint."""
    from jamsostek_desktop.db.connection import close_db
    from jamsostek_desktop.services.startup import init_db
    from jamsostek_desktop.services.sync import keys as sync_keys
    from jamsostek_desktop.services.sync.format import crypto

    shutil.copy(kel_db, target)
    init_db(target)
    if city_public is not None:
        sync_keys.import_city_public_key(city_public)
    _, seed = sync_keys.installation()
    close_db()
    return crypto.fingerprint(crypto.verify_key_of(seed))


def _variant(name: str, kel_db: Path, city_template: Path, city_public: Path | None, tmp: Path,
             repeat: int) -> None:
    from jamsostek_desktop.db.connection import close_db
    from jamsostek_desktop.services.startup import init_db
    from jamsostek_desktop.services.sync import trust

    work = tmp / f"kelurahan-{name}.sqlite3"
    fingerprint = _kelurahan_copy(kel_db, work, city_public)
    old, new, single = [], [], []
    for i in range(repeat):        # alternated, so a busy moment of the machine weighs on each
        old.append(run("export-reference", work, tmp / f"{name}-reference-{i}.jamsync"))
        new.append(run("export", work, tmp / f"{name}-{i}.jamsync"))
        single.append(run("export-one-connection", work, tmp / f"{name}-single-{i}.jamsync"))
    records, size = (int(x) for x in new[0][3].split()[:2])
    old_size = int(old[0][3].split()[1])
    print(f"{name}: {records} participants, file {size / 1e6:.1f} MB (before: {old_size / 1e6:.1f} MB)")
    line(f"baseline: export as before ({name})", old)
    line(f"export --full, one reading connection ({name})", single)
    line(f"export --full ({name}, {os.cpu_count()} cores)", new, "   (target < 1 s, < 200 MB)")
    city = tmp / f"city-{name}.sqlite3"
    shutil.copy(city_template, city)
    sent = tmp / f"{name}-0.jamsync"
    init_db(city)
    trust.accept_key(sent, fingerprint)
    close_db()
    merged = run("merge", city, sent)
    print(f"(merged once into a city to re-import it: {merged[1]:.1f} s CPU)")
    old, new = [], []
    for _ in range(repeat):
        old.append(run("reimport-reference", city, sent))
        new.append(run("reimport", city, sent))
    line(f"baseline: re-import as before ({name})", old)
    line(f"re-import of the same file ({name})", new, "   (target < 0.5 s)")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=150_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--db", type=Path, help="kelurahan database to reuse (made when missing)")
    parser.add_argument("--plain-only", action="store_true", help="only the unencrypted file")
    parser.add_argument("--sealed-only", action="store_true", help="only the file sealed to the city")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return 0
    tmp = Path(tempfile.mkdtemp(prefix="jamsostek-bench-export-"))
    try:
        kel_db, city_template, city_public = _databases(args, tmp)
        base = tmp / "kelurahan-base.sqlite3"
        _kelurahan_copy(kel_db, base, None)
        print(f"load average at the start: {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs", flush=True)
        line("baseline: Python + program, db open", [run("floor", base) for _ in range(args.repeat)])
        line("baseline: plain SELECT of every participant", [run("select", base) for _ in range(args.repeat)])
        line("baseline: the SQL alone (every line built)", [run("sql", base) for _ in range(args.repeat)])
        if not args.sealed_only:
            _variant("plain", kel_db, city_template, None, tmp, args.repeat)
        if not args.plain_only:
            _variant("sealed", kel_db, city_template, city_public, tmp, args.repeat)
        print(f"load average at the end: {os.getloadavg()[0]:.2f}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
