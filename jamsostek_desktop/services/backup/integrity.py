"""Is a database file healthy? Quick check at start-up, full check for `jamsostek check`.

Both open the file with plain sqlite3, read-only, so a damaged file is examined
without peewee, migrations or seeding touching it. Also turns SQLite's "disk full"
and "read-only" failures into the clerk's message (`storage_error`).
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from peewee import DatabaseError

from jamsostek_desktop import paths
from jamsostek_desktop.errors import (
    DatabaseDamagedError,
    DatabaseInUseError,
    StorageError,
    translate,
)

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
# What the database library raises, for callers above services that must not import it.
DATABASE_ERRORS: tuple[type[BaseException], ...] = (DatabaseError, sqlite3.Error)
# Tables counted by the full check, with their Indonesian names.
COUNTED_TABLES = {
    "participant": translate("integrity", "peserta"),
    "category": translate("integrity", "kategori"),
    "profile": translate("integrity", "profil"),
    "contribution_rate": translate("integrity", "tarif iuran"),
    "audit_entry": translate("integrity", "log audit"),
    "user_account": translate("integrity", "pengguna"),
    "kelurahan": translate("integrity", "kelurahan"),
}


@dataclass
class CheckReport:
    """Outcome of a check; `problems` empty means healthy."""

    path: Path
    problems: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)      # what could not be checked, and why
    schema_version: int | None = None
    latest_version: int | None = None
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems


# SQLite's primary result codes (sqlite3.Error.sqlite_errorcode & 0xff) that say the storage,
# not the file, is at fault: wait, free space or choose another folder; never restore over it.
IN_USE_CODES = frozenset({5, 6})                          # SQLITE_BUSY, SQLITE_LOCKED
STORAGE_CODES = frozenset({3, 8, 10, 13, 14, 15, 22, 23})  # PERM, READONLY, IOERR, FULL, CANTOPEN, PROTOCOL, NOLFS, AUTH


def sqlite_code(exc: BaseException | None) -> int | None:
    """The primary SQLite result code behind an error (peewee keeps sqlite3's in the context)."""
    seen = 0
    while exc is not None and seen < 10:
        code = getattr(exc, "sqlite_errorcode", None)
        if code is not None:
            return code & 0xFF
        exc = exc.__cause__ or exc.__context__
        seen += 1
    return None


def transient_error(exc: sqlite3.Error, path: Path) -> StorageError | None:
    """A StorageError for a failure of the storage rather than of the file (None: the file is at fault)."""
    code = sqlite_code(exc)
    if code in IN_USE_CODES:
        return DatabaseInUseError(translate(
            "integrity", "{name} sedang dikunci program lain; tutup program itu lalu coba lagi. "
            "Berkasnya tidak diubah.").format(name=path.name))
    if code in STORAGE_CODES:
        return StorageError(translate(
            "integrity", "{name} tidak dapat dibuka: {reason}. Ini masalah penyimpanan (izin folder, "
            "folder hanya-baca, disk), bukan kerusakan berkas; berkasnya tidak diubah.").format(
            name=path.name, reason=exc))
    return None


def header_problem(path: Path) -> StorageError | None:
    """An existing file that cannot be a database (DatabaseDamagedError) or cannot be read (StorageError).

    SQLite itself treats an empty file as a new database; for a file the clerk had data
    in, that is the worst reading: it is damage, to be recovered from a backup.
    """
    try:
        with open(path, "rb") as fh:
            head = fh.read(100)
    except OSError as exc:
        return StorageError(translate("integrity", "Berkas basis data {name} tidak dapat dibaca: {reason}. "
                                      "Berkasnya tidak diubah.").format(name=path.name, reason=exc.strerror or exc))
    problem = _header_text(head)
    if problem is None:
        return None
    return DatabaseDamagedError(translate("integrity", "Berkas basis data {name} rusak: {problem}").format(
        name=path.name, problem=problem))


def _header_text(head: bytes) -> str | None:
    if len(head) == 0:
        return translate("integrity", "Berkas kosong.")
    if not head.startswith(SQLITE_HEADER):
        return translate("integrity", "Berkas bukan basis data SQLite.")
    if len(head) < 100:
        return translate("integrity", "Berkas terpotong.")
    return None


def _connect_read_only(path: Path) -> sqlite3.Connection:
    # mode=ro never creates the file; a WAL database still opens read-only.
    return sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True, timeout=5)


