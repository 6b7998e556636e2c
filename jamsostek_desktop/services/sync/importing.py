"""Terima data: check `.jamsync` files from the kelurahan and merge them into the city database.

Every file is checked completely first (container, manifest, signature, the city it
belongs to, that the city trusts the installation's key (services/sync/trust.py), then
payload hash, decryption and each record), then merged
in one transaction per file: all of it or nothing. The merge rules are in services/sync/format/merge.py;
conflicts and duplicate NIKs go to `sync_issue` for a person to resolve (services/sync/conflicts.py).
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

from peewee import fn

from jamsostek_desktop import paths
from jamsostek_desktop.db.connection import db
from jamsostek_desktop.db.models import Category, Participant, max_change_seq, utc_now
from jamsostek_desktop.db.sync_models import SyncImport, SyncIssue
from jamsostek_desktop.domain import region
from jamsostek_desktop.errors import AppError, ServerGoneError, translate
from jamsostek_desktop.services.accounts import audit
from jamsostek_desktop.services.accounts.session import current_username, require
from jamsostek_desktop.services.participants import profile as profile_service
from jamsostek_desktop.services.participants import regions
from jamsostek_desktop.services.sync import keys as sync_keys
from jamsostek_desktop.services.sync import trust
from jamsostek_desktop.services.sync.batches import Batches
from jamsostek_desktop.services.sync.format import (
    chunked,
    container,
    merge,
    records,
    tenure_records,
)
from jamsostek_desktop.services.sync.format.container import RefusedFile, SyncFile
from jamsostek_desktop.services.sync.import_report import (
    ALREADY,
    DRY_RUN,
    MERGED,
    REFUSED,
    FileReport,
    ImportReport,
)

log = logging.getLogger(__name__)

@dataclass
class Checked:
    path: Path
    sync_file: SyncFile
    payload_sha256: str
    # This very payload was merged before: merging it again cannot change anything (the rules
    # are idempotent and the city only moves forward), so its records are not read again.
    already_merged: bool = False


def _require_city():
    profile = profile_service.require_profile()
    if profile.mode != "city":
        raise AppError(translate("importing", "Hanya basis data kantor kota yang menerima berkas sinkronisasi."))
    return profile


def check_city(manifest: dict) -> None:
    """The file belongs to a kelurahan of this city database's city (RefusedFile otherwise)."""
    _check_city(manifest, _require_city().region_code)


