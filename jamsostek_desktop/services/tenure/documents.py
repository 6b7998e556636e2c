"""The tenure documents, from the database to a finished PDF: a post's history and the heirs' letter.

Rows and texts are gathered here and handed to services/tenure/layout/documents.py; the
kop, the place, the signers (the standard pair the print dialog remembers) and the
metadata naming the office come from the printing office (services/printing/office.py),
the area line from the documents' own wording, and the file is written through fileio
like every document.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from jamsostek_desktop import fileio
from jamsostek_desktop.db.models import Kelurahan
from jamsostek_desktop.db.tenure_models import Term
from jamsostek_desktop.domain import terms as rules
from jamsostek_desktop.domain.formatting import long_date, short_date
from jamsostek_desktop.domain.scope import Scope
from jamsostek_desktop.errors import translate
from jamsostek_desktop.services.accounts.session import require
from jamsostek_desktop.services.participants import catalogue
from jamsostek_desktop.services.participants import profile as profile_service
from jamsostek_desktop.services.printing import office, wording
from jamsostek_desktop.services.printing.documents import PrintOptions
from jamsostek_desktop.services.printing.layout.base import DocumentInfo, Signatures
from jamsostek_desktop.services.tenure import events, posts, settings
from jamsostek_desktop.services.tenure.layout.documents import (
    HistoryDocument,
    HistoryHeading,
    HistoryRow,
    LetterContent,
    LetterDocument,
)

log = logging.getLogger(__name__)

PDF = ".pdf"
WHAT = translate("documents", "Dokumen PDF")


@dataclass(frozen=True)
class Written:
    path: Path
    pages: int


def _signatures(options: PrintOptions) -> Signatures:
    signer, witness = office.remembered_signers(office.STANDARD)
    signer = options.signer or signer
    office.check_signer(signer, office.SIGNER)
    witness = None if options.no_witness else (options.witness or witness)
    if witness is not None:
        office.check_signer(witness, office.WITNESS)
    return Signatures(office.place_name(), options.date or dt.date.today(), signer, witness)


def _info(title: str, subject: str, options: PrintOptions) -> DocumentInfo:
    """The kop, the signers and the metadata (document, office, date) of a tenure document."""
    name = office.office_name()
    return DocumentInfo(office.letterhead(), _signatures(options), title, author=name, office=name, subject=subject)


def _sk_text(line) -> str:
    parts = [p for p in (line.sk_kind, line.sk_number) if p]
    text = " ".join(parts)
    if line.sk_date:
        text = f"{text}, {short_date(line.sk_date)}" if text else short_date(line.sk_date)
    return text


def history_pdf(post_id: int, out: str | os.PathLike, options: PrintOptions | None = None) -> Written:
    """Who held a post and when, with how each term ended, signed like the rosters."""
    require("report.print")
    out = fileio.output_path(out, PDF)
    options = options or PrintOptions(no_witness=True)
    setup = options.page_setup()
    history = posts.history(post_id)
    rows = []
    for line in history.lines:
        remark = []
        if line.closed_on and line.close_reason == rules.EXTENDED:
            remark.append(f"Diperpanjang dengan SK baru mulai {short_date(line.closed_on)}")
        elif line.closed_on and line.reason:
            remark.append(f"Berhenti {short_date(line.closed_on)}: {line.reason}")
        if line.followed_by:
            remark.append(f"diganti {line.followed_by}")
        rows.append(HistoryRow(line.nama, line.nik, line.number, _sk_text(line), line.start, line.end,
                               "; ".join(remark)))
    today = options.date or dt.date.today()
    vacant = f"Jabatan ini kosong sejak {long_date(history.vacant_since)}." if history.vacant_since else ""
    heading = HistoryHeading(history.post.title.upper(), history.category, wording.area(
        Scope(kelurahan_prefix=history.post.kelurahan_code)), f"Keadaan per {long_date(today)}", vacant)
    info = _info("Riwayat Jabatan", history.post.title, options)
    document = HistoryDocument(info, setup, heading, rows)
    pages = fileio.write_with(out, document.render, what=WHAT)
    log.info("post history written: %d terms, %d pages", len(rows), pages)
    return Written(out, pages)


def _rt_rw(rt: int, rw: int) -> str:
    """"RT 003/RW 002"; a village without RW (RW 0, see domain/parsing.NO_RW) names the RT only."""
    return f"RT {rt:03d}/RW {rw:03d}" if rw else f"RT {rt:03d}"


def _village_word(code: str) -> str:
    """"Kelurahan" or "Desa", as the region code says."""
    return office.village_word(code).title()


def _masked(kpj: str) -> str:
    """A KPJ opens the member's JHT balance: only its last four digits are printed."""
    digits = "".join(ch for ch in kpj if ch.isdigit())
    return "•" * (len(digits) - 4) + digits[-4:] if len(digits) > 4 else (digits or "–")


