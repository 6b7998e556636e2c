"""Core commands: init, demo-data, stats, profile."""

from __future__ import annotations

import json
import sys
import time

from jamsostek_desktop.domain import status as status_rules
from jamsostek_desktop.domain.formatting import rupiah
from jamsostek_desktop.errors import AppError


def register(sub) -> None:
    p = sub.add_parser("init", help="buat basis data dan isi profil kelurahan (atau kota dengan --city)")
    p.add_argument("--city", action="store_true", help="basis data kantor kota (mode kota)")
    p.add_argument("--code", required=True, help="kode wilayah, contoh 18.72.01.1001 (kota: 18.72)")
    p.add_argument("--name", required=True, help="nama kelurahan (mode kota: nama kota)")
    p.add_argument("--kecamatan", default="")
    p.add_argument("--kota", default="", help="contoh 'Kota Metro'")
    p.add_argument("--provinsi", default="")
    p.add_argument("--alamat", default="")
    p.add_argument("--telepon", default="")
    p.add_argument("--email", default="")
    p.add_argument("--lurah", default="", help="nama Lurah")
    p.add_argument("--pangkat", default="", help="pangkat/golongan Lurah")
    p.add_argument("--nip", default="", help="NIP Lurah (18 digit)")
    p.add_argument("--logo", default=None, help="berkas gambar logo untuk kop surat (PNG/JPEG)")
    p.add_argument("--admin", default=None, help="buat akun administrator (kata sandi dari JAMSOSTEK_PASSWORD)")
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("demo-data", help="isi data peserta contoh (sintetis, NIK valid)")
    p.add_argument("--count", type=int, required=True)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--kelurahan", action="append", default=None,
                   help="kode kelurahan (boleh berulang; mode kota)")
    p.set_defaults(handler=cmd_demo_data)

    p = sub.add_parser("stats", help="jumlah peserta per kategori dan status")
    p.add_argument("--json", action="store_true", help="keluaran JSON")
    p.set_defaults(handler=cmd_stats)

    p = sub.add_parser("profile", help="tampilkan profil kelurahan")
    p.set_defaults(handler=cmd_profile)


def cmd_init(args) -> int:
    from jamsostek_desktop.db.connection import db
    from jamsostek_desktop.services import profile

    values = dict(region_code=args.code, kecamatan=args.kecamatan, kota=args.kota,
                  provinsi=args.provinsi, alamat=args.alamat, telepon=args.telepon, email=args.email,
                  lurah_nama=args.lurah, lurah_pangkat=args.pangkat, lurah_nip=args.nip)
    if args.city:
        values["kota"] = args.kota or args.name
        values["kelurahan"] = ""
    else:
        values["kelurahan"] = args.name
    if args.logo:
        try:
            with open(args.logo, "rb") as fh:
                values["logo"] = fh.read()
        except OSError as exc:
            raise AppError(f"Berkas logo tidak dapat dibaca: {args.logo}") from exc
    existing = profile.get()
    if existing is not None and existing.mode != ("city" if args.city else "kelurahan"):
        raise AppError("Basis data ini sudah dibuat untuk mode lain (kelurahan/kota); gunakan berkas lain.")
    password = None
    if args.admin:
        from jamsostek_desktop.cli.login import password_from_environment
        from jamsostek_desktop.services import accounts

        if accounts.any_account():
            raise AppError("Basis data ini sudah punya akun pengguna; tambahkan administrator lain dengan "
                           "'jamsostek --user ADMIN user add NAMA --role admin'.")
        password = password_from_environment("Kata sandi administrator: ")
    # The profile and its first administrator are one change: both or neither.
    with db.atomic():
        saved = profile.save(values, mode="city" if args.city else "kelurahan")
        if args.admin:
            accounts.create_user(args.admin, password, role="admin", full_name=args.admin)
    what = "Kota" if args.city else "Kelurahan"
    print(f"{what} {saved.kota if args.city else saved.kelurahan} ({saved.region_code}) siap.")
    return 0


def cmd_demo_data(args) -> int:
    from jamsostek_desktop.services import demo_data

    started = time.perf_counter()
    written = demo_data.generate(args.count, seed=args.seed, kelurahan_codes=args.kelurahan)
    print(f"{written} peserta contoh ditambahkan dalam {time.perf_counter() - started:.1f} detik.")
    return 0


def cmd_stats(args) -> int:
    from jamsostek_desktop.services import stats

    data = stats.summary()
    if args.json:
        json.dump(data, sys.stdout, ensure_ascii=False, sort_keys=True)
        print()
        return 0
    totals = stats.contribution_totals()
    print(f"Jumlah peserta: {data['total']}")
    for code, n in sorted(data["by_category"].items(), key=lambda kv: -kv[1]):
        print(f"  {code:32} {n:>8}")
    print("Per status:")
    for code, n in data["by_status"].items():
        print(f"  {status_rules.label(code):32} {n:>8}")
    print(f"Iuran per bulan JKK+JKM: {rupiah(totals.monthly_jkk_jkm)}; dengan JHT: {rupiah(totals.monthly_with_jht)}")
    return 0


def cmd_profile(args) -> int:
    from jamsostek_desktop.services import profile

    p = profile.require_profile()
    for key in ("mode", "region_code", "kelurahan", "kecamatan", "kota", "provinsi", "alamat",
                "telepon", "email", "lurah_nama", "lurah_pangkat", "lurah_nip"):
        print(f"{key:14} {getattr(p, key)}")
    return 0
