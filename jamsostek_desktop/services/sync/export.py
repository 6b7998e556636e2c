"""Kirim data: write the kelurahan's changes to a `.jamsync` file for the city office.

Incremental by default: the records whose change sequence is past the last export,
tombstones included. Each export is numbered and remembers the change range it
covered, so a lost file can be written again (`resend`). The file is written through
fileio to a temporary name and renamed once the transaction that records the export has committed.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from peewee import fn

from jamsostek_desktop import __version__, fileio, paths
from jamsostek_desktop.db.connection import db
from jamsostek_desktop.db.models import Category, Participant, max_change_seq, utc_now
from jamsostek_desktop.db.sync_models import SyncExport
from jamsostek_desktop.domain import region
from jamsostek_desktop.errors import AppError, NotFoundError, StorageError, Texts, translate
from jamsostek_desktop.services.accounts import audit, seal
from jamsostek_desktop.services.accounts.session import current_username, require
from jamsostek_desktop.services.participants import profile as profile_service
from jamsostek_desktop.services.sync import keys as sync_keys
from jamsostek_desktop.services.sync import payload, tenure_rows
from jamsostek_desktop.services.sync.format import chunked, stream
from jamsostek_desktop.services.sync.format import manifest as manifest_rules

log = logging.getLogger(__name__)

SUFFIX = ".jamsync"
MISSING_FOLDER = translate("export", "Folder {folder} tidak ada (flash disk belum terpasang?). Pilih folder yang "
                           "ada; tidak ada berkas yang ditulis.")
SYNC_FILE = translate("export", "Berkas sinkronisasi")    # how fileio's messages name the file
UNENCRYPTED_WARNING = translate(
    "export",
    "Berkas TIDAK dienkripsi: kunci publik kantor kota belum dipasang. Siapa pun yang memegang "
    "berkas ini dapat membaca NIK, nama dan alamat peserta. Pasang kunci dari kantor kota "
    "(jamsostek city-key --import BERKAS.pub) agar berkas berikutnya terenkripsi."
)

@dataclass
class ExportResult:
    written: bool
    path: Path | None = None
    sequence: int | None = None
    records: int = 0
    tombstones: int = 0
    encrypted: bool = False
    full: bool = False
    resend: bool = False
    message: str = ""
    warnings: list[str] = field(default_factory=list)
    fingerprint: str = ""           # of this installation's signing key, for the city to compare


@dataclass(frozen=True)
class ExportStatus:
    """What the Kirim data dialog shows before the clerk exports."""

    last_sequence: int | None
    last_at: dt.datetime | None
    pending: int
    city_key: sync_keys.CityKey | None
    history: list[SyncExport]


def _require_kelurahan():
    profile = profile_service.require_profile()
    if profile.mode != "kelurahan":
        raise AppError(translate("export", "Basis data kantor kota tidak mengirim data; gunakan 'Terima data'."))
    return profile


def _last_exported_seq() -> int:
    return SyncExport.select(fn.MAX(SyncExport.seq_to)).scalar() or 0


def status() -> ExportStatus:
    _require_kelurahan()
    last = SyncExport.select().order_by(SyncExport.id.desc()).first()
    done = _last_exported_seq()
    pending = Participant.select().where(Participant.change_seq > done).count() + tenure_rows.pending(done)
    history = list(SyncExport.select().order_by(SyncExport.id.desc()).limit(50))
    return ExportStatus(last.sequence if last else None, last.created_at if last else None, pending,
                        sync_keys.city_public_key(), history)


def default_file_name(code: str, sequence: int, today: dt.date | None = None, kelurahan: str = "") -> str:
    """`kirim-yosodadi-1872011001-0004-20261123.jamsync`: whose, which number, which day."""
    today = today or dt.date.today()
    name = re.sub(r"[^a-z0-9]+", "-", kelurahan.lower()).strip("-")
    return f"kirim-{name + '-' if name else ''}{region.compact(code)}-{sequence:04d}-{today:%Y%m%d}{SUFFIX}"


def _target(out_path: str | os.PathLike, code: str, sequence: int, kelurahan: str = "") -> Path:
    """The file to write: `out_path` itself (`.jamsync` added), or a numbered name in that folder.

    Never into a folder that does not exist: a mistyped path or a flash disk pulled out
    is refused, not made into a new folder somewhere else."""
    out = Path(out_path)
    if out.is_dir() or str(out_path).endswith(("/", os.sep)):
        if not out.is_dir():
            raise StorageError(MISSING_FOLDER.format(folder=out))
        return fileio.check(out / default_file_name(code, sequence, kelurahan=kelurahan))
    if not out.parent.is_dir():
        raise StorageError(MISSING_FOLDER.format(folder=out.parent))
    return fileio.output_path(out, SUFFIX)


def _category_documents(codes: set[str]) -> list[dict]:
    rows = Category.select().where(Category.code.in_(sorted(codes))).order_by(Category.code)
    return [{"code": r.code, "name": r.name, "group": r.group_name, "fields": r.fields,
             "key_field": r.key_field} for r in rows]


def _audit_head(installation_id: str) -> dict:
    """The head of the audit chain, and the link now stored for the entry the previous file
    reached: the city compares it with what that file said (services/sync/importing.py)."""
    last_id, head = seal.head() or (0, seal.START)
    before = (SyncExport.select(SyncExport.audit_last_id)
              .where((SyncExport.installation_id == installation_id) & SyncExport.audit_last_id.is_null(False))
              .order_by(SyncExport.sequence.desc()).first())
    previous = None
    if before is not None:
        previous = {"last_id": before.audit_last_id, "head": seal.chain_at(before.audit_last_id) or seal.START}
    return {"last_id": last_id, "head": head, "previous": previous}


def _with_facts(produce, tenure_codes: set[str]):
    """The producer's facts of the participants it wrote, as the manifest says them."""
    def produced(write) -> dict:
        extra = produce(write)
        known: payload.Facts = extra.pop("facts")
        return dict(extra, revisions={"min": known.rev_min, "max": known.rev_max},
                    counts={"records": known.records, "tombstones": known.tombstones},
                    categories=_category_documents(known.codes | tenure_codes))
    return produced


