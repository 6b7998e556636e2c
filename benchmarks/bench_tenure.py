"""Tenure figures at city scale: first terms for a large import, coverage for a month, terms ending.

A kelurahan database of --count demo participants (their posts, first terms and coverage
made by services/tenure/backfill.py as demo data ends). Each figure is the median of
--repeat runs; the baseline in the same run is a plain count of the live participants
(the least any per-participant query costs) and demo data's own insert of the participants
(the least a first-term pass over the same rows could cost). No target is asserted here:
the figures are printed for docs/benchmarks.md.

Usage: python benchmarks/bench_tenure.py [--count 150000] [--repeat 5]
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


def timed(work, repeat: int) -> tuple[float, object]:
    walls, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = work()
        walls.append(time.perf_counter() - start)
    return statistics.median(walls), result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=150_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        os.environ["JAMSOSTEK_HOME"] = str(tmp / "home")
        from jamsostek_desktop.db.connection import db
        from jamsostek_desktop.db.models import max_change_seq
        from jamsostek_desktop.db.tenure_models import Coverage, Post, Term
        from jamsostek_desktop.domain import terms as rules
        from jamsostek_desktop.domain.scope import Scope
        from jamsostek_desktop.services.participants import demo_data, profile, stats
        from jamsostek_desktop.services.startup import init_db
        from jamsostek_desktop.services.sync import tenure_rows
        from jamsostek_desktop.services.tenure import backfill, coverage, figures, terms

        init_db(tmp / "kelurahan.sqlite3")
        profile.save({"region_code": "18.72.01.1001", "kelurahan": "Yosodadi", "kecamatan": "Metro Timur",
                      "kota": "Kota Metro"})
        start = time.perf_counter()
        demo_data.generate(args.count, seed=1)
        demo = time.perf_counter() - start
        print(f"{args.count:,} demo participants with their first terms: {demo:.2f} s "
              f"({Post.select().count():,} posts, {Term.select().count():,} terms, "
              f"{Coverage.select().count():,} coverage rows)")

        # The first-term pass alone, measured inside a transaction that is rolled back.
        walls = []
        for _ in range(min(args.repeat, 3)):
            with db.atomic() as transaction:
                Coverage.delete().execute()
                Term.delete().execute()
                Post.delete().execute()
                start = time.perf_counter()
                made = backfill.run()
                walls.append(time.perf_counter() - start)
                transaction.rollback()
        print(f"first terms for {made:,} participants (backfill): median {statistics.median(walls):.2f} s")

        baseline, total = timed(lambda: stats.total(Scope()), args.repeat)
        print(f"baseline: count of live participants ({total:,}): median {baseline * 1000:.1f} ms")
        month = rules.month_of(dt.date.today())
        wall, n = timed(lambda: coverage.count(month), args.repeat)
        print(f"covered in {month:%Y-%m} (count): median {wall * 1000:.1f} ms ({n:,} people)")
        wall, result = timed(lambda: coverage.month(month), args.repeat)
        print(f"covered in {month:%Y-%m} by name (jamsostek coverage --json rows): median {wall:.2f} s "
              f"({result.total:,} rows)")
        wall, rows = timed(lambda: terms.ending(), args.repeat)
        print(f"terms ending within 60 days or ended: median {wall * 1000:.1f} ms ({len(rows):,} rows)")
        wall, _ = timed(lambda: figures.gather(Scope()), args.repeat)
        print(f"dashboard panel figures (whole kelurahan): median {wall * 1000:.1f} ms")
        wall, n = timed(lambda: stats.total(Scope(term_end="60")), args.repeat)
        print(f"list filter 'ends within 60 days' (count): median {wall * 1000:.1f} ms ({n:,} people)")
        wall, (lines, counts, _codes) = timed(lambda: tenure_rows.export_lines(0, max_change_seq()), args.repeat)
        print(f"tenure lines of a full sync file: median {wall:.2f} s ({sum(counts.values()):,} lines, "
              f"{len(lines) / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from peak_memory import report_at_exit

    report_at_exit(Path(__file__).name)
    raise SystemExit(main())