def read_file(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > container.MAX_FILE_BYTES:
            raise RefusedFile(container.TOO_LARGE, translate(
                "importing", "Berkas sinkronisasi terlalu besar; tidak diproses."))
        return path.read_bytes()
    except OSError as exc:
        raise RefusedFile(container.CORRUPT, translate("importing", "Berkas tidak dapat dibaca: {reason}.").format(
            reason=exc.strerror or exc)) from exc


# --- checking --------------------------------------------------------------------

def _check_city(manifest: dict, city_code: str) -> None:
    code = manifest["kelurahan"]["code"]
    if region.city_of(code) != region.format_code(city_code):
        raise RefusedFile(container.WRONG_CITY, translate(
            "importing", "Berkas ini dari {name} ({code}), {city}, bukan dari wilayah kota ini ({own}). "
            "Berkas ditolak.").format(name=manifest["kelurahan"]["name"], code=code, own=city_code,
                                      city=manifest["kelurahan"]["kota"] or translate("importing", "kota lain")))


def check_file(path: Path, city_code: str, batch: dict | None = None) -> Checked:
    """Everything about one file, before anything is written; raises RefusedFile.

    The order matters: the manifest and its signature, the city, and whether the city
    trusts the signer come first; only a trusted file's payload is inflated, decrypted and
    parsed (a file from anyone else costs the city nothing beyond its manifest).
    """
    data = read_file(path)
    opened = container.read_manifest(data)
    manifest = opened.manifest
    _check_city(manifest, city_code)
    trust.check(manifest, {} if batch is None else batch)
    sha = manifest["payload"]["sha256"]
    already = SyncImport.select().where(
        (SyncImport.installation_id == manifest["installation"]["id"])
        & (SyncImport.sequence == manifest["sequence"]) & (SyncImport.payload_sha256 == sha)).exists()
    if manifest["format_version"] >= chunked.VERSION:
        # Checked in a stream whether merged before or not; records are read only when merged.
        sync_file = container.open_v3(opened, sync_keys.city_secret_for, _city_field_keys())
        if already:
            # Merged before: proven the same bytes (the SHA-256 above) and, sealed, every chunk's
            # tag checked to the final one; nothing inflated or parsed.
            sync_file.reader.authenticate()
    elif already:
        container.stored_payload(opened)
        sync_file = SyncFile(manifest, [])
    else:
        sync_file = container.unpack(opened, sync_keys.city_secret_for, _city_field_keys())
    return Checked(path, sync_file, sha, already)


def _city_field_keys() -> dict[str, frozenset[str]]:
    """The city's categories with the keys of their extra fields."""
    return {code: frozenset(f.get("key") for f in fields if isinstance(f, dict))
            for code, fields in Category.select(Category.code, Category.fields).tuples()}


# --- merging ---------------------------------------------------------------------

def _record_conflicts(conflicts, checked: Checked, import_id: int | None) -> None:
    """conflicts: (incoming record, the rules' view of the city's copy, the city's raw row)."""
    manifest = checked.sync_file.manifest
    for record, current, city_row in conflicts:
        other = current.kelurahan_code != checked.sync_file.kelurahan_code
        SyncIssue.create(kind="conflict", kelurahan_code=checked.sync_file.kelurahan_code,
                         record_key=record["uuid"], import_ref=import_id, detail={
                             "reason": "other_kelurahan" if other else "content",
                             "kelurahan_name": manifest["kelurahan"]["name"],
                             "current_kelurahan": current.kelurahan_code,
                             "installation_id": checked.sync_file.installation_id,
                             "sequence": checked.sync_file.sequence,
                             "incoming": record, "current": records.from_row(city_row),
                         })


def _duplicate_groups(mine: set[int]) -> dict[str, list[str]]:
    """{nik: uuids} of live enrolments sharing a NIK, for the NIKs of this file's live records
    (`mine`: their UUIDs as numbers, chunked.uuid_number)."""
    cursor = db.execute_sql(
        'SELECT "nik", "uuid" FROM "participant" WHERE "archived" = 0 AND "nik" IN '
        '(SELECT "nik" FROM "participant" WHERE "archived" = 0 GROUP BY "nik" HAVING COUNT(*) > 1)')
    number = chunked.uuid_number
    return {nik: uuids for nik, uuids in merge.duplicate_groups(cursor).items()
            if any(number(u) in mine for u in uuids)}


def _record_duplicates(sync_file: SyncFile, mine: set[int], import_id: int | None) -> int:
    """List the duplicate NIKs involving this file not listed yet; returns how many involve it."""
    groups = _duplicate_groups(mine)
    if not groups:
        return 0
    # A resolved group that is live again (a kelurahan revived an archived copy) is listed anew;
    # one sent back to its kelurahan stays quiet until the kelurahan answers.
    listed = {(i.record_key, tuple(i.detail.get("uuids", ()))) for i in
              SyncIssue.select().where((SyncIssue.kind == "duplicate")
                                       & ((SyncIssue.status == "open") | (SyncIssue.resolution == "send_back")))}
    for nik, uuids in groups.items():
        if (nik, tuple(uuids)) not in listed:
            SyncIssue.create(kind="duplicate", kelurahan_code=sync_file.kelurahan_code, record_key=nik,
                             import_ref=import_id, detail={"uuids": uuids})
    return len(groups)


AUDIT_CHANGED = translate(
    "importing", "Riwayat log audit kelurahan ini berubah sejak kiriman nomor {n}: entri sampai #{id} tidak lagi sama "
    "dengan yang dikirim waktu itu (diubah di luar program, atau dipulihkan dari cadangan lain). Tanyakan ke kelurahan.")
AUDIT_SHORTER = translate(
    "importing", "Log audit kelurahan ini lebih pendek dari kiriman sebelumnya (#{now}, dulu #{before}): mungkin "
    "dipulihkan dari cadangan lama, atau entrinya dihapus. Tanyakan ke kelurahan.")


def _audit_note(sync_file: SyncFile) -> str:
    """What the city can tell from the kelurahan's audit chain heads: its history as sent before still holds?

    The city keeps each file's head (sync_import); a later file states the link now stored for
    the entry an earlier file reached, and the two must be the same.
    """
    stated = sync_file.manifest.get("audit")
    if not stated:
        return ""
    mine = SyncImport.installation_id == sync_file.installation_id
    notes = []
    previous = stated["previous"]
    if previous is not None:
        sent = (SyncImport.select().where(mine & (SyncImport.audit_last_id == previous["last_id"])
                                          & SyncImport.audit_head.is_null(False))
                .order_by(SyncImport.id.desc()).first())
        if sent is not None and sent.audit_head != previous["head"]:
            notes.append(AUDIT_CHANGED.format(n=sent.sequence, id=previous["last_id"]))
    longest = SyncImport.select(fn.MAX(SyncImport.audit_last_id)).where(mine).scalar()
    if longest and stated["last_id"] < longest:
        notes.append(AUDIT_SHORTER.format(now=stated["last_id"], before=longest))
    if notes:
        log.warning("sync file %s:%s: the kelurahan's audit history differs from what it sent before",
                    sync_file.installation_id, sync_file.sequence)
    return " ".join(notes)


def _same_sequence_seen(sync_file: SyncFile) -> bool:
    return SyncImport.select().where((SyncImport.installation_id == sync_file.installation_id)
                                     & (SyncImport.sequence == sync_file.sequence)).exists()


def _merge(checked: Checked, report: FileReport) -> bool:
    """Merge one checked file inside the caller's transaction; False when it changed nothing."""
    sync_file = checked.sync_file
    code, manifest = sync_file.kelurahan_code, sync_file.manifest
    if checked.already_merged:
        report.outcome, report.unchanged = ALREADY, manifest["counts"]["records"]
        return False
    work = Batches(checked.sync_file, report)
    work.run()
    report.tenure = tenure_records.without_empty_optional(work.tenure)
    if not work.writes and not work.conflicts and _same_sequence_seen(sync_file):
        # The same file written again (a resend): nothing to add, so nothing is written at all.
        report.outcome = ALREADY
        return False
    regions.register(code, manifest["kelurahan"]["name"], manifest["kelurahan"]["kecamatan"],
                     manifest["kelurahan"]["kota"])
    report.audit_note = _audit_note(sync_file)
    audit_head = manifest.get("audit") or {}
    log_row = SyncImport.create(
        installation_id=sync_file.installation_id, sequence=sync_file.sequence, full=manifest["full"],
        kelurahan_code=code, payload_sha256=checked.payload_sha256, imported_at=utc_now(),
        actor=current_username(), file_name=paths.printable(checked.path.name), added=report.added, updated=report.updated,
        unchanged=report.unchanged, archived=report.archived, older=report.older, conflicts=0, duplicates=0,
        expected_live=manifest["totals"]["live"], actual_live=0, audit_last_id=audit_head.get("last_id"),
        audit_head=audit_head.get("head"), audit_note=report.audit_note)
    _record_conflicts(work.conflicts, checked, log_row.id)
    report.duplicates = _record_duplicates(sync_file, work.mine, log_row.id)
    report.actual_live = Participant.live().where(Participant.kelurahan_code == code).count()
    SyncImport.update(conflicts=report.conflicts, duplicates=report.duplicates,
                      actual_live=report.actual_live).where(SyncImport.id == log_row.id).execute()
    audit.record("merge", "sync", f"{sync_file.installation_id}:{sync_file.sequence}",
                 new=audit.SYNC_MERGED.format(added=report.added, updated=report.updated, archived=report.archived,
                                              conflicts=report.conflicts, duplicates=report.duplicates))
    return True


def _finish(report: FileReport, sync_file: SyncFile) -> None:
    code = sync_file.kelurahan_code
    report.actual_live = Participant.live().where(Participant.kelurahan_code == code).count()
    received = SyncImport.select(SyncImport.sequence, SyncImport.full).where(
        SyncImport.installation_id == sync_file.installation_id).tuples()
    pairs = {(s, bool(f)) for s, f in received} | {(sync_file.sequence, sync_file.manifest["full"])}
    report.missing_sequences = merge.missing_sequences(pairs)


def import_files(paths, dry_run: bool = False, progress=None) -> ImportReport:
    """Check every file, then merge each accepted file in its own transaction (see module docstring).

    `progress(steps done, steps)`, when given, is called before each file is checked and merged.
    """
    require("sync.import")
    city = _require_city()
    report = ImportReport(dry_run=dry_run)
    checked_files: list[tuple[Checked, FileReport]] = []
    batch: dict = {}
    paths = list(paths)
    steps = 2 * len(paths)
    for n, raw_path in enumerate(paths):
        if progress is not None:
            progress(n, steps)
        path = Path(os.fspath(raw_path))
        try:
            checked = check_file(path, city.region_code, batch)
        except RefusedFile as exc:
            log.warning("sync file refused (%s)", exc.reason)
            report.files.append(FileReport(path, REFUSED, message=exc.message, details=exc.details,
                                           reason=exc.reason))
            continue
        m = checked.sync_file.manifest
        item = FileReport(path, DRY_RUN if dry_run else MERGED, kelurahan_code=checked.sync_file.kelurahan_code,
                          kelurahan_name=m["kelurahan"]["name"], installation_id=checked.sync_file.installation_id,
                          sequence=m["sequence"], full=m["full"], resend=m["resend"],
                          expected_live=m["totals"]["live"])
        report.files.append(item)
        checked_files.append((checked, item))
    # In the order given, but each installation's files by sequence number.
    first_seen: dict[str, int] = {}
    for n, (checked, _) in enumerate(checked_files):
        first_seen.setdefault(checked.sync_file.installation_id, n)
    checked_files.sort(key=lambda pair: (first_seen[pair[0].sync_file.installation_id], pair[0].sync_file.sequence))
    written_after = max_change_seq()      # screening compares the people these files write
    for n, (checked, item) in enumerate(checked_files):
        if progress is not None:
            progress(len(paths) + n, steps)
        try:
            with db.atomic() as transaction:
                _merge(checked, item)
                _finish(item, checked.sync_file)
                if dry_run:
                    transaction.rollback()
        except ServerGoneError:
            raise       # the server went away: this file's transaction is gone whole; the rest wait
        except AppError as exc:
            item.outcome, item.message, item.details = REFUSED, exc.message, exc.details
            item.reason = getattr(exc, "reason", item.reason)     # a format-3 file's records are checked here
        if dry_run and item.outcome != REFUSED:
            item.outcome = DRY_RUN
        log.info("sync file %s:%s %s", item.installation_id, item.sequence, item.outcome)
    if not dry_run:
        # Screening (issue 13) as a step of its own: the merged kelurahan against the whole city.
        from jamsostek_desktop.services.screening.after_merge import screen_kelurahan

        report.near_duplicates = screen_kelurahan({f.kelurahan_code for f in report.files if f.outcome == MERGED},
                                                  written_after)
    return report
