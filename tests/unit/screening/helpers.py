"""Generated participants for the screening tests."""

from __future__ import annotations

import datetime as dt
import random

from jamsostek_desktop.services.participants import enrolment

FIRST = ["Slamet", "Wahyuni", "Agus", "Sri", "Dewi", "Yusuf", "Rina", "Eko", "Bambang", "Lestari"]
LAST = ["Riyadi", "Santoso", "Rahayu", "Hidayat", "Saputra", "Kurniawan", "Pratama", "Susanti"]


def values(n: int, *, nik: str | None = None, nama: str | None = None, born: dt.date | None = None,
           rt: int = 3, rw: int = 2) -> dict:
    rng = random.Random(n)
    born = born or dt.date(1960, 1, 1) + dt.timedelta(days=rng.randrange(35 * 365))
    return {
        "nik": nik or f"187201{born:%d%m%y}{n + 1:04d}",
        "nama": nama or f"{rng.choice(FIRST)} {rng.choice(LAST)} {FIRST[n % len(FIRST)]}{n}",
        "tempat_lahir": "Metro", "tanggal_lahir": born, "jenis_kelamin": "L", "alamat": "Jl. Kenanga",
        "rt": rt, "rw": rw, "fields": {"nomor_rt": rt, "nomor_rw": rw},
        "no_sk": f"141/{n}/SK/2024", "tanggal_sk": dt.date(2024, 1, 2), "tmt": dt.date(2024, 1, 2),
    }


def enrol(v: dict, category: str = "ketua-rt"):
    return enrolment.enrol(v, category, accept_warnings=True)


def crowd(count: int, start: int = 100) -> list:
    """`count` distinct people (different names, dates and NIKs far apart)."""
    return [enrol(values(n, rt=1 + n % 20, rw=1 + n % 7)) for n in range(start, start + count)]
