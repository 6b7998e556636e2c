"""The server's name table (steps 20 and 21) while a large load writes participants.

Row by row, a trigger keeps `participant_name` (each name folded, lowered and cut into the
pieces its GIN index holds) in step with `participant`. A large load turns the trigger off and
drops the GIN index, which is built once at the end. The names are filled a batch at a time,
right after each batch's COPY and on the same helper thread (PgDatabase.copying_behind), so the
server takes the pieces of one batch's names while the client reads the next batch; before,
the pieces of all 150,000 names were taken in one statement at the end while the client waited
(about 1.8 s). The load's end then brings every row the load touched in step, whatever wrote
it, exactly as the trigger would have: names missing are added, names changed are taken again,
names of removed rows removed. The transaction's own row counts for the table (PostgreSQL keeps
them, aborted savepoints included, so they never count too few) say which of the three can be
needed: a load of COPYs only needs none of them.
"""

from __future__ import annotations

from peewee import Database

from jamsostek_desktop.db.backends.pg_statements import pg_sql
from jamsostek_desktop.db.migrations import step_021_server_name_grams as names
from jamsostek_desktop.db.migrations.step_020_city_server import _folded

_FOLDED = _folded('p."nama"')
_VALUES = f'p."id", p."archived", {_FOLDED}, lower(p."nama"), participant_name_grams({_FOLDED}, lower(p."nama"))'
_COLUMNS = '"participant_name" ("id", "archived", "folded", "lowered", "grams")'

# The rows past an id (a batch just copied): the step-21 statement, written for the helper's cursor.
_FILL_PAST = pg_sql(names.NAME_FILL_FROM)
_LAST = 'SELECT COALESCE(MAX("id"), 0) FROM "participant"'

# At the load's end: rows the load removed, rows it added that have no name yet, and rows whose
# name or archive flag no longer match (written after their batch's fill, or by an UPDATE).
_REMOVED = ('DELETE FROM "participant_name" AS n WHERE NOT EXISTS '
            '(SELECT 1 FROM "participant" AS p WHERE p."id" = n."id")')
# Rows this transaction inserted, updated and deleted in participant so far.
_COUNTS = ("SELECT pg_stat_get_xact_tuples_inserted(t.c), pg_stat_get_xact_tuples_updated(t.c), "
           "pg_stat_get_xact_tuples_deleted(t.c) FROM (SELECT CAST('participant' AS regclass) AS c) AS t")
_MISSING = (f'INSERT INTO {_COLUMNS} SELECT {_VALUES} FROM "participant" AS p WHERE p."id" > ? AND NOT EXISTS '
            '(SELECT 1 FROM "participant_name" AS n WHERE n."id" = p."id")')
_CHANGED = (f'UPDATE "participant_name" AS n SET "archived" = p."archived", "folded" = {_FOLDED}, '
            f'"lowered" = lower(p."nama"), "grams" = participant_name_grams({_FOLDED}, lower(p."nama")) '
            'FROM "participant" AS p WHERE p."id" = n."id" AND (p."id" > ? OR p."change_seq" > ?) '
            'AND (n."archived" <> p."archived" OR n."lowered" <> lower(p."nama"))')


class NameFill:
    """The name table through one large load: `begin` (trigger off, GIN index dropped), `after_copy`
    after each COPY into participant, `finish` at the end (everything in step, index built)."""

    def __init__(self, database: Database) -> None:
        self.start, self.seq = database.execute_sql(
            'SELECT COALESCE(MAX("id"), 0), COALESCE(MAX("change_seq"), 0) FROM "participant"').fetchone()
        self.last, self.filled = self.start, 0
        self.counts = database.execute_sql(_COUNTS).fetchone()
        database.execute_sql('ALTER TABLE "participant" DISABLE TRIGGER "participant_name_kept"')
        database.execute_sql('DROP INDEX "participant_name_grams"')

    def after_copy(self, cursor) -> None:
        """The names of the rows a COPY just wrote (a psycopg cursor: on the helper thread, maybe)."""
        cursor.execute(_FILL_PAST, (self.last,))
        self.filled += cursor.rowcount
        self.last = cursor.execute(_LAST).fetchone()[0]

    def finish(self, database: Database, build_index) -> None:
        """Every name in step, then the GIN index built once (`build_index(statement)`) and the trigger on."""
        now = database.execute_sql(_COUNTS).fetchone()
        inserted, updated, deleted = (after - before for after, before in zip(now, self.counts, strict=True))
        if deleted:
            database.execute_sql(_REMOVED)
        if inserted != self.filled:
            database.execute_sql(_MISSING, (self.start,))
        if updated:
            database.execute_sql(_CHANGED, (self.start, self.seq))
        build_index(names.GRAMS_INDEX)
        database.execute_sql('ALTER TABLE "participant" ENABLE TRIGGER "participant_name_kept"')
