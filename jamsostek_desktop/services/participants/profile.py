"""The office profile: which kelurahan (or city) this installation is, and its Lurah."""

from __future__ import annotations

import re

from jamsostek_desktop.db.connection import db
from jamsostek_desktop.db.models import Profile, utc_now
from jamsostek_desktop.domain import region
from jamsostek_desktop.domain.findings import Finding, error
from jamsostek_desktop.errors import ProfileMissingError, ValidationError, translate
from jamsostek_desktop.services.accounts import audit
from jamsostek_desktop.services.accounts.session import require

EDITABLE = ("region_code", "kelurahan", "kecamatan", "kota", "provinsi", "alamat", "telepon",
            "email", "kode_pos", "lurah_nama", "lurah_pangkat", "lurah_nip", "logo",
            # the kop and the signers of printed documents (schema step 13)
            "website", "kantor", "penanda_jabatan", "mengetahui_jabatan", "mengetahui_nama",
            "mengetahui_pangkat", "mengetahui_nip")
NIP_FIELDS = ("lurah_nip", "mengetahui_nip")


def get() -> Profile | None:
    return Profile.current()


def require_profile() -> Profile:
    profile = Profile.current()
    if profile is None:
        raise ProfileMissingError(translate(
            "profile", "Profil kelurahan belum diisi; jalankan 'jamsostek init' atau wizard awal."))
    return profile


_MODE = 'SELECT "mode" FROM "profile" ORDER BY "id" LIMIT 1'


def is_city() -> bool:
    # Asked on every save: the mode alone, not the whole profile with its letterhead logo.
    row = db.execute_sql(_MODE).fetchone()
    return bool(row and row[0] == "city")


def check(values: dict, mode: str = "kelurahan") -> list[Finding]:
    findings = []
    code = values.get("region_code") or ""
    if mode == "city":
        if not region.is_city_code(code):
            findings.append(error("region_code", translate("profile", "Kode kota/kabupaten harus 4 digit, contoh 18.72.")))
        if not (values.get("kota") or "").strip():
            findings.append(error("kota", translate("profile", "Nama kota/kabupaten wajib diisi.")))
        return findings + _contact_findings(values)
    if problem := region.village_problem(code):
        findings.append(error("region_code", problem))
    for key, text in (("kelurahan", translate("profile", "Nama kelurahan wajib diisi.")),
                      ("kecamatan", translate("profile", "Nama kecamatan wajib diisi.")),
                      ("kota", translate("profile", "Nama kota/kabupaten wajib diisi."))):
        if not (values.get(key) or "").strip():
            findings.append(error(key, text))
    return findings + _contact_findings(values)


def _contact_findings(values: dict) -> list[Finding]:
    """NIPs of 18 digits, a plausible e-mail, website and postcode (both modes)."""
    findings = []
    for key in NIP_FIELDS:
        nip = (values.get(key) or "").replace(" ", "")
        if nip and not (nip.isdigit() and len(nip) == 18):
            findings.append(error(key, translate("profile", "NIP harus 18 digit angka.")))
    email = (values.get("email") or "").strip()
    if email and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", email):
        findings.append(error("email", translate("profile", "Alamat pos-el tidak valid, contoh kel.contoh@kota.go.id.")))
    website = (values.get("website") or "").strip()
    if website and (" " in website or "." not in website):
        findings.append(error("website", translate("profile", "Alamat laman tidak valid, contoh kelurahan.kota.go.id.")))
    postcode = (values.get("kode_pos") or "").strip()
    if postcode and not (postcode.isdigit() and len(postcode) == 5):
        findings.append(error("kode_pos", translate("profile", "Kode pos harus 5 digit angka.")))
    return findings


def save(values: dict, mode: str | None = None) -> Profile:
    """Create or update the profile; the region code is stored dotted."""
    existing = Profile.current()
    if existing is not None:
        require("profile.edit")
    mode = mode or (existing.mode if existing else "kelurahan")
    merged = {k: getattr(existing, k) for k in EDITABLE} if existing else {}
    merged.update({k: v for k, v in values.items() if k in EDITABLE and v is not None})
    for key in NIP_FIELDS:
        if merged.get(key):
            merged[key] = merged[key].replace(" ", "")
    problems = [f for f in check(merged, mode) if f.is_error]
    if problems:
        raise ValidationError(translate("profile", "Profil belum lengkap atau tidak valid."), problems)
    merged["region_code"] = region.format_code(merged["region_code"])
    with db.atomic():
        if mode == "kelurahan":
            from jamsostek_desktop.services.participants import regions

            regions.register(merged["region_code"], merged.get("kelurahan", ""), merged.get("kecamatan", ""),
                             merged.get("kota", ""))
        if existing is None:
            profile = Profile.create(mode=mode, **merged)
            audit.record("create", "profile", merged["region_code"], new=merged.get("kelurahan") or merged.get("kota"))
        else:
            before = {k: getattr(existing, k) for k in EDITABLE}
            Profile.update(mode=mode, updated_at=utc_now(), **merged).where(Profile.id == existing.id).execute()
            audit.record_changes("update", "profile", merged["region_code"], before, merged)
            profile = Profile.current()
    return profile
