"""Schema step 2: a global change order for sync deltas; potential counts for coverage."""

from __future__ import annotations

from peewee import IntegerField, SqliteDatabase
from playhouse.migrate import SqliteMigrator
from playhouse.migrate import migrate as run_migration


def upgrade(db: SqliteDatabase) -> None:
    """Sync deltas need a global change order; coverage needs potential counts."""
    migrator = SqliteMigrator(db)
    run_migration(
        migrator.add_column("participant", "change_seq", IntegerField(default=0)),
        migrator.add_column("category", "potential", IntegerField(null=True)),
    )
    # Existing rows get an order that follows their last change.
    db.execute_sql(
        'UPDATE "participant" SET "change_seq" = (SELECT COUNT(*) FROM "participant" AS p2 '
        'WHERE p2."updated_at" < "participant"."updated_at" OR (p2."updated_at" = "participant"."updated_at" '
        'AND p2."id" <= "participant"."id"))'
    )
    db.execute_sql('CREATE INDEX "participant_change_seq" ON "participant" ("change_seq")')
