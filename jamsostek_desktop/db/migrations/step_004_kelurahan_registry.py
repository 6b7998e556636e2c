"""Schema step 4: the kelurahan registry."""

from __future__ import annotations

from peewee import SqliteDatabase


def upgrade(db: SqliteDatabase) -> None:
    db.execute_sql(
        'CREATE TABLE "kelurahan" ("code" VARCHAR(255) NOT NULL PRIMARY KEY, "kelurahan" VARCHAR(255) NOT NULL, '
        '"kecamatan" VARCHAR(255) NOT NULL, "kota" VARCHAR(255) NOT NULL)'
    )
    db.execute_sql(
        'INSERT INTO "kelurahan" ("code", "kelurahan", "kecamatan", "kota") '
        'SELECT "region_code", "kelurahan", "kecamatan", "kota" FROM "profile" WHERE "mode" = \'kelurahan\''
    )
