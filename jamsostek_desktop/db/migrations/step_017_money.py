"""Schema step: the money feature's tables (see db/money_models.py).

Penerima Upah rates with the UMK, dated like the BPU rates; each category's budget choice;
the BPJS export profiles; BPJS's answer per participant. Raw SQL so the step never changes
once released, whatever the models become. The shipped export profiles are seeded at start-up
(services/money/profiles.py), not here, so an updated program can add one.
"""

from __future__ import annotations

from peewee import Database, SqliteDatabase

STATEMENTS = (
    'CREATE TABLE "wage_rate" ('
    '"id" INTEGER NOT NULL PRIMARY KEY, '
    '"effective_from" DATE NOT NULL, '
    '"jkk_risk" TEXT NOT NULL, '
    '"jkm_bp" INTEGER NOT NULL, '
    '"jht_bp" INTEGER NOT NULL, '
    '"umk" INTEGER NOT NULL, '
    '"note" TEXT NOT NULL)',
    'CREATE UNIQUE INDEX "wage_rate_effective_from" ON "wage_rate" ("effective_from")',
    'CREATE TABLE "budget_choice" ('
    '"id" INTEGER NOT NULL PRIMARY KEY, '
    '"category_id" INTEGER NOT NULL REFERENCES "category" ("id") ON DELETE CASCADE, '
    '"scheme" VARCHAR(255) NOT NULL, '
    '"jht" INTEGER NOT NULL, '
    '"income" INTEGER, '
    '"risk_class" INTEGER NOT NULL)',
    'CREATE UNIQUE INDEX "budget_choice_category_id" ON "budget_choice" ("category_id")',
    'CREATE TABLE "export_profile" ('
    '"id" INTEGER NOT NULL PRIMARY KEY, '
    '"code" VARCHAR(255) NOT NULL, '
    '"name" VARCHAR(255) NOT NULL, '
    '"data" TEXT NOT NULL, '
    '"builtin" INTEGER NOT NULL, '
    '"updated_at" DATETIME NOT NULL)',
    'CREATE UNIQUE INDEX "export_profile_code" ON "export_profile" ("code")',
    'CREATE TABLE "bpjs_registration" ('
    '"id" INTEGER NOT NULL PRIMARY KEY, '
    '"participant_id" INTEGER NOT NULL REFERENCES "participant" ("id") ON DELETE CASCADE, '
    '"outcome" VARCHAR(255) NOT NULL, '
    '"registered_on" DATE, '
    '"reason" TEXT NOT NULL, '
    '"file_name" VARCHAR(255) NOT NULL, '
    '"imported_at" DATETIME NOT NULL)',
    'CREATE UNIQUE INDEX "bpjs_registration_participant_id" ON "bpjs_registration" ("participant_id")',
    'INSERT INTO "wage_rate" ("effective_from", "jkk_risk", "jkm_bp", "jht_bp", "umk", "note") VALUES '
    '(\'2021-01-01\', \'{"1": 24, "2": 54, "3": 89, "4": 127, "5": 174}\', 30, 370, 0, '
    '\'PP 44/2015 jo. PP 82/2019: JKK 0,24-1,74% menurut kelompok risiko, JKM 0,30%, JHT 3,7% pemberi kerja\')',
)


def upgrade(db: SqliteDatabase) -> None:
    for statement in STATEMENTS:
        db.execute_sql(statement)


def postgresql_statement(statement: str) -> str:
    """The same tables on PostgreSQL: dates kept as ISO text, as the server schema keeps them."""
    statement = statement.replace('"id" INTEGER NOT NULL PRIMARY KEY', '"id" SERIAL NOT NULL PRIMARY KEY')
    return statement.replace(" DATETIME", " TEXT").replace(" DATE,", " TEXT,").replace(" DATE ", " TEXT ")


def upgrade_postgresql(db: Database) -> None:
    for statement in STATEMENTS:
        db.execute_sql(postgresql_statement(statement))
