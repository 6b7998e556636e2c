"""Commands of the screening feature (issue 13):

    jamsostek screen [--json] [--report OUT.xlsx] [--pdf OUT.pdf]   full run: pairs and flags, the list to check
    jamsostek screening decide PAIR same --keep NIK --reason R | different --reason R
    jamsostek screening resolve FLAG keep|archive --reason R
    jamsostek reference import KIND FILE [--source S] [--date D] [--map JUDUL=field] [--sebagian] [--dry-run]
    jamsostek reference list
"""

from __future__ import annotations

import json
import sys
import time

from jamsostek_desktop.errors import AppError, ValidationError

KIND_HELP = "asn (ASN/PPPK), dana-lain (dibiayai anggaran lain), meninggal, penerima-upah"


def register(sub) -> None:
    p = sub.add_parser("screen", help="periksa data ganda dan daftar pembanding (tepat sasaran)",
                       description="Mencari peserta yang mungkin terdaftar dua kali (NIK beda satu digit, nama dan "
                                   "tanggal lahir sama) dan peserta yang tercatat di daftar pembanding atau data "
                                   "penduduk (Mati/Pindah). Kode keluar: 0 tidak ada yang perlu diperiksa, 1 ada.")
    p.add_argument("--json", action="store_true", help="keluaran JSON")
    p.add_argument("--report", metavar="OUT.xlsx", help="simpan 'Daftar peserta yang perlu diperiksa' ke Excel")
    p.add_argument("--pdf", metavar="OUT.pdf", help="cetak 'Daftar peserta yang perlu diperiksa' ke PDF")
    p.set_defaults(handler=cmd_screen, personal=True)

    top = sub.add_parser("screening", help="keputusan atas pasangan data ganda dan tanda pemeriksaan")
    commands = top.add_subparsers(dest="screening_command", metavar="PERINTAH")
    commands.required = True
    d = commands.add_parser("decide", help="putuskan satu pasangan: same (orang yang sama) atau different")
    d.add_argument("pair", type=int, metavar="PASANGAN")
    d.add_argument("decision", choices=("same", "different"))
    d.add_argument("--keep", metavar="NIK", help="same: NIK peserta yang dipertahankan (yang lain diarsipkan)")
    d.add_argument("--reason", required=True, metavar="ALASAN")
    d.set_defaults(handler=cmd_decide, personal=True)
    r = commands.add_parser("resolve", help="selesaikan satu tanda: keep (tetap) atau archive (arsipkan peserta)")
    r.add_argument("flag", type=int, metavar="TANDA")
    r.add_argument("resolution", choices=("keep", "archive"))
    r.add_argument("--reason", required=True, metavar="ALASAN")
    r.set_defaults(handler=cmd_resolve, personal=True)

    top = sub.add_parser("reference", help="daftar pembanding dari instansi lain: impor, daftar")
    commands = top.add_subparsers(dest="reference_command", metavar="PERINTAH")
    commands.required = True
    i = commands.add_parser("import", help="impor daftar pembanding (.xlsx/.xls/.ods/.csv)",
                            description="Jenis: " + KIND_HELP + ". Daftar baru menggantikan daftar sebelumnya dari "
                                        "jenis yang sama. Kode keluar: 0 disimpan, 1 ada baris bermasalah.")
    i.add_argument("kind", metavar="JENIS", help=KIND_HELP)
    i.add_argument("file", metavar="BERKAS")
    i.add_argument("--source", default="", metavar="SUMBER", help="instansi pengirim (bawaan: nama berkas)")
    i.add_argument("--date", default="", metavar="TANGGAL", help="tanggal daftar (bawaan: hari ini)")
    i.add_argument("--map", metavar="JUDUL=FIELD", action="append", default=[],
                   help="isi kolom berjudul JUDUL ke FIELD (nik, nama, nip, instansi, sumber_dana, periode, "
                        "tanggal_meninggal, perusahaan; kosong untuk mengabaikan)")
    i.add_argument("--sebagian", dest="partial", action="store_true", help="simpan baris yang valid saja")
    i.add_argument("--dry-run", action="store_true", help="periksa saja, jangan simpan")
    i.set_defaults(handler=cmd_reference_import, reads=lambda args: args.dry_run, personal=True)
    li = commands.add_parser("list", help="daftar pembanding yang berlaku")
    li.set_defaults(handler=cmd_reference_list, reads=True)


