"""Commands of the tenure feature: coverage months, terms, posts, Ganti pejabat, events and claims.

    jamsostek coverage --month 2026-11 [--json]          who the budget pays for that month
    jamsostek coverage --set NIK --from 2026-01 [--until 2026-12]
    jamsostek term list [--days 60] [--json]             masa jabatan berakhir
    jamsostek term extend NIK --sk-number N --sk-date D [--sk-kind K] [--start D] [--end D] [--yes]
    jamsostek term assign NIK --post ID
    jamsostek post list [--json] | post history ID [--pdf OUT.pdf]
    jamsostek replace NIK --reason R --date D [--new-nik NIK] [--note TEKS]
    jamsostek event add NIK --kind meninggal|kecelakaan --date "DD-MM-YYYY [HH:MM]" ... | event list [--json]
    jamsostek claim add EVENT --kind jkm [--heir NAMA --relation R] | claim update CLAIM ... | claim letter CLAIM OUT.pdf
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys

from jamsostek_desktop.cli import bounded
from jamsostek_desktop.domain import terms as rules
from jamsostek_desktop.domain.formatting import month_year, rupiah, short_date, thousands
from jamsostek_desktop.domain.parsing import ParseError, parse_date
from jamsostek_desktop.errors import NotFoundError, ValidationError

# Numbers the command line takes, bounded with a clear message (a row id SQLite can hold, a
# claim of up to ten trillion Rupiah).
MAX_ID = 2**62
MAX_RUPIAH = 10**13
_MOMENT = re.compile(r"^\s*(\S+)(?:\s+(\d{1,2})[:.](\d{2}))?\s*$")


def _date(text: str | None, what: str) -> dt.date | None:
    if not text:
        return None
    try:
        value = parse_date(text)
    except ParseError as exc:
        raise ValidationError(f"{what} '{text}' tidak dapat dibaca: {exc}") from exc
    if not isinstance(value, dt.date):
        raise ValidationError(f"{what} '{text}' tidak dapat dibaca.")
    return value


def _moment(text: str | None, what: str) -> dt.datetime | None:
    """`23-11-2026 08:30` (the time may be left out: midnight)."""
    if not text:
        return None
    m = _MOMENT.match(text)
    if not m:
        raise ValidationError(f"{what} '{text}' tidak dapat dibaca (contoh 23-11-2026 08:30).")
    day = _date(m[1], what)
    hour, minute = (int(m[2]), int(m[3])) if m[2] else (0, 0)
    if hour > 23 or minute > 59:
        raise ValidationError(f"{what} '{text}': jam tidak valid.")
    return dt.datetime(day.year, day.month, day.day, hour, minute)


def _month(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return rules.parse_month(text)
    except ValueError as exc:
        raise ValidationError(f"Bulan '{text}' tidak dapat dibaca; tulis seperti 2026-11.") from exc


def _participant_id(nik: str) -> int:
    from jamsostek_desktop.services.participants import enrolment

    found = enrolment.duplicate_of(nik.strip())
    if found is None:
        raise NotFoundError(f"Tidak ada peserta dengan NIK {nik}.")
    return found.id


def _dump(data) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, sort_keys=True, default=str)
    print()


def register(sub) -> None:
    p = sub.add_parser("coverage", help="bulan cakupan: siapa yang dibayar APBD pada suatu bulan")
    p.add_argument("--month", metavar="YYYY-MM", help="bulan yang dihitung, contoh 2026-11")
    p.add_argument("--json", action="store_true", help="keluaran JSON")
    p.add_argument("--kelurahan", metavar="KODE", help="mode kota: hanya kode wilayah ini")
    p.add_argument("--category", metavar="KODE", help="hanya kategori ini")
    p.add_argument("--set", metavar="NIK", help="isi bulan cakupan peserta ini (dengan --from, --until)")
    p.add_argument("--from", dest="first", metavar="YYYY-MM", help="bulan pertama yang dibayar")
    p.add_argument("--until", metavar="YYYY-MM", help="bulan terakhir yang dibayar (kosong: masih dibayar)")
    # Reading the month is a read (names: a login once accounts exist); --set writes.
    p.set_defaults(handler=cmd_coverage, reads=lambda args: not args.set, personal=True)

    p = sub.add_parser("term", help="masa jabatan: yang segera berakhir, perpanjangan SK, penetapan jabatan")
    tsub = p.add_subparsers(dest="term_command", metavar="AKSI")
    tsub.required = True
    t = tsub.add_parser("list", help="masa jabatan yang berakhir dalam N hari (dan yang sudah berakhir)")
    t.add_argument("--days", type=bounded(0, 3650), default=None, help="bawaan: 60")
    t.add_argument("--json", action="store_true")
    t.set_defaults(handler=cmd_term_list, reads=True, personal=True)
    t = tsub.add_parser("extend", help="SK baru untuk jabatan yang sama")
    t.add_argument("nik")
    t.add_argument("--sk-number", required=True)
    t.add_argument("--sk-date", required=True, metavar="DD-MM-YYYY")
    t.add_argument("--sk-kind", default="", help="contoh 'SK Lurah' (bawaan: jenis SK kategori)")
    t.add_argument("--start", metavar="DD-MM-YYYY", help="TMT mulai (bawaan: sehari setelah masa lama)")
    t.add_argument("--end", metavar="DD-MM-YYYY", help="TMT berakhir (bawaan: menurut lama masa jabatan)")
    t.add_argument("--yes", action="store_true", help="terima peringatan (melebihi batas periode)")
    t.set_defaults(handler=cmd_term_extend)
    t = tsub.add_parser("assign", help="tetapkan jabatan (nomor dari 'post list') bagi peserta")
    t.add_argument("nik")
    t.add_argument("--post", type=bounded(1, MAX_ID), required=True, metavar="ID")
    t.set_defaults(handler=cmd_term_assign)

    p = sub.add_parser("post", help="jabatan dan riwayat pemegangnya")
    psub = p.add_subparsers(dest="post_command", metavar="AKSI")
    psub.required = True
    t = psub.add_parser("list", help="semua jabatan dengan pemegangnya")
    t.add_argument("--json", action="store_true")
    t.set_defaults(handler=cmd_post_list, reads=True, personal=True)
    t = psub.add_parser("history", help="riwayat pemegang satu jabatan")
    t.add_argument("post", type=bounded(1, MAX_ID), metavar="ID")
    t.add_argument("--pdf", metavar="OUT.pdf", help="cetak riwayat ke PDF")
    t.add_argument("--paper", choices=("f4", "a4"), default="f4", type=str.lower)
    t.set_defaults(handler=cmd_post_history, reads=True, personal=True)

    p = sub.add_parser("replace", help="ganti pejabat: pemegang lama berhenti, pemegang baru pada jabatan yang sama")
    p.add_argument("nik", help="NIK pemegang yang berhenti")
    p.add_argument("--reason", required=True, choices=rules.REASONS)
    p.add_argument("--date", required=True, metavar="DD-MM-YYYY", help="tanggal berhenti")
    p.add_argument("--new-nik", help="NIK pemegang baru yang sudah didaftarkan (kosong: jabatan menunggu)")
    p.add_argument("--start", metavar="DD-MM-YYYY", help="TMT mulai pemegang baru (bawaan: tanggal berhenti)")
    p.add_argument("--note", default="")
    p.set_defaults(handler=cmd_replace)

    p = sub.add_parser("event", help="kematian dan kecelakaan kerja peserta")
    esub = p.add_subparsers(dest="event_command", metavar="AKSI")
    esub.required = True
    t = esub.add_parser("add", help="catat kematian atau kecelakaan kerja")
    t.add_argument("nik")
    t.add_argument("--kind", required=True, choices=rules.EVENT_KINDS)
    t.add_argument("--date", required=True, metavar='"DD-MM-YYYY HH:MM"', help="waktu kejadian")
    t.add_argument("--work-accident", action="store_true", help="meninggal karena kecelakaan kerja")
    t.add_argument("--place", default="")
    t.add_argument("--cause", default="")
    t.add_argument("--reported", metavar='"DD-MM-YYYY HH:MM"', help="waktu lapor ke BPJS")
    t.add_argument("--note", default="")
    t.set_defaults(handler=cmd_event_add)
    t = esub.add_parser("list", help="semua peristiwa, dengan cakupan, masa iur dan keterlambatan lapor")
    t.add_argument("--json", action="store_true")
    t.set_defaults(handler=cmd_event_list, reads=True, personal=True)

    p = sub.add_parser("claim", help="klaim yang mengikuti peristiwa")
    csub = p.add_subparsers(dest="claim_command", metavar="AKSI")
    csub.required = True
    t = csub.add_parser("add", help="buka klaim untuk peristiwa (nomor dari 'event list')")
    t.add_argument("event", type=bounded(1, MAX_ID))
    t.add_argument("--kind", required=True, help="jkm, jkk, jkk-meninggal, beasiswa")
    t.add_argument("--heir", default="", help="nama ahli waris")
    t.add_argument("--relation", default="", help="hubungan dengan peserta")
    t.set_defaults(handler=cmd_claim_add)
    t = csub.add_parser("update", help="status, jumlah dan berkas klaim")
    t.add_argument("claim", type=bounded(1, MAX_ID))
    t.add_argument("--status", choices=rules.CLAIM_STATUSES)
    t.add_argument("--amount", type=bounded(0, MAX_RUPIAH), help="jumlah dalam Rupiah")
    t.add_argument("--doc", action="append", default=[], metavar="KODE", help="berkas yang dilampirkan (berulang)")
    t.add_argument("--submitted", metavar="DD-MM-YYYY")
    t.add_argument("--paid", metavar="DD-MM-YYYY")
    t.set_defaults(handler=cmd_claim_update)
    t = csub.add_parser("letter", help="cetak surat pengantar untuk ahli waris (PDF)")
    t.add_argument("claim", type=bounded(1, MAX_ID))
    t.add_argument("out", metavar="OUT.pdf")
    t.add_argument("--number", default="", help="nomor surat")
    t.add_argument("--paper", choices=("f4", "a4"), default="f4", type=str.lower)
    t.set_defaults(handler=cmd_claim_letter, reads=True, personal=True)


def cmd_coverage(args) -> int:
    from jamsostek_desktop.services.tenure import coverage

    if args.set:
        first = _month(args.first)
        if first is None:
            raise ValidationError("--set memerlukan --from (bulan pertama yang dibayar).")
        coverage.set_months(_participant_id(args.set), first, _month(args.until))
        until = f" s.d. {month_year(_month(args.until))}" if args.until else ", masih dibayar"
        print(f"Cakupan {args.set}: {month_year(first)}{until}.")
        return 0
    month = _month(args.month) or rules.month_of(dt.date.today())
    result = coverage.month(month, args.kelurahan, args.category)
    if args.json:
        _dump(result.as_json())
        return 0
    print(f"Cakupan {month_year(month)}: {thousands(result.total)} peserta")
    for code, n in sorted(result.by_category().items(), key=lambda kv: -kv[1]):
        print(f"  {code:32} {n:>8}")
    return 0


def cmd_term_list(args) -> int:
    from jamsostek_desktop.services.tenure import clock, terms

    today = clock.today()
    rows = terms.ending(args.days)
    if args.json:
        _dump([{"nik": r.nik, "nama": r.nama, "jabatan": r.post, "kategori": r.category, "kelurahan": r.kelurahan_code,
                "tmt_berakhir": r.end.isoformat(), "sisa_hari": (r.end - today).days} for r in rows])
        return 0
    if not rows:
        print("Tidak ada masa jabatan yang segera berakhir.")
    for r in rows:
        left = (r.end - today).days
        when = f"berakhir {-left} hari lalu" if left < 0 else f"{left} hari lagi"
        print(f"{short_date(r.end)}  {when:>22}  {r.nama}  ({r.post or r.category})")
    return 0


def cmd_term_extend(args) -> int:
    from jamsostek_desktop.services.tenure import terms

    pid = _participant_id(args.nik)
    try:
        term = terms.extend(pid, sk_kind=args.sk_kind, sk_number=args.sk_number,
                            sk_date=_date(args.sk_date, "Tanggal SK"), start=_date(args.start, "TMT mulai"),
                            end=_date(args.end, "TMT berakhir"), accept_warnings=args.yes)
    except terms.TermWarnings as exc:
        raise ValidationError(f"{exc} Ulangi dengan --yes bila memang demikian.") from exc
    print(f"Masa jabatan ke-{term.number}: {short_date(term.start)} s.d. {short_date(term.end) or '-'}.")
    return 0


def cmd_term_assign(args) -> int:
    from jamsostek_desktop.services.tenure import terms

    term = terms.assign(_participant_id(args.nik), args.post)
    print(f"Jabatan ditetapkan: {term.post.title}.")
    return 0


def cmd_post_list(args) -> int:
    from jamsostek_desktop.services.tenure import posts

    rows = posts.listing()
    if args.json:
        _dump([{"id": r.id, "kelurahan": r.kelurahan_code, "kategori": r.category, "jabatan": r.jabatan,
                "unit": r.unit, "kursi": r.seats, "pemegang": list(r.holders), "menunggu_pengganti": r.vacant}
               for r in rows])
        return 0
    for r in rows:
        state = " [menunggu pengganti]" if r.vacant else (" [pemegang melebihi kursi]" if r.clash else "")
        print(f"{r.id:>6}  {r.title}: {', '.join(r.holders) or '-'}{state}")
    return 0


def cmd_post_history(args) -> int:
    from jamsostek_desktop.services.printing.documents import PrintOptions
    from jamsostek_desktop.services.tenure import documents, posts

    history = posts.history(args.post)
    print(history.post.title)
    for line in history.lines:
        end = f" s.d. {short_date(line.end)}" if line.end else ""
        closed = f"; berhenti {short_date(line.closed_on)} ({line.reason})" if line.closed_on else ""
        print(f"  {line.nama}, masa ke-{line.number}: {short_date(line.start) or '?'}{end}{closed}")
    if args.pdf:
        written = documents.history_pdf(args.post, args.pdf, PrintOptions(paper=args.paper, no_witness=True))
        print(f"Riwayat jabatan: {written.pages} halaman -> {written.path}")
    return 0


def cmd_replace(args) -> int:
    from jamsostek_desktop.services.tenure import labels, replacement

    r = replacement.replace(_participant_id(args.nik), args.reason, _date(args.date, "Tanggal berhenti"),
                            incoming_id=_participant_id(args.new_nik) if args.new_nik else None,
                            start=_date(args.start, "TMT mulai"), note=args.note)
    who = r.incoming.nama if r.incoming_id else "menunggu pemegang baru"
    print(f"{r.leaving.nama} berhenti ({labels.reason(r.reason)}, {short_date(r.date)}); {who}.")
    return 0


def cmd_event_add(args) -> int:
    from jamsostek_desktop.services.tenure import events, labels

    event = events.record(_participant_id(args.nik), args.kind, _moment(args.date, "Waktu kejadian"),
                          work_accident=args.work_accident, place=args.place, cause=args.cause,
                          reported_at=_moment(args.reported, "Waktu lapor"), note=args.note)
    facts = events.facts(event)
    print(f"Peristiwa {event.id}: {labels.event(event.kind)}; tercakup: {'ya' if facts.covered else 'tidak'}; "
          f"masa iur {facts.months} bulan" + ("; TERLAMBAT dilaporkan (lebih dari 2x24 jam)" if facts.late else ""))
    return 0


def cmd_event_list(args) -> int:
    from jamsostek_desktop.services.tenure import events, labels

    rows = events.listing()
    if args.json:
        _dump([{"id": r.id, "nik": r.nik, "nama": r.nama, "jenis": r.kind, "waktu": r.occurred_at.isoformat(" "),
                "tercakup": r.facts.covered, "bulan_iur": r.facts.months, "beasiswa_memenuhi": r.facts.grant_met,
                "terlambat_lapor": r.facts.late, "klaim": r.claims} for r in rows])
        return 0
    for r in rows:
        late = "  TERLAMBAT LAPOR" if r.facts.late else ""
        print(f"{r.id:>5}  {r.occurred_at:%d-%m-%Y %H.%M}  {labels.event(r.kind):18} {r.nama}  "
              f"iur {r.facts.months} bln{late}")
    return 0


def cmd_claim_add(args) -> int:
    from jamsostek_desktop.services.tenure import events

    claim = events.add_claim(args.event, args.kind, heir_name=args.heir, heir_relation=args.relation)
    print(f"Klaim {claim.id} dibuka ({claim.kind}).")
    return 0


def cmd_claim_update(args) -> int:
    from jamsostek_desktop.services.tenure import events

    claim = events.get_claim(args.claim)
    documents = dict(claim.documents or {})
    documents.update({code: True for code in args.doc})
    saved = events.update_claim(
        claim.id, status=args.status or claim.status, amount=args.amount if args.amount is not None else claim.amount,
        documents=documents, heir_name=claim.heir_name, heir_relation=claim.heir_relation,
        submitted_on=_date(args.submitted, "Tanggal pengajuan") or claim.submitted_on,
        paid_on=_date(args.paid, "Tanggal pembayaran") or claim.paid_on, note=claim.note)
    missing = [d.code for d in events.missing_documents(saved)]
    amount = f", {rupiah(saved.amount)}" if saved.amount else ""
    print(f"Klaim {saved.id}: {saved.status}{amount}; berkas belum lengkap: {', '.join(missing) or '-'}.")
    return 0


def cmd_claim_letter(args) -> int:
    from jamsostek_desktop.services.printing.documents import PrintOptions
    from jamsostek_desktop.services.tenure import documents

    written = documents.letter_pdf(args.claim, args.out, PrintOptions(paper=args.paper, no_witness=True),
                                   number=args.number)
    print(f"Surat pengantar: {written.pages} halaman -> {written.path}")
    return 0

