"""Sync figures at city scale: export, merge into an empty city, into a city that holds them, re-import.

Targets (issue 19, 150,000 participants): export under 1 s and 200 MB; merge into an empty
city database under 5 s and 300 MB; into a city that already holds them under 5 s;
re-import under 0.5 s. Every figure is measured in a fresh process, so its peak resident
memory (VmHWM) is that step's alone; each is the median of --repeat runs and prints wall
time, the process's CPU time (honest on a busy machine) and peak memory.

Baselines from the same run:
- export: reading every participant row with a plain SELECT (the least any export spends);
- merge: the same data as a format-2 file (one JSON object a line, the payload read,
  inflated and parsed whole before the merge: the way files were read before format 3),
  and demo-data's bulk insert of the same count when the kelurahan database is made;
- a Python process that imports the program and opens the database (memory floor).

- with --baseline REV (e.g. main), the two merges with that commit's code, interleaved with the
  current code's runs on the same files (the before/after of one run, under the same load).
Screening (issue 13) runs after a merge's transaction; its CPU time is printed apart.

Usage: python benchmarks/bench_sync.py [--count 150000] [--repeat 3] [--encrypted] [--db PATH] [--baseline REV]
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

# --baseline runs the same steps on an older commit's source (exported to a folder): its path first.
sys.path.insert(0, os.environ.get("BENCH_SYNC_SOURCE") or str(Path(__file__).resolve().parent.parent))
from peak_memory import children_figures, children_peak, cpu_now, together_peak_mb  # noqa: E402 (beside this script)

CITY = {"region_code": "18.72", "kota": "Kota Metro"}
KELURAHAN = {"region_code": "18.72.01.1001", "kelurahan": "Yosodadi", "kecamatan": "Metro Timur",
             "kota": "Kota Metro"}


def peak_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM"):
                return int(line.split()[1]) / 1024
    return 0.0


def child(step: str, db: str, target: str, extra: str) -> None:
    """One measured step in this fresh process; prints `wall cpu peak_mb note`."""
    from jamsostek_desktop.db.connection import db as database
    from jamsostek_desktop.services.startup import init_db

    init_db(Path(db))
    wall, cpu = time.perf_counter(), cpu_now()
    note = ""
    if step == "floor":
        pass
    elif step == "read":
        from jamsostek_desktop.services.sync import rows

        cursor = database.execute_sql(rows.select())
        while cursor.fetchmany(2000):
            pass
    elif step == "export":
        from jamsostek_desktop.services.sync import export

        result = export.export(Path(target), full=True)
        note = f"{result.records} {result.path.stat().st_size}"
    else:
        from jamsostek_desktop.services.screening import after_merge
        from jamsostek_desktop.services.sync import importing

        # Screening (issue 13) runs after the merge's transaction as a step of its own: timed apart.
        screening = [0.0]
        screen = after_merge.screen_kelurahan

        def timed_screen(*args, **kwargs):
            started = time.process_time()
            try:
                return screen(*args, **kwargs)
            finally:
                screening[0] += time.process_time() - started

        after_merge.screen_kelurahan = timed_screen
        report = importing.import_files([Path(target)])
        item = report.files[0]
        assert item.outcome != "refused", report.lines()
        note = f"screening={screening[0]:.4f} {item.outcome} added={item.added} unchanged={item.unchanged}"
        if extra:
            assert str(getattr(item, extra.split("=")[0])) == extra.split("=")[1], (extra, report.lines())
    print(f"{time.perf_counter() - wall:.4f} {cpu_now() - cpu:.4f} {peak_mb():.1f} {note}{children_peak()}")


def run(step: str, db: Path, target: Path | str = "", check: str = "",
        source: Path | None = None) -> tuple[float, float, float, str]:
    env = dict(os.environ, BENCH_SYNC_SOURCE=str(source)) if source else os.environ
    with tempfile.TemporaryFile("w+") as stdout, tempfile.TemporaryFile("w+") as stderr:
        process = subprocess.Popen([sys.executable, __file__, "--child", step, str(db), str(target), check],
                                   stdout=stdout, stderr=stderr, text=True, env=env)
        together = together_peak_mb(process)          # the step's process and its children at once
        stdout.seek(0), stderr.seek(0)
        output, errors = stdout.read(), stderr.read()
    if process.returncode:
        raise SystemExit(f"{step} failed:\n{output}\n{errors}")
    wall, cpu, peak, *note = output.strip().splitlines()[-1].split(" ", 3)
    return float(wall), float(cpu), float(peak), (note[0] if note else "") + f" together={together:.1f}"


def as_format_2(source: Path, target: Path, seed: bytes) -> None:
    """The same file written as format 2 (object lines, read whole): the baseline for the merge."""
    import zipfile

    from jamsostek_desktop.services.sync.format import chunked, container

    with zipfile.ZipFile(source) as zf:
        manifest = json.loads(zf.read(container.MANIFEST_NAME))
        payload = zf.read(container.PLAIN_PAYLOAD)
    body, keys = [], ()
    for line in payload.splitlines():
        item = json.loads(line)
        if isinstance(item, dict):
            keys = item["keys"]
        else:
            body.append(json.dumps(dict(zip(keys, item, strict=True)), ensure_ascii=False, separators=(",", ":")))
    manifest = {k: v for k, v in manifest.items() if k != "payload"}
    manifest["format_version"] = 2
    assert chunked.VERSION == 3
    target.write_bytes(container.pack(manifest, ("\n".join(body) + "\n").encode("utf-8"), seed))


def line(name: str, results: list[tuple], target: str = "") -> None:
    walls, cpus, peaks = [r[0] for r in results], [r[1] for r in results], [r[2] for r in results]
    print(f"{name:<44} median {statistics.median(walls):6.2f} s wall, {statistics.median(cpus):6.2f} s CPU, "
          f"peak {max(peaks):6.1f} MB{children_figures(results)}   (CPU runs: {', '.join(f'{c:.2f}' for c in cpus)})"
          f"{target}")
    screening = [float(r[3].split()[0].split("=")[1]) for r in results if r[3].startswith("screening=")]
    if len(screening) == len(results) and any(screening):
        merge_only = [c - s for c, s in zip(cpus, screening, strict=True)]
        print(f"{'  of which screening (after the merge)':<44} median {statistics.median(screening):6.2f} s CPU;"
              f" the merge alone {statistics.median(merge_only):6.2f} s CPU")


def export_source(revision: str, into: Path) -> Path:
    """An older commit's source tree (git archive), for the baseline merges of --baseline; a folder
    holding such a tree (jamsostek_desktop/ and resources/) is used as it is."""
    if Path(revision).is_dir():
        return Path(revision)
    repo = Path(__file__).resolve().parent.parent
    into.mkdir(parents=True)
    archive = subprocess.run(["git", "-C", str(repo), "archive", revision, "jamsostek_desktop", "resources"],
                             capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return into


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=150_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--encrypted", action="store_true", help="seal the payload to a city key")
    parser.add_argument("--db", type=Path, help="kelurahan database to reuse (made when missing)")
    parser.add_argument("--baseline", metavar="REV", help="also merge with this commit's code (e.g. main, or a "
                        "folder holding an exported tree), "
                        "interleaved with the current code's runs: the before/after of one run")
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return 0

    tmp = Path(tempfile.mkdtemp(prefix="jamsostek-bench-sync-"))
    try:
        os.environ["JAMSOSTEK_HOME"] = str(tmp / "home")
        from jamsostek_desktop.db.connection import close_db
        from jamsostek_desktop.services.participants import demo_data, profile
        from jamsostek_desktop.services.startup import init_db
        from jamsostek_desktop.services.sync import keys as sync_keys
        from jamsostek_desktop.services.sync import trust
        from jamsostek_desktop.services.sync.format import crypto

        kel_db = args.db or tmp / "kelurahan.sqlite3"
        insert_baseline = None
        if not kel_db.exists():
            init_db(kel_db)
            profile.save(KELURAHAN)
            started = time.perf_counter()
            demo_data.generate(args.count, seed=1)
            insert_baseline = time.perf_counter() - started
            close_db()
        work_db = tmp / "kelurahan-work.sqlite3"
        shutil.copy(kel_db, work_db)       # exports are recorded: the reused database stays as it was
        city_template = tmp / "city-template.sqlite3"
        init_db(city_template)
        profile.save(CITY, mode="city")
        if args.encrypted:
            sync_keys.generate_city_keys(tmp / "metro")
        init_db(work_db)
        if args.encrypted:
            sync_keys.import_city_public_key(tmp / "metro.pub")
        _, seed = sync_keys.installation()
        fingerprint = crypto.fingerprint(crypto.verify_key_of(seed))
        close_db()

        floor = [run("floor", work_db) for _ in range(args.repeat)]
        reads = [run("read", work_db) for _ in range(args.repeat)]
        exports = [run("export", work_db, tmp / f"full-{i}.jamsync") for i in range(args.repeat)]
        full = tmp / "full-0.jamsync"
        init_db(city_template)
        trust.accept_key(full, fingerprint)      # as a person does from the cover letter
        close_db()
        records, size = (int(x) for x in exports[0][3].split()[:2])
        print(f"participants: {records}, file {size / 1e6:.1f} MB, format 3, "
              f"{'encrypted' if args.encrypted else 'unencrypted'}")
        print(f"load average at the start: {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
        line("baseline: Python + program, db open", floor)
        line("baseline: read all rows (plain SELECT)", reads)
        line("export --full", exports, "   (target < 1 s, < 200 MB)")

        empty, again, reimport, old = [], [], [], []
        base_empty, base_again = [], []
        base = export_source(args.baseline, tmp / "baseline-source") if args.baseline else None
        second = tmp / "second.jamsync"         # the same data, another payload: every record compared
        run("export", work_db, second)
        for i in range(args.repeat):
            city = tmp / f"city-{i}.sqlite3"
            shutil.copy(city_template, city)
            empty.append(run("import", city, full, f"added={records}"))
            reimport.append(run("import", city, full, "outcome=already"))
            again.append(run("import", city, second, f"unchanged={records}"))
            if base is not None:
                city = tmp / f"city-base-{i}.sqlite3"
                shutil.copy(city_template, city)
                base_empty.append(run("import", city, full, f"added={records}", source=base))
                base_again.append(run("import", city, second, f"unchanged={records}", source=base))
        if not args.encrypted:
            two = tmp / "format-2.jamsync"
            as_format_2(full, two, seed)
            for i in range(args.repeat):
                city = tmp / f"city-old-{i}.sqlite3"
                shutil.copy(city_template, city)
                old.append(run("import", city, two, f"added={records}"))
        if insert_baseline is not None:
            print(f"baseline: demo-data bulk insert          {insert_baseline:6.2f} s wall (one run, in-process)")
        if old:
            line("baseline: format-2 file, empty city", old)
        if base is not None:
            line(f"baseline: {args.baseline}'s merge, empty city", base_empty)
            line(f"baseline: {args.baseline}'s merge, city holding them", base_again)
        line("merge into an empty city", empty, "   (target < 5 s, < 300 MB)")
        line("merge into a city holding them", again, "   (target < 5 s)")
        line("re-import of the same file", reimport, "   (target < 0.5 s)")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