def _header_problem(path: Path) -> str | None:
    """The damage a file's first bytes show; a file that cannot be read raises StorageError."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(100)
    except FileNotFoundError:
        return translate("integrity", "Berkas tidak ada.")
    except OSError as exc:
        raise StorageError(translate("integrity", "Berkas {name} tidak dapat dibaca: {reason}. Berkasnya tidak "
                                     "diubah.").format(name=path.name, reason=exc.strerror or exc)) from exc
    return _header_text(head)


def _pragma_lines(conn: sqlite3.Connection, pragma: str) -> list[str]:
    return [str(row[0]) for row in conn.execute(f"PRAGMA {pragma}").fetchall()]


def quick_check(path: str | Path) -> CheckReport:
    """Fast start-up check: header, PRAGMA quick_check, the participant table readable."""
    path = Path(path)
    report = CheckReport(path)
    problem = _header_problem(path)
    if problem:
        report.problems.append(problem)
        return report
    try:
        conn = _connect_read_only(path)
        try:
            lines = _pragma_lines(conn, "quick_check")
            if lines != ["ok"]:
                report.problems.extend(lines[:10])
            report.schema_version = conn.execute("PRAGMA user_version").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        _damage_or_raise(exc, path, report)
    return report


def _damage_or_raise(exc: sqlite3.Error, path: Path, report: CheckReport) -> None:
    """A storage failure is raised (StorageError); anything else is damage, listed in `report`."""
    transient = transient_error(exc, path)
    if transient is not None:
        raise transient from exc
    report.problems.append(f"SQLite: {exc}")


def full_check(path: str | Path) -> CheckReport:
    """integrity_check, foreign keys, schema version and row counts."""
    from jamsostek_desktop.db.migrations import LATEST

    if paths.is_server_url(path):
        from jamsostek_desktop.services.backup import server_check

        return server_check.full_check(str(path))
    path = Path(path)
    report = CheckReport(path, latest_version=LATEST)
    problem = _header_problem(path)
    if problem:
        report.problems.append(problem)
        return report
    try:
        conn = _connect_read_only(path)
        try:
            lines = _pragma_lines(conn, "integrity_check")
            if lines != ["ok"]:
                report.problems.extend(lines[:20])
            fk = conn.execute("PRAGMA foreign_key_check").fetchall()
            if fk:
                report.problems.append(translate(
                    "integrity", "{n} rujukan (foreign key) tidak cocok, mis. tabel {table}.").format(
                    n=len(fk), table=fk[0][0]))
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            report.schema_version = version
            if version > LATEST:
                report.problems.append(translate(
                    "integrity", "Versi skema {version} lebih baru dari program ini ({latest}).").format(
                    version=version, latest=LATEST))
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            for table in COUNTED_TABLES:
                if table in tables:
                    report.counts[table] = conn.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
            if "participant" not in tables:
                report.problems.append(translate("integrity", "Tabel peserta tidak ada: bukan basis data Jamsostek."))
            report.problems.extend(invalid_text(conn))
            _check_seal(conn, report)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        _damage_or_raise(exc, path, report)
    return report


# How `check` names a row whose text is not UTF-8: the table's label and the column that keys it.
ROW_KEYS = {"participant": "uuid", "user_account": "username", "category": "code", "kelurahan": "code",
            "setting": "key"}
INVALID_TEXT_SHOWN = 20


def _check_seal(conn: sqlite3.Connection, report: CheckReport) -> None:
    """The audit chain and the row digests (services/accounts/seal.py): changes made behind the program's back."""
    from jamsostek_desktop.services.accounts import seal_check

    conn.text_factory = lambda data: data.decode("utf-8", "replace")   # read as the program wrote it
    found = seal_check.verify(conn)
    report.problems.extend(found.problems)
    report.notices.extend(found.notices)


