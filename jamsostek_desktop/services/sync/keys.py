"""The keys of the sync feature.

- The installation's Ed25519 signing key: created on first export, kept in the
  keys folder as `installation-<id>.key`, readable by this user only.
- The city office's X25519 key pair from `city-keygen`: the public file goes to
  every kelurahan (`city-key --import`), the secret stays in the city's keys folder.
Secrets are never logged; only fingerprints are.
"""

from __future__ import annotations

import json
import logging
import uuid
from dataclasses import dataclass
from pathlib import Path

from jamsostek_desktop import fileio, paths
from jamsostek_desktop.db.connection import db
from jamsostek_desktop.db.models import Setting
from jamsostek_desktop.domain import region
from jamsostek_desktop.errors import AppError, TargetExistsError, ValidationError, translate
from jamsostek_desktop.services.accounts import audit
from jamsostek_desktop.services.accounts.session import require
from jamsostek_desktop.services.participants import profile as profile_service
from jamsostek_desktop.services.sync.format import crypto

log = logging.getLogger(__name__)

INSTALLATION_SETTING = "sync.installation_id"
CITY_KEY_SETTING = "sync.city_public_key"
CITY_NAME_SETTING = "sync.city_name"
CITY_CODE_SETTING = "sync.city_code"
PUBLIC_TYPE = "jamsostek-city-public-key"
SECRET_TYPE = "jamsostek-city-secret-key"
INSTALLATION_TYPE = "jamsostek-installation-key"


@dataclass(frozen=True)
class CityKey:
    public_key: bytes
    region_code: str
    kota: str

    @property
    def fingerprint(self) -> str:
        return crypto.fingerprint(self.public_key)


def write_private(path: Path, document: dict) -> None:
    """Write a secret file readable by this user only; never overwrite one (TargetExistsError)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fileio.write_text(path, json.dumps(document, indent=1) + "\n", private=True, exclusive=True,
                      what=translate("keys", "Berkas kunci"))


def _read_json(path: Path, kind: str) -> dict:
    try:
        document = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValidationError(translate("keys", "Berkas kunci tidak dapat dibaca: {name}.").format(
            name=Path(path).name)) from exc
    if not isinstance(document, dict) or document.get("type") != kind:
        raise ValidationError(translate("keys", "{name} bukan berkas kunci yang diharapkan ({kind}).").format(
            name=Path(path).name, kind=kind))
    return document


# --- installation identity (kelurahan side) ------------------------------------

def _installation_key_path(installation_id: str) -> Path:
    return paths.keys_dir() / f"installation-{installation_id}.key"


def installation() -> tuple[str, bytes]:
    """(installation id, signing seed); created on first use. Call inside the export's transaction.

    A database moved to another computer finds no key there: it becomes a new
    installation, which the city accepts only after an administrator agrees.
    """
    installation_id = Setting.read(INSTALLATION_SETTING)
    if installation_id:
        path = _installation_key_path(installation_id)
        if path.exists():
            document = _read_json(path, INSTALLATION_TYPE)
            seed = crypto.unb64(document.get("secret_key", ""), crypto.KEY_BYTES)
            if seed is None:
                raise AppError(translate("keys", "Berkas kunci instalasi rusak: {path}").format(path=path))
            return installation_id, seed
        log.warning("signing key of installation %s not found; creating a new installation", installation_id)
    installation_id = str(uuid.uuid4())
    seed = crypto.new_signing_seed()
    write_private(_installation_key_path(installation_id),
                  {"type": INSTALLATION_TYPE, "installation_id": installation_id, "secret_key": crypto.b64(seed)})
    Setting.write(INSTALLATION_SETTING, installation_id)
    log.info("installation %s created, key %s", installation_id, crypto.fingerprint(crypto.verify_key_of(seed)))
    return installation_id, seed


def own_fingerprint() -> tuple[str, str]:
    """(installation id, fingerprint of its signing key), the key created on first use.

    The kelurahan reads the fingerprint out to the city, or prints it on its cover letter,
    before its first file is accepted (services/sync/trust.py).
    """
    require("sync.export")
    profile = profile_service.require_profile()
    if profile.mode != "kelurahan":
        raise AppError(translate("keys", "Sidik kunci instalasi dipakai di basis data kelurahan."))
    with db.atomic():
        installation_id, seed = installation()
    return installation_id, crypto.fingerprint(crypto.verify_key_of(seed))


# --- the city's key pair -------------------------------------------------------

def generate_city_keys(out_prefix: str | Path) -> tuple[Path, Path]:
    """Create the city's key pair: OUT.pub for the kelurahan, OUT.key (secret) kept here."""
    require("sync.import")
    profile = profile_service.require_profile()
    if profile.mode != "city":
        raise AppError(translate("keys", "Pasangan kunci kota dibuat di basis data kantor kota (mode kota)."))
    out_prefix = Path(out_prefix)
    pub_path, key_path = Path(f"{out_prefix}.pub"), Path(f"{out_prefix}.key")
    for path in (pub_path, key_path):
        fileio.check(path)
        if path.exists():
            raise TargetExistsError(translate("keys", "Berkas sudah ada dan tidak ditimpa: {path}").format(
                path=path))
    secret, public = crypto.new_box_keypair()
    secret_doc = {"type": SECRET_TYPE, "region_code": profile.region_code, "kota": profile.kota,
                  "public_key": crypto.b64(public), "secret_key": crypto.b64(secret)}
    write_private(key_path, secret_doc)
    _install_secret_document(secret_doc)
    public_doc = {"type": PUBLIC_TYPE, "version": 1, "region_code": profile.region_code,
                  "kota": profile.kota, "public_key": crypto.b64(public)}
    fileio.write_text(pub_path, json.dumps(public_doc, ensure_ascii=False, indent=1) + "\n",
                      exclusive=True, what=translate("keys", "Berkas kunci publik"))
    with db.atomic():
        audit.record("keygen", "sync", profile.region_code, new=crypto.fingerprint(public))
    log.info("city key pair created, fingerprint %s", crypto.fingerprint(public))
    return pub_path, key_path


