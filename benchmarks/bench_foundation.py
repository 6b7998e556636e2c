"""Foundation figures: demo data for 150,000 participants, and the statistics queries over them.

Usage: python benchmarks/bench_foundation.py [--count 150000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=150_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    from jamsostek_desktop.services.participants import demo_data, profile, stats
    from jamsostek_desktop.services.startup import init_db

    with tempfile.TemporaryDirectory() as tmp:
        init_db(Path(tmp) / "bench.sqlite3")
        profile.save({"region_code": "18.72.01.1001", "kelurahan": "Yosodadi", "kecamatan": "Metro Timur",
                      "kota": "Kota Metro"})
        started = time.perf_counter()
        demo_data.generate(args.count, seed=1)
        print(f"demo-data --count {args.count}: {time.perf_counter() - started:.1f} s")
        for name, fn in (("stats.summary", stats.summary), ("stats.contribution_totals", stats.contribution_totals)):
            times = []
            for _ in range(args.repeat):
                t = time.perf_counter()
                fn()
                times.append((time.perf_counter() - t) * 1000)
            print(f"{name}: median {statistics.median(times):.0f} ms, worst {max(times):.0f} ms "
                  f"({args.repeat} runs)")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from peak_memory import report_at_exit

    report_at_exit(Path(__file__).name)
    raise SystemExit(main())
