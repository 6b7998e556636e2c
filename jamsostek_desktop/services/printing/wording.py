"""The words a document opens with: its title, subject, area and the lines under them.

A title reads like a document ("DAFTAR NAMA PESERTA BPJS KETENAGAKERJAAN YANG IURANNYA
DIBAYAR APBD KOTA METRO"), not like a filter. The area line names only what the kop
surat does not already say: a kelurahan document for the whole kelurahan has none, one
for RW 002 says "RW 002", a city document names the kelurahan or kecamatan it covers.
"""

from __future__ import annotations

from jamsostek_desktop.db.models import Kelurahan
from jamsostek_desktop.domain import region
from jamsostek_desktop.domain.scope import Scope
from jamsostek_desktop.services.participants import catalogue
from jamsostek_desktop.services.participants import profile as profile_service
from jamsostek_desktop.services.printing.listing import Listing
from jamsostek_desktop.services.printing.office import region_name, village_word

ROSTER, RECEIPT, SUMMARY = "roster", "receipt", "summary"


def paid_by() -> str:
    """"YANG IURANNYA DIBAYAR APBD KOTA METRO": who pays, as the title says it."""
    kota = region_name(profile_service.require_profile().kota).upper()
    return f"YANG IURANNYA DIBAYAR APBD {kota}".strip()


def title(kind: str, listing: Listing) -> str:
    """The document's title in capitals."""
    people = listing.people
    if kind == RECEIPT:
        text = "TANDA TERIMA KARTU PESERTA BPJS KETENAGAKERJAAN"
    elif kind == SUMMARY:
        text = f"REKAPITULASI {people}"
    else:
        text = f"DAFTAR {people}" if people.startswith("USULAN") else f"DAFTAR NAMA {people}"
    return f"{text} {paid_by()}" if listing.paid else text


def short_title(kind: str, listing: Listing) -> str:
    """The title in the continuation header and the PDF metadata ("Daftar Nama Peserta")."""
    if kind == RECEIPT:
        return "Tanda Terima Kartu Peserta"
    if kind == SUMMARY:
        return "Rekapitulasi Usulan Peserta" if listing.people.startswith("USULAN") else "Rekapitulasi Peserta"
    return "Daftar Usulan Peserta" if listing.people.startswith("USULAN") else "Daftar Nama Peserta"


def subject(scope: Scope) -> str:
    if scope.category:
        return catalogue.get(scope.category).name.upper()
    if scope.group:
        return f"KELOMPOK {scope.group.upper()}"
    return ""


def _place(scope: Scope) -> str:
    """City mode: the kelurahan or kecamatan a document covers ("" for the whole city)."""
    prefix = scope.kelurahan_prefix
    if not prefix or not profile_service.is_city():
        return ""
    first = Kelurahan.select().where(Kelurahan.code.startswith(prefix)).order_by(Kelurahan.code).first()
    if region.is_village_code(prefix):
        name = first.kelurahan if first else prefix
        kecamatan = f" KECAMATAN {first.kecamatan.upper()}" if first and first.kecamatan else ""
        return f"{village_word(prefix)} {name.upper()}{kecamatan}"
    return f"KECAMATAN {(first.kecamatan if first and first.kecamatan else prefix).upper()}"


def area(scope: Scope) -> str:
    """The area line: the part of the office's area the document covers, or nothing."""
    parts = [_place(scope)]
    if scope.rw is not None:
        parts.append(f"RW {scope.rw:03d}")
    if scope.rt is not None:
        parts.append(f"RT {scope.rt:03d}")
    return " ".join(p for p in parts if p)


def filters(scope: Scope) -> str:
    """What else narrowed the list: the archive, a search typed by the clerk."""
    parts = []
    if scope.archived:
        parts.append("Arsip (peserta yang diarsipkan)")
    if scope.text.strip():
        parts.append(f"Pencarian: \u201c{scope.text.strip()}\u201d")
    return " · ".join(parts)


def key_label(scope: Scope, categories) -> str:
    """The key field column's header: the field's own label for one category."""
    with_key = [c for c in categories if c.key_field]
    if not with_key:
        return ""
    if scope.category and len(categories) == 1:
        spec = categories[0].field(categories[0].key_field)
        return spec.label if spec else "Keterangan"
    return "Keterangan"
