"""Commands of the residents feature: `jamsostek residents import|list|counts`.

The register is the office's resident list (OpenSID, SIAK, a BIP export): imported
here or under Data > Data penduduk, looked up by the entry form and the Excel import.
"""

from __future__ import annotations

import argparse
import sys
import time

from jamsostek_desktop.cli import bounded
from jamsostek_desktop.errors import AppError

_SHOWN = 50
STATUS_CHOICES = ("hidup", "mati", "pindah", "keluar")


def register(sub) -> None:
    top = sub.add_parser("residents", help="data penduduk (daftar OpenSID / SIAK / BIP): impor, daftar, jumlah",
                         description="Data penduduk kelurahan: dasar pengisian peserta tanpa mengetik ulang.")
    commands = top.add_subparsers(dest="residents_command", metavar="PERINTAH")
    commands.required = True

    p = commands.add_parser(
        "import", help="impor daftar penduduk (.xlsx/.xls/.ods) ke data penduduk",
        description="Membaca ekspor OpenSID, ekspor SIAK atau BIP e-KTP (blok per KK), memeriksa setiap baris, "
                    "lalu memperbarui data penduduk dalam satu transaksi. Kode keluar: 0 tanpa galat, "
                    "1 ada baris bermasalah, 2 berkas ditolak.")
    p.add_argument("file", metavar="BERKAS")
    p.add_argument("--dry-run", action="store_true", help="periksa saja, jangan simpan apa pun")
    p.add_argument("--sebagian", dest="partial", action="store_true",
                   help="simpan baris yang valid saja walau ada baris bermasalah (bawaan: semua atau tidak sama sekali)")
    p.add_argument("--tambahan", dest="addition", action="store_true",
                   help="daftar sebagian (satu dusun/RT): jangan tandai penduduk yang tidak ada di berkas sebagai keluar")
    p.add_argument("--kelurahan", metavar="KODE", help="mode kota: kode kelurahan pemilik daftar (contoh 18.72.01.1001)")
    p.add_argument("--map", metavar="JUDUL=FIELD", action="append", default=[],
                   help="isi kolom berjudul JUDUL ke FIELD (nik, no_kk, nama, tempat_lahir, tanggal_lahir, "
                        "jenis_kelamin, alamat, dusun, rt, rw, status_hidup; kosong untuk mengabaikan)")
    p.add_argument("--report", metavar="LAPORAN.xlsx", help="simpan laporan per baris ke berkas Excel")
    p.set_defaults(handler=cmd_import, reads=lambda args: args.dry_run, personal=True)

    p = commands.add_parser("list", help="tampilkan penduduk (cari nama, NIK atau nomor KK)")
    p.add_argument("--cari", metavar="TEKS", default="", help="awal kata nama, atau awal NIK / nomor KK")
    p.add_argument("--status", choices=STATUS_CHOICES, help="hanya status ini (keluar: tidak ada lagi di daftar terbaru)")
    p.add_argument("--limit", type=bounded(0, 1_000_000), default=100, help="paling banyak sekian baris (bawaan 100; 0 semua)")
    p.set_defaults(handler=cmd_list, reads=True, personal=True)

    p = commands.add_parser("counts", help="jumlah penduduk per status, jumlah KK, impor terakhir")
    p.set_defaults(handler=cmd_counts, reads=True)


def _mapping(items: list[str]) -> dict[str, str]:
    mapping = {}
    for item in items:
        label, sep, target = item.partition("=")
        if not sep:
            raise AppError(f"--map '{item}' harus berbentuk JUDUL=FIELD, contoh 'No. Identitas=nik'.")
        mapping[label.strip()] = target.strip()
    return mapping


def cmd_import(args) -> int:
    from jamsostek_desktop.services.excel import import_report
    from jamsostek_desktop.services.residents import importing

    mapping = _mapping(args.map)
    report_path = import_report.target(args.report) if args.report else None
    started = time.perf_counter()
    report = importing.import_file(args.file, dry_run=args.dry_run, mapping=mapping or None, strict=not args.partial,
                                   full_list=not args.addition, kelurahan_code=args.kelurahan)
    for problem in report.problems[:_SHOWN]:
        column = f" [{problem.column}]" if problem.column else ""
        print(f"{problem.sheet} baris {problem.row}{column} {problem.field} ({problem.severity}): {problem.message}")
    if len(report.problems) > _SHOWN:
        print(f"... dan {len(report.problems) - _SHOWN} masalah lain"
              + ("; lihat laporan." if args.report else "; simpan semuanya dengan --report LAPORAN.xlsx."))
    print(report.summary())
    if report_path is not None:
        print(f"Laporan disimpan: {import_report.save_report(report, report_path)}")
    print(f"Waktu: {time.perf_counter() - started:.1f} detik.", file=sys.stderr)
    return 1 if report.refused or report.errors else 0


def cmd_list(args) -> int:
    from jamsostek_desktop.domain.formatting import short_date
    from jamsostek_desktop.services.residents import lookup

    entries = lookup.listing(lookup.ListQuery(args.cari, args.status), args.limit or None)
    for e in entries:
        rt_rw = f"{e.rt or 0:03d}/{e.rw or 0:03d}" if e.rt is not None else "-"
        status = "keluar" if e.left else e.status
        print("\t".join((e.nik, e.no_kk or "-", e.nama, e.jenis_kelamin or "-",
                         f"{e.tempat_lahir}, {short_date(e.tanggal_lahir)}".strip(", "), e.alamat, e.dusun or "-",
                         rt_rw, status)))
    print(f"{len(entries)} penduduk ditampilkan.", file=sys.stderr)
    return 0


def cmd_counts(args: argparse.Namespace) -> int:
    from jamsostek_desktop.domain.formatting import thousands
    from jamsostek_desktop.services.residents import lookup

    counts = lookup.counts()
    if not counts.total:
        print("Data penduduk masih kosong; impor dengan 'jamsostek residents import BERKAS'.")
        return 0
    print(f"Penduduk: {thousands(counts.total)} ({thousands(counts.families)} KK)")
    for status in ("hidup", "mati", "pindah"):
        print(f"  {status.capitalize()}: {thousands(counts.by_status.get(status, 0))}")
    print(f"  Tidak ada lagi di daftar terbaru: {thousands(counts.left)}")
    if counts.latest is not None:
        latest = counts.latest
        print(f"Impor terakhir: {latest.file_name}, {latest.imported_at:%d-%m-%Y %H:%M} UTC oleh {latest.actor} "
              f"(baru {latest.added}, berubah {latest.updated}, keluar {latest.left})")
    return 0
