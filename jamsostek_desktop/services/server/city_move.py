"""`jamsostek city-move --to postgresql://...`: a city SQLite database moved to the server, and proved.

The SQLite file is only read (opened read-only, never migrated or locked for writing).
Every table is copied in one transaction on the server; before it commits, the rows of each
table are counted and hashed on both sides, and any difference rolls the whole move back.
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from jamsostek_desktop.db import migrations
from jamsostek_desktop.db.connection import close_db, connect, db
from jamsostek_desktop.errors import AppError, StorageError, translate

log = logging.getLogger(__name__)


@dataclass
class TableProof:
    table: str
    source_rows: int
    target_rows: int
    source_sum: str
    target_sum: str

    @property
    def equal(self) -> bool:
        return self.source_rows == self.target_rows and self.source_sum == self.target_sum


@dataclass
class MoveReport:
    source: Path
    target: str
    tables: list[TableProof] = field(default_factory=list)

    @property
    def equal(self) -> bool:
        return all(t.equal for t in self.tables)

    @property
    def rows(self) -> int:
        return sum(t.target_rows for t in self.tables)


def _digest(rows) -> tuple[int, str]:
    """How many rows and a SHA-256 over them (values as SQLite and the server both hold them)."""
    h, n = hashlib.sha256(), 0
    for row in rows:
        h.update(repr(tuple(bytes(v) if isinstance(v, memoryview) else v for v in row)).encode())
        n += 1
    return n, h.hexdigest()


def _sorted_rows(cursor_rows, columns: list[str]):
    """Rows in primary-key order: by id in SQL; text keys sorted here (servers collate text differently)."""
    if "id" in columns:
        return cursor_rows
    return sorted(cursor_rows, key=repr)


def _select(table: str, columns: list[str]) -> str:
    order = ' ORDER BY "id"' if "id" in columns else ""
    return 'SELECT {} FROM "{}"{}'.format(", ".join(f'"{c}"' for c in columns), table, order)


def _source_tables(conn: sqlite3.Connection) -> dict[str, list[str]]:
    """The source's tables (FTS indexes left out: the server searches its own way) with their columns,
    in an order that inserts every referenced row before the rows referring to it."""
    names = [n for (n,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")]
    virtual = [n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL%'")]
    names = [n for n in names if not any(n.startswith(v + "_") for v in virtual)]
    ordered: list[str] = []

    def visit(name: str) -> None:
        if name in ordered:
            return
        for row in conn.execute(f'PRAGMA foreign_key_list("{name}")'):
            if row[2] != name and row[2] in names:
                visit(row[2])
        ordered.append(name)

    for name in names:
        visit(name)
    return {name: [row[1] for row in conn.execute(f'PRAGMA table_info("{name}")')] for name in ordered}


def table_checksums() -> dict[str, tuple[int, str]]:
    """{table: (rows, sha256)} of the open database, over the tables a move carries."""
    from jamsostek_desktop.db import backends

    out = {}
    for table in backends.current().table_names(db):
        if table == "schema_version":
            continue
        columns = [c.name for c in db.get_columns(table)]
        out[table] = _digest(_sorted_rows(db.execute_sql(_select(table, columns)).fetchall(), columns))
    return out


def _open_source(path: Path) -> sqlite3.Connection:
    if not path.is_file():
        raise AppError(translate("city_move", "Berkas basis data tidak ditemukan: {path}.").format(path=path))
    try:
        conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True, timeout=10)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        mode = conn.execute('SELECT "mode" FROM "profile" ORDER BY "id" LIMIT 1').fetchone()
    except sqlite3.Error as exc:
        raise StorageError(translate("city_move", "Berkas {path} tidak dapat dibaca sebagai basis data Jamsostek "
                                     "({reason}).").format(path=path, reason=exc)) from exc
    if version != migrations.LATEST:
        conn.close()
        raise AppError(translate(
            "city_move", "Basis data {path} berversi skema {version}, bukan {latest}. Buka dulu dengan versi "
            "program ini (mis. 'jamsostek --db BERKAS stats'), lalu pindahkan.").format(
            path=path, version=version, latest=migrations.LATEST))
    if mode is None or mode[0] != "city":
        conn.close()
        raise AppError(translate(
            "city_move", "Hanya basis data kantor kota yang dipindahkan ke server; {path} bukan basis data kota.")
            .format(path=path))
    return conn


MIGRATION_ROWS = frozenset({"wage_rate"})


def move(source: str | Path, target_url: str, progress=None) -> MoveReport:
    """Copy the city database `source` into the empty server database `target_url`, proving each table.

    `progress(done, total)` is called after each table. Leaves the server database open.
    """
    from jamsostek_desktop.db import backends

    source = Path(source)
    conn = _open_source(source)
    try:
        tables = _source_tables(conn)
        connect(target_url)
        migrations.migrate(db)
        report = MoveReport(source, backends.current().describe())
        with db.atomic():
            # Rows a migration step itself writes (the wage-earner rates of step 017) come from the
            # file like every other row, which holds them and any the office added since.
            for table in MIGRATION_ROWS & set(tables):
                db.execute_sql(f'DELETE FROM "{table}"')
            have = {t: db.execute_sql(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in tables
                    if t in backends.current().table_names(db)}
            if any(have.values()):
                raise AppError(translate(
                    "city_move", "Basis data di server sudah berisi data ({tables}); pindahkan hanya ke basis data "
                    "yang baru dibuat dan kosong.").format(tables=", ".join(t for t, n in have.items() if n)))
            cursor = db.cursor()
            for n, (table, columns) in enumerate(tables.items()):
                if table not in have:
                    raise AppError(translate("city_move", "Tabel {table} tidak ada di server: versi program "
                                             "berbeda?").format(table=table))
                insert = 'INSERT INTO "{}" ({}) VALUES ({})'.format(
                    table, ", ".join(f'"{c}"' for c in columns), ", ".join("?" for _ in columns))
                cursor.executemany(insert, conn.execute(f'SELECT {", ".join(chr(34) + c + chr(34) for c in columns)} '
                                                        f'FROM "{table}"'))
                if "id" in columns:
                    db.execute_sql(f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "
                                   f'COALESCE((SELECT MAX("id") FROM "{table}"), 0) + 1, false)')
                source_rows, source_sum = _digest(_sorted_rows(conn.execute(_select(table, columns)), columns))
                target_rows, target_sum = _digest(
                    _sorted_rows(db.execute_sql(_select(table, columns)).fetchall(), columns))
                report.tables.append(TableProof(table, source_rows, target_rows, source_sum, target_sum))
                if progress is not None:
                    progress(n + 1, len(tables))
            if not report.equal:
                different = ", ".join(t.table for t in report.tables if not t.equal)
                raise StorageError(translate(
                    "city_move", "Isi tabel {tables} di server berbeda dari berkas; pemindahan dibatalkan dan "
                    "server tidak diubah.").format(tables=different))
        backends.current().refresh_statistics(db)
    except BaseException:
        close_db()
        raise
    finally:
        conn.close()
    log.info("city database moved to the server: %d tables, %d rows", len(report.tables), report.rows)
    return report
