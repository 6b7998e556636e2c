"""Screening at city scale (issue 13): the full near-duplicate run, a reference list, the form's hint.

A city database of --count demo participants over several kelurahan, with a few planted
duplicates (a one-digit NIK typo, the same name written another way). Figures are medians
of --repeat runs; each has a baseline from the same run:

- the full run (pairs.run: read, compare, store) against reading the live list alone
  (the least any pass over every participant costs);
- screening against a --count-row reference list (flags.screen, and the import with it)
  against a plain SELECT of the reference NIKs;
- the entry form's hint (hint.hints, two index lookups and a name comparison) against the
  exact-NIK duplicate lookup the form already made on every keystroke.

- the step after a city merge (after_merge.screen_kelurahan) in a fresh process on a copy of the
  city: everyone of the five kelurahan just written (a 150,000 merge into an empty city), and a
  re-send that wrote nobody (the merge into a city that holds them); with --baseline REV the same
  in REV's code, interleaved, on the same copies. CPU, wall and the process's peak (VmHWM).

Targets (issue 13): full run under 10 s, reference screening under 5 s, the hint under 20 ms;
(issue 19) the step after a 150,000 merge under 1.5 s CPU into an empty city, 0.3 s into one that
holds them.

The demo generator gives NIKs a random four-digit serial; a real NIK ends in the serial of its
kecamatan and birth date, 0001 for most people. --serials N rewrites the serials to 0001..N
(the NIKs only, unsealed: for this benchmark) and shows what a real city's NIKs cost.

Usage: python benchmarks/bench_screening.py [--count 150000] [--repeat 3] [--baseline REV]
           [--serials N] [--after-merge-only]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

KELURAHAN = ["18.72.01.1001", "18.72.01.1002", "18.72.02.1001", "18.72.02.1002", "18.72.03.1001"]


CPU: list[float] = []       # the CPU seconds of the last timed() call's runs (the machine is shared)


def timed(work, repeat: int) -> tuple[float, object]:
    walls, result = [], None
    CPU.clear()
    for _ in range(repeat):
        start, cpu = time.perf_counter(), time.process_time()
        result = work()
        walls.append(time.perf_counter() - start)
        CPU.append(time.process_time() - cpu)
    return statistics.median(walls), result


def cpu() -> str:
    return f", CPU {statistics.median(CPU):.2f} s"


def _plant(count: int) -> None:
    """`count` people entered twice: the copy with one NIK digit changed and the name in capitals."""
    from jamsostek_desktop.db.bulk import insert_rows
    from jamsostek_desktop.db.connection import db
    from jamsostek_desktop.db.models import Participant
    from jamsostek_desktop.services.accounts import seal

    rng = random.Random(7)
    source = list(Participant.select().order_by(Participant.id).limit(count * 3).dicts())[::3][:count]
    rows = []
    with db.atomic():
        seq = Participant.next_change_seq()
        for n, row in enumerate(source):
            copy = {k: v for k, v in row.items() if k != "id"}
            copy["uuid"] = str(uuid.UUID(int=rng.getrandbits(128), version=4))
            digit = 12 + rng.randrange(4)
            nik = row["nik"]
            copy["nik"] = nik[:digit] + str((int(nik[digit]) + 1) % 10) + nik[digit + 1:]
            copy["nama"] = row["nama"].upper()
            copy["kelurahan_code"] = KELURAHAN[(KELURAHAN.index(row["kelurahan_code"]) + 1) % len(KELURAHAN)] \
                if row["kelurahan_code"] in KELURAHAN else row["kelurahan_code"]
            copy["category"] = row["category"]
            copy["change_seq"] = seq + n
            rows.append(copy)
        insert_rows(Participant, rows)
        seal.participants_from(seq)


def peak_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM"):
                return int(line.split()[1]) / 1024
    return 0.0


def after_merge_child(source: str, db_path: str, mode: str) -> None:
    """In a fresh process with `source`'s code: the step after a merge; prints `wall cpu peak pairs`."""
    sys.path.insert(0, source)
    from jamsostek_desktop.db.models import max_change_seq
    from jamsostek_desktop.services.screening import after_merge
    from jamsostek_desktop.services.startup import init_db

    init_db(Path(db_path))
    codes = set(KELURAHAN)
    written_after = 0 if mode == "empty" else max_change_seq()
    wall, cpu = time.perf_counter(), time.process_time()
    views = after_merge.screen_kelurahan(codes, written_after)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(f"{wall:.4f} {cpu:.4f} {peak_mb():.1f} {len(views)}")


