"""`jamsostek check` on a PostgreSQL server: the schema, the indexes, the counts, and issue 12's seal.

The server guards its own pages (checksums, WAL); what the program checks is what only it
knows: the schema version, every index usable, the audit chain and row digests unbroken.
"""

from __future__ import annotations

from pathlib import Path

from jamsostek_desktop.db import backends
from jamsostek_desktop.db.connection import connect, db
from jamsostek_desktop.errors import translate


class _Rows(list):
    def fetchall(self):
        return list(self)

    def fetchone(self):
        return self[0] if self else None


class ServerConnection:
    """The few sqlite3.Connection calls seal_check makes, answered by the open server database."""

    text_factory = None

    def execute(self, sql: str, params=()):
        if "sqlite_master" in sql:
            return _Rows((name,) for name in backends.current().table_names(db))
        return db.execute_sql(sql, tuple(params))


def full_check(url: str):
    """The checks of integrity.full_check, on the server database `url` (opened when not open yet)."""
    from jamsostek_desktop.db import migrations
    from jamsostek_desktop.db.backends.postgresql import safe_url
    from jamsostek_desktop.services.accounts import seal_check
    from jamsostek_desktop.services.backup.integrity import COUNTED_TABLES, CheckReport

    if db.is_closed() or backends.current().describe() != safe_url(url):
        connect(url)
    backend = backends.current()
    report = CheckReport(Path(backend.describe()), latest_version=migrations.LATEST)
    report.problems.extend(backend.quick_check(db))
    version = backend.schema_version(db)
    report.schema_version = version
    if version > migrations.LATEST:
        report.problems.append(translate(
            "integrity", "Versi skema {version} lebih baru dari program ini ({latest}).").format(
            version=version, latest=migrations.LATEST))
    tables = set(backend.table_names(db))
    for table in COUNTED_TABLES:
        if table in tables:
            report.counts[table] = db.execute_sql(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
    if "participant" not in tables:
        report.problems.append(translate("integrity", "Tabel peserta tidak ada: bukan basis data Jamsostek."))
        return report
    found = seal_check.verify(ServerConnection())
    report.problems.extend(found.problems)
    report.notices.extend(found.notices)
    return report
