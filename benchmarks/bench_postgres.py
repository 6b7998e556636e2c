"""The city office on PostgreSQL at city scale (issue 18), against SQLite in the same run.

Figures: merging 150,000 participants into an empty PostgreSQL city database (target < 15 s),
re-importing the same file (< 5 s), a search keystroke on the list at 150,000 (< 100 ms),
four staff in four processes resolving 1,000 conflicts through the review queue (no
decision twice; throughput printed), and with --province the summary figures of a
province-sized database (1,500,000 participants from 15 cities; time printed). The baseline
is the same work on a SQLite city database in the same run. The server is a pgserver
PostgreSQL 16 started here (fsync on, as an office server would run).

Usage: python benchmarks/bench_postgres.py [--count 150000] [--repeat 3] [--province]
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

KEYSTROKES = ("s", "sr", "sri", "sri w", "ahy", "ahyu", "wat", "1872", "3/2")


def _median(values: list[float], unit: str = "s") -> str:
    scale, digits = (1000, 0) if unit == "ms" else (1, 2)
    runs = ", ".join(f"{v * scale:.{digits}f}" for v in values)
    return f"median {statistics.median(values) * scale:.{digits}f} {unit} (runs: {runs})"


def _timed(fn):
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def _keystrokes(repeat: int) -> list[float]:
    """Each keystroke: the list's count and its first page, as the list view asks for them."""
    from jamsostek_desktop.domain.scope import Scope
    from jamsostek_desktop.services.participants import listing
    from jamsostek_desktop.services.participants.listing import ListQuery, PreparedList

    listing.ensure_statistics()
    times = []
    for _ in range(repeat):
        for text in KEYSTROKES:
            def one(text=text):
                prepared = PreparedList(ListQuery(scope=Scope(text=text)))
                prepared.count()
                return prepared.page(0, 60)
            times.append(_timed(one)[0])
    return times


def _review_worker(url, home, username, password, start, results):
    os.environ["JAMSOSTEK_HOME"] = home
    from jamsostek_desktop.services.accounts import session, users
    from jamsostek_desktop.services.server import review_queue
    from jamsostek_desktop.services.startup import init_db
    from jamsostek_desktop.services.sync import conflicts

    init_db(url, seed=False)
    session.set_actor(users.authenticate(username, password))
    start.wait()
    decided = []
    while (issue_id := review_queue.claim_next()) is not None:
        conflicts.resolve_conflict(issue_id, conflicts.KEEP_CURRENT, note=username)
        decided.append(issue_id)
    results.put(decided)


def _concurrent_review(url: str, home: str, issues: int) -> None:
    from jamsostek_desktop.db.connection import db
    from jamsostek_desktop.db.sync_models import SyncIssue
    from jamsostek_desktop.services.accounts import session, users

    admin = users.create_user("admin", "bench-rahasia", role="admin", full_name="Admin")
    session.set_actor(admin)
    staff = [f"staf{n}" for n in range(1, 5)]
    for name in staff:
        users.create_user(name, "bench-rahasia", role="admin", full_name=name)
    session.set_actor(None)
    with db.atomic():
        rows = db.execute_sql('SELECT "uuid", "revision" FROM "participant" ORDER BY "id" LIMIT ?',
                              (issues,)).fetchall()
        for uuid, revision in rows:
            SyncIssue.create(kind="conflict", kelurahan_code="18.72.01.1001", record_key=uuid,
                             detail={"incoming": {"uuid": uuid, "revision": revision + 1},
                                     "current": {"revision": revision}, "reason": "content"})
    spawn = multiprocessing.get_context("spawn")
    start, results = spawn.Barrier(len(staff) + 1), spawn.Queue()
    workers = [spawn.Process(target=_review_worker, args=(url, home, name, "bench-rahasia", start, results))
               for name in staff]
    for worker in workers:
        worker.start()
    start.wait()
    began = time.perf_counter()
    decided = [results.get(timeout=600) for _ in workers]
    elapsed = time.perf_counter() - began
    for worker in workers:
        worker.join()
    every = [i for part in decided for i in part]
    twice = len(every) - len(set(every))
    print(f"4 staff, review queue, {len(every)} conflicts: {elapsed:.2f} s, {len(every) / elapsed:.0f} decisions/s, "
          f"decided twice: {twice}, per person: {[len(p) for p in decided]}")
    assert twice == 0 and len(every) == issues


