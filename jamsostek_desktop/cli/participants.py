"""Participants commands: init, demo-data, stats, profile, and the category catalogue."""

from __future__ import annotations

import json
import sys
import time

from jamsostek_desktop.cli import bounded
from jamsostek_desktop.domain import status as status_rules
from jamsostek_desktop.domain.formatting import rupiah
from jamsostek_desktop.errors import AppError

# The largest synthetic set: several times the biggest kabupaten seen (Bungo, 130,363).
MAX_DEMO = 1_000_000


def register(sub) -> None:
    register_catalogue(sub)
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
    p.set_defaults(handler=cmd_init, creates_db=True)

    p = sub.add_parser("demo-data", help="isi data peserta contoh (sintetis, NIK valid)")
    p.add_argument("--count", type=bounded(1, MAX_DEMO), required=True,
                   help="jumlah peserta contoh (1 sampai 1.000.000)")
    p.add_argument("--seed", type=bounded(0, 2**31 - 1), default=1)
    p.add_argument("--kelurahan", action="append", default=None,
                   help="kode kelurahan (boleh berulang; mode kota)")
    p.set_defaults(handler=cmd_demo_data)

    p = sub.add_parser("stats", help="jumlah peserta per kategori dan status")
    p.add_argument("--json", action="store_true", help="keluaran JSON")
    p.set_defaults(handler=cmd_stats, reads=True, personal=True)

    p = sub.add_parser("profile", help="tampilkan profil kantor; 'profile set' mengubahnya (administrator)")
    p.set_defaults(handler=cmd_profile, reads=True, personal=True)
    psub = p.add_subparsers(dest="profile_command", metavar="AKSI")
    s = psub.add_parser("set", help="ubah isian profil: kop surat dan penanda tangan (teks kosong menghapus)")
    for option, _key, help_text in PROFILE_OPTIONS:
        s.add_argument(option, default=None, metavar="TEKS", help=help_text)
    s.add_argument("--logo", default=None, metavar="BERKAS", help="gambar logo untuk kop surat (PNG/JPEG)")
    s.set_defaults(handler=cmd_profile_set, reads=False, personal=False)


def cmd_init(args) -> int:
    from jamsostek_desktop.services import startup
    from jamsostek_desktop.services.participants import profile

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
        from jamsostek_desktop.services.accounts import users as accounts

        if accounts.any_account():
            raise AppError("Basis data ini sudah punya akun pengguna; tambahkan administrator lain dengan "
                           "'jamsostek --user ADMIN user add NAMA --role admin'.")
        password = password_from_environment("Kata sandi administrator: ")
    saved, _actor = startup.set_up_office(values, "city" if args.city else "kelurahan",
                                          admin=(args.admin, password, args.admin) if args.admin else None)
    what = "Kota" if args.city else "Kelurahan"
    print(f"{what} {saved.kota if args.city else saved.kelurahan} ({saved.region_code}) siap.")
    return 0


def cmd_demo_data(args) -> int:
    from jamsostek_desktop.services.participants import demo_data

    started = time.perf_counter()
    written = demo_data.generate(args.count, seed=args.seed, kelurahan_codes=args.kelurahan)
    print(f"{written} peserta contoh ditambahkan dalam {time.perf_counter() - started:.1f} detik.")
    return 0


def cmd_stats(args) -> int:
    from jamsostek_desktop.services.participants import stats

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


# `jamsostek profile set` options: (option, profile field, help)
PROFILE_OPTIONS = (
    ("--kelurahan", "kelurahan", "nama kelurahan"), ("--kecamatan", "kecamatan", "nama kecamatan"),
    ("--kota", "kota", "contoh 'Kota Metro'"), ("--provinsi", "provinsi", "nama provinsi"),
    ("--kantor", "kantor", "mode kota: nama kantor penerbit dokumen, contoh 'Dinas Tenaga Kerja'"),
    ("--alamat", "alamat", "jalan dan nomor kantor, contoh 'Jalan Jenderal Sudirman Nomor 12'"),
    ("--telepon", "telepon", "contoh '(0725) 41234'"), ("--kode-pos", "kode_pos", "5 digit"),
    ("--website", "website", "laman kantor, contoh yosodadi.metrokota.go.id"),
    ("--email", "email", "pos-el kantor"),
    ("--jabatan", "penanda_jabatan", "jabatan penanda tangan bila bukan bawaan (contoh 'Plt. LURAH YOSODADI')"),
    ("--lurah", "lurah_nama", "nama penanda tangan (Lurah; mode kota: kepala kantor)"),
    ("--pangkat", "lurah_pangkat", "pangkat/golongan penanda tangan"),
    ("--nip", "lurah_nip", "NIP penanda tangan (18 digit)"),
    ("--mengetahui-jabatan", "mengetahui_jabatan", "jabatan yang mengetahui bila bukan bawaan (Camat/Wali Kota)"),
    ("--mengetahui-nama", "mengetahui_nama", "nama yang mengetahui"),
    ("--mengetahui-pangkat", "mengetahui_pangkat", "pangkat/golongan yang mengetahui"),
    ("--mengetahui-nip", "mengetahui_nip", "NIP yang mengetahui (18 digit)"),
)
SHOWN = ("mode", "region_code", "kelurahan", "kecamatan", "kota", "provinsi", "kantor", "alamat", "telepon",
         "kode_pos", "website", "email", "penanda_jabatan", "lurah_nama", "lurah_pangkat", "lurah_nip",
         "mengetahui_jabatan", "mengetahui_nama", "mengetahui_pangkat", "mengetahui_nip")


