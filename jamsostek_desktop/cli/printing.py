"""Commands of the reports feature: `jamsostek roster` and `jamsostek summary`."""

from __future__ import annotations

import argparse
import datetime as dt

from jamsostek_desktop.cli import bounded
from jamsostek_desktop.domain import region
from jamsostek_desktop.domain.formatting import thousands
from jamsostek_desktop.domain.parsing import ParseError, parse_date
from jamsostek_desktop.errors import ValidationError


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("out", metavar="OUT.pdf", help="berkas PDF yang ditulis")
    p.add_argument("--category", metavar="KODE", help="kode kategori, contoh kader-posyandu")
    p.add_argument("--group", metavar="NAMA", help="kelompok kategori, contoh Kesehatan")
    p.add_argument("--rt", type=bounded(1, 999), metavar="N", help="hanya RT ini")
    p.add_argument("--rw", type=bounded(1, 999), metavar="N", help="hanya RW ini")
    p.add_argument("--status", metavar="S", help="hanya status ini (draf, terverifikasi, aktif ...)")
    p.add_argument("--kelurahan", metavar="KODE", help="mode kota: hanya kelurahan ini (18.72.01.1001)")
    p.add_argument("--kecamatan", metavar="KODE", help="mode kota: hanya kecamatan ini (18.72.01)")
    p.add_argument("--paper", choices=("f4", "a4"), default="f4", type=str.lower,
                   help="ukuran kertas (bawaan F4)")
    p.add_argument("--landscape", action="store_true", help="kertas melintang")
    p.add_argument("--tanggal", metavar="DD-MM-YYYY", help="tanggal di atas tanda tangan (bawaan hari ini)")
    p.add_argument("--periode", metavar="TEKS", help='baris periode judul, contoh "Tahun Anggaran 2027"')
    p.add_argument("--tanpa-mengetahui", action="store_true",
                   help='cetak tanpa penandatangan "Mengetahui," di kiri')


def register(sub) -> None:
    p = sub.add_parser("roster", help="cetak daftar nominatif peserta (PDF)")
    _common(p)
    p.add_argument("--receipt", action="store_true", help="tanda terima kartu, dengan kolom tanda tangan")
    p.set_defaults(handler=cmd_roster, reads=True, personal=True)

    p = sub.add_parser("summary", help="cetak rekapitulasi peserta dan kebutuhan iuran (PDF)")
    _common(p)
    p.set_defaults(handler=cmd_summary, reads=True, personal=True)


def _scope(args):
    from jamsostek_desktop.domain.scope import Scope
    from jamsostek_desktop.services.participants import profile
    from jamsostek_desktop.services.printing import documents

    prefix = None
    if args.kelurahan or args.kecamatan:
        if not profile.is_city():
            raise ValidationError("--kelurahan dan --kecamatan hanya untuk basis data mode kota.")
        if args.kelurahan and args.kecamatan:
            raise ValidationError("Pilih salah satu: --kelurahan atau --kecamatan.")
        if args.kelurahan:
            if not region.is_village_code(args.kelurahan):
                raise ValidationError(f"Kode kelurahan '{args.kelurahan}' harus 10 digit, contoh 18.72.01.1001.")
            prefix = region.format_code(args.kelurahan)
        else:
            if len(region.compact(args.kecamatan)) != 6:
                raise ValidationError(f"Kode kecamatan '{args.kecamatan}' harus 6 digit, contoh 18.72.01.")
            prefix = region.format_code(args.kecamatan)
    return Scope(category=args.category, group=args.group, kelurahan_prefix=prefix,
                 status=documents.parse_status(args.status), rt=args.rt, rw=args.rw)


def _options(args):
    from jamsostek_desktop.services.printing.documents import PrintOptions

    date = None
    if args.tanggal:
        try:
            date = parse_date(args.tanggal)
        except ParseError as exc:
            raise ValidationError(f"Tanggal '{args.tanggal}' tidak dapat dibaca: {exc}") from exc
        if not isinstance(date, dt.date):
            raise ValidationError(f"Tanggal '{args.tanggal}' tidak dapat dibaca.")
    return PrintOptions(paper=args.paper, landscape=args.landscape, date=date, period=args.periode,
                        no_witness=args.tanpa_mengetahui)


def cmd_roster(args) -> int:
    from jamsostek_desktop.services.printing import documents

    result = documents.roster(args.out, _scope(args), receipt=args.receipt, options=_options(args))
    what = "Tanda terima kartu" if args.receipt else "Daftar nominatif"
    print(f"{what}: {thousands(result.rows)} peserta, {thousands(result.pages)} halaman -> {result.path}")
    return 0


def cmd_summary(args) -> int:
    from jamsostek_desktop.services.printing import documents

    result = documents.summary(args.out, _scope(args), options=_options(args))
    print(f"Rekapitulasi: {thousands(result.rows)} peserta, {thousands(result.pages)} halaman -> {result.path}")
    return 0
