"""Concurrent writers: every change gets its own change number, in commit order, and every
row reaches the city (issue 12).

Reproduced first with real processes started at the same moment: demo data read its first
change number before its transaction, so two writers gave rows the same numbers; writers
that read before writing failed with "database is locked" (SQLite refuses to upgrade a
stale read snapshot); and an incremental export taken in between could skip a row for good.
Now every write transaction begins IMMEDIATE (it takes the write lock first, so waiting
writers queue instead of failing) and the number is read inside it.
"""

from __future__ import annotations

import json
import sqlite3
import zipfile
from pathlib import Path

from tests.conftest import copy_template
from tests.processes import finish, start_together

WRITERS = 6
WORKER = """
import datetime as dt, json, time
i = int(sys.argv[1]); db_path, out = sys.argv[2], sys.argv[3]
from jamsostek_desktop.services.startup import init_db
from jamsostek_desktop.services.participants import demo_data, enrolment
from jamsostek_desktop.services.sync import export
init_db(db_path)
wait_for_start()

def person(serial):
    return {"nik": f"187201120875{serial:04d}", "nama": f"Peserta {serial}", "tempat_lahir": "Metro",
            "tanggal_lahir": dt.date(1975, 8, 12), "jenis_kelamin": "L", "alamat": "Jl. Kenanga",
            "rt": 3, "rw": 2, "fields": {"nomor_rt": 3, "nomor_rw": 2}}

if i == 0:                                  # the clerk sends data now and then meanwhile
    for _ in range(12):
        export.export(out)
        time.sleep(0.05)
elif i % 2:                                 # demo data in bulk, several times
    for round in range(3):
        demo_data.generate(150, seed=1000 * i + round)
else:                                       # a clerk saving people one by one, then editing them
    saved = [enrolment.enrol(person(100 * i + k), "ketua-rt") for k in range(25)]
    for p in saved[:10]:
        enrolment.update(p.id, {"telepon": f"08123{p.id:06d}"})
print("done")
"""


def _build() -> None:
    from jamsostek_desktop.services.participants import profile
    from tests.conftest import PROFILE

    profile.save(dict(PROFILE))


def sent_uuids(folder: Path) -> set[str]:
    """The participants the files carry (format 3: the participant section's arrays, uuid first)."""
    found = set()
    for path in folder.glob("*.jamsync"):
        with zipfile.ZipFile(path) as archive:
            section = None
            for line in archive.read("payload.jsonl").decode("utf-8").splitlines():
                item = json.loads(line)
                if isinstance(item, dict):
                    section = item["section"]
                    assert item["keys"][0] == "uuid" or section != "participant"
                elif section == "participant":
                    found.add(item[0])
    return found


def test_concurrent_writers_get_distinct_numbers_and_every_row_is_sent(tmp_path):
    db = copy_template("kelurahan", tmp_path / "kel.sqlite3", _build)
    out = tmp_path / "kirim"
    out.mkdir()
    workers = start_together(WORKER, WRITERS, tmp_path / "sync", tmp_path / "home", args=(db, out))
    results = finish(workers)
    failures = [(n, err[-600:]) for n, (code, _out, err) in enumerate(results) if code != 0]
    assert failures == []

    from jamsostek_desktop.services.startup import init_db
    from jamsostek_desktop.services.sync import export

    init_db(db)
    export.export(out)                       # whatever changed after the clerk's last send
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute("SELECT uuid, change_seq FROM participant").fetchall()
    finally:
        conn.close()
    numbers = [seq for _, seq in rows]
    assert len(rows) == 3 * 3 * 150 + 2 * 25
    assert len(set(numbers)) == len(numbers), "two changes share a change number"
    assert sent_uuids(out) == {uuid for uuid, _ in rows}
