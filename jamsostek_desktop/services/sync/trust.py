"""Which kelurahan installations the city trusts, and how a person decides to trust one.

A kelurahan's files are signed with its installation's key (keys.py). Anyone holding the
city's public key can write a well-formed, signed file claiming to be any kelurahan, so
a signature alone proves nothing about who sent it. The city therefore merges a file only
from an installation whose key a person has accepted, by typing the key's fingerprint as
the kelurahan reads it out on the telephone or prints it on its cover letter (surat
pengantar, cover_letter.py): the program compares it with the key that signed the file.
A file from an unknown installation, a known installation signing with another key, or a
second installation of a kelurahan is refused (UNTRUSTED) before its payload is read.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from jamsostek_desktop.db.connection import db
from jamsostek_desktop.db.models import utc_now
from jamsostek_desktop.db.sync_models import SyncPeer
from jamsostek_desktop.errors import ValidationError, translate
from jamsostek_desktop.services.accounts import audit
from jamsostek_desktop.services.accounts.session import current_username, require
from jamsostek_desktop.services.sync.format import container, crypto
from jamsostek_desktop.services.sync.format.container import RefusedFile

UNTRUSTED = "untrusted"
HOW_TO_ACCEPT = translate(
    "trust", "Bandingkan sidik kunci itu dengan yang dibacakan kelurahan lewat telepon atau yang tertulis di "
    "surat pengantarnya. Bila sama, administrator menerima kuncinya (Terima data > Terima kunci…, atau "
    "'jamsostek sync-accept-key BERKAS --sidik \"XXXX XXXX XXXX XXXX XXXX\"'), lalu berkas diimpor lagi. "
    "Bila berbeda, jangan terima: berkas itu bukan dari kelurahan tersebut.")


def check(manifest: dict, batch: dict[str, tuple[str, bytes]]) -> None:
    """Refuse (RefusedFile UNTRUSTED) a file whose signer the city has not accepted for its kelurahan."""
    installation_id = manifest["installation"]["id"]
    key = crypto.unb64(manifest["installation"]["public_key"])
    code, name = manifest["kelurahan"]["code"], manifest["kelurahan"]["name"]
    found = crypto.fingerprint(key)
    peer = SyncPeer.get_or_none(SyncPeer.installation_id == installation_id)
    if peer is None:
        known_other = SyncPeer.select().where(SyncPeer.kelurahan_code == code).exists()
        text = (translate("trust", "{name} ({code}) sudah mengirim data dari komputer lain; berkas ini dari "
                          "instalasi baru dengan sidik kunci {found}. {how}") if known_other else
                translate("trust", "Berkas ini mengaku dari {name} ({code}), dari instalasi yang belum dikenal "
                          "kantor kota (sidik kunci {found}). Berkas belum digabung. {how}"))
        raise RefusedFile(UNTRUSTED, text.format(name=name, code=code, found=found, how=HOW_TO_ACCEPT))
    if peer.kelurahan_code != code:
        raise RefusedFile(UNTRUSTED, translate(
            "trust", "Instalasi pengirim terdaftar untuk kelurahan {known}, bukan {code}. Berkas ditolak.")
            .format(known=peer.kelurahan_code, code=code))
    if crypto.unb64(peer.public_key) != key:
        raise RefusedFile(UNTRUSTED, translate(
            "trust", "Berkas dari {name} ditandatangani kunci yang berbeda dari kunci yang dikenal untuk "
            "instalasinya (dikenal {known}, berkas {found}). {how}").format(
            name=name, known=crypto.fingerprint(crypto.unb64(peer.public_key)), found=found, how=HOW_TO_ACCEPT))
    seen = batch.setdefault(installation_id, (code, key))
    if seen[1] != key:
        raise RefusedFile(UNTRUSTED, translate(
            "trust", "Dua berkas dari instalasi yang sama memakai kunci berbeda. {how}").format(how=HOW_TO_ACCEPT))


@dataclass(frozen=True)
class KeyRequest:
    """Who a file says it is from, for the person deciding whether to trust its key.

    The fingerprint itself is deliberately not part of it: the person types the one from the
    cover letter, and the program compares.
    """

    path: Path
    kelurahan_code: str
    kelurahan_name: str
    kecamatan: str
    installation_id: str
    trusted: bool


def _read(path: str | os.PathLike) -> container.Opened:
    from jamsostek_desktop.services.sync import importing

    opened = container.read_manifest(importing.read_file(Path(path)))
    importing.check_city(opened.manifest)
    container.stored_payload(opened)            # the file is intact (bounded by its own size)
    return opened


def request(path: str | os.PathLike) -> KeyRequest:
    """What the accept-key dialog shows about a file's sender (the file must be intact and signed)."""
    require("sync.import")
    manifest = _read(path).manifest
    installation = manifest["installation"]
    peer = SyncPeer.get_or_none(SyncPeer.installation_id == installation["id"])
    return KeyRequest(Path(path), manifest["kelurahan"]["code"], manifest["kelurahan"]["name"],
                      manifest["kelurahan"]["kecamatan"], installation["id"],
                      peer is not None and peer.public_key == installation["public_key"]
                      and peer.kelurahan_code == manifest["kelurahan"]["code"])


