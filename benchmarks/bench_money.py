"""Money at city scale: the budget plan for 150,000 participants and the reconciliation of a
150,000-line monthly invoice.

A kelurahan database of --count demo participants (coverage months from demo data). Each figure
is the median of --repeat runs, with baselines from the same run: a plain count of the live
participants (the least a per-participant query costs) for the plan, and reading the invoice's
CSV with the csv module alone (the least any reconciliation costs) for the invoice. Targets
(issue 15): plan under 1 s, reconciliation under 5 s; printed, not asserted.

Usage: python benchmarks/bench_money.py [--count 150000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


CPU: list[float] = []      # the CPU median of the last timed() call: the machine is shared


def timed(work, repeat: int) -> tuple[float, object]:
    walls, cpus, result = [], [], None
    for _ in range(repeat):
        start, cpu = time.perf_counter(), time.process_time()
        result = work()
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
    CPU[:] = [statistics.median(cpus)]
    return statistics.median(walls), result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=150_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        os.environ["JAMSOSTEK_HOME"] = str(tmp / "home")
        from jamsostek_desktop.domain import terms as rules
        from jamsostek_desktop.domain.scope import Scope
        from jamsostek_desktop.services.money import budget, invoice
        from jamsostek_desktop.services.participants import demo_data, profile, stats
        from jamsostek_desktop.services.startup import init_db

        init_db(tmp / "kelurahan.sqlite3")
        profile.save({"region_code": "18.72.01.1001", "kelurahan": "Yosodadi", "kecamatan": "Metro Timur",
                      "kota": "Kota Metro"})
        start = time.perf_counter()
        demo_data.generate(args.count, seed=1)
        print(f"{args.count:,} demo participants: {time.perf_counter() - start:.1f} s")

        baseline, total = timed(lambda: stats.total(Scope()), args.repeat)
        print(f"baseline: count of live participants ({total:,}): median {baseline * 1000:.1f} ms, "
              f"CPU {CPU[0] * 1000:.1f} ms")

        def plan_all():
            s = budget.scenario("bench", ceiling=1_000_000_000)
            return budget.plan(s), budget.plan(s.with_jht()), budget.real()

        wall, (plan, with_jht, real) = timed(plan_all, args.repeat)
        print(f"budget plan for {plan.people:,} planned people (with a ceiling, the all-JHT scenario and the real "
              f"budget of {real.people:,} paid): median {wall * 1000:.0f} ms, CPU {CPU[0] * 1000:.0f} ms (target < 1000 ms)")

        month = rules.month_of(dt.date.today())
        due = invoice.expected(month)
        path = tmp / "tagihan.csv"
        with path.open("w", newline="", encoding="utf-8") as out:
            writer = csv.writer(out, delimiter=";")
            writer.writerow(["PERIODE", "NIK", "KPJ", "NAMA", "JKK", "JKM", "JHT", "TOTAL"])
            lines = 0
            people = list(due.values())
            while lines < args.count:
                for e in people:
                    if lines >= args.count:
                        break
                    # a few faults on the way: every 97th billed JKK wrong, the rest as the rates
                    jkk = e.jkk + (1_000 if lines % 97 == 0 else 0)
                    writer.writerow([f"{month:%Y-%m}", e.nik, e.kpj, e.nama, jkk, e.jkm, e.jht, jkk + e.jkm + e.jht])
                    lines += 1
        print(f"invoice: {lines:,} lines for {len(due):,} covered people ({path.stat().st_size / 1e6:.1f} MB CSV)")

        def read_only():
            with path.open(encoding="utf-8") as f:
                return sum(1 for _ in csv.reader(f, delimiter=";"))

        baseline, _ = timed(read_only, args.repeat)
        print(f"baseline: reading the CSV with the csv module: median {baseline * 1000:.0f} ms, CPU {CPU[0] * 1000:.0f} ms")
        wall, result = timed(lambda: invoice.reconcile(path, month), args.repeat)
        print(f"reconciliation of {result.lines_read:,} lines: median {wall * 1000:.0f} ms, CPU {CPU[0] * 1000:.0f} ms "
              "(target < 5000 ms); "
              f"matched {len(result.matched):,}, different {len(result.different):,}, not covered "
              f"{len(result.not_covered):,}, not billed {len(result.not_billed):,}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
