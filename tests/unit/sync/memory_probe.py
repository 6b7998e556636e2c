"""Run one sync step on generated data in this (fresh) process and print its memory as JSON.

    python -m tests.unit.sync.memory_probe merge N FOLDER     a format-3 file of N participants (and
                                                              N coverage lines) merged into an empty city
    python -m tests.unit.sync.memory_probe export N FOLDER    a kelurahan of N participants exports a full file

Prints {"before": MB, "peak": MB, "seconds": s}: resident memory once the program is loaded
and the database open, and the process's peak (VmHWM) after the step. The growth between
sizes is what test_memory_bounds.py bounds. Used only by the tests.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import time
import uuid as uuid_module
from pathlib import Path


def _status(key: str) -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(key):
                return int(line.split()[1]) / 1024
    return 0.0


# Names and birth dates as varied as a real list's: the city's screening step after the merge
# compares people born on one day and NIKs one digit apart, so a file of namesakes born on one
# day would measure screening, not the merge.
_FIRST = ("Slamet", "Siti", "Wahyuni", "Agus", "Dewi", "Bambang", "Rina", "Joko", "Sri", "Budi", "Ani",
          "Hendra", "Yuni", "Eko", "Lestari", "Teguh", "Ratna", "Wawan", "Nur", "Dedi", "Fitri", "Rudi",
          "Maya", "Imam", "Sari", "Yusuf", "Ayu", "Hasan", "Indah", "Rahmat", "Tuti")
_LAST = ("Santoso", "Rahayu", "Pratama", "Wijaya", "Hidayat", "Kurniawan", "Saputra", "Lestari", "Nugroho",
         "Setiawan", "Susanti", "Purnomo", "Handayani", "Gunawan", "Permana", "Maulana", "Syahputra")


def _record(n: int) -> dict:
    born = dt.date(1960, 1, 1) + dt.timedelta(days=n % 7300)
    return {
        "uuid": str(uuid_module.UUID(int=n + 1, version=4)), "revision": 1,
        "updated_at": "2026-11-20 08:00:00", "created_at": "2026-11-01 08:00:00", "category": "ketua-rt",
        "status": "draft", "status_reason": "", "tombstone": False, "archive_reason": "", "archived_at": None,
        "nik": f"187201{born.day + 40 * (n % 2):02d}{born.month:02d}{born.year % 100:02d}{n // 7300 % 10000 + 1:04d}",
        "nama": f"{_FIRST[n % len(_FIRST)]} {_LAST[n // len(_FIRST) % len(_LAST)]}",
        "tempat_lahir": "Metro", "tanggal_lahir": born.isoformat(), "jenis_kelamin": "L",
        "alamat": f"Jl. Kenanga No. {n % 300}", "rt": n % 30 + 1, "rw": n % 12 + 1, "telepon": "", "email": "",
        "no_sk": "", "tanggal_sk": None, "tmt": None, "program_jht": False, "penghasilan": 1_000_000, "kpj": "",
        "fields": {"nomor_rt": n % 30 + 1, "nomor_rw": n % 12 + 1},
    }


def _coverage(n: int) -> dict:
    return {"record": "coverage", "uuid": str(uuid_module.UUID(int=10**9 + n, version=4)), "revision": 1,
            "created_at": "2026-11-01 08:00:00", "updated_at": "2026-11-01 08:00:00",
            "participant": str(uuid_module.UUID(int=n + 1, version=4)), "first_month": "2026-01-01",
            "last_month": None}


def _file(count: int, path: Path) -> None:
    """A format-3 file of `count` participants and as many coverage lines, signed by a new key."""
    from jamsostek_desktop.services.sync.format import chunked, crypto
    from jamsostek_desktop.services.sync.format import manifest as manifest_rules

    seed = crypto.new_signing_seed()

    def produce(write) -> dict:
        for kind, make in ((chunked.PARTICIPANT, _record), ("coverage", _coverage)):
            write(chunked.section_header(kind))
            keys = chunked.KEYS[kind]
            for start in range(0, count, 2000):
                write(b"".join(json.dumps([r[k] for k in keys]).encode() + b"\n"
                               for r in map(make, range(start, min(count, start + 2000)))))
        return {"tenure": {"post": 0, "term": 0, "coverage": count, "replacement": 0, "event": 0, "claim": 0}}

    manifest = {
        "format": manifest_rules.FORMAT_NAME, "format_version": 3, "app_version": "0.1.0",
        "created_at": "2026-11-23T08:00:00Z",
        "kelurahan": {"code": "18.72.01.1001", "name": "Yosodadi", "kecamatan": "Metro Timur", "kota": "Kota Metro"},
        "installation": {"id": "0b7c8f1e-3d7a-4c55-9a61-2f0d7f3c9e10",
                         "public_key": crypto.b64(crypto.verify_key_of(seed))},
        "sequence": 1, "full": True, "resend": False, "changes": {"from": 0, "to": count},
        "revisions": {"min": 1, "max": 1}, "counts": {"records": count, "tombstones": 0},
        "totals": {"live": count, "archived": 0}, "categories": [],
        "audit": {"last_id": 0, "head": "0" * 64, "previous": None},
    }
    with open(path, "wb") as out:
        chunked.pack_to(out, manifest, produce, seed)


def _kelurahan(count: int, db_path: Path) -> None:
    """A kelurahan database holding `count` participants, written as the merge writes them."""
    from jamsostek_desktop.db.bulk import participant_bulk_load
    from jamsostek_desktop.db.connection import close_db, db
    from jamsostek_desktop.db.models import Category
    from jamsostek_desktop.services.participants import profile
    from jamsostek_desktop.services.startup import init_db
    from jamsostek_desktop.services.sync import rows

    init_db(db_path)
    profile.save({"region_code": "18.72.01.1001", "kelurahan": "Yosodadi", "kecamatan": "Metro Timur",
                  "kota": "Kota Metro"})
    ids = {c: i for c, i in Category.select(Category.code, Category.id).tuples()}
    with db.atomic(), participant_bulk_load(db, count):
        db.cursor().executemany(rows.INSERT, (rows.insert_values(_record(n), "18.72.01.1001", ids, n + 1)
                                              for n in range(count)))
    close_db()


def main(step: str, count: int, folder: Path) -> None:
    os.environ["JAMSOSTEK_HOME"] = str(folder / "home")
    from jamsostek_desktop.services.participants import profile
    from jamsostek_desktop.services.startup import init_db

    if step == "merge":
        from jamsostek_desktop.services.sync import importing

        sync_file = folder / f"generated-{count}.jamsync"
        if not sync_file.exists():
            _file(count, sync_file)
            print(json.dumps({"made": str(sync_file)}))
            return
        for old in folder.glob(f"city-{count}.sqlite3*"):
            old.unlink()
        init_db(folder / f"city-{count}.sqlite3")
        profile.save({"region_code": "18.72", "kota": "Kota Metro"}, mode="city")
        from jamsostek_desktop.services.sync import trust
        from jamsostek_desktop.services.sync.format import container, crypto

        key = container.read_manifest(sync_file.read_bytes()).manifest["installation"]["public_key"]
        trust.accept_key(sync_file, crypto.fingerprint(crypto.unb64(key)))
        if os.environ.get("PROBE_WITHOUT_SCREENING"):
            # The merge's own bound: screening's step after the merge (issue 13) holds the city's
            # whole list once by design and is measured apart (docs/benchmarks-sync.md).
            from jamsostek_desktop.services.screening import after_merge

            after_merge.screen_kelurahan = lambda codes, written_after=None: []
        before, started = _status("VmRSS"), time.perf_counter()
        report = importing.import_files([sync_file])
        assert report.files[0].added == count, report.lines()
    else:
        from jamsostek_desktop.services.sync import export

        db_path = folder / f"kelurahan-{count}.sqlite3"
        if not db_path.exists():
            _kelurahan(count, db_path)
            print(json.dumps({"made": str(db_path)}))
            return
        init_db(db_path)
        for old in folder.glob("export-*.jamsync"):
            old.unlink()
        before, started = _status("VmRSS"), time.perf_counter()
        result = export.export(folder / f"export-{count}.jamsync", full=True)
        assert result.records == count
        from jamsostek_desktop.services.sync import payload, payload_parts

        if payload._parts() > 1:     # the child readers' own memory: their peak less the database file mapped
            usage = payload_parts.last_usage
            print(json.dumps({"before": before, "peak": _status("VmHWM"), "seconds": time.perf_counter() - started,
                              "readers": usage["peak_mb"] - usage["mapped_mb"]}))
            return
    print(json.dumps({"before": before, "peak": _status("VmHWM"), "seconds": time.perf_counter() - started}))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), Path(sys.argv[3]))