_HEX = re.compile(r"[^0-9A-F]")


def normalise(fingerprint: str) -> str:
    """`3f2a-91c0 …` -> `3F2A91C0…`: what a person typed, compared without spaces or case."""
    return _HEX.sub("", (fingerprint or "").upper())


def accept_key(path: str | os.PathLike, fingerprint: str) -> tuple[str, str]:
    """Trust the key that signed `path` for its installation, if `fingerprint` (typed from the
    kelurahan's cover letter) is that key's; returns (kelurahan name, fingerprint)."""
    require("sync.import")
    manifest = _read(path).manifest
    installation = manifest["installation"]
    return accept_installation(installation["id"], manifest["kelurahan"]["code"], manifest["kelurahan"]["name"],
                               installation["public_key"], fingerprint)


def accept_installation(installation_id: str, kelurahan_code: str, kelurahan_name: str, public_key: str,
                        fingerprint: str) -> tuple[str, str]:
    """Trust `public_key` for the installation when the typed `fingerprint` matches it.

    The kelurahan's other installations stop being trusted: one computer sends for a kelurahan.
    """
    require("sync.import")
    key = crypto.unb64(public_key, crypto.KEY_BYTES)
    if key is None:
        raise ValidationError(translate("trust", "Kunci instalasi tidak valid."))
    actual = crypto.fingerprint(key)
    typed = normalise(fingerprint)
    if len(typed) != len(normalise(actual)):
        raise ValidationError(translate(
            "trust", "Ketik sidik kunci lengkap dari surat pengantar: 20 huruf/angka dalam 5 kelompok, "
            "contoh 3F2A 91C0 5B7D 0E44 A1C9."))
    if typed != normalise(actual):
        raise ValidationError(translate(
            "trust", "Sidik kunci yang diketik tidak sama dengan kunci yang menandatangani berkas {name}. Kunci "
            "TIDAK diterima. Periksa lagi surat pengantarnya atau hubungi kelurahan: bisa jadi berkas ini bukan "
            "dari mereka.").format(name=kelurahan_name))
    with db.atomic():
        old = SyncPeer.get_or_none(SyncPeer.installation_id == installation_id)
        values = dict(kelurahan_code=kelurahan_code, public_key=public_key,
                      first_seen=old.first_seen if old else utc_now(), accepted_by=current_username(),
                      accepted_at=utc_now())
        (SyncPeer.insert(installation_id=installation_id, **values)
         .on_conflict(conflict_target=[SyncPeer.installation_id],
                      update={getattr(SyncPeer, k): v for k, v in values.items()}).execute())
        SyncPeer.delete().where((SyncPeer.kelurahan_code == kelurahan_code)
                                & (SyncPeer.installation_id != installation_id)).execute()
        audit.record("accept-key", "sync", installation_id,
                     old=crypto.fingerprint(crypto.unb64(old.public_key)) if old else None, new=actual,
                     reason=kelurahan_code)
    return kelurahan_name, actual
