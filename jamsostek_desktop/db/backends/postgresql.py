"""PostgreSQL: the city office's server, several staff at once (docs/postgresql.md).

The password is never part of what is saved: libpq reads PGPASSWORD or the pgpass file,
and the GUI's prompt hands one over for this run only (`remember_password`).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from pathlib import Path

from peewee import Database
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from jamsostek_desktop.db import bulk
from jamsostek_desktop.db.backends.base import Backend
from jamsostek_desktop.db.backends.pg_database import PgDatabase

# A table of more pages than this (8 kB each; about 3,000 participants) is worth marking all-visible.
VACUUM_FROM_PAGES = 100

# maintenance_work_mem for building the name pieces' GIN index after a large load, when the server's own
# is less: GIN gathers its entries in that memory and writes each full batch out (150,000 names:
# 1.5 s with PostgreSQL's default 64 MB, 1.2 s with 256 MB). Only for that statement.
GIN_BUILD_MEMORY = 256 * 1024

# Passwords typed into the GUI for this run, by URL without password; never written anywhere.
_passwords: dict[str, str] = {}


def remember_password(url: str, password: str) -> None:
    _passwords[safe_url(url)] = password


def safe_url(url: str) -> str:
    """The URL without a password (what a profile, a log line or a message may hold)."""
    params = conninfo_to_dict(url)
    params.pop("password", None)
    user = params.pop("user", "")
    host = params.pop("host", "")
    port = params.pop("port", "")
    dbname = params.pop("dbname", "")
    netloc = (f"{user}@" if user else "") + (host if "/" not in host else "") + (f":{port}" if port else "")
    query = "&".join(f"{k}={v}" for k, v in sorted(params.items()))
    if host and "/" in host:
        query = "&".join(filter(None, [f"host={host}", query]))
    return f"postgresql://{netloc}/{dbname}" + (f"?{query}" if query else "")


def connection_params(url: str) -> dict:
    """psycopg's keyword parameters for `url` (with a remembered password, when there is one)."""
    params = conninfo_to_dict(url)
    password = _passwords.get(safe_url(url))
    if password and "password" not in params:
        params["password"] = password
    params.setdefault("connect_timeout", 10)
    params.setdefault("application_name", "jamsostek-desktop")
    return params


def _folded(column: str) -> str:
    expression = column
    for mark in ("''", "\u2019", "\u2018", "`"):
        expression = f"replace({expression}, '{mark}', '')"
    return f"lower({expression})"


