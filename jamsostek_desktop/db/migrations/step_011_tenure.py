"""Schema step 11: terms of office, coverage months, deaths, accidents and claims.

Creates the tenure tables (see db/tenure_models.py), gives each category its `tenure`
rule (term length, most terms, how its post is named) and two fields for the form
(the kind of SK, the TMT end). The rules of the shipped categories are written here as
they shipped, so this step does the same next year as today; a category a city added
gets no rule (no default length, no limit on holders). Raw SQL so the step never changes
once released, whatever the models become.
"""

from __future__ import annotations

import json

from peewee import SqliteDatabase

TABLES = (
    'CREATE TABLE "post" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(255) NOT NULL, '
    '"created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "revision" INTEGER NOT NULL, '
    '"change_seq" INTEGER NOT NULL, "kelurahan_code" VARCHAR(255) NOT NULL, '
    '"category_id" INTEGER NOT NULL, "jabatan" VARCHAR(255) NOT NULL, "unit" VARCHAR(255) NOT NULL, '
    '"seats" INTEGER, FOREIGN KEY ("category_id") REFERENCES "category" ("id") ON DELETE RESTRICT)',
    'CREATE UNIQUE INDEX "post_uuid" ON "post" ("uuid")',
    'CREATE INDEX "post_change_seq" ON "post" ("change_seq")',
    'CREATE INDEX "post_kelurahan_code" ON "post" ("kelurahan_code")',
    'CREATE INDEX "post_category_id" ON "post" ("category_id")',
    'CREATE UNIQUE INDEX "post_kelurahan_code_category_id_jabatan_unit" ON "post" ("kelurahan_code", "category_id", "jabatan", "unit")',
    'CREATE TABLE "term" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(255) NOT NULL, '
    '"created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "revision" INTEGER NOT NULL, '
    '"change_seq" INTEGER NOT NULL, "participant_id" INTEGER NOT NULL, "post_id" INTEGER, '
    '"number" INTEGER NOT NULL, "sk_kind" VARCHAR(255) NOT NULL, "sk_number" VARCHAR(255) NOT NULL, '
    '"sk_date" DATE, "tmt_start" DATE, "tmt_end" DATE, "closed_on" DATE, '
    '"close_reason" VARCHAR(255) NOT NULL, '
    'FOREIGN KEY ("participant_id") REFERENCES "participant" ("id") ON DELETE CASCADE, '
    'FOREIGN KEY ("post_id") REFERENCES "post" ("id") ON DELETE SET NULL)',
    'CREATE UNIQUE INDEX "term_uuid" ON "term" ("uuid")',
    'CREATE INDEX "term_change_seq" ON "term" ("change_seq")',
    'CREATE INDEX "term_participant_id" ON "term" ("participant_id")',
    'CREATE INDEX "term_post_id" ON "term" ("post_id")',
    'CREATE INDEX "term_tmt_end" ON "term" ("tmt_end")',
    'CREATE TABLE "coverage" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(255) NOT NULL, '
    '"created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "revision" INTEGER NOT NULL, '
    '"change_seq" INTEGER NOT NULL, "participant_id" INTEGER NOT NULL, "first_month" DATE, '
    '"last_month" DATE, '
    'FOREIGN KEY ("participant_id") REFERENCES "participant" ("id") ON DELETE CASCADE)',
    'CREATE UNIQUE INDEX "coverage_uuid" ON "coverage" ("uuid")',
    'CREATE INDEX "coverage_change_seq" ON "coverage" ("change_seq")',
    'CREATE UNIQUE INDEX "coverage_participant_id" ON "coverage" ("participant_id")',
    'CREATE TABLE "replacement" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(255) NOT NULL, '
    '"created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "revision" INTEGER NOT NULL, '
    '"change_seq" INTEGER NOT NULL, "post_id" INTEGER, "leaving_id" INTEGER NOT NULL, '
    '"reason" VARCHAR(255) NOT NULL, "date" DATE NOT NULL, "incoming_id" INTEGER, '
    '"note" TEXT NOT NULL, "actor" VARCHAR(255) NOT NULL, '
    'FOREIGN KEY ("post_id") REFERENCES "post" ("id") ON DELETE SET NULL, '
    'FOREIGN KEY ("leaving_id") REFERENCES "participant" ("id") ON DELETE CASCADE, '
    'FOREIGN KEY ("incoming_id") REFERENCES "participant" ("id") ON DELETE SET NULL)',
    'CREATE UNIQUE INDEX "replacement_uuid" ON "replacement" ("uuid")',
    'CREATE INDEX "replacement_change_seq" ON "replacement" ("change_seq")',
    'CREATE INDEX "replacement_post_id" ON "replacement" ("post_id")',
    'CREATE INDEX "replacement_leaving_id" ON "replacement" ("leaving_id")',
    'CREATE INDEX "replacement_incoming_id" ON "replacement" ("incoming_id")',
    'CREATE TABLE "life_event" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(255) NOT NULL, '
    '"created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "revision" INTEGER NOT NULL, '
    '"change_seq" INTEGER NOT NULL, "participant_id" INTEGER NOT NULL, "kind" VARCHAR(255) NOT NULL, '
    '"occurred_at" DATETIME NOT NULL, "work_accident" INTEGER NOT NULL, '
    '"place" VARCHAR(255) NOT NULL, "cause" TEXT NOT NULL, "reported_at" DATETIME, '
    '"note" TEXT NOT NULL, '
    'FOREIGN KEY ("participant_id") REFERENCES "participant" ("id") ON DELETE CASCADE)',
    'CREATE UNIQUE INDEX "life_event_uuid" ON "life_event" ("uuid")',
    'CREATE INDEX "life_event_change_seq" ON "life_event" ("change_seq")',
    'CREATE INDEX "life_event_participant_id" ON "life_event" ("participant_id")',
    'CREATE TABLE "claim" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(255) NOT NULL, '
    '"created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "revision" INTEGER NOT NULL, '
    '"change_seq" INTEGER NOT NULL, "event_id" INTEGER NOT NULL, "kind" VARCHAR(255) NOT NULL, '
    '"status" VARCHAR(255) NOT NULL, "amount" INTEGER, "documents" TEXT NOT NULL, '
    '"heir_name" VARCHAR(255) NOT NULL, "heir_relation" VARCHAR(255) NOT NULL, "submitted_on" DATE, '
    '"paid_on" DATE, "note" TEXT NOT NULL, '
    'FOREIGN KEY ("event_id") REFERENCES "life_event" ("id") ON DELETE CASCADE)',
    'CREATE UNIQUE INDEX "claim_uuid" ON "claim" ("uuid")',
    'CREATE INDEX "claim_change_seq" ON "claim" ("change_seq")',
    'CREATE INDEX "claim_event_id" ON "claim" ("event_id")',
)