def git_source(revision: str, into: Path) -> str:
    """REV's source tree (git archive); a folder holding such a tree is used as it is."""
    if Path(revision).is_dir():
        return revision
    repo = Path(__file__).resolve().parent.parent
    into.mkdir(parents=True)
    archive = subprocess.run(["git", "-C", str(repo), "archive", revision, "jamsostek_desktop", "resources"],
                             capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return str(into)


def after_merge_figures(city: Path, tmp: Path, repeat: int, baseline: str | None) -> None:
    """The step after a merge in this tree's code and (--baseline) REV's, each run on a fresh copy."""
    from jamsostek_desktop.db.connection import db

    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    sources = {"this tree": str(Path(__file__).resolve().parent.parent)}
    if baseline:
        sources[f"baseline {baseline}"] = git_source(baseline, tmp / "baseline-source")
    holding = tmp / "holding.sqlite3"        # the city after the first screening: its pairs kept
    shutil.copy(city, holding)
    subprocess.run([sys.executable, __file__, "--child", sources["this tree"], str(holding), "empty"],
                   check=True, capture_output=True)
    results: dict = {(label, mode): [] for label in sources for mode in ("empty", "holding")}
    for _ in range(repeat):
        for mode, original in (("empty", city), ("holding", holding)):
            for label, source in sources.items():
                copy = tmp / "run.sqlite3"
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{copy}{suffix}").unlink(missing_ok=True)
                shutil.copy(original, copy)
                out = subprocess.run([sys.executable, __file__, "--child", source, str(copy), mode],
                                     check=True, capture_output=True, text=True).stdout.split()
                results[(label, mode)].append(tuple(float(x) for x in out))
    titles = {"empty": "everyone written (a merge into an empty city)", "holding": "nobody written (a re-send)"}
    for (label, mode), runs in results.items():
        wall, cpu, peak, found = (statistics.median(r[k] for r in runs) for k in range(4))
        print(f"{label}: step after a merge, {titles[mode]}: median CPU {cpu:.2f} s, wall {wall:.2f} s, "
              f"peak {peak:.0f} MB ({found:.0f} open pairs listed)")


def _serials(top: int) -> None:
    """Real NIKs' serials: 0001..`top` (the benchmark's NIKs only; the seals no longer match)."""
    from jamsostek_desktop.db.connection import db

    rng = random.Random(9)
    with db.atomic():
        ids = [i for (i,) in db.execute_sql('SELECT "id" FROM "participant"')]
        for start in range(0, len(ids), 5000):
            db.connection().executemany('UPDATE "participant" SET "nik" = substr("nik", 1, 12) || ? WHERE "id" = ?',
                                        [(f"{1 + int(rng.random() ** 2 * top):04d}", i)
                                         for i in ids[start:start + 5000]])


def main() -> int:
    if sys.argv[1:2] == ["--child"]:
        after_merge_child(*sys.argv[2:5])
        return 0
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=150_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--baseline", metavar="REV", help="also time the step after a merge with this commit's code")
    parser.add_argument("--serials", type=int, default=0, metavar="N", help="NIK serials 0001..N, as real NIKs")
    parser.add_argument("--after-merge-only", action="store_true", help="only the step after a merge")
    args = parser.parse_args()
    print(f"load average at start: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        os.environ["JAMSOSTEK_HOME"] = str(tmp / "home")
        from jamsostek_desktop.db.connection import db
        from jamsostek_desktop.db.models import Participant
        from jamsostek_desktop.domain import eligibility
        from jamsostek_desktop.services.participants import demo_data, enrolment, profile
        from jamsostek_desktop.services.screening import flags, hint, pairs, references
        from jamsostek_desktop.services.screening.people import live_people
        from jamsostek_desktop.services.startup import init_db

        init_db(tmp / "city.sqlite3")
        profile.save({"region_code": "18.72", "kota": "Kota Metro"}, mode="city")
        start = time.perf_counter()
        demo_data.generate(args.count, seed=1, kelurahan_codes=KELURAHAN)
        _plant(50)
        if args.serials:
            _serials(args.serials)
        print(f"{Participant.select().count():,} participants in {len(KELURAHAN)} kelurahan "
              f"(50 planted duplicates{f', NIK serials 0001..{args.serials}' if args.serials else ''}): "
              f"{time.perf_counter() - start:.1f} s to make")

        # --- the step after a city merge (issue 19) ---
        after_merge_figures(tmp / "city.sqlite3", tmp, args.repeat, args.baseline)
        if args.after_merge_only:
            return 0

        # --- the full near-duplicate run ---
        wall, people = timed(live_people, args.repeat)
        print(f"baseline: read the live list with name keys ({len(people):,} people): median {wall:.2f} s{cpu()}")
        wall, result = timed(pairs.run, args.repeat)
        print(f"full near-duplicate run (pairs.run, read + compare + store): median {wall:.2f} s{cpu()} "
              f"({result.found:,} pairs, {result.open:,} open)")

        # --- a reference list as large as the list ---
        niks = [n for (n,) in Participant.select(Participant.nik).tuples()]
        rng = random.Random(3)
        listed = rng.sample(niks, len(niks) // 2)
        fake = [f"3201{rng.randrange(10**11, 10**12 - 1):012d}" for _ in range(args.count - len(listed))]
        csv_path = tmp / "asn.csv"
        csv_path.write_text("NIK;Nama;NIP;Instansi\n" + "".join(
            f"{n};Pegawai;19800101200604100{i % 10};Dinas {i % 40}\n" for i, n in enumerate(listed + fake)),
            encoding="utf-8")
        start = time.perf_counter()
        imported = references.import_file(eligibility.ASN, csv_path, source="BKPSDM")
        print(f"reference list import ({imported.valid:,} rows, flags worked out with it): "
              f"{time.perf_counter() - start:.2f} s ({imported.flags_open:,} open flags)")
        wall, _ = timed(lambda: db.execute_sql('SELECT COUNT(DISTINCT "nik") FROM "reference_entry"').fetchone(),
                        args.repeat)
        print(f"baseline: read the reference NIKs (COUNT DISTINCT): median {wall * 1000:.0f} ms")
        wall, run = timed(flags.screen, args.repeat)
        print(f"screening {run.people:,} participants against the {imported.valid:,}-row list (flags.screen): "
              f"median {wall:.2f} s{cpu()} ({run.open:,} open flags)")

        # --- the entry form's hint ---
        sample = Participant.select().order_by(Participant.id).limit(400).dicts()
        typed = []
        for row in list(sample)[::2]:
            nik = row["nik"]
            typed.append({"nik": nik[:-1] + str((int(nik[-1]) + 3) % 10), "nama": row["nama"],
                          "tanggal_lahir": row["tanggal_lahir"] if isinstance(row["tanggal_lahir"], dt.date)
                          else dt.date.fromisoformat(str(row["tanggal_lahir"]))})
        walls = []
        for values in typed:
            start = time.perf_counter()
            enrolment.duplicate_of(values["nik"])
            walls.append(time.perf_counter() - start)
        print(f"baseline: exact-NIK duplicate lookup: median {statistics.median(walls) * 1000:.2f} ms")
        walls, shown = [], 0
        for values in typed:
            start = time.perf_counter()
            shown += bool(hint.hints(values))
            walls.append(time.perf_counter() - start)
        walls.sort()
        print(f"entry form hint (hint.hints): median {statistics.median(walls) * 1000:.2f} ms, "
              f"95th percentile {walls[int(len(walls) * 0.95)] * 1000:.2f} ms ({shown}/{len(typed)} typed "
              "values shown a hint)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
