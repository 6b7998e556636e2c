"""Schema step 13: what signed documents need from the profile and the catalogue.

The kop surat's website and (city mode) the issuing office's name, the default
signers of both signature columns, and a short name per category for chart labels.
The short names of the shipped catalogue are written here as data of this step, so
an old file upgrades the same way whatever resources/categories.json says later.
"""

from __future__ import annotations

from peewee import SqliteDatabase

PROFILE_COLUMNS = ("website", "kantor", "penanda_jabatan", "mengetahui_jabatan", "mengetahui_nama",
                   "mengetahui_pangkat", "mengetahui_nip")

SHORT_NAMES = {          # the shipped names longer than a chart label
    "psm": "PSM",
    "tksk": "TKSK",
    "pthl": "PTHL",
}


def upgrade(db: SqliteDatabase) -> None:
    for column in PROFILE_COLUMNS:
        db.execute_sql(f'ALTER TABLE "profile" ADD COLUMN "{column}" VARCHAR(255) NOT NULL DEFAULT \'\'')
    db.execute_sql('ALTER TABLE "category" ADD COLUMN "short_name" VARCHAR(255) NOT NULL DEFAULT \'\'')
    for code, short in SHORT_NAMES.items():
        db.execute_sql('UPDATE "category" SET "short_name" = ? WHERE "code" = ?', (short, code))
