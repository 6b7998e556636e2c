"""Crash-harness operations of the sync feature: merging sync files into the city database,
and writing sync exports. Loaded by crash_harness.py when the sync services exist."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

KELURAHAN = [f"18.72.0{k}.10{n:02d}" for k in (1, 2) for n in (1, 2, 3)]
PER_KELURAHAN = 80


def trust_senders(paths) -> None:
    """The city accepts each file's installation key, as a person does with the cover letter's fingerprint."""
    from jamsostek_desktop.services.sync import trust
    from jamsostek_desktop.services.sync.format import container, crypto

    for path in paths:
        key = container.read_manifest(Path(path).read_bytes()).manifest["installation"]["public_key"]
        trust.accept_key(path, crypto.fingerprint(crypto.unb64(key)))


def register(h) -> None:
    """Add the operations to the harness module `h` (its OPERATIONS table)."""
    import importlib

    for module in ("export", "importing"):  # ImportError: not built yet
        importlib.import_module(f"jamsostek_desktop.services.sync.{module}")

    class MergeSyncFiles(h.Operation):
        """services.sync_import.import_files, one kelurahan file per call, into a city database."""

        name = "merge"
        max_delay = 0.7

        def prepare(self) -> None:
            from jamsostek_desktop.db.connection import close_db
            from jamsostek_desktop.services.participants import demo_data, profile
            from jamsostek_desktop.services.startup import init_db
            from jamsostek_desktop.services.sync import export as sync_export

            self.files = self.dir / "files"
            self.files.mkdir(exist_ok=True)
            for n, code in enumerate(KELURAHAN):
                path = self.dir / f"kel-{n}.sqlite3"
                init_db(path)
                profile.save(dict(h.PROFILE, region_code=code, kelurahan=f"Kelurahan {n}"))
                demo_data.generate(PER_KELURAHAN, seed=100 + n)
                sync_export.export(self.files / f"{n:02d}.jamsync")
                close_db()
            self._new_city()

        def _new_city(self) -> None:
            from jamsostek_desktop.db.connection import close_db
            from jamsostek_desktop.services.participants import profile
            from jamsostek_desktop.services.startup import init_db

            for suffix in ("", "-wal", "-shm"):
                Path(str(self.db) + suffix).unlink(missing_ok=True)
            self.journal.path.unlink(missing_ok=True)
            init_db(self.db)
            profile.save({"region_code": "18.72", "kota": "Kota Metro", "kecamatan": "", "kelurahan": "",
                          "provinsi": "Lampung"}, mode="city")
            trust_senders(sorted(self.files.iterdir()))
            close_db()

        def before_fork(self) -> None:
            # Every file merged: start over, so each kill lands in real merging work.
            if len(self.journal.lines()) >= len(KELURAHAN):
                self._new_city()

        def work(self, start: int) -> None:
            from jamsostek_desktop.services.startup import init_db
            from jamsostek_desktop.services.sync import importing as sync_import

            init_db(self.db)
            done = {line[1] for line in self.journal.lines()}
            for path in sorted(self.files.iterdir()):
                if path.name in done:
                    continue
                report = sync_import.import_files([path])
                outcome = report.files[0].outcome
                self.journal.write("merged", path.name, outcome)
            while True:  # all merged: keep importing the same file, which must change nothing
                sync_import.import_files([path])

        def check(self) -> list[str]:
            problems = h.integrity_problems_city(self.db)
            conn = sqlite3.connect(self.db, timeout=10)
            try:
                counts = dict(conn.execute(
                    "SELECT kelurahan_code, COUNT(*) FROM participant GROUP BY kelurahan_code").fetchall())
            finally:
                conn.close()
            for code, n in counts.items():
                if n != PER_KELURAHAN:
                    problems.append(f"gabungan setengah jadi: {code} punya {n} dari {PER_KELURAHAN} peserta")
            merged = [line for line in self.journal.lines() if line[0] == "merged"]
            if len(counts) < len(merged):
                problems.append(f"{len(merged)} berkas dilaporkan tergabung, di basis data {len(counts)}")
            return problems

    class WriteSyncExports(h.Operation):
        """services.sync_export.export: a file under its final name is always complete."""

        name = "export"
        max_delay = 0.8

        def prepare(self) -> None:
            from jamsostek_desktop.db.connection import close_db
            from jamsostek_desktop.services.participants import demo_data, profile
            from jamsostek_desktop.services.startup import init_db

            self.out = self.dir / "out"
            self.out.mkdir(exist_ok=True)
            self.verified: set[tuple[str, int, int]] = set()
            init_db(self.db)
            profile.save(dict(h.PROFILE))
            demo_data.generate(1500, seed=9)
            close_db()

        def work(self, start: int) -> None:
            from jamsostek_desktop.services.startup import init_db
            from jamsostek_desktop.services.sync import export as sync_export

            init_db(self.db)
            while True:
                result = sync_export.export(self.out, full=True)
                self.journal.write("exported", Path(result.path).name if result.path else "")

        def check(self) -> list[str]:
            from jamsostek_desktop.services.sync.format import container

            problems = h.integrity_problems_city(self.db)
            for entry in self.out.iterdir():
                if entry.name.startswith("."):
                    continue  # a temporary file never pretends to be an export
                stat = entry.stat()
                key = (entry.name, stat.st_mtime_ns, stat.st_size)
                if key in self.verified:
                    continue  # checked after an earlier kill and not written since
                self.verified.add(key)
                try:
                    container.unpack(entry.read_bytes(), lambda key: None, set())
                except container.RefusedFile as exc:
                    problems.append(f"berkas ekspor tidak lengkap dengan nama final: {entry.name} ({exc.reason})")
            for line in self.journal.lines():
                if line[1] and not (self.out / line[1]).exists():
                    problems.append(f"ekspor yang dilaporkan hilang: {line[1]}")
            # Stale temporaries are harmless, but do not let them fill the disk over 200 kills.
            for entry in self.out.glob(".*"):
                os.remove(entry)
            return problems

    h.OPERATIONS["merge"] = MergeSyncFiles
    h.OPERATIONS["export"] = WriteSyncExports
