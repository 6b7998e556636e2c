"""The city office on PostgreSQL at city scale (issue 18), against SQLite in the same run.

Figures: merging 150,000 participants into an empty PostgreSQL city database (target < 15 s),
re-importing the same file (< 5 s), a search keystroke on the list at 150,000 (< 100 ms),
four staff in four processes resolving 1,000 conflicts through the review queue (no
decision twice; throughput printed), and with --province the summary figures of a
province-sized database (1,500,000 participants from 15 cities; time printed). The baseline
is the same work on a SQLite city database in the same run. The server is a pgserver
PostgreSQL 16 started here (fsync on, as an office server would run).

Each merge prints its wall time, the client's CPU time, the server's CPU time (every process of the
pgserver server: its backend, parallel workers, WAL writer, checkpointer, autovacuum) and the
client's peak memory (VmHWM, reset before each step). The keystrokes are also timed with the
server's old name search (step 20: a scan of the narrow name table, a regular expression for two
letters) as a baseline of the same run.

With --baseline REV the merge into an empty server database is also run by REV's code (a `git
archive` of that commit, or a folder holding such a tree) and by this code, each in a child process of
its own, one after the other and alternating, so both see the same machine; each prints its wall,
client CPU and server CPU, with the load average when it ended.

Usage: python benchmarks/bench_postgres.py [--count 150000] [--repeat 3] [--province] [--baseline REV]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from contextlib import contextmanager
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


def _process_ticks(pid: str) -> tuple[int, int, int]:
    """(parent pid, own CPU ticks, reaped children's CPU ticks) of a process, from /proc."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return int(fields[1]), int(fields[11]) + int(fields[12]), int(fields[13]) + int(fields[14])


def server_cpu(folder: Path) -> float:
    """CPU seconds used so far by the server in `folder`: the postmaster, its live children, and the
    children it has reaped (parallel workers, finished backends)."""
    postmaster = (folder / "postmaster.pid").read_text().split()[0]
    _ppid, own, reaped = _process_ticks(postmaster)
    ticks = own + reaped
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            ppid, cpu, _reaped = _process_ticks(pid)
        except (OSError, IndexError, ValueError):
            continue
        if str(ppid) == postmaster:
            ticks += cpu
    return ticks / os.sysconf("SC_CLK_TCK")


def _peak_reset() -> None:
    try:
        with open("/proc/self/clear_refs", "w") as refs:
            refs.write("5")
    except OSError:
        pass


def _peak_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM"):
                return int(line.split()[1]) / 1024
    return 0.0


def _measured(fn, server: Path | None) -> tuple[dict, object]:
    """Wall, client CPU, server CPU (when `server`) and the client's peak memory of one step."""
    _peak_reset()
    served = server_cpu(server) if server else 0.0
    start, cpu = time.perf_counter(), time.process_time()
    result = fn()
    figures = {"wall": time.perf_counter() - start, "cpu": time.process_time() - cpu,
               "server": server_cpu(server) - served if server else 0.0, "peak": _peak_mb()}
    return figures, result


def _describe(runs: list[dict], server: bool) -> str:
    middle = statistics.median
    text = (f"wall {_median([r['wall'] for r in runs])}; client CPU {middle(r['cpu'] for r in runs):.2f} s")
    if server:
        text += f"; server CPU {middle(r['server'] for r in runs):.2f} s"
    return text + f"; peak {max(r['peak'] for r in runs):.0f} MB"


@contextmanager
def _old_name_search():
    """The server's name search as step 20 had it (a scan of the narrow name table): the baseline."""
    from jamsostek_desktop.db.backends import postgresql

    def scan(self, two_letters, longer):
        if not two_letters and not longer:
            return None
        conditions, params = [], []
        for word in longer:
            conditions.append('"folded" LIKE ?')
            params.append(f"%{postgresql._escape_like(word.lower())}%")
        for word in two_letters:
            conditions.append('"lowered" ~ ?')
            params.append(r"\m" + word.lower())
        return 'SELECT "id" FROM "participant_name" WHERE ' + " AND ".join(conditions), params

    real = postgresql.PostgresqlBackend.name_ids_sql
    postgresql.PostgresqlBackend.name_ids_sql = scan
    try:
        yield
    finally:
        postgresql.PostgresqlBackend.name_ids_sql = real


def _keystrokes(repeat: int, server: Path | None = None) -> tuple[list[float], float, float]:
    """Each keystroke: the list's count and its first page, as the list view asks for them. Returns the
    times, and the client's and the server's CPU seconds a keystroke on average."""
    from jamsostek_desktop.domain.scope import Scope
    from jamsostek_desktop.services.participants import listing
    from jamsostek_desktop.services.participants.listing import ListQuery, PreparedList

    listing.ensure_statistics()
    times = []
    cpu, served = time.process_time(), server_cpu(server) if server else 0.0
    for _ in range(repeat):
        for text in KEYSTROKES:
            def one(text=text):
                prepared = PreparedList(ListQuery(scope=Scope(text=text)))
                prepared.count()
                return prepared.page(0, 60)
            times.append(_timed(one)[0])
    count = len(times)
    return (times, (time.process_time() - cpu) / count,
            (server_cpu(server) - served) / count if server else 0.0)


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


# One merge into an empty server database by the code in SOURCE, in a child process (--baseline).
_CHILD_MERGE = """
import json, os, sys, time
from pathlib import Path
source, url, sync_file, fingerprint, folder, bench = sys.argv[1:7]
folder = Path(folder)
sys.path.insert(0, os.path.dirname(bench))
from bench_postgres import server_cpu
sys.path.insert(0, source)
from jamsostek_desktop.services.participants import profile
from jamsostek_desktop.services.startup import init_db
from jamsostek_desktop.services.sync import importing, trust
assert importing.__file__.startswith(source), importing.__file__
init_db(url)
profile.save({"region_code": "18.72", "kota": "Kota Metro"}, mode="city")
trust.accept_key(sync_file, fingerprint)
served, start, cpu = server_cpu(folder), time.perf_counter(), time.process_time()
report = importing.import_files([sync_file])
figures = {"wall": time.perf_counter() - start, "cpu": time.process_time() - cpu,
           "server": server_cpu(folder) - served, "load": os.getloadavg()[0], "added": report.files[0].added}
print("FIGURES " + json.dumps(figures))
"""


def _export_source(revision: str, into: Path) -> Path:
    """REV's source tree (git archive), or a folder holding such a tree, as it is."""
    if Path(revision).is_dir():
        return Path(revision)
    repo = Path(__file__).resolve().parent.parent
    into.mkdir(parents=True)
    archive = subprocess.run(["git", "-C", str(repo), "archive", revision, "jamsostek_desktop", "resources"],
                             capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return into


def _merges_against(baseline: Path, new_database, sync_file: Path, fingerprint: str, folder: Path,
                    repeat: int, count: int) -> None:
    """The empty-city merge by this code and by the baseline's, alternating, each in a child process."""
    here = Path(__file__).resolve().parent.parent
    runs: dict[str, list[dict]] = {"this code": [], "baseline": []}
    for i in range(repeat):
        for label, source in (("baseline", baseline), ("this code", here)):
            url = new_database(f"ab_{label[0]}_{i}")
            done = subprocess.run([sys.executable, "-c", _CHILD_MERGE, str(source), url, str(sync_file), fingerprint,
                                   str(folder), str(Path(__file__).resolve())], capture_output=True, text=True, check=False,
                                  env={**os.environ, "PYTHONPATH": str(source)})
            line = [x for x in done.stdout.splitlines() if x.startswith("FIGURES ")]
            if done.returncode != 0 or not line:
                raise RuntimeError(f"{label} merge failed: {done.stderr[-2000:]}")
            figures = json.loads(line[0].split(" ", 1)[1])
            assert figures["added"] == count, figures
            runs[label].append(figures)
            print(f"  {label:9} merge {count:,}: wall {figures['wall']:.2f} s, client CPU {figures['cpu']:.2f} s, "
                  f"server CPU {figures['server']:.2f} s, load {figures['load']:.2f}")
    for label, figures in runs.items():
        middle = statistics.median
        print(f"{label:9} (median of {repeat}): wall {middle(f['wall'] for f in figures):.2f} s, client CPU "
              f"{middle(f['cpu'] for f in figures):.2f} s, server CPU {middle(f['server'] for f in figures):.2f} s")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=150_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--conflicts", type=int, default=1_000)
    parser.add_argument("--province", action="store_true", help="also 1,500,000 participants from 15 cities")
    parser.add_argument("--baseline", metavar="REV", help="also the empty-city merge by REV's code, alternating")
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

        pg_folder = tmp / "pg"
        figures: dict[str, dict[str, list]] = {"sqlite": {}, "postgresql": {}}
        for backend in ("sqlite", "postgresql"):
            watched = pg_folder if backend == "postgresql" else None
            for i in range(args.repeat):
                target = str(tmp / f"city-{i}.sqlite3") if backend == "sqlite" else new_database(f"city_{i}")
                init_db(target)
                profile.save({"region_code": "18.72", "kota": "Kota Metro"}, mode="city")
                trust.accept_key(result.path, result.fingerprint)
                took, report = _measured(lambda: sync_import.import_files([result.path]), watched)
                assert report.files[0].added == args.count, report.lines()
                figures[backend].setdefault("merge", []).append(took)
                took, report = _measured(lambda: sync_import.import_files([result.path]), watched)
                assert report.files[0].outcome != "refused", report.lines()
                figures[backend].setdefault("reimport", []).append(took)
            figures[backend]["keys"] = _keystrokes(3, watched)
            if backend == "postgresql":
                with _old_name_search():
                    figures[backend]["old keys"] = _keystrokes(3, watched)
        for backend, label in (("sqlite", "SQLite (baseline)"), ("postgresql", "PostgreSQL")):
            server = backend == "postgresql"
            print(f"{label}:")
            print(f"  merge {args.count:,} into empty city:  {_describe(figures[backend]['merge'], server)}"
                  + ("   (target < 15 s)" if server else ""))
            print(f"  re-import, no changes:          {_describe(figures[backend]['reimport'], server)}"
                  + ("   (target < 5 s)" if server else ""))
            for key, name in (("keys", "search keystroke (count + page)"),
                              ("old keys", "  the same, step 20's name scan")):
                if key not in figures[backend]:
                    continue
                keys, cpu, served = figures[backend][key]
                print(f"  {name}: {_median(keys, 'ms')}, worst {max(keys) * 1000:.0f} ms; "
                      f"client CPU {cpu * 1000:.1f} ms" + (f", server CPU {served * 1000:.1f} ms" if server else "")
                      + (" a keystroke" + ("   (target < 100 ms)" if key == "keys" and server else "")))
        url = f"postgresql://postgres@/city_0?host={tmp / 'pg'}"
        init_db(url)
        _concurrent_review(url, home, args.conflicts)
        if args.baseline:
            print(f"merge into an empty server database, this code against {args.baseline}, alternating:")
            _merges_against(_export_source(args.baseline, tmp / "baseline"), new_database, result.path,
                            result.fingerprint, pg_folder, max(args.repeat, 2), args.count)
        if args.province:
            province = new_database("province")
            init_db(province)
            _province(province, 15, 100_000)
        from jamsostek_desktop.db.connection import close_db

        close_db()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
