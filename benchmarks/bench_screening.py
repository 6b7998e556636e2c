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

Targets (issue 13): full run under 10 s, reference screening under 5 s, the hint under 20 ms.

Usage: python benchmarks/bench_screening.py [--count 150000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
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


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=150_000)
    parser.add_argument("--repeat", type=int, default=3)
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
        print(f"{Participant.select().count():,} participants in {len(KELURAHAN)} kelurahan "
              f"(50 planted duplicates): {time.perf_counter() - start:.1f} s to make")

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
