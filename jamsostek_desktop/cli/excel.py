"""Commands of the excel feature: import-xlsx and export-xlsx."""

from __future__ import annotations

import argparse
import sys
import time

from jamsostek_desktop.errors import AppError

# Problems printed on the terminal; the rest go to --report.
_SHOWN = 50


def register(sub) -> None:
    p = sub.add_parser(
        "import-xlsx", help="impor peserta dari berkas Excel (.xlsx/.xls/.ods) sebagai draf",
        description="Memeriksa setiap baris dengan aturan formulir, lalu menyimpan baris yang valid "
                    "dalam satu transaksi. Baris bermasalah dilaporkan per baris dan tidak disimpan. "
                    "Kode keluar: 0 semua baris valid, 1 ada baris bermasalah, 2 berkas ditolak.",
    )
    p.add_argument("file", metavar="BERKAS")
    p.add_argument("--category", metavar="KODE",
                   help="kode kategori untuk semua baris (bawaan: dari kolom Kategori atau nama lembar)")
    p.add_argument("--dry-run", action="store_true", help="periksa saja, jangan simpan apa pun")
    p.add_argument("--sebagian", dest="partial", action="store_true",
                   help="simpan baris yang valid saja walau ada baris bermasalah "
                        "(bawaan: semua atau tidak sama sekali)")
    p.add_argument("--strict", action="store_true", help=argparse.SUPPRESS)  # the default since 0.1
    p.add_argument("--map", metavar="JUDUL=FIELD", action="append", default=[],
                   help="isi kolom berjudul JUDUL ke FIELD (contoh --map 'Identitas=nik'; "
                        "FIELD kosong untuk mengabaikan); boleh berulang, diingat untuk berkas berikutnya")
    p.add_argument("--report", metavar="LAPORAN.xlsx",
                   help="simpan laporan (baris bermasalah ditandai) ke berkas Excel")
    p.set_defaults(handler=cmd_import, reads=lambda args: args.dry_run, personal=True)

    p = sub.add_parser("export-xlsx", help="ekspor peserta ke berkas Excel")
    p.add_argument("out", metavar="BERKAS.xlsx")
    p.add_argument("--template", choices=("full", "bpjs"), default="full",
                   help="full: semua data, satu lembar per kategori; bpjs: daftar kolektif untuk BPJS")
    p.add_argument("--category", metavar="KODE", help="hanya kategori ini")
    p.add_argument("--status", help="hanya status ini (draft, verified, submitted, active, ...)")
    p.add_argument("--kelurahan", metavar="KODE", help="mode kota: hanya kelurahan/kecamatan berkode ini")
    p.set_defaults(handler=cmd_export, reads=True, personal=True)


def cmd_import(args) -> int:
    from jamsostek_desktop.services.excel import import_report
    from jamsostek_desktop.services.excel import importing as excel_import

    mapping = {}
    for item in args.map:
        label, sep, target = item.partition("=")
        if not sep:
            raise AppError(f"--map '{item}' harus berbentuk JUDUL=FIELD, contoh 'No. Identitas=nik'.")
        mapping[label.strip()] = target.strip()
    # The report's name is checked before anything is imported: refused, nothing happens.
    report_path = import_report.target(args.report) if args.report else None
    started = time.perf_counter()
    report = excel_import.import_file(args.file, args.category, dry_run=args.dry_run, mapping=mapping or None,
                                      strict=not args.partial)
    for problem in report.problems[:_SHOWN]:
        column = f" [{problem.column}]" if problem.column else ""
        print(f"{problem.sheet} baris {problem.row}{column} {problem.field} ({problem.severity}): "
              f"{problem.message}")
    if len(report.problems) > _SHOWN:
        print(f"... dan {len(report.problems) - _SHOWN} masalah lain"
              + ("; lihat laporan." if args.report else "; simpan semuanya dengan --report LAPORAN.xlsx."))
    print(report.summary())
    if report_path is not None:
        path = import_report.save_report(report, report_path)
        print(f"Laporan disimpan: {path}")
    print(f"Waktu: {time.perf_counter() - started:.1f} detik.", file=sys.stderr)
    if report.refused or report.errors:
        return 1
    return 0


def cmd_export(args) -> int:
    from jamsostek_desktop.domain import status as status_rules
    from jamsostek_desktop.domain.scope import Scope
    from jamsostek_desktop.services.excel import export as excel_export
    from jamsostek_desktop.services.participants import catalogue

    if args.category:
        catalogue.get(args.category)
    if args.status and args.status not in {s.value for s in status_rules.Status}:
        raise AppError(f"Status '{args.status}' tidak dikenal.")
    scope = Scope(category=args.category, status=args.status, kelurahan_prefix=args.kelurahan)
    started = time.perf_counter()
    result = excel_export.export(args.out, args.template, scope)
    print(result.summary())
    print(f"Waktu: {time.perf_counter() - started:.1f} detik.", file=sys.stderr)
    return 0
