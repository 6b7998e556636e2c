"""Sync figures at city scale: export, import into an empty city database, re-import.

Targets (issue 5): export under 3 s, import of 150,000 participants into an empty city
database under 15 s, re-import of the same file (no changes) under 5 s. Each figure is
the median of --repeat runs; a fresh city database is made for every import run.
The baseline in the same run is the time to read every participant row (the least any
export must spend) and demo-data's bulk insert of the same count (the least any import
must spend). "Re-import" is the same file again (recognised by its signed payload hash:
checked, not merged again); "unchanged full file" is a second full export of unchanged
data, whose every record is compared with the city's copy.

Usage: python benchmarks/bench_sync.py [--count 150000] [--repeat 3] [--encrypted]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _median(times: list[tuple[float, float]]) -> str:
    """Median wall time (and the CPU time of this process in the same runs)."""
    walls, cpus = [w for w, _ in times], [c for _, c in times]
    return (f"median {statistics.median(walls):.2f} s wall, {statistics.median(cpus):.2f} s CPU "
            f"(runs: {', '.join(f'{w:.2f}' for w in walls)})")


class _Clock:
    """Wall and process CPU time of a block; the CPU figure stays honest on a busy machine."""

    def __enter__(self):
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc):
        self.result = (time.perf_counter() - self.wall, time.process_time() - self.cpu)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=150_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--encrypted", action="store_true", help="seal the payload to a city key")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        os.environ["JAMSOSTEK_HOME"] = str(tmp / "home")
        from jamsostek_desktop.db.connection import db
        from jamsostek_desktop.services.participants import demo_data, profile
        from jamsostek_desktop.services.startup import init_db
        from jamsostek_desktop.services.sync import export as sync_export
        from jamsostek_desktop.services.sync import importing as sync_import
        from jamsostek_desktop.services.sync import keys as sync_keys
        from jamsostek_desktop.services.sync import rows as sync_rows
        from jamsostek_desktop.services.sync import trust

        city_db = tmp / "city-keys.sqlite3"
        if args.encrypted:
            init_db(city_db)
            profile.save({"region_code": "18.72", "kota": "Kota Metro"}, mode="city")
            sync_keys.generate_city_keys(tmp / "metro")

        kel_db = tmp / "kelurahan.sqlite3"
        init_db(kel_db)
        profile.save({"region_code": "18.72.01.1001", "kelurahan": "Yosodadi", "kecamatan": "Metro Timur",
                      "kota": "Kota Metro"})
        with _Clock() as clock:
            demo_data.generate(args.count, seed=1)
        insert_baseline = clock.result
        if args.encrypted:
            sync_keys.import_city_public_key(tmp / "metro.pub")

        read_times, export_times = [], []
        for i in range(args.repeat):
            with _Clock() as clock:
                for _ in db.execute_sql(sync_rows.select()):
                    pass
            read_times.append(clock.result)
            with _Clock() as clock:
                result = sync_export.export(tmp / f"full-{i}.jamsync", full=True)
            export_times.append(clock.result)
        size = result.path.stat().st_size
        print(f"participants: {args.count}, file {size / 1e6:.1f} MB, "
              f"{'encrypted' if args.encrypted else 'unencrypted'}")
        print(f"baseline, read all rows:           {_median(read_times)}")
        print(f"export --full:                     {_median(export_times)}   (target < 3 s)")

        # A second full file of the same data: a different payload, so every record is compared.
        same_again = sync_export.export(tmp / "full-again.jamsync", full=True)
        import_times, reimport_times, compare_times = [], [], []
        for i in range(args.repeat):
            city = tmp / f"city-{i}.sqlite3"
            init_db(city)
            profile.save({"region_code": "18.72", "kota": "Kota Metro"}, mode="city")
            trust.accept_key(result.path, result.fingerprint)     # as from the cover letter
            with _Clock() as clock:
                report = sync_import.import_files([result.path])
            import_times.append(clock.result)
            assert report.files[0].added == args.count, report.lines()
            with _Clock() as clock:
                report = sync_import.import_files([result.path])
            reimport_times.append(clock.result)
            assert report.files[0].unchanged == args.count, report.lines()
            with _Clock() as clock:
                report = sync_import.import_files([same_again.path])
            compare_times.append(clock.result)
            assert report.files[0].unchanged == args.count and report.files[0].outcome == "merged", report.lines()
        print(f"baseline, demo-data bulk insert:   {_median([insert_baseline])} (one run)")
        print(f"import into empty city database:   {_median(import_times)}   (target < 15 s)")
        print(f"re-import, no changes:             {_median(reimport_times)}   (target < 5 s)")
        print(f"unchanged full file, all compared: {_median(compare_times)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
