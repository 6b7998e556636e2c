"""Commands of the money feature: the budget plan, the BPJS round trip, the monthly invoice.

    jamsostek budget [--months 12] [--income minimum|umk|kategori] [--jht semua|tidak|KODE,...]
                     [--scheme bpu|pu] [--ceiling RP --priority KODE,...] [--people KODE=N]
                     [--compare-jht] [--pdf OUT.pdf] [--json]
    jamsostek budget-choice KODE [--scheme bpu|pu] [--jht ya|tidak] [--income RP] [--risk 1-5]
    jamsostek wage-rates [--umk RP --from YYYY-MM-DD]
    jamsostek import-bpjs FILE [--dry-run] [--json]
    jamsostek reconcile FILE --month YYYY-MM [--pdf OUT.pdf] [--xlsx OUT.xlsx] [--branch NAMA] [--json]
    jamsostek export-profile list | show KODE OUT.json | save FILE.json [--code KODE]
"""

from __future__ import annotations

import datetime as dt
import json
import sys

from jamsostek_desktop.domain import budget as rules
from jamsostek_desktop.domain import reconciliation
from jamsostek_desktop.domain.formatting import month_year, rupiah, thousands
from jamsostek_desktop.errors import ValidationError


def _dump(data) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, sort_keys=True, default=str)
    print()


def _rupiah_arg(text: str | None, what: str) -> int | None:
    if text is None:
        return None
    digits = text.strip().upper().replace("RP", "").replace(".", "").replace(",", "").replace(" ", "")
    if not digits.isdigit():
        raise ValidationError(f"{what} '{text}' bukan jumlah Rupiah (contoh 1.500.000.000).")
    return int(digits)


def _codes(text: str | None) -> tuple[str, ...]:
    return tuple(c.strip() for c in (text or "").split(",") if c.strip())


def register(sub) -> None:
    p = sub.add_parser("budget", help="rencana kebutuhan anggaran iuran: skenario, plafon, perbandingan")
    p.add_argument("--months", type=int, default=12, help="bulan yang dibayar, 1-12 (bawaan 12)")
    p.add_argument("--income", choices=rules.INCOME_BASES, default=rules.INCOME_MINIMUM,
                   help="dasar penghasilan: minimum (Rp1.000.000), umk, atau kategori (isian per kategori)")
    p.add_argument("--jht", metavar="semua|tidak|KODE,...",
                   help="JHT untuk semua kategori, tidak untuk semua, atau untuk kategori ini (bawaan: pilihan "
                        "tersimpan per kategori)")
    p.add_argument("--scheme", choices=rules.SCHEMES, help="satu skema untuk semua kategori (bawaan: per kategori)")
    p.add_argument("--ceiling", metavar="RP", help="plafon anggaran setahun; siapa tercakup dan siapa tidak")
    p.add_argument("--priority", metavar="KODE,...", help="urutan prioritas kategori untuk plafon")
    p.add_argument("--people", metavar="KODE=N", action="append", default=[],
                   help="jumlah orang yang direncanakan untuk kategori (mengganti jumlah terdaftar); boleh berulang")
    p.add_argument("--kelurahan", metavar="KODE", help="mode kota: hanya kelurahan/kecamatan berkode ini")
    p.add_argument("--compare-jht", action="store_true", help="bandingkan dengan skenario JHT untuk semua")
    p.add_argument("--name", default="Skenario dasar", help="nama skenario di dokumen")
    p.add_argument("--pdf", metavar="OUT.pdf", help="cetak Rencana Kebutuhan Anggaran")
    p.add_argument("--json", action="store_true", help="angka dalam JSON")
    p.set_defaults(handler=cmd_budget, reads=True)

    p = sub.add_parser("budget-choice", help="skema, JHT, penghasilan dan kelompok risiko suatu kategori")
    p.add_argument("code", metavar="KODE")
    p.add_argument("--scheme", choices=rules.SCHEMES)
    p.add_argument("--jht", choices=("ya", "tidak"))
    p.add_argument("--income", metavar="RP", help="penghasilan/upah kategori (dasar 'kategori')")
    p.add_argument("--risk", type=int, choices=range(1, 6), help="kelompok risiko JKK Penerima Upah (1-5)")
    p.set_defaults(handler=cmd_budget_choice)

    p = sub.add_parser("wage-rates", help="tarif Penerima Upah dan UMK yang berlaku")
    p.add_argument("--umk", metavar="RP", help="UMK kota/kabupaten")
    p.add_argument("--from", dest="since", metavar="YYYY-MM-DD", help="berlaku mulai tanggal ini")
    p.set_defaults(handler=cmd_wage_rates, reads=lambda a: a.umk is None)

    p = sub.add_parser("import-bpjs", help="impor jawaban BPJS: nomor KPJ, tanggal daftar, penolakan")
    p.add_argument("file", metavar="BERKAS")
    p.add_argument("--dry-run", action="store_true", help="hanya periksa; tidak ada yang diubah")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_import_bpjs, personal=True)

    p = sub.add_parser("reconcile", help="cocokkan tagihan iuran bulanan BPJS dengan daftar peserta")
    p.add_argument("file", metavar="BERKAS")
    p.add_argument("--month", metavar="YYYY-MM", required=True, help="bulan tagihan, contoh 2026-11")
    p.add_argument("--kelurahan", metavar="KODE", help="mode kota: hanya kelurahan/kecamatan berkode ini")
    p.add_argument("--pdf", metavar="OUT.pdf", help="Berita Acara Rekonsiliasi Iuran")
    p.add_argument("--xlsx", metavar="OUT.xlsx", help="selisih dan restitusi untuk kantor cabang")
    p.add_argument("--branch", default="", metavar="NAMA", help="nama kantor cabang BPJS")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_reconcile, reads=True, personal=True)

    p = sub.add_parser("export-profile", help="profil ekspor berkas untuk kantor cabang BPJS")
    p.add_argument("action", choices=("list", "show", "save"))
    p.add_argument("args", nargs="*", metavar="ARG")
    p.add_argument("--code", metavar="KODE", help="save: kode profil (bawaan: nama berkas)")
    p.set_defaults(handler=cmd_export_profile, reads=lambda a: a.action != "save")


