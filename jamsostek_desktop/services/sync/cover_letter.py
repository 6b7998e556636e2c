"""The surat pengantar: a one-page letter with this installation's key fingerprint.

The city merges a kelurahan's files only after a person there has typed the fingerprint
of the key that signs them (trust.py); the kelurahan prints it here, signs it and sends it
with its first file (or reads it out on the telephone). The layout is letter_layout.py.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from jamsostek_desktop import fileio
from jamsostek_desktop.db.sync_models import SyncExport
from jamsostek_desktop.domain.formatting import long_date, thousands
from jamsostek_desktop.errors import AppError, translate
from jamsostek_desktop.services.accounts.session import require
from jamsostek_desktop.services.participants import profile as profile_service
from jamsostek_desktop.services.printing import office
from jamsostek_desktop.services.printing.layout.base import DocumentInfo, PageSetup, Signatures
from jamsostek_desktop.services.sync import keys
from jamsostek_desktop.services.sync.letter_layout import CoverLetter, LetterContent

WHAT = translate("cover_letter", "Surat pengantar")


@dataclass(frozen=True)
class Letter:
    path: Path
    fingerprint: str
    pages: int


def _last_export(installation_id: str) -> str:
    last = (SyncExport.select().where(SyncExport.installation_id == installation_id)
            .order_by(SyncExport.sequence.desc()).first())
    if last is None:
        return "belum ada (berkas pertama menyusul bersama surat ini)"
    return (f"nomor {last.sequence}, {long_date(last.created_at.date())}, "
            f"{thousands(last.records)} rekaman")


def write(out: str | os.PathLike, *, paper: str = "f4", today: dt.date | None = None) -> Letter:
    """Write the cover letter (`.pdf` added to the name) for this kelurahan installation."""
    require("sync.export")
    out = fileio.output_path(out, ".pdf")
    profile = profile_service.require_profile()
    if profile.mode != "kelurahan":
        raise AppError(translate("cover_letter", "Surat pengantar dibuat di basis data kelurahan."))
    installation_id, fingerprint = keys.own_fingerprint()
    word = office.village_word(profile.region_code).title()
    kota = profile.kota.strip()
    if kota and not kota.lower().startswith(("kota", "kabupaten", "kab.")):
        kota = f"Kota {kota}"
    content = LetterContent(
        kelurahan=f"{word} {profile.kelurahan.strip()}",
        kecamatan=f"Kecamatan {profile.kecamatan.strip()}" if profile.kecamatan.strip() else "",
        region_code=profile.region_code, kota=kota, installation_id=installation_id,
        fingerprint=fingerprint, last_export=_last_export(installation_id))
    info = DocumentInfo(office.letterhead(),
                        Signatures(office.place_name(), today or dt.date.today(), office.profile_signer()),
                        "Surat Pengantar Data Peserta")
    letter = CoverLetter(info, content, PageSetup(paper.lower()))
    pages = fileio.write_with(out, letter.render, what=WHAT)
    return Letter(out, fingerprint, pages)
