"""Crash harness: SIGKILL a worker at random points and prove nothing is lost or half done.

For each operation a forked worker loops on real service calls (save participants,
make backups, import spreadsheets, merge sync files, write sync exports) and writes
one journal line after each call returns, that is after its commit. The parent kills
it after a random delay, then checks: PRAGMA integrity_check is ok, every journaled
record is in the database, every participant has its audit entry, each imported file
is there completely or not at all, and every file under a final name (backup,
export) is complete. The database carries over from kill to kill, as on a PC that
keeps being switched off at the wall.

Usage: python benchmarks/crash_harness.py [--kills 200] [--ops save,backup,import,merge,export]
       (`make crash-test`); tests/crash runs a short form.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import sqlite3
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

PROFILE = dict(region_code="18.72.01.1001", kelurahan="Yosodadi", kecamatan="Metro Timur",
               kota="Kota Metro", provinsi="Lampung")


@dataclass
class Tally:
    kills: int = 0
    checks: int = 0
    failures: list[str] = field(default_factory=list)
    journaled: int = 0          # commits the workers reported (checked after the kills)


# ---- shared helpers ---------------------------------------------------------------------------

def person(i: int) -> dict:
    """A valid Ketua RT whose NIK is unique for index `i` (Kota Metro, born 1975)."""
    import datetime as dt

    serial, day_index = i % 9999 + 1, i // 9999
    birth = dt.date(1975, 1, 1) + dt.timedelta(days=day_index)
    nik = f"187201{birth.day:02d}{birth.month:02d}{birth.year % 100:02d}{serial:04d}"
    return {"nik": nik, "nama": f"Peserta Uji {i}", "tempat_lahir": "Metro", "tanggal_lahir": birth,
            "jenis_kelamin": "L", "alamat": f"Jl. Kenanga No. {i % 200 + 1}", "rt": 3, "rw": 2,
            "telepon": "081234567890", "fields": {"nomor_rt": 3, "nomor_rw": 2}}


def new_database(path: Path) -> None:
    from jamsostek_desktop.db.connection import close_db
    from jamsostek_desktop.services.participants import profile
    from jamsostek_desktop.services.startup import init_db

    init_db(path)
    profile.save(dict(PROFILE))
    close_db()


def integrity_problems_city(path: Path) -> list[str]:
    """integrity_check and foreign keys only (merged records carry their audit in the sync log)."""
    return integrity_problems(path, audit_per_participant=False)


def seal_problems(conn: sqlite3.Connection) -> list[str]:
    """A kill never leaves the audit chain or a row digest out of step with the data (issue 12)."""
    try:
        from jamsostek_desktop.services.accounts import seal_check
    except ImportError:            # a version without the seal
        return []
    conn.text_factory = lambda data: data.decode("utf-8", "replace")
    found = seal_check.verify(conn)
    # The harness's databases are made here with their keys: a notice (no key, a restart) is a fault too.
    return [f"segel: {p}" for p in found.problems + found.notices]


def integrity_problems(path: Path, audit_per_participant: bool = True) -> list[str]:
    conn = sqlite3.connect(path, timeout=10)
    try:
        lines = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        problems = [] if lines == ["ok"] else [f"integrity_check: {lines[:3]}"]
        if conn.execute("PRAGMA foreign_key_check").fetchall():
            problems.append("foreign_key_check gagal")
        problems += seal_problems(conn)
        if not audit_per_participant:
            return problems
        orphans = conn.execute(
            "SELECT COUNT(*) FROM participant p WHERE NOT EXISTS (SELECT 1 FROM audit_entry a "
            "WHERE a.record = p.uuid)").fetchone()[0]
        if orphans:
            problems.append(f"{orphans} peserta tanpa entri audit")
        return problems
    finally:
        conn.close()


def participant_uuids(path: Path) -> set[str]:
    conn = sqlite3.connect(path, timeout=10)
    try:
        return {r[0] for r in conn.execute("SELECT uuid FROM participant")}
    finally:
        conn.close()


def participant_niks(path: Path) -> set[str]:
    conn = sqlite3.connect(path, timeout=10)
    try:
        return {r[0] for r in conn.execute("SELECT nik FROM participant")}
    finally:
        conn.close()


def file_is_complete_database(path: Path) -> bool:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok" and \
                conn.execute("SELECT COUNT(*) FROM participant").fetchone() is not None
        finally:
            conn.close()
    except sqlite3.Error:
        return False


class Journal:
    """Append-only lines written by the worker after each commit; SIGKILL keeps what was written."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def write(self, *parts) -> None:
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            os.write(fd, ("\t".join(str(p) for p in parts) + "\n").encode())
        finally:
            os.close(fd)

    def lines(self) -> list[list[str]]:
        if not self.path.exists():
            return []
        text = self.path.read_text(encoding="utf-8")
        # A line cut by the kill has no newline: not a completed report.
        return [line.split("\t") for line in text.split("\n")[:-1] if line]