def _people(items: list[str]) -> dict[str, int]:
    out = {}
    for item in items:
        code, sep, n = item.partition("=")
        if not sep or not n.strip().isdigit():
            raise ValidationError(f"--people '{item}' harus berbentuk KODE=JUMLAH, contoh ketua-rt=120.")
        out[code.strip()] = int(n)
    return out


def cmd_budget(args) -> int:
    from jamsostek_desktop.domain.scope import Scope
    from jamsostek_desktop.services.money import budget, documents

    scope = Scope(kelurahan_prefix=args.kelurahan)
    jht = None if args.jht is None else True if args.jht == "semua" else False if args.jht == "tidak" else None
    codes = () if args.jht in (None, "semua", "tidak") else _codes(args.jht)
    s = budget.scenario(args.name, scope, months=args.months, income_basis=args.income,
                        ceiling=_rupiah_arg(args.ceiling, "Plafon"), priority=_codes(args.priority), jht=jht,
                        jht_codes=codes, scheme=args.scheme, people=_people(args.people))
    plan = budget.plan(s)
    comparisons = ()
    if args.compare_jht:
        with_jht = budget.plan(s.with_jht())
        comparisons = (("Tambah JHT untuk semua", with_jht.needed - plan.needed),)
    if args.json:
        data = plan.as_json()
        data["perbandingan"] = [{"skenario": label, "selisih": change} for label, change in comparisons]
        _dump(data)
    else:
        for line in plan.lines:
            if line.people:
                left = f"  ({thousands(line.left_out)} tidak tercakup)" if line.left_out else ""
                print(f"{line.name:40} {thousands(line.covered):>8} x {rupiah(line.rate):>10} x {line.months:>2} = "
                      f"{rupiah(line.amount):>18}{left}")
        print(f"Jumlah: {thousands(plan.covered)} orang, {rupiah(plan.total)}")
        if s.ceiling is not None:
            print(f"Plafon {rupiah(s.ceiling)}: {thousands(plan.left_out)} orang belum tercakup; kebutuhan penuh "
                  f"{rupiah(plan.needed)}.")
        for label, change in comparisons:
            print(f"{label}: {rules.signed_rupiah(change)}")
    if args.pdf:
        written = documents.plan_pdf(plan, args.pdf, scope=scope, comparisons=comparisons)
        print(f"Rencana Kebutuhan Anggaran: {written.path} ({written.pages} halaman)", file=sys.stderr)
    return 0


def cmd_budget_choice(args) -> int:
    from dataclasses import replace

    from jamsostek_desktop.services.money import budget

    current = budget.choices().get(args.code, budget.Choice())
    changes = {}
    if args.scheme:
        changes["scheme"] = args.scheme
    if args.jht:
        changes["jht"] = args.jht == "ya"
    if args.income is not None:
        changes["income"] = _rupiah_arg(args.income, "Penghasilan")
    if args.risk is not None:
        changes["risk_class"] = args.risk
    choice = replace(current, **changes)
    budget.set_choice(args.code, choice)
    print(f"{args.code}: skema {choice.scheme}, JHT {'ya' if choice.jht else 'tidak'}, penghasilan "
          f"{rupiah(choice.income) if choice.income else '-'}, kelompok risiko {choice.risk_class}")
    return 0