def _install_secret_document(document: dict) -> Path:
    public = crypto.unb64(document.get("public_key", ""), crypto.KEY_BYTES)
    secret = crypto.unb64(document.get("secret_key", ""), crypto.KEY_BYTES)
    if public is None or secret is None or crypto.box_public_of(secret) != public:
        raise ValidationError(translate("keys", "Berkas kunci privat kota rusak."))
    path = paths.keys_dir() / f"city-{crypto.fingerprint(public).replace(' ', '')}.key"
    if not path.exists():
        write_private(path, document)
    return path


def install_city_secret(key_file: str | Path) -> str:
    """Install the city's secret key on this computer (a second PC at the city office)."""
    require("sync.import")
    document = _read_json(Path(key_file), SECRET_TYPE)
    _install_secret_document(document)
    return crypto.fingerprint(crypto.unb64(document["public_key"]))


def city_secret_for(public_key: bytes) -> bytes | None:
    """The city's secret key matching `public_key`, if it is installed on this computer."""
    folder = paths.keys_dir()
    candidate = folder / f"city-{crypto.fingerprint(public_key).replace(' ', '')}.key"
    for path in [candidate] + sorted(folder.glob("city-*.key")):
        if not path.exists():
            continue
        try:
            document = _read_json(path, SECRET_TYPE)
        except ValidationError:
            continue
        secret = crypto.unb64(document.get("secret_key", ""), crypto.KEY_BYTES)
        if secret is not None and crypto.box_public_of(secret) == public_key:
            return secret
    return None


# --- the city's public key at the kelurahan ------------------------------------

def read_city_public_key(path: str | Path) -> CityKey:
    document = _read_json(Path(path), PUBLIC_TYPE)
    public = crypto.unb64(document.get("public_key", ""), crypto.KEY_BYTES)
    code = document.get("region_code", "")
    if public is None or not isinstance(code, str) or not region.is_city_code(code):
        raise ValidationError(translate("keys", "Berkas kunci publik kota rusak."))
    return CityKey(public, region.format_code(code), str(document.get("kota", "")))


def import_city_public_key(path: str | Path) -> CityKey:
    """Remember the city office's public key: later exports are sealed to it."""
    require("profile.edit")
    profile = profile_service.require_profile()
    if profile.mode != "kelurahan":
        raise AppError(translate("keys", "Kunci publik kota dipasang di basis data kelurahan."))
    key = read_city_public_key(path)
    if region.city_of(profile.region_code) != key.region_code:
        raise ValidationError(translate(
            "keys", "Kunci ini milik {city} ({code}), bukan kota kelurahan ini ({own}).").format(
            city=key.kota or key.region_code, code=key.region_code, own=region.city_of(profile.region_code)))
    with db.atomic():
        before = Setting.read(CITY_KEY_SETTING)
        Setting.write(CITY_KEY_SETTING, crypto.b64(key.public_key))
        Setting.write(CITY_NAME_SETTING, key.kota)
        Setting.write(CITY_CODE_SETTING, key.region_code)
        audit.record("update", "setting", CITY_KEY_SETTING,
                     old=crypto.fingerprint(crypto.unb64(before)) if before else None, new=key.fingerprint)
    return key


def city_public_key() -> CityKey | None:
    """The city key exports are sealed to, or None when none is configured."""
    text = Setting.read(CITY_KEY_SETTING)
    public = crypto.unb64(text, crypto.KEY_BYTES) if text else None
    if public is None:
        return None
    return CityKey(public, Setting.read(CITY_CODE_SETTING, "") or "", Setting.read(CITY_NAME_SETTING, "") or "")
