"""The printing office: its kop surat, its place name and the signers of its documents.

Signers chosen in the print dialog are remembered in the database (Setting), so the
command line and the next print use them too; a new Lurah in the profile replaces a
remembered signer chosen under the old one.
"""

from __future__ import annotations

import dataclasses
import json
import logging

from jamsostek_desktop.db.connection import db
from jamsostek_desktop.db.models import Setting
from jamsostek_desktop.domain import region
from jamsostek_desktop.errors import ValidationError, translate
from jamsostek_desktop.services.accounts.session import require
from jamsostek_desktop.services.participants import profile as profile_service
from jamsostek_desktop.services.printing.layout.base import Letterhead, Signer

log = logging.getLogger(__name__)

SIGNERS_KEY = "report.signers"


def strip_prefix(name: str) -> str:
    for prefix in ("Kota Administrasi ", "Kota ", "Kabupaten ", "Kab. "):
        if name.lower().startswith(prefix.lower()):
            return name[len(prefix):].strip()
    return name.strip()


def village_word(code: str) -> str:
    return "KELURAHAN" if region.is_kelurahan(code) or not region.is_village_code(code) else "DESA"


def letterhead() -> Letterhead:
    """The kop surat of the office this database belongs to."""
    profile = profile_service.require_profile()
    kota = profile.kota.strip()
    if kota and not kota.lower().startswith(("kota", "kabupaten", "kab.")):
        kota = f"Kota {kota}"
    lines = [f"PEMERINTAH {kota.upper()}"] if kota else []
    if profile.mode != "city":
        if profile.kecamatan.strip():
            lines.append(f"KECAMATAN {profile.kecamatan.strip().upper()}")
        lines.append(f"{village_word(profile.region_code)} {profile.kelurahan.strip().upper()}")
    address = [profile.alamat.strip()]
    if profile.telepon.strip():
        address.append(f"Telp. {profile.telepon.strip()}")
    if profile.email.strip():
        address.append(f"Pos-el: {profile.email.strip()}")
    if profile.kode_pos.strip():
        address.append(f"Kode Pos {profile.kode_pos.strip()}")
    return Letterhead(tuple(lines), "  ".join(a for a in address if a), bytes(profile.logo) if profile.logo else None)


def place_name() -> str:
    """The place written before the date: "Metro" for Kota Metro."""
    profile = profile_service.require_profile()
    return strip_prefix(profile.kota) or profile.kelurahan


def profile_signer() -> Signer:
    """The head of the office from the profile: the Lurah, or the head of the city."""
    profile = profile_service.require_profile()
    if profile.mode == "city":
        head = "BUPATI" if profile.kota.lower().startswith("kab") else "WALI KOTA"
        return Signer(f"{head} {strip_prefix(profile.kota).upper()}")
    word = "LURAH" if village_word(profile.region_code) == "KELURAHAN" else "KEPALA DESA"
    return Signer(f"{word} {profile.kelurahan.strip().upper()}", profile.lurah_nama.strip(),
                  profile.lurah_pangkat.strip(), profile.lurah_nip.strip())


def default_witness() -> Signer:
    profile = profile_service.require_profile()
    if profile.mode == "city" or not profile.kecamatan.strip():
        return Signer("KEPALA DINAS")
    return Signer(f"CAMAT {profile.kecamatan.strip().upper()}")


def remembered_signers() -> tuple[Signer, Signer | None]:
    """(signer, witness or None) last used; the profile's Lurah when none, or when the profile changed."""
    own = profile_signer()
    raw = Setting.read(SIGNERS_KEY)
    if not raw:
        return own, default_witness()
    try:
        data = json.loads(raw)
        signer = Signer(**data["signer"]) if data.get("signer") else own
        witness = Signer(**data["witness"]) if data.get("witness") else None
    except (ValueError, TypeError, KeyError):
        log.warning("remembered signers unreadable; using the profile")
        return own, default_witness()
    # A new Lurah in the profile replaces a remembered one chosen under the old profile.
    if data.get("profile_signer") != dataclasses.asdict(own):
        signer = own
    return signer, witness


def remember_signers(signer: Signer, witness: Signer | None) -> None:
    """Keep the dialog's signers for the next print (and for the command line)."""
    require("report.print")
    check_signer(signer, SIGNER)
    if witness is not None:
        check_signer(witness, WITNESS)
    value = {"signer": dataclasses.asdict(signer),
             "witness": dataclasses.asdict(witness) if witness else None,
             "profile_signer": dataclasses.asdict(profile_signer())}
    with db.atomic():
        Setting.write(SIGNERS_KEY, json.dumps(value, ensure_ascii=False))


SIGNER, WITNESS = "signer", "witness"


def check_signer(signer: Signer, who: str) -> None:
    """A NIP, when given, is 18 digits; the title line is needed. `who`: SIGNER or WITNESS."""
    if not signer.title.strip():
        raise ValidationError(translate("office", "Jabatan penanda tangan wajib diisi.") if who == SIGNER
                              else translate("office", "Jabatan yang mengetahui wajib diisi."))
    nip = signer.nip.replace(" ", "")
    if nip and not (nip.isdigit() and len(nip) == 18):
        raise ValidationError(translate("office", "NIP penanda tangan harus 18 digit angka.") if who == SIGNER
                              else translate("office", "NIP yang mengetahui harus 18 digit angka."))
