"""What the hardening of issue 12 costs, next to a baseline from the same run.

- reading every participant row with the lenient text decoding (db/connection.py) against
  Python's own str decoding;
- sealing (services/accounts/seal.py): the digests of N participants, and N audit entries
  as chain links, against inserting the same audit rows plainly;
- `check` on N participants: PRAGMA integrity_check (baseline), the UTF-8 scan, the seal;
- a spreadsheet: counting what its ZIP entries inflate to (archives.scan) against reading
  it with python-calamine, which the import does anyway.

    .venv/bin/python benchmarks/bench_hardening.py [--count 50000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def median(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def line(label: str, seconds: float, baseline: float | None = None) -> None:
    ratio = f"   ({seconds / baseline:.2f}x baseline)" if baseline else ""
    print(f"{label:58} {seconds:7.3f} s{ratio}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        os.environ["JAMSOSTEK_HOME"] = str(tmp / "home")
        from jamsostek_desktop import archives
        from jamsostek_desktop.db.bulk import insert_rows
        from jamsostek_desktop.db.connection import close_db, db
        from jamsostek_desktop.db.models import AuditEntry, utc_now
        from jamsostek_desktop.services.accounts import seal, seal_check
        from jamsostek_desktop.services.backup import integrity
        from jamsostek_desktop.services.excel import export as excel_export
        from jamsostek_desktop.services.excel import reader
        from jamsostek_desktop.services.participants import demo_data, profile
        from jamsostek_desktop.services.startup import init_db

        path = tmp / "kelurahan.sqlite3"
        init_db(path)
        profile.save({"region_code": "18.72.01.1001", "kelurahan": "Yosodadi", "kecamatan": "Metro Timur",
                      "kota": "Kota Metro"})
        demo_data.generate(args.count, seed=1)
        print(f"participants: {args.count}, median of {args.repeat} runs")

        select = "SELECT * FROM participant"
        conn = db.connection()
        lenient = median(lambda: db.execute_sql(select).fetchall(), args.repeat)
        factory, conn.text_factory = conn.text_factory, str
        plain = median(lambda: db.execute_sql(select).fetchall(), args.repeat)
        conn.text_factory = factory
        line("baseline: read every participant row, str decoding", plain)
        line("read every participant row, lenient decoding", lenient, plain)

        def seal_all() -> None:
            with db.atomic():
                seal.participants_from(0)

        line("seal: digest of every participant", median(seal_all, args.repeat))

        def entries() -> list[dict]:
            now = utc_now()
            return [dict(at=now, actor="sistem", action="create", table="participant", record=f"r{i}", field="",
                         old_value=None, new_value="x", reason="") for i in range(args.count)]

        def plain_insert() -> None:
            with db.atomic() as transaction:
                insert_rows(AuditEntry, entries())
                transaction.rollback()

        def chained() -> None:
            with db.atomic() as transaction:
                seal.append(entries())
                transaction.rollback()

        base = median(plain_insert, args.repeat)
        line("baseline: insert N audit entries", base)
        line("insert N audit entries as chain links", median(chained, args.repeat), base)
        close_db()

        raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        raw.text_factory = lambda data: data.decode("utf-8", "replace")
        check = median(lambda: raw.execute("PRAGMA integrity_check").fetchall(), args.repeat)
        line("baseline: PRAGMA integrity_check", check)
        line("check: text that is not UTF-8 (every text column)", median(lambda: integrity.invalid_text(raw),
                                                                          args.repeat), check)
        line("check: audit chain and row digests", median(lambda: seal_check.verify(raw), args.repeat), check)
        raw.close()

        init_db(path)
        sheet = tmp / "semua.xlsx"
        excel_export.export(sheet, "full")
        close_db()
        data = sheet.read_bytes()
        import python_calamine

        def calamine() -> None:
            book = python_calamine.CalamineWorkbook.from_path(str(sheet))
            for name in book.sheet_names:
                book.get_sheet_by_name(name).to_python()

        read = median(calamine, args.repeat)
        print(f"spreadsheet: {len(data) / 1e6:.1f} MB")
        line("baseline: read every sheet with python-calamine", read)
        line("archives.scan: inflate and count every entry", median(
            lambda: archives.scan(data, archives.budget(len(data), reader.INFLATE_RATIO, reader.INFLATE_FLOOR,
                                                        reader.INFLATE_CAP)), args.repeat), read)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from peak_memory import report_at_exit

    report_at_exit(Path(__file__).name)
    raise SystemExit(main())