# ---- operations ---------------------------------------------------------------------------------

class Operation:
    name = ""
    max_delay = 0.3

    def __init__(self, workdir: Path) -> None:
        self.dir = workdir / self.name
        self.dir.mkdir(parents=True, exist_ok=True)
        self.db = self.dir / "kelurahan.sqlite3"
        self.journal = Journal(self.dir / "journal.tsv")
        self.counter = 0

    def prepare(self) -> None:
        new_database(self.db)

    def before_fork(self) -> None:
        """Parent side, before each worker starts (reset state that ran out of work)."""

    def work(self, start: int) -> None:  # runs in the child, forever
        raise NotImplementedError

    def check(self) -> list[str]:
        raise NotImplementedError


class SaveParticipants(Operation):
    """services.enrolment.enrol, one participant per transaction."""

    name = "save"

    def work(self, start: int) -> None:
        from jamsostek_desktop.services.participants import enrolment
        from jamsostek_desktop.services.startup import init_db

        init_db(self.db)
        i = start
        while True:
            p = enrolment.enrol(person(i), "ketua-rt", accept_warnings=True)
            self.journal.write("saved", p.uuid)
            i += 1

    def check(self) -> list[str]:
        problems = integrity_problems(self.db)
        present = participant_uuids(self.db)
        saved = [line[1] for line in self.journal.lines() if line[0] == "saved"]
        missing = [u for u in saved if u not in present]
        if missing:
            problems.append(f"{len(missing)} peserta yang sudah disimpan hilang")
        return problems


class MakeBackups(Operation):
    """services.backup.make_backup while participants are being saved."""

    name = "backup"

    def work(self, start: int) -> None:
        from jamsostek_desktop.services.backup import copies as backup
        from jamsostek_desktop.services.participants import enrolment
        from jamsostek_desktop.services.startup import init_db

        init_db(self.db)
        i = start
        while True:
            for _ in range(3):
                p = enrolment.enrol(person(i), "ketua-rt", accept_warnings=True)
                self.journal.write("saved", p.uuid)
                i += 1
            made = backup.make_backup(thin=False)
            self.journal.write("backup", made.name, len(participant_uuids(made)))

    def check(self) -> list[str]:
        from jamsostek_desktop import paths

        problems = integrity_problems(self.db)
        folder = paths.backups_dir()
        for entry in folder.iterdir():
            if entry.name.endswith(".sqlite3") and not file_is_complete_database(entry):
                problems.append(f"cadangan tidak lengkap dengan nama final: {entry.name}")
        for line in self.journal.lines():
            if line[0] == "backup":
                made = folder / line[1]
                if not made.exists():
                    problems.append(f"cadangan yang dilaporkan hilang: {line[1]}")
        present = participant_uuids(self.db)
        lost = [line[1] for line in self.journal.lines() if line[0] == "saved" and line[1] not in present]
        if lost:
            problems.append(f"{len(lost)} peserta yang sudah disimpan hilang")
        return problems


