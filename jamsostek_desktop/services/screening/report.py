"""The "Daftar peserta yang perlu diperiksa": each person with an open flag or an undecided pair,
with the reasons, as rows for the xlsx sheet, the PDF and `jamsostek screen --json`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from jamsostek_desktop import fileio
from jamsostek_desktop.domain import duplicates
from jamsostek_desktop.errors import translate
from jamsostek_desktop.services.screening import flags, pairs

TITLE = translate("screening", "Daftar peserta yang perlu diperiksa")
MAYBE_SAME = translate("screening", "mungkin sama dengan {name} (NIK {nik}, kelurahan {code}): {why}")


@dataclass(frozen=True)
class ReviewRow:
    nik: str
    nama: str
    kelurahan_code: str
    category: str
    rt: int
    rw: int
    reasons: tuple[str, ...]

    def as_dict(self) -> dict:
        return {"nik": self.nik, "nama": self.nama, "kelurahan": self.kelurahan_code, "kategori": self.category,
                "rt": self.rt, "rw": self.rw, "alasan": list(self.reasons)}


def review_rows() -> list[ReviewRow]:
    """One row per person, by name; the reasons of every open flag and undecided pair."""
    people: dict[str, dict] = {}

    def add(uuid: str, base: tuple, reason: str) -> None:
        entry = people.setdefault(uuid, {"base": base, "reasons": []})
        entry["reasons"].append(reason)

    for flag in flags.open_flags():
        base = (flag.nik, flag.nama, flag.kelurahan_code, flag.category, flag.rt, flag.rw)
        add(flag.uuid, base, f"{flag.code} {flag.label}" + (f" ({flag.detail})" if flag.detail else ""))
    for pair in pairs.open_pairs():
        for one, other in ((pair.one, pair.other), (pair.other, pair.one)):
            if one.archived:
                continue
            base = (one.nik, one.nama, one.kelurahan_code, one.category, one.rt, one.rw)
            add(one.uuid, base, "GANDA " + MAYBE_SAME.format(name=other.nama, nik=other.nik, code=other.kelurahan_code,
                                                            why=pair.reason_text))
    rows = [ReviewRow(*entry["base"], tuple(entry["reasons"])) for entry in people.values()]
    rows.sort(key=lambda r: (r.nama.casefold(), r.nik))
    return rows


def save_xlsx(out_path: str | Path, rows: list[ReviewRow] | None = None) -> Path:
    from jamsostek_desktop.services.excel.xlsx_writer import Column, XlsxWriter

    rows = review_rows() if rows is None else rows
    path = fileio.output_path(out_path, ".xlsx")
    columns = [Column(translate("screening", "No"), "int", 5), Column("NIK", "text", 19),
               Column(translate("screening", "Nama"), "text", 28), Column(translate("screening", "Kelurahan"), "text", 15),
               Column(translate("screening", "Kategori"), "text", 22), Column("RT", "int", 5), Column("RW", "int", 5),
               Column(translate("screening", "Alasan diperiksa"), "text", 80)]
    with XlsxWriter(path) as writer:
        writer.add_sheet(str(translate("screening", "Perlu diperiksa")), columns,
                         ((i, r.nik, r.nama, r.kelurahan_code, r.category, r.rt, r.rw, "; ".join(r.reasons))
                          for i, r in enumerate(rows, start=1)), title=str(TITLE))
    return path


def save_pdf(out_path: str | Path, rows: list[ReviewRow] | None = None, options=None) -> tuple[Path, int]:
    """The list as a PDF with the office's kop and signers; returns (path, pages)."""
    import datetime as dt

    from jamsostek_desktop.domain.formatting import long_date
    from jamsostek_desktop.domain.scope import Scope
    from jamsostek_desktop.services.accounts.session import require
    from jamsostek_desktop.services.printing import office, wording
    from jamsostek_desktop.services.printing.documents import PrintOptions
    from jamsostek_desktop.services.printing.layout.base import DocumentInfo, Signatures
    from jamsostek_desktop.services.screening.layout.review import Heading, ReviewDocument, Row

    require("report.print")
    rows = review_rows() if rows is None else rows
    out = fileio.output_path(out_path, ".pdf")
    options = options or PrintOptions(no_witness=True)
    signer, witness = office.remembered_signers(office.STANDARD)
    signer = options.signer or signer
    office.check_signer(signer, office.SIGNER)
    witness = None if options.no_witness else (options.witness or witness)
    today = options.date or dt.date.today()
    name = office.office_name()
    info = DocumentInfo(office.letterhead(), Signatures(office.place_name(), today, signer, witness),
                        "Daftar Peserta Perlu Diperiksa", author=name, office=name, subject=str(TITLE))
    duplicates_count = sum(1 for r in rows if any(x.startswith("GANDA") for x in r.reasons))
    heading = Heading(wording.area(Scope()), f"Keadaan per {long_date(today)}",
                      f"{len(rows)} peserta, {duplicates_count} di antaranya mungkin terdaftar ganda")
    document = ReviewDocument(info, options.page_setup(), heading, [
        Row(r.nama, r.nik, r.kelurahan_code, r.category, f"{r.rt:03d}/{r.rw:03d}", r.reasons) for r in rows])
    pages = fileio.write_with(out, document.render, what=translate("screening", "Dokumen PDF"))
    return out, pages


def reason_labels() -> dict[str, str]:
    return {code: str(label) for code, label in duplicates.REASON_LABELS.items()}


@dataclass(frozen=True)
class ReviewFigures:
    """What the dashboard and the summary say of screening, for one Scope."""

    people: int                   # participants in scope with an open flag or an undecided pair
    pairs: int                    # undecided pairs (the whole database)
    flags: dict[str, int]         # open flags per code (the whole database)


def figures(scope) -> ReviewFigures:
    from dataclasses import replace

    from jamsostek_desktop.services.participants import stats

    return ReviewFigures(stats.total(replace(scope, needs_review=True)), pairs.open_count(), flags.counts_by_code())