def _province(url: str, cities: int, per_city: int) -> None:
    """15 cities' participants in one database: the summary figures a province would ask for."""
    import datetime as dt

    from jamsostek_desktop.domain.scope import Scope
    from jamsostek_desktop.services.participants import dashboard, demo_data, profile
    from jamsostek_desktop.services.printing import summary_figures
    from jamsostek_desktop.services.printing.listing import EVERY, LISTINGS

    profile.save({"region_code": "18.71", "kota": "Kota Bandar Lampung"}, mode="city")   # the figures span all 15
    load = 0.0
    for n in range(cities):
        codes = [f"18.{71 + n:02d}.0{k}.100{k}" for k in range(1, 4)]
        load += _timed(lambda codes=codes, n=n: demo_data.generate(per_city, seed=n + 1, kelurahan_codes=codes))[0]
    from jamsostek_desktop.db import backends
    from jamsostek_desktop.db.connection import db

    backends.current().refresh_statistics(db)
    total = cities * per_city
    print(f"province: {total:,} participants from {cities} cities loaded in {load:.1f} s")
    times = [_timed(lambda: dashboard.figures(Scope()))[0] for _ in range(3)]
    print(f"province dashboard figures:        {_median(times)}")
    times = [_timed(lambda: summary_figures.gather(Scope(), dt.date.today(), LISTINGS[EVERY]))[0]
             for _ in range(3)]
    print(f"province summary (rekap) figures:  {_median(times)}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=150_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--conflicts", type=int, default=1_000)
    parser.add_argument("--province", action="store_true", help="also 1,500,000 participants from 15 cities")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="jamsostek-bench-") as tmp:
        tmp = Path(tmp)
        home = str(tmp / "home")
        os.environ["JAMSOSTEK_HOME"] = home
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            import pgserver
        server = pgserver.get_server(tmp / "pg", cleanup_mode="stop")
        import psycopg

        def new_database(name: str) -> str:
            with psycopg.connect(f"postgresql://postgres@/postgres?host={tmp / 'pg'}", autocommit=True) as conn:
                conn.execute(f'CREATE DATABASE "{name}"')
            return f"postgresql://postgres@/{name}?host={tmp / 'pg'}"

        from jamsostek_desktop.services.participants import demo_data, profile
        from jamsostek_desktop.services.startup import init_db
        from jamsostek_desktop.services.sync import export as sync_export
        from jamsostek_desktop.services.sync import importing as sync_import
        from jamsostek_desktop.services.sync import trust

        init_db(tmp / "kelurahan.sqlite3")
        profile.save({"region_code": "18.72.01.1001", "kelurahan": "Yosodadi", "kecamatan": "Metro Timur",
                      "kota": "Kota Metro"})
        demo_data.generate(args.count, seed=1)
        result = sync_export.export(tmp / "full.jamsync", full=True)
        print(f"participants: {args.count:,}; PostgreSQL {server.psql('SHOW server_version;').split()[2]}")

        figures: dict[str, dict[str, list[float]]] = {"sqlite": {}, "postgresql": {}}
        for backend in ("sqlite", "postgresql"):
            for i in range(args.repeat):
                target = str(tmp / f"city-{i}.sqlite3") if backend == "sqlite" else new_database(f"city_{i}")
                init_db(target)
                profile.save({"region_code": "18.72", "kota": "Kota Metro"}, mode="city")
                trust.accept_key(result.path, result.fingerprint)
                took, report = _timed(lambda: sync_import.import_files([result.path]))
                assert report.files[0].added == args.count, report.lines()
                figures[backend].setdefault("merge", []).append(took)
                took, report = _timed(lambda: sync_import.import_files([result.path]))
                assert report.files[0].outcome != "refused", report.lines()
                figures[backend].setdefault("reimport", []).append(took)
            figures[backend]["keys"] = _keystrokes(3)
        for backend, label in (("sqlite", "SQLite (baseline)"), ("postgresql", "PostgreSQL")):
            print(f"{label}:")
            print(f"  merge {args.count:,} into empty city:  {_median(figures[backend]['merge'])}"
                  + ("   (target < 15 s)" if backend == "postgresql" else ""))
            print(f"  re-import, no changes:          {_median(figures[backend]['reimport'])}"
                  + ("   (target < 5 s)" if backend == "postgresql" else ""))
            keys = figures[backend]["keys"]
            print(f"  search keystroke (count + page): {_median(keys, 'ms')}, worst {max(keys) * 1000:.0f} ms"
                  + ("   (target < 100 ms)" if backend == "postgresql" else ""))
        url = f"postgresql://postgres@/city_0?host={tmp / 'pg'}"
        init_db(url)
        _concurrent_review(url, home, args.conflicts)
        if args.province:
            province = new_database("province")
            init_db(province)
            _province(province, 15, 100_000)
        from jamsostek_desktop.db.connection import close_db

        close_db()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