def invalid_text(conn: sqlite3.Connection) -> list[str]:
    """Rows holding text that is not valid UTF-8 (another tool wrote it), named by table, key and column.

    The program reads such text with a replacement mark (db/connection.py), so nothing
    crashes; this says where it is, so a person can correct it.
    """
    virtual = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                          "AND sql LIKE 'CREATE VIRTUAL%'")]
    tables = [(r[0], "WITHOUT ROWID" in (r[1] or "").upper())
              for r in conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' "
                                    "AND name NOT LIKE 'sqlite%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")
              if not any(r[0].startswith(v + "_") for v in virtual)]
    found: list[str] = []
    total = 0
    for table, without_rowid in tables:
        columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
        key = ROW_KEYS.get(table)
        key_sql = f'"{key}"' if key in columns else f'"{columns[0]}"' if without_rowid else "rowid"
        casts = ", ".join(f'CASE WHEN typeof("{c}") = \'text\' THEN CAST("{c}" AS BLOB) END' for c in columns)
        for row in conn.execute(f'SELECT CAST({key_sql} AS BLOB), {casts} FROM "{table}"'):
            bad = [c for c, value in zip(columns, row[1:], strict=True) if value is not None and not _utf8(value)]
            if not bad:
                continue
            total += 1
            if len(found) < INVALID_TEXT_SHOWN:
                label = COUNTED_TABLES.get(table, table)
                name = row[0].decode("utf-8", "replace") if isinstance(row[0], bytes) else row[0]
                found.append(translate("integrity", "{table} {key}: kolom {columns} bukan teks UTF-8 yang valid "
                                       "(diubah di luar program?)").format(table=label, key=name,
                                                                           columns=", ".join(bad)))
    if total > len(found):
        found.append(translate("integrity", "... dan {n} baris lain dengan teks bukan UTF-8.").format(
            n=total - len(found)))
    return found


def _utf8(value: bytes) -> bool:
    try:
        value.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def storage_error(exc: BaseException, doing: str | None = None) -> StorageError | None:
    """The clerk's message for an environment failure of SQLite or the file system, else None.

    `doing` completes "Gagal ..." (a translate() text; default "menyimpan data"). A locked
    database is a DatabaseInUseError, a damaged one a DatabaseDamagedError. Callers re-raise the result `from exc`. The chain of
    causes is searched: on a full disk SQLite rolls the transaction back itself, so
    peewee's own rollback fails and its error hides the real one in `__context__`.
    """
    doing = doing or translate("integrity", "menyimpan data")
    seen = 0
    while exc is not None and seen < 10:
        found = _storage_error_of(exc, doing)
        if found is not None:
            return found
        exc = exc.__cause__ or exc.__context__
        seen += 1
    return None


def _storage_error_of(exc: BaseException, doing: str) -> StorageError | None:
    text = str(exc).lower()
    errno = getattr(exc, "errno", None)
    if "disk is full" in text or "no space" in text or errno == 28:
        return StorageError(translate(
            "integrity", "Gagal {doing}: ruang penyimpanan (disk) penuh. Tidak ada data yang berubah; "
            "kosongkan ruang disk lalu ulangi.").format(doing=doing))
    if "readonly" in text or "read-only" in text or errno == 30:
        return StorageError(translate(
            "integrity", "Gagal {doing}: lokasi penyimpanan hanya dapat dibaca (read-only).").format(doing=doing))
    if "database is locked" in text:
        return DatabaseInUseError(translate(
            "integrity", "Gagal {doing}: basis data sedang dipakai program lain; coba lagi sebentar lagi.").format(
            doing=doing))
    if "disk i/o error" in text or errno == 5:
        return StorageError(translate(
            "integrity", "Gagal {doing}: kesalahan baca/tulis disk. Periksa disk atau flash drive.").format(
            doing=doing))
    if "malformed" in text or "not a database" in text:
        return DatabaseDamagedError(translate(
            "integrity", "Gagal {doing}: berkas basis data rusak. Jalankan pemeriksaan (Alat › Periksa basis data).")
            .format(doing=doing))
    return None


@contextmanager
def storage_guard(doing: str) -> Iterator[None]:
    """Turn a full disk, read-only folder or locked file met inside the block into StorageError.

    `with storage_guard(translate("enrolment", "menyimpan peserta")): ...`; other errors pass unchanged.
    """
    try:
        yield
    except (*DATABASE_ERRORS, OSError) as exc:
        error = storage_error(exc, doing)
        if error is None:
            raise
        raise error from exc


def participant_count(path: str | Path) -> int | None:
    """Participants in another database file (a backup), read-only; None when unreadable."""
    try:
        conn = _connect_read_only(Path(path))
        try:
            return conn.execute("SELECT COUNT(*) FROM participant").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return None
