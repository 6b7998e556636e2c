"""Crash-harness operation of the Excel feature: importing spreadsheets, all rows or none.
Loaded by crash_harness.py when services.excel_import exists."""

from __future__ import annotations

import sqlite3
from pathlib import Path

FILES = 6
ROWS = 100
HEADER = ["No", "NIK", "Nama Lengkap", "Tempat Lahir", "Tgl Lahir", "L/P", "Alamat", "RT", "RW"]


def register(h) -> None:
    import importlib

    importlib.import_module("jamsostek_desktop.services.excel.importing")  # ImportError: not built yet

    class ImportSpreadsheets(h.Operation):
        """services.excel_import.import_file on rosters of ROWS Ketua RT each."""

        name = "import"
        max_delay = 1.0

        def prepare(self) -> None:
            from openpyxl import Workbook

            from jamsostek_desktop.db.connection import close_db
            from jamsostek_desktop.services.excel import importing as excel_import
            from jamsostek_desktop.services.startup import init_db

            self.files = self.dir / "files"
            self.files.mkdir(exist_ok=True)
            self.niks: dict[str, set[str]] = {}
            self.expected: dict[str, int] = {}
            self._new_database()
            init_db(self.db)
            for n in range(FILES):
                path = self.files / f"rt-{n}.xlsx"
                book = Workbook()
                sheet = book.active
                sheet.title = "Ketua RT"
                sheet.append(HEADER)
                niks = set()
                for row in range(ROWS):
                    p = h.person(500_000 + n * ROWS + row)
                    niks.add(p["nik"])
                    sheet.append([row + 1, p["nik"], p["nama"], p["tempat_lahir"], p["tanggal_lahir"],
                                  p["jenis_kelamin"], p["alamat"], p["rt"], p["rw"]])
                for cells in sheet.iter_rows(min_col=2, max_col=2):
                    cells[0].number_format = "@"
                book.save(path)
                self.niks[path.name] = niks
                self.expected[path.name] = excel_import.import_file(path, "ketua-rt", dry_run=True).rows_valid
                if self.expected[path.name] == 0:
                    raise SystemExit(f"harness spreadsheet {path.name} has no valid row")
            close_db()

        def _new_database(self) -> None:
            for suffix in ("", "-wal", "-shm"):
                Path(str(self.db) + suffix).unlink(missing_ok=True)
            self.journal.path.unlink(missing_ok=True)
            h.new_database(self.db)

        def before_fork(self) -> None:
            if len(self.journal.lines()) >= FILES:
                self._new_database()

        def work(self, start: int) -> None:
            from jamsostek_desktop.services.excel import importing as excel_import
            from jamsostek_desktop.services.startup import init_db

            init_db(self.db)
            done = {line[1] for line in self.journal.lines()}
            for path in sorted(self.files.iterdir()):
                if path.name not in done:
                    report = excel_import.import_file(path, "ketua-rt")
                    self.journal.write("imported", path.name, report.imported)
            while True:  # everything in: importing again must write nothing
                excel_import.import_file(path, "ketua-rt")

        def check(self) -> list[str]:
            problems = h.integrity_problems(self.db)
            conn = sqlite3.connect(self.db, timeout=10)
            try:
                present = {r[0] for r in conn.execute("SELECT nik FROM participant")}
            finally:
                conn.close()
            journaled = {line[1] for line in self.journal.lines()}
            for name, niks in self.niks.items():
                n = len(niks & present)
                if n not in (0, self.expected[name]):
                    problems.append(f"impor setengah jadi: {name} punya {n} dari {self.expected[name]} baris")
                if name in journaled and n != self.expected[name]:
                    problems.append(f"impor yang dilaporkan selesai hilang: {name}")
            return problems

    h.OPERATIONS["import"] = ImportSpreadsheets