OPERATIONS: dict[str, type[Operation]] = {"save": SaveParticipants, "backup": MakeBackups}


def load_optional_operations() -> list[str]:
    """Sync merge/export and spreadsheet import, when those services exist; returns what was added."""
    import importlib.util

    added = []
    here = Path(__file__).resolve().parent
    for name in ("crash_ops_sync", "crash_ops_excel"):
        path = here / f"{name}.py"
        if not path.exists():
            continue
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        before = set(OPERATIONS)
        try:
            module.register(sys.modules[__name__])
        except ImportError as exc:
            print(f"({name} skipped: {exc})")
            continue
        added += sorted(set(OPERATIONS) - before)
    return added


# ---- driver -----------------------------------------------------------------------------------

def _child(op: Operation, start: int) -> None:
    code = 0
    try:
        op.work(start)
    except BaseException:  # noqa: BLE001 - a worker error is reported by its exit code
        import traceback

        traceback.print_exc()
        code = 3
    finally:
        os._exit(code)


def run(kills: int, ops: list[str], workdir: Path, seed: int = 1, verbose: bool = True) -> dict[str, Tally]:
    """Kill `kills` workers spread over `ops`; returns a tally per operation."""
    if os.name != "posix":
        raise SystemExit("The crash harness needs fork() and SIGKILL (Linux, macOS).")
    from jamsostek_desktop.db.connection import close_db

    rng = random.Random(seed)
    operations = {name: OPERATIONS[name](workdir) for name in ops}
    for op in operations.values():
        op.prepare()
    close_db()  # never carry an open SQLite connection across fork()
    tallies = {name: Tally() for name in ops}
    for n in range(kills):
        name = ops[n % len(ops)]
        op, tally = operations[name], tallies[name]
        start = 10_000 * (n + 1)
        op.before_fork()
        close_db()
        reported_before = len(op.journal.lines())
        pid = os.fork()
        if pid == 0:
            _child(op, start)
        time.sleep(rng.uniform(0.02, op.max_delay))
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        _, status = os.waitpid(pid, 0)
        if os.WIFEXITED(status):
            tally.failures.append(f"kill {n}: pekerja berhenti sendiri (kode {os.WEXITSTATUS(status)})")
        tally.kills += 1
        tally.journaled += max(0, len(op.journal.lines()) - reported_before)
        problems = op.check()
        tally.checks += 1
        tally.failures.extend(f"kill {n}: {p}" for p in problems)
        if verbose and problems:
            print(f"[{name}] kill {n}: {problems}", flush=True)
    return tallies


def report(tallies: dict[str, Tally]) -> int:
    total = Tally()
    print(f"{'operasi':10} {'kills':>6} {'checks':>7} {'commits':>8} {'failures':>9}")
    for name, t in tallies.items():
        print(f"{name:10} {t.kills:6d} {t.checks:7d} {t.journaled:8d} {len(t.failures):9d}")
        total.kills += t.kills
        total.checks += t.checks
        total.failures += t.failures
    print(f"{'TOTAL':10} {total.kills:6d} {total.checks:7d} {'':8} {len(total.failures):9d}")
    for failure in total.failures[:20]:
        print("  -", failure)
    return 1 if total.failures else 0


def main(argv: list[str] | None = None) -> int:
    load_optional_operations()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--ops", default=",".join(OPERATIONS))
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    ops = [o for o in args.ops.split(",") if o]
    unknown = [o for o in ops if o not in OPERATIONS]
    if unknown:
        parser.error(f"unknown operations: {unknown}; available: {list(OPERATIONS)}")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["JAMSOSTEK_HOME"] = str(Path(tmp) / "home")
        started = time.perf_counter()
        tallies = run(args.kills, ops, Path(tmp), args.seed)
        print(f"{args.kills} kills in {time.perf_counter() - started:.1f} s")
        return report(tallies)


if __name__ == "__main__":
    raise SystemExit(main())