def cmd_wage_rates(args) -> int:
    from jamsostek_desktop.domain.parsing import parse_date
    from jamsostek_desktop.services.money import wage_rates

    if args.umk is not None:
        since = parse_date(args.since) if args.since else dt.date.today()
        wage_rates.set_umk(_rupiah_arg(args.umk, "UMK"), since)
    for r in wage_rates.history():
        def pct(bp: int) -> str:
            return f"{bp / 100:g}%".replace(".", ",")

        risk = ", ".join(f"{k}: {pct(bp)}" for k, bp in r.jkk_risk_bp)
        print(f"mulai {r.effective_from:%d-%m-%Y}: JKK ({risk}), JKM {pct(r.jkm_bp)}, JHT {pct(r.jht_bp)}, "
              f"UMK {rupiah(r.umk) if r.umk else '-'}")
    return 0


def cmd_import_bpjs(args) -> int:
    from jamsostek_desktop.services.money import answers

    report = answers.read(args.file, apply=not args.dry_run)
    if args.json:
        _dump(report.as_json())
        return 0
    print(f"Baris dibaca: {report.read} = cocok {report.matched} (terdaftar {len(report.registered)}, ditolak "
          f"{len(report.rejected)}) + tidak cocok {len(report.unmatched)} + tidak dipakai {len(report.refused)}")
    for row in report.unmatched[:50]:
        print(f"  baris {row.row}: NIK {row.nik} tidak ada di daftar peserta")
    for row in report.refused[:50]:
        print(f"  baris {row.row}: {row.reason}")
    print("Tidak ada yang diubah (--dry-run)." if args.dry_run else
          "Jawaban BPJS dicatat." if report.applied else "Tidak ada peserta yang berubah.")
    return 0


def cmd_reconcile(args) -> int:
    from jamsostek_desktop.domain import terms
    from jamsostek_desktop.services.money import documents, invoice

    try:
        month = terms.parse_month(args.month)
    except ValueError as exc:
        raise ValidationError(f"Bulan '{args.month}' tidak dapat dibaca; tulis seperti 2026-11.") from exc
    result = invoice.reconcile(args.file, month, args.kelurahan)
    if args.json:
        _dump(_result_json(result))
    else:
        print(f"Tagihan {month_year(month)}: {result.lines_read} baris dibaca")
        print(f"  sesuai tarif            {len(result.matched):>8}")
        print(f"  jumlah berbeda          {len(result.different):>8}")
        print(f"  ditagih, tidak tercakup {len(result.not_covered):>8}  "
              + ", ".join(f"{reconciliation.REASONS[k]} {n}" for k, n in sorted(result.by_reason().items())))
        print(f"  tidak terbaca           {len(result.refused):>8}")
        print(f"  tercakup, tidak ditagih {len(result.not_billed):>8}")
        print(f"Ditagih {rupiah(result.billed_total)}; seharusnya {rupiah(result.expected_total)}; selisih "
              f"{rules.signed_rupiah(result.difference)}; kelebihan bayar {rupiah(result.overpaid_total)}")
    name = args.file.rsplit("/", 1)[-1]
    if args.pdf:
        written = documents.minutes_pdf(result, name, args.pdf, branch=args.branch)
        print(f"Berita acara: {written.path} ({written.pages} halaman)", file=sys.stderr)
    if args.xlsx:
        print(f"Selisih: {documents.differences_xlsx(result, args.xlsx)}", file=sys.stderr)
    return 0


def _result_json(r) -> dict:
    def line(f):
        return {"baris": f.line.row, "nik": f.line.nik, "nama": f.line.nama, "ditagih": f.billed,
                "seharusnya": f.due, "selisih": f.overpaid, "alasan": f.reason}

    return {"bulan": f"{r.month:%Y-%m}", "baris_dibaca": r.lines_read, "ditagih": r.billed_total,
            "seharusnya": r.expected_total, "selisih": r.difference, "kelebihan_bayar": r.overpaid_total,
            "sesuai": len(r.matched), "berbeda": [line(f) for f in r.different],
            "tidak_tercakup": [line(f) for f in r.not_covered],
            "tidak_ditagih": [{"nik": e.nik, "nama": e.nama, "seharusnya": e.total} for e in r.not_billed],
            "tidak_terbaca": [{"baris": x.row, "nik": x.nik, "alasan": x.reason} for x in r.refused]}


def cmd_export_profile(args) -> int:
    from jamsostek_desktop.services.money import profiles

    if args.action == "list":
        for p in profiles.all_profiles():
            print(f"{p.code:20} {p.columns:>3} kolom  {p.name}{'' if p.builtin else '  (diubah administrator)'}")
        return 0
    if args.action == "show":
        if len(args.args) != 2:
            raise ValidationError("Pakai: export-profile show KODE BERKAS.json")
        print(profiles.write_file(args.args[0], args.args[1]))
        return 0
    if len(args.args) != 1:
        raise ValidationError("Pakai: export-profile save BERKAS.json [--code KODE]")
    code = profiles.save_file(args.args[0], args.code)
    print(f"Profil ekspor '{code}' disimpan.")
    return 0