def export(out_path: str | os.PathLike, full: bool = False, resend: int | None = None, *,
           reference: bool = False) -> ExportResult:
    """Write the next sync file (or resend an earlier one) to `out_path` (a file or a folder).

    `reference=True` writes it the way the program did before issue 19's second pass (lines
    read as text in change order, zlib's deflate): the same file format, slower; kept for
    benchmarks/bench_sync_export.py's baseline and the tests that compare the two."""
    require("sync.export")
    profile = _require_kelurahan()
    _target(out_path, profile.region_code, 1, profile.kelurahan)   # refused before anything happens
    city_key = sync_keys.city_public_key()
    staged: fileio.Staged | None = None
    produce: payload.Producer | None = None
    try:
        with db.atomic():
            installation_id, seed = sync_keys.installation()
            previous = None
            if resend is not None:
                previous = SyncExport.get_or_none((SyncExport.installation_id == installation_id)
                                                  & (SyncExport.sequence == resend))
                if previous is None:
                    raise NotFoundError(translate(
                        "export", "Pengiriman nomor {n} tidak ada di catatan instalasi ini.").format(n=resend))
                sequence, seq_from, seq_to, full = resend, previous.seq_from, previous.seq_to, previous.full
            else:
                last = (SyncExport.select(fn.MAX(SyncExport.sequence))
                        .where(SyncExport.installation_id == installation_id).scalar() or 0)
                sequence = last + 1
                seq_to = max_change_seq()     # participants and tenure rows share the order
                last_to = _last_exported_seq()
                if not full and last > 0 and seq_to <= last_to:
                    when = SyncExport.select().order_by(SyncExport.id.desc()).first()
                    return ExportResult(written=False, message=translate(
                        "export", "Tidak ada perubahan sejak pengiriman terakhir (nomor {n}, {when}); "
                        "tidak ada berkas yang dibuat.").format(
                        n=when.sequence, when=region.local_time_text(when.created_at, profile.region_code)
                    ) if when else translate(
                        "export", "Tidak ada perubahan sejak pengiriman terakhir; tidak ada berkas yang dibuat."))
                # The first file of an installation carries everything.
                full = full or last == 0
                seq_from = 0 if full else last_to
            if reference:
                produce, codec = payload.reference_producer(seq_from, seq_to), zlib
            else:                    # a full file's readers start now, while the manifest is worked out
                produce = payload.Producer(seq_from, seq_to, full=seq_from == 0, sealed=city_key is not None)
                codec = stream.fast_zlib
            tenure_codes = tenure_rows.post_codes(seq_from, seq_to)
            live = Participant.live().count()
            archived = Participant.select().count() - live
            manifest = {
                "format": manifest_rules.FORMAT_NAME, "format_version": manifest_rules.FORMAT_VERSION,
                "app_version": __version__,
                "created_at": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
                "kelurahan": {"code": profile.region_code, "name": profile.kelurahan,
                              "kecamatan": profile.kecamatan, "kota": profile.kota},
                "installation": {"id": installation_id,
                                 "public_key": sync_keys.crypto.b64(sync_keys.crypto.verify_key_of(seed))},
                "sequence": sequence, "full": bool(full), "resend": previous is not None,
                "changes": {"from": seq_from, "to": seq_to},
                "totals": {"live": live, "archived": archived},
                "audit": _audit_head(installation_id),
            }
            target = _target(out_path, profile.region_code, sequence, profile.kelurahan)
            staged = fileio.Staged(target, what=SYNC_FILE)
            with staged.open("wb") as fh:
                manifest = chunked.pack_to(fh, manifest, _with_facts(produce, tenure_codes), seed,
                                           city_key.public_key if city_key else None, codec=codec)
            count, tombstones = manifest["counts"]["records"], manifest["counts"]["tombstones"]
            if previous is None:
                SyncExport.create(installation_id=installation_id, sequence=sequence, created_at=utc_now(),
                                  full=full, seq_from=seq_from, seq_to=seq_to, records=count,
                                  tombstones=tombstones, payload_sha256=manifest["payload"]["sha256"],
                                  encrypted=city_key is not None, file_name=paths.printable(target.name),
                                  actor=current_username(), audit_last_id=manifest["audit"]["last_id"])
            audit.record("resend" if previous else "export", "sync", f"{installation_id}:{sequence}",
                         new=audit.SYNC_SENT.format(records=count, tombstones=tombstones))
    except OSError as exc:
        if staged is not None:
            staged.discard()    # the commit failed: no file, no sequence number used
        raise fileio.storage_error(exc, Path(out_path), SYNC_FILE) from exc
    except BaseException:
        if staged is not None:
            staged.discard()
        raise
    finally:
        if isinstance(produce, payload.Producer):
            produce.close()          # its child readers end whatever happened
    # Only once the export is recorded does the file take its final name: a failure here
    # leaves a recorded sequence that "Kirim ulang" writes again, never an unrecorded file.
    try:
        staged.commit()
    except StorageError as exc:
        raise StorageError(translate("export", "{message} Tulis ulang dengan kirim ulang nomor {n}.").format(
            message=exc.message, n=sequence)) from exc
    log.info("sync export %d written: %d records, %d tombstones, encrypted=%s",
             sequence, count, tombstones, city_key is not None)
    result = ExportResult(written=True, path=target, sequence=sequence, records=count, tombstones=tombstones,
                          encrypted=city_key is not None, full=bool(full), resend=previous is not None,
                          fingerprint=sync_keys.crypto.fingerprint(sync_keys.crypto.verify_key_of(seed)))
    sealed = (translate("export", "terenkripsi untuk {city}.").format(city=city_key.kota or city_key.region_code)
              if city_key else translate("export", "TIDAK terenkripsi."))
    kind = Texts([translate("export", "lengkap")] * bool(full) + [translate("export", "kirim ulang")] * bool(previous))
    written = (translate("export", "Berkas nomor {n} ditulis: {count} rekaman ({tombstones} diarsipkan), {kind}; {sealed}")
               if kind else translate("export", "Berkas nomor {n} ditulis: {count} rekaman ({tombstones} diarsipkan); {sealed}"))
    result.message = written.format(n=sequence, count=count, tombstones=tombstones, kind=kind, sealed=sealed)
    if city_key is None:
        result.warnings.append(UNENCRYPTED_WARNING)
    return result