SK_KINDS = ["SK Lurah", "SK Kepala Desa", "SK Camat", "SK Wali Kota / Bupati", "SK Kepala Dinas",
            "SK Kepala Sekolah", "SK Ketua DKM / Takmir", "SK Ketua Yayasan / Pengurus", "Surat Tugas", "Lainnya"]
FIELDS = (
    {"key": "jenis_sk", "label": "Jenis SK", "type": "choice", "required": False, "choices": SK_KINDS,
     "help": "siapa yang menandatangani SK pengangkatan"},
    {"key": "tmt_akhir", "label": "TMT berakhir", "type": "date", "required": False,
     "help": "akhir masa jabatan; kosongkan agar dihitung dari lama masa jabatan"},
)
# code: (term years, most terms, jabatan, unit, seats, usual SK), as resources/categories.json shipped them.
SHIPPED = {
    "ketua-rt": (5, 2, "Ketua RT", "RT {nomor_rt:03}/RW {nomor_rw:03}", 1, "SK Lurah"),
    "ketua-rw": (5, 2, "Ketua RW", "RW {nomor_rw:03}", 1, "SK Lurah"),
    "lpm": (5, 2, "{jabatan_lpm} LPM", "LPM Kelurahan", None, "SK Lurah"),
    "kader-posyandu": (5, None, "Kader", "Posyandu {nama_posyandu}", None, "SK Lurah"),
    "kader-posyandu-lansia": (5, None, "Kader", "Posyandu Lansia {nama_posyandu}", None, "SK Lurah"),
    "kader-poskeskel": (5, None, "Kader", "Poskeskel {nama_poskeskel}", None, "SK Lurah"),
    "kader-ppkbd": (5, None, "Kader PPKBD", "{wilayah_binaan}", None, "SK Lurah"),
    "kader-sub-ppkbd": (5, None, "Kader Sub PPKBD", "{wilayah_binaan}", None, "SK Lurah"),
    "tenaga-pendamping-keluarga": (1, None, "Tenaga Pendamping Keluarga ({unsur_tpk})", "Tim {nomor_tim}", None,
                                   "SK Lurah"),
    "guru-tpa": (1, None, "Guru TPA", "{nama_tpa}", None, "SK Ketua DKM / Takmir"),
    "guru-sekolah-minggu": (1, None, "Guru Sekolah Minggu", "{nama_gereja}", None, "SK Ketua Yayasan / Pengurus"),
    "marbot": (1, None, "Marbot", "{nama_masjid}", None, "SK Ketua DKM / Takmir"),
    "kaum": (1, None, "Kaum", "{wilayah_tugas}", None, "SK Lurah"),
    "juru-kunci-makam": (1, None, "Juru Kunci", "{nama_makam}", None, "SK Lurah"),
    "petugas-linmas": (1, None, "Anggota Linmas", "{pos_linmas}", None, "SK Lurah"),
    "psm": (5, None, "PSM", "Kelurahan", None, "SK Kepala Dinas"),
    "tksk": (5, None, "TKSK", "Kecamatan", None, "SK Kepala Dinas"),
    "kader-lingkungan": (1, None, "Kader Lingkungan ({bidang})", "Kelurahan", None, "SK Lurah"),
    "relawan-bencana": (1, None, "Relawan Bencana", "{organisasi}", None, "Surat Tugas"),
    "pejabat-negara": (5, 2, "{jabatan}", "Pemerintah Daerah", 1, "Lainnya"),
    "pthl": (1, None, "{jabatan}", "{unit_kerja}", None, "SK Kepala Dinas"),
    "guru-honorer": (1, None, "Guru Honorer", "{nama_sekolah}", None, "SK Kepala Sekolah"),
}


def upgrade(db: SqliteDatabase) -> None:
    for statement in TABLES:
        db.execute_sql(statement)
    db.execute_sql('ALTER TABLE "category" ADD COLUMN "tenure" TEXT NOT NULL DEFAULT \'{}\'')
    rows = db.execute_sql('SELECT "id", "code", "fields" FROM "category"').fetchall()
    for row_id, code, fields_text in rows:
        fields = json.loads(fields_text or "[]")
        keys = {f.get("key") for f in fields}
        fields += [dict(f) for f in FIELDS if f["key"] not in keys]
        rule = {}
        if code in SHIPPED:
            years, most, jabatan, unit, seats, sk_kind = SHIPPED[code]
            rule = {"term_years": years, "max_terms": most, "jabatan": jabatan, "unit": unit, "seats": seats,
                    "sk_kind": sk_kind}
        db.execute_sql('UPDATE "category" SET "fields" = ?, "tenure" = ? WHERE "id" = ?',
                       (json.dumps(fields, ensure_ascii=False, sort_keys=True),
                        json.dumps(rule, ensure_ascii=False, sort_keys=True), row_id))