def cmd_profile(args) -> int:
    from jamsostek_desktop.services.participants import profile

    p = profile.require_profile()
    for key in SHOWN:
        print(f"{key:19} {getattr(p, key)}")
    print(f"{'logo':19} {'ada' if p.logo else '-'}")
    return 0


def cmd_profile_set(args) -> int:
    from jamsostek_desktop.services.participants import profile

    profile.require_profile()
    values = {key: getattr(args, option.lstrip("-").replace("-", "_")).strip()
              for option, key, _help in PROFILE_OPTIONS if getattr(args, option.lstrip("-").replace("-", "_")) is not None}
    if args.logo:
        try:
            with open(args.logo, "rb") as fh:
                values["logo"] = fh.read()
        except OSError as exc:
            raise AppError(f"Berkas logo tidak dapat dibaca: {args.logo}") from exc
    if not values:
        raise AppError("Tidak ada isian yang diubah; lihat 'jamsostek profile set --help'.")
    profile.save(values)
    print(f"Profil diperbarui: {', '.join(sorted(values))}.")
    return 0


def register_catalogue(sub) -> None:
    p = sub.add_parser("category", help="katalog kategori pekerja")
    csub = p.add_subparsers(dest="category_command", metavar="AKSI")
    csub.required = True
    c = csub.add_parser("list", help="daftar kategori")
    c.add_argument("--json", action="store_true")
    c.set_defaults(handler=cmd_list, reads=True)
    c = csub.add_parser("add", help="tambah kategori")
    c.add_argument("--code", required=True, help="kode stabil, contoh juru-parkir")
    c.add_argument("--name", required=True)
    c.add_argument("--group", required=True)
    c.add_argument("--fields", default="[]", help='JSON: [{"key": "lokasi", "label": "Lokasi", "required": true}]')
    c.add_argument("--key-field", default=None)
    c.set_defaults(handler=cmd_add)
    c = csub.add_parser("add-field", help="tambah field pada kategori")
    c.add_argument("code")
    c.add_argument("--key", required=True)
    c.add_argument("--label", required=True)
    c.add_argument("--type", default="text", choices=["text", "int", "date", "choice"])
    c.add_argument("--required", action="store_true")
    c.add_argument("--choices", default="", help="pilihan dipisah koma (jenis choice)")
    c.set_defaults(handler=cmd_add_field)
    c = csub.add_parser("import", help="tambah (atau perbarui dengan --replace) kategori dari berkas JSON")
    c.add_argument("file")
    c.add_argument("--replace", action="store_true")
    c.set_defaults(handler=cmd_import)
    c = csub.add_parser("potential", help="isi jumlah potensi (untuk cakupan)")
    c.add_argument("code")
    c.add_argument("count", type=bounded(0, 10_000_000))
    c.set_defaults(handler=cmd_potential)


def cmd_list(args) -> int:
    from jamsostek_desktop.services.participants import catalogue

    cats = catalogue.all_categories()
    if args.json:
        print(json.dumps([{"code": c.code, "name": c.name, "group": c.group,
                           "fields": [f.as_dict() for f in c.fields]} for c in cats], ensure_ascii=False))
        return 0
    for group, members in catalogue.groups():
        print(group)
        for c in members:
            print(f"  {c.code:30} {c.name}")
    return 0


def cmd_add(args) -> int:
    from jamsostek_desktop.errors import ValidationError
    from jamsostek_desktop.services.participants import catalogue

    try:
        fields = json.loads(args.fields)
    except json.JSONDecodeError as exc:
        raise ValidationError("--fields harus JSON yang valid.") from exc
    c = catalogue.add_category(args.code, args.name, args.group, fields, args.key_field)
    print(f"Kategori {c.name} ({c.code}) ditambahkan.")
    return 0


def cmd_add_field(args) -> int:
    from jamsostek_desktop.services.participants import catalogue

    field = {"key": args.key, "label": args.label, "type": args.type, "required": args.required}
    if args.choices:
        field["choices"] = [c.strip() for c in args.choices.split(",") if c.strip()]
    catalogue.add_field(args.code, field)
    print(f"Field {args.key} ditambahkan pada {args.code}.")
    return 0


def cmd_import(args) -> int:
    from pathlib import Path

    from jamsostek_desktop.services.participants import catalogue

    added = catalogue.import_file(Path(args.file), replace=args.replace)
    print(f"{added} kategori baru ditambahkan.")
    return 0


def cmd_potential(args) -> int:
    from jamsostek_desktop.services.participants import catalogue

    catalogue.set_potential(args.code, args.count)
    print(f"Potensi {args.code}: {args.count}.")
    return 0
