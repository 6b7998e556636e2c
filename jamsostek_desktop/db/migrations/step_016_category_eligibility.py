"""Schema step 16: screening's rules per category (issue 13) as catalogue data.

`category.eligibility` holds a category's other names (sheet names and "Kategori" cells of the
lists offices send: "Linmas", "Ketua RT dan RW") and its age window (a warning), as
domain.categories.EligibilityRule reads them. A database seeded before this step gets the
rules the program shipped with at this step for the categories it has by those codes (a
category the city added or renamed keeps none until it is edited). Raw SQL and a fixed
table, so the step never changes once released. The statements are the same on PostgreSQL.
"""

from __future__ import annotations

import json

from peewee import Database, SqliteDatabase

SHIPPED = {
    "ketua-rt": {"aliases": ["RT", "Ketua RT dan RW", "Ketua RT/RW", "Ketua Rukun Tetangga"], "min_age": 21},
    "ketua-rw": {"aliases": ["RW", "Ketua Rukun Warga"], "min_age": 21},
    "lpm": {"aliases": ["LPM", "LPMK", "LPM Kelurahan", "Pengurus LPMK"]},
    "kader-posyandu": {"aliases": ["Kader posyandu dan balita", "Kader Posyandu", "Posyandu Balita", "Posyandu"],
                       "min_age": 17},
    "kader-posyandu-lansia": {"aliases": ["Posyandu Lansia", "Kader Lansia"], "min_age": 17},
    "kader-poskeskel": {"aliases": ["Poskeskel"]},
    "kader-ppkbd": {"aliases": ["PPKBD"]},
    "kader-sub-ppkbd": {"aliases": ["Sub PPKBD"]},
    "tenaga-pendamping-keluarga": {"aliases": ["TPK", "Pendamping Keluarga"]},
    "guru-tpa": {"aliases": ["TPA", "Guru Ngaji", "Guru TPQ", "TPQ"]},
    "marbot": {"aliases": ["Marbot", "Marbot Masjid dan Musala"]},
    "kaum": {"aliases": ["Kaum", "Pengurus Jenazah"]},
    "juru-kunci-makam": {"aliases": ["Juru Kunci", "Penjaga Makam"]},
    "petugas-linmas": {"aliases": ["Linmas", "Satlinmas", "Hansip", "Anggota Linmas"], "min_age": 18},
    "psm": {"aliases": ["Pekerja Sosial Masyarakat"]},
    "tksk": {"aliases": ["Tenaga Kesejahteraan Sosial Kecamatan"]},
    "relawan-bencana": {"aliases": ["Relawan", "Tagana", "Destana"]},
    "pthl": {"aliases": ["Pegawai Tidak Tetap", "Harian Lepas", "THL", "Tenaga Kontrak", "TKD"], "min_age": 18,
             "max_age": 58},
    "guru-honorer": {"aliases": ["Honorer", "Guru Honor"], "min_age": 18, "max_age": 60},
}


def upgrade(db: SqliteDatabase) -> None:
    db.execute_sql('ALTER TABLE "category" ADD COLUMN "eligibility" TEXT NOT NULL DEFAULT \'{}\'')
    for code, rule in SHIPPED.items():
        db.execute_sql('UPDATE "category" SET "eligibility" = ? WHERE "code" = ?',
                       (json.dumps(rule, ensure_ascii=False, sort_keys=True), code))


def upgrade_postgresql(db: Database) -> None:
    upgrade(db)