class PostgresqlBackend(Backend):
    name = "postgresql"
    skip_locked = " FOR UPDATE SKIP LOCKED"
    no_limit = None
    for_update = " FOR UPDATE"

    def database(self) -> Database:
        params = connection_params(self.target)
        dbname = params.pop("dbname", "")
        return PgDatabase(dbname, prefer_psycopg3=True, autorollback=False, **params)

    def describe(self) -> str:
        return safe_url(self.target)

    def database_name(self) -> str:
        return conninfo_to_dict(self.target).get("dbname", "")

    def conninfo(self) -> str:
        """For pg_dump and psql: the parameters without the password (libpq finds it itself)."""
        params = conninfo_to_dict(self.target)
        params.pop("password", None)
        return make_conninfo(**params)

    def password(self) -> str | None:
        return conninfo_to_dict(self.target).get("password") or _passwords.get(safe_url(self.target))

    # --- the schema -----------------------------------------------------------------------
    def schema_version(self, database: Database) -> int:
        if database.execute_sql("SELECT to_regclass('schema_version')").fetchone()[0] is None:
            return 0
        row = database.execute_sql('SELECT "version" FROM "schema_version"').fetchone()
        return row[0] if row else 0

    def set_schema_version(self, database: Database, version: int) -> None:
        database.execute_sql('CREATE TABLE IF NOT EXISTS "schema_version" ("version" INTEGER NOT NULL)')
        database.execute_sql('DELETE FROM "schema_version"')
        database.execute_sql('INSERT INTO "schema_version" ("version") VALUES (?)', (int(version),))

    def baseline(self, database: Database) -> int:
        from jamsostek_desktop.db.migrations import pg_baseline

        for statement in pg_baseline.STATEMENTS:
            database.execute_sql(statement)
        return pg_baseline.VERSION

    def migrate_step(self, database: Database, module, step) -> None:
        upgrade = getattr(module, "upgrade_postgresql", None)
        if upgrade is None:
            raise RuntimeError(f"{module.__name__} has no PostgreSQL form")
        upgrade(database)

    # --- the name search ------------------------------------------------------------------
    def name_ids_sql(self, two_letters: Sequence[str], longer: Sequence[str]):
        """The name table of steps 20 and 21: its GIN index of name pieces finds the rows holding every
        piece of the words (the index alone answers words of two letters)."""
        if not two_letters and not longer:
            return None
        # Two letters: the pieces say it all (a word of the name begins so). Longer words: every
        # three letters in the name is not yet the word in it ("ahyhyu" for "ahyu"): test the row.
        conditions, params = ['"grams" @> CAST(? AS text[])'], [name_pieces(two_letters, longer)]
        for word in longer:
            conditions.append('"folded" LIKE ?')
            params.append(f"%{_escape_like(word.lower())}%")
        return 'SELECT "id" FROM "participant_name" WHERE ' + " AND ".join(conditions), params

    def name_count_sql(self, two_letters, longer):
        sql, params = self.name_ids_sql(two_letters, longer)
        return sql.replace('SELECT "id"', "SELECT COUNT(*)", 1) + ' AND "archived" = 0', params

    def folded_name_like(self, column: str) -> str:
        return f"{_folded(column)} LIKE lower(?)"

    def json_array(self, columns):
        # to_json escapes text as SQLite does (\" \\ \n \t ..., other control characters
        # \u00XX, the rest as is); booleans and dates are stored as SQLite stores them. An array
        # of json written by array_to_json: commas without spaces, NULL as null, each item's text as
        # is (a tenth faster than joining the items' texts with ||, at 150,000 row seals).
        items = ", ".join(f"to_json({c})" for c in columns)
        return f"array_to_json(ARRAY[{items}]::json[])::text"

    def month_expression(self, column: str, hours: int) -> str:
        return f"to_char(CAST({column} AS timestamp) + interval '{int(hours)} hours', 'YYYY-MM')"

    # --- bulk loads -----------------------------------------------------------------------
    @contextmanager
    def participant_bulk_load(self, database: Database, incoming: int) -> Iterator[None]:
        """Inside the caller's transaction. A load at least as large as the table (a city's first
        files) drops the secondary indexes, the foreign keys and the name table's trigger, then
        rebuilds them once, as SQLite's loads do (db/bulk.py); DDL is transactional, so a rollback
        restores them. Then fresh statistics, or the merge's next queries are planned for the empty
        table it was."""
        from jamsostek_desktop.db.backends.pg_names import NameFill

        deferred = self._deferred(database, "participant", incoming)
        fill = None
        if deferred:
            fill = NameFill(database)
            for drop, _restore in deferred:
                database.execute_sql(drop)
        after = {'"participant"': fill.after_copy} if fill else None
        with _by_index(database, incoming), _copying_behind(database, incoming, after):
            yield
        if deferred:
            for _drop, restore in deferred:
                database.execute_sql(restore)

            def build_index(statement: str) -> None:
                # The name pieces' GIN index, built once from the filled table: several times faster
                # than taking 150,000 names' pieces one row at a time.
                with _memory_for(database, GIN_BUILD_MEMORY):
                    database.execute_sql(statement)

            fill.finish(database, build_index)
        if incoming >= 500:
            # The merge's next queries (tenure lines, seals, screening) read participant. The name
            # table is read by the list's search only, and the list renews its statistics itself
            # after an import (ensure_statistics: VACUUM ANALYZE of a table just filled); until then,
            # or autovacuum, the planner's defaults for it pick its GIN index all the same.
            _analyze_indexed(database, "participant")

    @contextmanager
    def table_bulk_load(self, database: Database, table: str, incoming: int) -> Iterator[None]:
        """Inside the caller's transaction: as participant_bulk_load, for a table without a name search
        (terms, coverage, life events, screening decisions of a merge)."""
        deferred = self._deferred(database, table, incoming)
        for drop, _restore in deferred:
            database.execute_sql(drop)
        with _by_index(database, incoming), _copying_behind(database, incoming):
            yield
        for _drop, restore in deferred:
            database.execute_sql(restore)
        if incoming >= 500:
            _analyze_indexed(database, table)

    @staticmethod
    def _deferred(database: Database, table: str, incoming: int) -> list[tuple[str, str]]:
        """What a load of `incoming` rows into `table` sets aside and puts back afterwards (a statement
        each): nothing unless the load is large and at least as large as the table. Then the non-unique
        indexes, built once afterwards, and the foreign keys, checked once afterwards in one join: row by
        row, each key costs a lookup per row (150,000 terms with two keys: 3-4 s; checked once: 0.1 s).
        Unique indexes stay, so a duplicate still fails the load at once."""
        if incoming < bulk.REBUILD_MIN_ROWS:
            return []
        existing = database.execute_sql(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
        if incoming < existing:
            return []
        keys = database.execute_sql(
            "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE contype = 'f' AND conrelid = "
            "to_regclass(quote_ident(?)) ORDER BY conname", (table,)).fetchall()
        indexes = database.execute_sql(
            "SELECT i.indexname, i.indexdef FROM pg_indexes AS i JOIN pg_class AS c ON c.relname = "
            "i.indexname JOIN pg_index AS x ON x.indexrelid = c.oid WHERE i.schemaname = current_schema() "
            "AND i.tablename = ? AND NOT x.indisunique", (table,)).fetchall()
        return ([(f'ALTER TABLE "{table}" DROP CONSTRAINT "{name}"',
                  f'ALTER TABLE "{table}" ADD CONSTRAINT "{name}" {definition}') for name, definition in keys]
                + [(f'DROP INDEX "{name}"', definition) for name, definition in indexes])

    def ensure_statistics(self, database: Database) -> None:
        """After a large load (a city's first files) the list's counts from an index alone still read the
        table for each row until a VACUUM marks its pages all-visible, which autovacuum does a minute or
        so later: the first keystrokes after a merge of 150,000 took twice as long. The list asks here
        (on opening and after an import, outside any transaction); a table mostly not yet marked is
        vacuumed now (about a second at 150,000), and asking again costs one catalogue query."""
        if database.in_transaction():
            return
        pending = [name for name, pages, visible in database.execute_sql(
            "SELECT relname, relpages, relallvisible FROM pg_class WHERE relnamespace = "
            "to_regnamespace(current_schema())::oid AND relname IN ('participant', 'participant_name')").fetchall()
            if pages > VACUUM_FROM_PAGES and visible < pages // 2]
        for name in pending:
            database.execute_sql(f'VACUUM (ANALYZE) "{name}"')


    def refresh_statistics(self, database: Database) -> None:
        database.execute_sql('ANALYZE "participant"')
        database.execute_sql('ANALYZE "participant_name"')

    # --- locking --------------------------------------------------------------------------
    def row_locks(self, database: Database):
        return database.atomic(lock_type="ROWS")

    def lock_key(self, database: Database, key: str) -> None:
        database.execute_sql("SELECT pg_advisory_xact_lock(hashtext(?))", (key,))

    # --- check and backup -----------------------------------------------------------------
    def quick_check(self, database: Database) -> list[str]:
        problems = []
        for (name,) in database.execute_sql(
                "SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() "
                "AND NOT i.indisvalid").fetchall():
            problems.append(f"index {name} tidak valid")
        return problems

    def table_names(self, database: Database) -> list[str]:
        return [name for (name,) in database.execute_sql(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename").fetchall()]

    def dump(self, target: Path) -> None:
        """pg_dump's custom format into `target` (the password, when typed in the GUI, goes through the
        environment, never the command line). Raises FileNotFoundError without pg_dump, or
        RuntimeError with pg_dump's own message."""
        import os
        import subprocess

        program = self.pg_dump()
        if program is None:
            raise FileNotFoundError("pg_dump")
        env = dict(os.environ)
        password = self.password()
        if password:
            env["PGPASSWORD"] = password
        done = subprocess.run([program, "--format=custom", "--no-owner", f"--file={target}", self.conninfo()],
                              env=env, capture_output=True, text=True, check=False, timeout=3600)
        if done.returncode != 0:
            raise RuntimeError((done.stderr or done.stdout or "").strip().splitlines()[-1:] or ["pg_dump gagal"])

    def pg_dump(self) -> str | None:
        """The newest pg_dump on this computer, if it is at least the server's version (an older
        pg_dump refuses a newer server): on PATH, PostgreSQL's own folders, or the pgserver package's."""
        import glob
        import re
        import subprocess

        candidates = [shutil.which("pg_dump"), *sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_dump"))]
        try:
            import pgserver  # noqa: PLC0415 - optional, present where the tests run
        except ImportError:
            pass
        else:
            candidates.append(str(Path(pgserver.__file__).parent / "pginstall" / "bin" / "pg_dump"))
        best, best_major = None, -1
        for program in filter(None, candidates):
            try:
                text = subprocess.run([program, "--version"], capture_output=True, text=True, timeout=10).stdout
            except OSError:
                continue
            found = re.search(r"(\d+)\.\d+", text)
            if found and int(found.group(1)) > best_major:
                best, best_major = program, int(found.group(1))
        if best is None or best_major < self.server_major():
            return None
        return best

    def server_major(self) -> int:
        from jamsostek_desktop.db.connection import db

        return int(db.execute_sql("SHOW server_version_num").fetchone()[0]) // 10000


def _analyze_indexed(database: Database, table: str) -> None:
    """Statistics after a load for the columns the table's indexes hold, which are what the planner
    weighs for the next batch's and the list's queries: a third of a full ANALYZE's time at 150,000
    participants, which also reads every address and JSON document (autovacuum does that later)."""
    columns = [name for (name,) in database.execute_sql(
        "SELECT DISTINCT a.attname FROM pg_index AS x JOIN pg_attribute AS a ON a.attrelid = x.indrelid "
        "AND a.attnum = ANY(x.indkey) WHERE x.indrelid = to_regclass(quote_ident(?)) ORDER BY a.attname",
        (table,)).fetchall()]
    database.execute_sql(f'ANALYZE "{table}"' + (" ({})".format(", ".join(f'"{c}"' for c in columns)) if columns else ""))


def _copying_behind(database: Database, incoming: int, after: dict | None = None) -> AbstractContextManager:
    """A large load's COPYs finish on a helper thread while the caller reads its next batch
    (PgDatabase.copying_behind), each followed by `after[table]`, if any; a small load's as sent."""
    return database.copying_behind(after) if incoming >= bulk.REBUILD_MIN_ROWS else nullcontext()


@contextmanager
def _memory_for(database: Database, kilobytes: int) -> Iterator[None]:
    """maintenance_work_mem raised to `kilobytes` inside the transaction (never lowered), then put back."""
    before, have = database.execute_sql("SELECT current_setting('maintenance_work_mem'), "
                                        "pg_size_bytes(current_setting('maintenance_work_mem')) / 1024").fetchone()
    if have >= kilobytes:
        yield
        return
    database.execute_sql("SELECT set_config('maintenance_work_mem', ?, true)", (f"{kilobytes}kB",))
    yield
    database.execute_sql("SELECT set_config('maintenance_work_mem', ?, true)", (before,))


@contextmanager
def _by_index(database: Database, incoming: int) -> Iterator[None]:
    """During a large load the statistics still describe the table before it (empty, for a city's
    first files): the merge's lookups by UUID, batch after batch, would be planned as scans of a
    table that grows to 150,000 rows. Inside the load the planner takes the unique indexes."""
    if incoming < bulk.REBUILD_MIN_ROWS:
        yield
        return
    database.execute_sql("SET LOCAL enable_seqscan = off")
    yield
    database.execute_sql("SET LOCAL enable_seqscan = on")


def name_pieces(two_letters: Sequence[str], longer: Sequence[str]) -> list[str]:
    """The pieces (step 21) a name must hold to match: each longer word's three-letter substrings,
    and "^" + each two-letter word (a word of the name begins with it)."""
    from jamsostek_desktop.db.migrations.step_021_server_name_grams import PLAIN_LETTERS

    pieces = {"^" + word.lower().translate(PLAIN_LETTERS) for word in two_letters}
    for word in longer:
        word = word.lower()
        pieces.update(word[i:i + 3] for i in range(len(word) - 2))
    return sorted(pieces)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
