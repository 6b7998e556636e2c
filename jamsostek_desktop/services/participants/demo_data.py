"""Realistic synthetic participants for demos, tests and benchmarks.

Deterministic for a seed. NIKs are valid (known region, real birth date, +40 for
women) and unique; categories follow Kota Metro's real breakdown (seed 002).
"""

from __future__ import annotations

import datetime as dt
import random
import uuid

from jamsostek_desktop.db.bulk import insert_rows
from jamsostek_desktop.db.connection import db
from jamsostek_desktop.db.models import Participant, utc_now
from jamsostek_desktop.domain import region
from jamsostek_desktop.errors import ValidationError, translate
from jamsostek_desktop.services.accounts import seal
from jamsostek_desktop.services.accounts.session import require
from jamsostek_desktop.services.participants import catalogue
from jamsostek_desktop.services.participants import profile as profile_service
from jamsostek_desktop.services.tenure import backfill as tenure_backfill

# Kota Metro's 2022 participants per category; categories a city adds get weight 20.
WEIGHTS = {
    "pejabat-negara": 2, "pthl": 2102, "guru-honorer": 883, "ketua-rt": 900, "ketua-rw": 146,
    "kader-posyandu": 962, "kader-poskeskel": 42, "kader-posyandu-lansia": 237, "petugas-linmas": 218,
    "kaum": 198, "guru-tpa": 1317, "guru-sekolah-minggu": 74, "marbot": 327, "juru-kunci-makam": 65,
    "lpm": 297, "psm": 32, "tksk": 5, "kader-lingkungan": 44, "relawan-bencana": 219,
    "kader-ppkbd": 22, "kader-sub-ppkbd": 342, "tenaga-pendamping-keluarga": 390,
}
STATUSES = (("draft", 20), ("verified", 20), ("submitted", 10), ("active", 45), ("inactive", 3),
            ("rejected", 2))
MEN = ("Ahmad", "Budi", "Agus", "Slamet", "Joko", "Hendra", "Rudi", "Muh.", "Muhammad", "Eko",
       "Dedi", "Yusuf", "Bambang", "Suparman", "I Gusti Ngurah", "I Made", "Wayan", "Teguh",
       "Rahmat", "Sutrisno", "Hadi", "Imam", "Fajar", "Andi", "Darmawan", "Supriyadi")
WOMEN = ("Siti", "Sri", "Ni Luh Putu", "Dewi", "Nur", "Rina", "Yuliani", "Suryani", "Wahyuni",
         "Endang", "Lestari", "Rahayu", "Fitri", "Ani", "Eka", "Sumarni", "Kartini", "Ratna",
         "Nurhayati", "Tri", "Siti 'Aisyah", "Ayu", "Indah", "Yanti")
FAMILY = ("Santoso", "Wijaya", "Saputra", "Hidayat", "Kurniawan", "Setiawan", "Susanto",
          "Pratama", "Nugroho", "Ma'ruf", "Rahman", "Hakim", "Siregar", "Lubis", "Nasution",
          "Simanjuntak", "Sembiring", "Harahap", "Ayu", "Wulandari", "Handayani", "Purnomo",
          "Firmansyah", "Gunawan", "Syahputra", "Anggraini", "Permata", "Maharani")
STREETS = ("Jl. Jenderal Sudirman", "Jl. Ahmad Yani", "Jl. Imam Bonjol", "Jl. Diponegoro",
           "Jl. Hasanudin", "Jl. Kartini", "Jl. Cendana", "Jl. Melati", "Jl. Mawar", "Jl. Kenanga",
           "Jl. Pattimura", "Jl. Soekarno-Hatta", "Jl. Nuri", "Jl. Kutilang", "Gg. Mushola",
           "Jl. Raya Stadion", "Jl. Pala", "Jl. Durian", "Jl. Merpati", "Jl. Jambu")
PLACES = ("Metro", "Bandar Lampung", "Kotabumi", "Pringsewu", "Gunung Sugih", "Sukadana",
          "Palembang", "Yogyakarta", "Kebumen", "Purworejo", "Denpasar", "Medan", "Jakarta")
# Where the NIKs were issued: mostly the city itself, some from elsewhere.
ISSUED_AT = ("187201", "187202", "187203", "187204", "187205", "187101", "180201", "180501",
             "340401", "510101", "127101", "330501")
SITE_WORDS = ("Melati", "Mawar", "Kenanga", "Anggrek", "Dahlia", "Flamboyan", "Cempaka", "Nusa Indah",
              "Al-Ikhlas", "Al-Huda", "Baitul Rahman", "Nurul Iman", "At-Taqwa", "Bethel", "Sion")


