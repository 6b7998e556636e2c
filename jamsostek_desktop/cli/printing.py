"""Commands of the printing feature: `jamsostek roster` and `jamsostek summary`."""

from __future__ import annotations

import argparse
import datetime as dt

from jamsostek_desktop.cli import bounded
from jamsostek_desktop.domain import region
from jamsostek_desktop.domain.formatting import thousands
from jamsostek_desktop.domain.parsing import ParseError, parse_date
from jamsostek_desktop.errors import ValidationError

SIGNER_FIELDS = (("jabatan", "jabatan (contoh \"LURAH YOSODADI\")"), ("nama", "nama lengkap dengan gelar"),
                 ("pangkat", "pangkat/golongan"), ("nip", "NIP, 18 digit"))


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("out", metavar="OUT.pdf", help="berkas PDF yang ditulis")
    p.add_argument("--peserta", metavar="ISI", default=None,
                   help="siapa yang dimuat: aktif (bawaan: peserta aktif), usulan (terverifikasi dan diajukan) "
                        "atau semua (semua status, dengan kolom status)")
    p.add_argument("--category", metavar="KODE", help="kode kategori, contoh kader-posyandu")
    p.add_argument("--group", metavar="NAMA", help="kelompok kategori, contoh Kesehatan")
    p.add_argument("--rw", type=bounded(1, 999), metavar="N", help="hanya RW ini")
    p.add_argument("--rt", type=bounded(1, 999), metavar="N",
                   help="hanya RT ini (bersama --rw: nomor RT berulang di tiap RW)")
    p.add_argument("--status", metavar="S", help="hanya satu status (draf, terverifikasi, diajukan, aktif, "
                                                 "nonaktif, ditolak); dicetak dengan kolom status bila perlu")
    p.add_argument("--kelurahan", metavar="KODE", help="mode kota: hanya kelurahan ini (18.72.01.1001)")
    p.add_argument("--kecamatan", metavar="KODE", help="mode kota: hanya kecamatan ini (18.72.01)")
    p.add_argument("--paper", choices=("f4", "a4"), default="f4", type=str.lower,
                   help="ukuran kertas (bawaan F4)")
    p.add_argument("--landscape", action="store_true", help="kertas melintang")
    p.add_argument("--tanggal", metavar="DD-MM-YYYY", help="tanggal di atas tanda tangan (bawaan hari ini)")
    p.add_argument("--periode", metavar="TEKS", help='baris periode judul, contoh "Tahun Anggaran 2027"')
    for who, label in (("ttd", "penanda tangan (kanan)"), ("mengetahui", '"Mengetahui," (kiri)')):
        for field, help_text in SIGNER_FIELDS:
            p.add_argument(f"--{who}-{field}", metavar="TEKS", default=None, help=f"{label}: {help_text}")
    p.add_argument("--tanpa-mengetahui", action="store_true",
                   help='cetak tanpa penandatangan "Mengetahui," di kiri')


def register(sub) -> None:
    p = sub.add_parser("roster", help="cetak daftar nama peserta (nominatif) atau tanda terima kartu (PDF)")
    _common(p)
    p.add_argument("--receipt", action="store_true",
                   help="tanda terima kartu: hanya yang sudah punya KPJ, dengan kolom tanda tangan")
    p.set_defaults(handler=cmd_roster, reads=True, personal=True)

    p = sub.add_parser("summary", help="cetak rekapitulasi peserta dan kebutuhan iuran (PDF)")
    _common(p)
    p.set_defaults(handler=cmd_summary, reads=True, personal=True)


def _scope(args):
    from jamsostek_desktop.domain.scope import Scope
    from jamsostek_desktop.services.participants import profile
    from jamsostek_desktop.services.printing import documents

    if args.rt is not None and args.rw is None:
        raise ValidationError("--rt memerlukan --rw: nomor RT berulang di setiap RW (contoh --rw 2 --rt 3).")
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


def _signer(args, who: str, base):
    """The remembered (or profile) signer with what the command line changes."""
    import dataclasses

    changes = {name: getattr(args, f"{who}_{field}") for field, name in
               (("jabatan", "title"), ("nama", "name"), ("pangkat", "rank"), ("nip", "nip"))}
    changes = {k: v.strip() for k, v in changes.items() if v is not None}
    if not changes:
        return None
    return dataclasses.replace(base, **changes)


def _options(args, document: str):
    from jamsostek_desktop.services.printing import office
    from jamsostek_desktop.services.printing.documents import PrintOptions

    date = None
    if args.tanggal:
        try:
            date = parse_date(args.tanggal)
        except ParseError as exc:
            raise ValidationError(f"Tanggal '{args.tanggal}' tidak dapat dibaca: {exc}") from exc
        if not isinstance(date, dt.date):
            raise ValidationError(f"Tanggal '{args.tanggal}' tidak dapat dibaca.")
    signer, witness = office.remembered_signers(office.kind_of(document))
    witness = witness or office.default_signers(office.kind_of(document))[1]
    return PrintOptions(paper=args.paper, landscape=args.landscape, date=date, period=args.periode,
                        no_witness=args.tanpa_mengetahui, listing=args.peserta,
                        signer=_signer(args, "ttd", signer), witness=_signer(args, "mengetahui", witness))


def cmd_roster(args) -> int:
    from jamsostek_desktop.services.printing import documents

    kind = "receipt" if args.receipt else "roster"
    result = documents.roster(args.out, _scope(args), receipt=args.receipt, options=_options(args, kind))
    what = "Tanda terima kartu" if args.receipt else "Daftar nama peserta"
    print(f"{what}: {thousands(result.rows)} peserta, {thousands(result.pages)} halaman -> {result.path}")
    return 0


def cmd_summary(args) -> int:
    from jamsostek_desktop.services.printing import documents

    result = documents.summary(args.out, _scope(args), options=_options(args, "summary"))
    print(f"Rekapitulasi: {thousands(result.rows)} peserta, {thousands(result.pages)} halaman -> {result.path}")
    return 0
