"""The printing office: its kop surat, its place name and the signers of its documents.

A kelurahan's documents are prepared by the Lurah and acknowledged ("Mengetahui,") by
the Camat; a city's by the head of the issuing office (a Kepala Dinas), acknowledged
by the head of the region (Wali Kota or Bupati, who has no NIP). A card receipt list is
signed by whoever hands the cards over, acknowledged by the Lurah. Each signer's name,
rank and NIP are profile defaults (the administrator sets them); the print dialog can
change them for one print, and that choice is remembered (Setting) until the profile's
defaults change.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import re

from jamsostek_desktop.db.connection import db
from jamsostek_desktop.db.models import Setting
from jamsostek_desktop.domain import region
from jamsostek_desktop.errors import ValidationError, translate
from jamsostek_desktop.services.accounts.session import require
from jamsostek_desktop.services.participants import profile as profile_service
from jamsostek_desktop.services.printing.layout.base import Letterhead, Signer

log = logging.getLogger(__name__)

SIGNERS_KEY = "report.signers"
STANDARD, RECEIPT = "standard", "receipt"       # the two pairs of signers
RECEIPT_GIVER = "Yang menyerahkan"


def strip_prefix(name: str) -> str:
    for prefix in ("Kota Administrasi ", "Kota ", "Kabupaten ", "Kab. ", "Kab "):
        if name.lower().startswith(prefix.lower()):
            return name[len(prefix):].strip()
    return name.strip()


def region_name(kota: str) -> str:
    """"Metro", "Kota Metro", "KOTA METRO" -> "Kota Metro"; "Kab. Bungo" -> "Kabupaten Bungo".

    One spelling for every document, so none prints "Kota Kota Metro".
    """
    name = " ".join(kota.split())
    if not name:
        return ""
    lowered = name.lower()
    if lowered.startswith(("kabupaten ", "kab. ", "kab ")):
        return "Kabupaten " + strip_prefix(name)
    if lowered.startswith("kota administrasi "):
        return "Kota Administrasi " + strip_prefix(name)
    return "Kota " + strip_prefix(name)


def is_regency(kota: str) -> bool:
    return region_name(kota).startswith("Kabupaten")


def village_word(code: str) -> str:
    return "KELURAHAN" if region.is_kelurahan(code) or not region.is_village_code(code) else "DESA"


# --- the kop surat ---------------------------------------------------------------------------

_FULL_WORDS = [(re.compile(pattern, re.IGNORECASE), word) for pattern, word in (
    (r"\bJln?\.\s*", "Jalan "), (r"\bJl\s+", "Jalan "), (r"\bGg\.\s*", "Gang "), (r"\bNo\.\s*", "Nomor "),
    (r"\bTelp?\.\s*", "Telepon "), (r"\bKel\.\s*", "Kelurahan "), (r"\bKec\.\s*", "Kecamatan "),
    (r"\bKab\.\s*", "Kabupaten "), (r"\bProv\.\s*", "Provinsi "), (r"\bKomp\.\s*", "Kompleks "),
)]


def full_words(text: str) -> str:
    """Abbreviations written out, as naskah dinas asks: "Jl. Sudirman No. 12" -> "Jalan Sudirman Nomor 12"."""
    text = " ".join(text.split())
    for pattern, word in _FULL_WORDS:
        text = pattern.sub(word, text)
    return text.strip()


def address_lines(values: dict) -> tuple[str, ...]:
    """Street with phone and postcode on one line; website and e-mail on the next."""
    def get(key: str) -> str:
        return (values.get(key) or "").strip()

    first = [full_words(get("alamat"))] if get("alamat") else []
    if get("telepon"):
        phone = full_words(get("telepon"))
        first.append(phone if phone.lower().startswith("telepon") else f"Telepon {phone}")
    if get("kode_pos"):
        first.append(f"Kode Pos {get('kode_pos')}")
    second = []
    if get("website"):
        second.append(f"Laman {get('website')}")
    if get("email"):
        second.append(f"Pos-el {get('email')}")
    return tuple(line for line in (", ".join(first), ", ".join(second)) if line)


def kop_lines(values: dict, mode: str, region_code: str) -> tuple[list[str], list[str]]:
    """(office lines in capitals, the issuing unit last; address lines) from profile values."""
    def get(key: str) -> str:
        return (values.get(key) or "").strip()

    kota = region_name(get("kota"))
    lines = [f"PEMERINTAH {kota.upper()}"] if kota else []
    if mode == "city":
        if get("kantor"):
            lines.append(get("kantor").upper())
    else:
        if get("kecamatan"):
            lines.append(f"KECAMATAN {get('kecamatan').upper()}")
        lines.append(f"{village_word(region_code)} {get('kelurahan').upper()}")
    return (lines or [region_code]), list(address_lines(values))


def _values(profile) -> dict:
    return {key: getattr(profile, key) for key in profile_service.EDITABLE if key != "logo"}


def letterhead() -> Letterhead:
    """The kop surat of the office this database belongs to; the issuing unit on the last line."""
    profile = profile_service.require_profile()
    lines, address = kop_lines(_values(profile), profile.mode, profile.region_code)
    logo = bytes(profile.logo) if profile.logo else None
    return Letterhead(tuple(lines), "", logo, tuple(address))


def office_name() -> str:
    """The issuing office in words, for PDF metadata: "Kelurahan Yosodadi, Kota Metro"."""
    profile = profile_service.require_profile()
    kota = region_name(profile.kota)
    if profile.mode == "city":
        return ", ".join(p for p in (profile.kantor.strip(), kota) if p) or profile.region_code
    return ", ".join(p for p in (f"{village_word(profile.region_code).title()} {profile.kelurahan.strip()}",
                                 kota) if p.strip())


def place_name() -> str:
    """The place written before the date: "Metro" for Kota Metro."""
    profile = profile_service.require_profile()
    return strip_prefix(profile.kota) or profile.kelurahan


# --- signers ---------------------------------------------------------------------------------

def head_title() -> str:
    """The office head who prepares a document: "LURAH YOSODADI", "KEPALA DINAS TENAGA KERJA KOTA METRO"."""
    profile = profile_service.require_profile()
    if profile.penanda_jabatan.strip():
        return profile.penanda_jabatan.strip()
    if profile.mode == "city":
        office = profile.kantor.strip().upper()
        kota = region_name(profile.kota).upper()
        if not office:
            return f"KEPALA DINAS {kota}".strip()
        return f"KEPALA {office}" if office.endswith(kota) else f"KEPALA {office} {kota}"
    word = "LURAH" if village_word(profile.region_code) == "KELURAHAN" else "KEPALA DESA"
    return f"{word} {profile.kelurahan.strip().upper()}"


def profile_signer() -> Signer:
    """The head of the issuing office, from the profile."""
    profile = profile_service.require_profile()
    return Signer(head_title(), profile.lurah_nama.strip(), profile.lurah_pangkat.strip(), profile.lurah_nip.strip())


def default_witness() -> Signer:
    """Who acknowledges: the Camat for a kelurahan, the head of the region for a city office."""
    profile = profile_service.require_profile()
    title = profile.mengetahui_jabatan.strip()
    city = profile.mode == "city"
    if not title:
        if city:
            head = "BUPATI" if is_regency(profile.kota) else "WALI KOTA"
            title = f"{head} {strip_prefix(profile.kota).upper()}".strip()
        elif profile.kecamatan.strip():
            title = f"CAMAT {profile.kecamatan.strip().upper()}"
        else:
            title = "CAMAT"
    head_of_region = city and title.upper().startswith(("WALI KOTA", "WALIKOTA", "BUPATI"))
    return Signer(title, profile.mengetahui_nama.strip(), profile.mengetahui_pangkat.strip(),
                  profile.mengetahui_nip.strip(), has_nip=not head_of_region)


def default_signers(kind: str = STANDARD) -> tuple[Signer, Signer]:
    """(signer at right, "Mengetahui," at left) from the profile, for a kind of document."""
    if kind == RECEIPT:
        return Signer(RECEIPT_GIVER), profile_signer()
    return profile_signer(), default_witness()


def _stored() -> dict:
    raw = Setting.read(SIGNERS_KEY)
    if not raw:
        return {}
    try:
        data = json.loads(raw)
    except ValueError:
        log.warning("remembered signers unreadable; using the profile")
        return {}
    if not isinstance(data, dict):
        return {}
    if "signer" in data:                      # one pair, as earlier versions kept it
        data = {STANDARD: {"signer": data.get("signer"), "witness": data.get("witness"), "defaults": None}}
    return data


def _defaults_key(kind: str) -> list:
    return [dataclasses.asdict(s) for s in default_signers(kind)]


def remembered_signers(kind: str = STANDARD) -> tuple[Signer, Signer | None]:
    """(signer, witness or None) last chosen for this kind; the profile's when none, or when
    the profile's defaults changed since (a new Lurah replaces the remembered one)."""
    defaults = default_signers(kind)
    entry = _stored().get(kind)
    if not isinstance(entry, dict) or entry.get("defaults") != _defaults_key(kind):
        return defaults
    try:
        signer = Signer(**entry["signer"]) if entry.get("signer") else defaults[0]
        witness = Signer(**entry["witness"]) if entry.get("witness") else None
    except (TypeError, KeyError):
        log.warning("remembered signers unreadable; using the profile")
        return defaults
    return signer, witness


def remember_signers(signer: Signer, witness: Signer | None, kind: str = STANDARD) -> None:
    """Keep the dialog's signers for the next print of this kind (and for the command line)."""
    require("report.print")
    check_signer(signer, SIGNER)
    if witness is not None:
        check_signer(witness, WITNESS)
    data = _stored()
    data[kind] = {"signer": dataclasses.asdict(signer),
                  "witness": dataclasses.asdict(witness) if witness else None,
                  "defaults": _defaults_key(kind)}
    with db.atomic():
        Setting.write(SIGNERS_KEY, json.dumps(data, ensure_ascii=False))


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


def kind_of(document: str) -> str:
    """Which pair of signers a document has: the receipt list its own, the others the standard."""
    return RECEIPT if document == "receipt" else STANDARD