def _extra_value(rng: random.Random, spec: dict, rt: int, rw: int):
    key, ftype = spec["key"], spec.get("type", "text")
    if key == "nomor_rt":
        return rt
    if key == "nomor_rw":
        return rw
    if key in ("jenis_sk", "tmt_akhir"):
        return None          # the category's usual SK kind and term length (services/tenure)
    if ftype == "int":
        return rng.randint(1, 30)
    if ftype == "date":
        return dt.date(rng.randint(2018, 2025), rng.randint(1, 12), rng.randint(1, 28)).isoformat()
    if ftype == "choice" and spec.get("choices"):
        return rng.choice(spec["choices"])
    if key == "masa_jabatan":
        start = rng.choice((2021, 2022, 2023, 2024))
        return f"{start}-{start + 3}"
    return f"{spec.get('label', key).replace('Nama ', '').title()} {rng.choice(SITE_WORDS)} {rng.randint(1, 12)}"


def generate(count: int, seed: int = 1, kelurahan_codes: list[str] | None = None,
             today: dt.date | None = None) -> int:
    """Insert `count` synthetic participants; returns how many were written."""
    require("demo.generate")
    if count < 0:
        raise ValidationError(translate("demo_data", "Jumlah data contoh tidak boleh negatif."))
    codes = kelurahan_codes or [profile_service.require_profile().region_code]
    codes = [region.format_code(c) for c in codes]
    rng = random.Random(seed)
    today = today or dt.date.today()
    category_rows = [(catalogue.row_id(c.code), c) for c in catalogue.all_categories()]
    weights = [WEIGHTS.get(c.code, 20) for _, c in category_rows]
    status_names = [s for s, _ in STATUSES]
    status_weights = [w for _, w in STATUSES]
    used = set(Participant.select(Participant.nik).tuples().iterator()) if Participant.select().exists() else set()
    used = {n[0] if isinstance(n, tuple) else n for n in used}
    now = utc_now()
    # When each was entered: over the last year and a half, most of them recently, as a
    # kelurahan's list grows (its own generator, so the people themselves stay as they were).
    entered = random.Random(seed + 1)
    rows: list[dict] = []
    chosen_categories = rng.choices(category_rows, weights=weights, k=count)
    with db.atomic():
        next_seq = Participant.next_change_seq()
        for i in range(count):
            cat_id, category = chosen_categories[i]
            sex = "L" if rng.random() < 0.55 else "P"
            age_days = rng.randint(19 * 365, 64 * 365)
            birth = today - dt.timedelta(days=age_days)
            day = birth.day + (40 if sex == "P" else 0)
            prefix = ISSUED_AT[0] if rng.random() < 0.6 else rng.choice(ISSUED_AT)
            while True:
                nik = f"{prefix}{day:02d}{birth.month:02d}{birth.year % 100:02d}{rng.randint(1, 9999):04d}"
                if nik not in used:
                    used.add(nik)
                    break
            first = rng.choice(MEN if sex == "L" else WOMEN)
            name = f"{first} {rng.choice(FAMILY)}"
            rw = rng.randint(1, 12)
            rt = rng.randint(1, 8) + (rw - 1) * 8 if rng.random() < 0.3 else rng.randint(1, 40)
            status = rng.choices(status_names, weights=status_weights)[0]
            has_documents = status != "draft" or rng.random() < 0.5
            # A one-year SK (honorer, guru TPA ...) is renewed each year: its date is recent.
            sk_date = today - dt.timedelta(days=rng.randint(30, 1500 if category.tenure.term_years != 1 else 400))
            extra = {s.key: _extra_value(rng, s.as_dict(), rt, rw) for s in category.fields
                     if has_documents or rng.random() < 0.5}
            extra = {k: v for k, v in extra.items() if v is not None}
            rows.append(dict(
                uuid=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                kelurahan_code=rng.choice(codes), category=cat_id, nik=nik, nama=name,
                tempat_lahir=rng.choice(PLACES), tanggal_lahir=birth, jenis_kelamin=sex,
                alamat=f"{rng.choice(STREETS)} No. {rng.randint(1, 200)}", rt=rt, rw=rw,
                telepon=f"08{rng.choice((12, 13, 21, 22, 52, 53, 57, 77, 78, 95, 96))}{rng.randint(10_000_000, 99_999_999)}",
                email="", no_sk=f"{rng.randint(1, 999):03d}/KPTS/LRH/{sk_date.year}" if has_documents else "",
                tanggal_sk=sk_date if has_documents else None, tmt=sk_date if has_documents else None,
                program_jht=rng.random() < 0.25, penghasilan=1_000_000,
                kpj=f"{rng.randint(10**10, 10**11 - 1)}" if status in ("active", "inactive") else "",
                fields=extra, status=status, status_reason="", archived=False, archive_reason="",
                created_at=(added := now - dt.timedelta(days=int(540 * entered.random() ** 2),
                                                        minutes=entered.randint(0, 600))),
                updated_at=added, revision=1, change_seq=next_seq + i,
            ))
        written = insert_rows(Participant, rows)
        tenure_backfill.run()        # their posts, first terms and coverage months
        seal.participants_from(next_seq)
    return written