def letter_pdf(claim_id: int, out: str | os.PathLike, options: PrintOptions | None = None,
               number: str = "") -> Written:
    """The kelurahan's surat pengantar for the heirs (or the injured person) to take to BPJS."""
    require("report.print")
    out = fileio.output_path(out, PDF)
    options = options or PrintOptions(no_witness=True)
    setup = options.page_setup()
    claim = events.get_claim(claim_id)
    event = claim.event
    p = event.participant
    kind = settings.current().claim_kind(claim.kind)
    profile = profile_service.require_profile()
    where = Kelurahan.get_or_none(Kelurahan.code == p.kelurahan_code)
    village = where.kelurahan if where else profile.kelurahan
    signer = _signatures(options).signer
    issuer = signer.title.strip().rstrip(",").title()
    if profile.kota.strip():
        issuer += f", {profile.kota.strip()}"
    term = Term.open_of(p.id) or Term.select().where(Term.participant == p.id).order_by(
        Term.number.desc()).first()
    post = term.post.title if term is not None and term.post_id else catalogue.get(p.category.code).name
    born = f"{p.tempat_lahir}, {long_date(p.tanggal_lahir)}" if p.tempat_lahir else long_date(p.tanggal_lahir)
    person = [("Nama", p.nama), ("NIK", p.nik), ("Tempat/Tgl. Lahir", born),
              ("Alamat", f"{p.alamat} {_rt_rw(p.rt, p.rw)}, {_village_word(p.kelurahan_code)} {village}".strip()),
              ("Jabatan", post), ("Nomor KPJ", _masked(p.kpj or ""))]
    day = long_date(event.occurred_at.date())
    if event.kind == rules.EVENT_DEATH:
        sentence = (f"telah meninggal dunia pada tanggal {day} karena kecelakaan kerja." if event.work_accident
                    else f"telah meninggal dunia pada tanggal {day}.")
        heir = [("Nama ahli waris", claim.heir_name or "." * 40),
                ("Hubungan", claim.heir_relation or "." * 40)]
    else:
        place = f" di {event.place}" if event.place else ""
        sentence = f"telah mengalami kecelakaan kerja pada tanggal {day} pukul {event.occurred_at:%H.%M}{place}."
        heir = [("Nama", claim.heir_name or p.nama), ("Hubungan", claim.heir_relation or "peserta sendiri")]
    kota = profile.kota.strip()
    payer = f"Pemerintah {kota}" if kota else "Pemerintah Daerah"
    content = LetterContent(
        number=number.strip() or f"......../......../{dt.date.today().year}", issuer=issuer, person=person,
        event_sentence=sentence, payer=payer, heir=heir, claim=kind.name if kind else claim.kind,
        documents=[(d.label, bool((claim.documents or {}).get(d.code))) for d in (kind.documents if kind else ())])
    info = _info("Surat Pengantar", content.claim, options)
    pages = fileio.write_with(out, LetterDocument(info, setup, content).render, what=WHAT)
    log.info("heirs' letter written for a %s claim, %d pages", claim.kind, pages)
    return Written(out, pages)