def cmd_screen(args) -> int:
    from jamsostek_desktop.services.screening import flags, pairs, report

    started = time.perf_counter()
    pair_run = pairs.run()
    flag_run = flags.screen()
    rows = report.review_rows()
    if args.json:
        out = {
            "peserta": pair_run.people,
            "pasangan": [{"id": p.id, "skor": p.score, "alasan": list(p.reasons),
                          "peserta": [{"nik": s.nik, "nama": s.nama, "kelurahan": s.kelurahan_code} for s in (p.one, p.other)]}
                         for p in pairs.open_pairs()],
            "tanda": [{"id": f.id, "kode": f.code, "nik": f.nik, "nama": f.nama, "keterangan": f.detail}
                      for f in flags.open_flags()],
            "perlu_diperiksa": [r.as_dict() for r in rows],
        }
        print(json.dumps(out, ensure_ascii=False, indent=1))
    else:
        for p in pairs.open_pairs():
            print(f"pasangan {p.id}\tskor {p.score}\t{p.one.nik} {p.one.nama} ({p.one.kelurahan_code})"
                  f"\t{p.other.nik} {p.other.nama} ({p.other.kelurahan_code})\t{p.reason_text}")
        for f in flags.open_flags():
            print(f"tanda {f.id}\t{f.code}\t{f.nik} {f.nama}\t{f.label}" + (f" ({f.detail})" if f.detail else ""))
        print(f"Diperiksa {pair_run.people} peserta: {pair_run.open} pasangan data ganda menunggu keputusan "
              f"({pair_run.new} baru, {pair_run.decided} sudah diputuskan sebelumnya), {flag_run.open} tanda terbuka; "
              f"{len(rows)} peserta perlu diperiksa.")
    if args.report:
        print(f"Laporan disimpan: {report.save_xlsx(args.report, rows)}", file=sys.stderr)
    if args.pdf:
        path, pages = report.save_pdf(args.pdf, rows)
        print(f"PDF disimpan: {path} ({pages} halaman)", file=sys.stderr)
    print(f"Waktu: {time.perf_counter() - started:.1f} detik.", file=sys.stderr)
    return 1 if rows else 0


def cmd_decide(args) -> int:
    from jamsostek_desktop.domain import nik as nik_rules
    from jamsostek_desktop.services.screening import pairs

    keep_uuid = None
    if args.decision == "same":
        if not args.keep:
            raise ValidationError("Keputusan 'same' memerlukan --keep NIK (peserta yang dipertahankan).")
        views = [v for v in pairs.views(pairs.SP.select(*pairs._VIEW_COLUMNS).where(pairs.SP.id == args.pair))]
        if not views:
            raise ValidationError(f"Pasangan {args.pair} tidak ditemukan.")
        wanted = nik_rules.compact(args.keep)
        side = next((s for s in (views[0].one, views[0].other) if s.nik == wanted), None)
        if side is None:
            raise ValidationError(f"NIK {args.keep} bukan salah satu dari pasangan {args.pair}.")
        keep_uuid = side.uuid
    view = pairs.decide(args.pair, args.decision, args.reason, keep_uuid)
    print(f"Pasangan {view.id} diputuskan: {'orang yang sama' if view.decision == 'same' else 'orang berbeda'}.")
    return 0


def cmd_resolve(args) -> int:
    from jamsostek_desktop.services.screening import flags

    view = flags.resolve(args.flag, args.resolution, args.reason)
    print(f"Tanda {view.id} ({view.code}, {view.nama}) diselesaikan: {view.resolution}.")
    return 0


def _mapping(items: list[str]) -> dict[str, str]:
    mapping = {}
    for item in items:
        label, sep, target = item.partition("=")
        if not sep:
            raise AppError(f"--map '{item}' harus berbentuk JUDUL=FIELD, contoh 'No. KTP=nik'.")
        mapping[label.strip()] = target.strip()
    return mapping


def cmd_reference_import(args) -> int:
    from jamsostek_desktop.domain.parsing import ParseError, parse_date
    from jamsostek_desktop.services.screening import references

    list_date = None
    if args.date:
        try:
            list_date = parse_date(args.date)
        except ParseError as exc:
            raise ValidationError(f"Tanggal '{args.date}' tidak dapat dibaca: {exc}") from exc
    result = references.import_file(args.kind, args.file, source=args.source, list_date=list_date,
                                    mapping=_mapping(args.map) or None, partial=args.partial, dry_run=args.dry_run)
    for problem in result.problems[:50]:
        print(f"baris {problem.row} {problem.field}: {problem.message}")
    if len(result.problems) > 50:
        print(f"... dan {len(result.problems) - 50} masalah lain")
    print(result.summary())
    return 0 if result.committed or (args.dry_run and not result.problems) else 1


def cmd_reference_list(args) -> int:
    from jamsostek_desktop.domain import eligibility
    from jamsostek_desktop.services.screening import references

    lists = references.current_lists()
    if not lists:
        print("Belum ada daftar pembanding; impor dengan 'jamsostek reference import JENIS BERKAS'.")
    for item in lists:
        print(f"{item.kind}\t{eligibility.KIND_LABELS[item.kind]}\t{item.source}\t{item.list_date:%d-%m-%Y}\t"
              f"{item.rows} NIK\tdiimpor {item.imported_at:%d-%m-%Y %H:%M} UTC oleh {item.actor}")
    return 0
