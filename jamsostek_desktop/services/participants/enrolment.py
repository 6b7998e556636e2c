"""Enrolment use cases: check, enrol, edit, archive, restore, change status.

One NIK holds one enrolment across every category (a live record; an archived one
no longer counts). Every write bumps the record's revision and the global change
sequence the sync export follows, and writes the audit trail in the same transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from peewee import IntegrityError

from jamsostek_desktop.db.connection import db
from jamsostek_desktop.db.models import AuditEntry, Participant, utc_now
from jamsostek_desktop.domain import nik as nik_rules
from jamsostek_desktop.domain import participant as rules
from jamsostek_desktop.domain import status as status_rules
from jamsostek_desktop.domain.findings import Finding, Severity, errors_of
from jamsostek_desktop.errors import (
    AppError,
    DuplicateNikError,
    NotFoundError,
    Texts,
    ValidationError,
    data_text,
    translate,
)
from jamsostek_desktop.services.accounts import audit, seal
from jamsostek_desktop.services.accounts.session import current_actor, require
from jamsostek_desktop.services.backup.integrity import storage_guard
from jamsostek_desktop.services.participants import catalogue, fast_paths, rates
from jamsostek_desktop.services.participants import profile as profile_service
from jamsostek_desktop.services.screening import gate as screening_gate
from jamsostek_desktop.services.tenure import hooks as tenure

STORED_KEYS = rules.COMMON_KEYS + ("fields",)


class WarningsNeedConfirmation(AppError):
    """Only warnings stand in the way; the caller asks the clerk and retries with accept_warnings."""

    def __init__(self, findings: list[Finding]) -> None:
        super().__init__(translate("enrolment", "Ada peringatan yang perlu dikonfirmasi."),
                         details=[str(f) for f in findings])
        self.findings = findings


def where_enrolled(category_name: str, rt: int, rw: int, kelurahan_code: str) -> str:
    """`Ketua RT, RT 003/RW 002, kelurahan 18.72.01.1001`: where an enrolment lives, for messages
    (the category's name shown from the catalogue's translations)."""
    return translate("enrolment", "{category}, RT {rt}/RW {rw}, kelurahan {code}").format(
        category=data_text(category_name), rt=f"{rt:03d}", rw=f"{rw:03d}", code=kelurahan_code)


def describe(p: Participant) -> str:
    """Where `p` is enrolled, for messages."""
    return where_enrolled(catalogue.get(p.category.code).name, p.rt, p.rw, p.kelurahan_code)


def already_enrolled(nama: str, category_name: str, rt: int, rw: int, kelurahan_code: str) -> str:
    """The one "NIK sudah terdaftar" message: the entry form and the Excel import both say this."""
    return translate("enrolment", "NIK sudah terdaftar atas nama {name} ({where}).").format(
        name=nama, where=where_enrolled(category_name, rt, rw, kelurahan_code))


_LIVE_NIK = 'SELECT "id" FROM "participant" WHERE "archived" = ? AND "nik" = ? AND "id" <> ? LIMIT 1'


def duplicate_of(nik: str, exclude_id: int | None = None) -> Participant | None:
    if fast_paths.enabled:
        # Every save and every revalidation of the form asks this: a statement written once,
        # and the record read only in the rare case there is one.
        found = db.execute_sql(_LIVE_NIK, (False, nik_rules.compact(nik or ""),
                                           -1 if exclude_id is None else exclude_id)).fetchone()
        return Participant.get_by_id(found[0]) if found else None
    query = Participant.by_nik(nik_rules.compact(nik or ""))
    if exclude_id is not None:
        query = query.where(Participant.id != exclude_id)
    return query.first()


def duplicate_finding(nik: str, exclude_id: int | None = None) -> Finding | None:
    nik = nik_rules.compact(nik or "")
    existing = duplicate_of(nik, exclude_id) if len(nik) == 16 else None
    if existing is None:
        return None
    message = already_enrolled(existing.nama, catalogue.get(existing.category.code).name, existing.rt,
                               existing.rw, existing.kelurahan_code)
    return Finding("nik", Severity.ERROR, message, code="duplicate_nik")


def check(values: dict, category_code: str, *, exclude_id: int | None = None,
          for_verification: bool = False, today: dt.date | None = None) -> list[Finding]:
    """Every finding for typed values, the duplicate NIK lookup included."""
    category = catalogue.get(category_code)
    values = rules.normalised(values)
    findings = rules.check(values, category, rates.current(today), for_verification=for_verification,
                           today=today)
    dup = duplicate_finding(values.get("nik") or "", exclude_id)
    if dup:
        findings.insert(0, dup)
    return findings


def _stop_on(findings: list[Finding], accept_warnings: bool) -> None:
    errors = errors_of(findings)
    if errors:
        dup = next((f for f in errors if f.code == "duplicate_nik"), None)
        if dup:
            raise DuplicateNikError(dup.message)
        raise ValidationError(translate("enrolment", "Data peserta belum valid."), errors)
    if findings and not accept_warnings:
        raise WarningsNeedConfirmation(findings)


def stored_values(values: dict) -> dict:
    """Typed values as the participant row stores them: empty text for None, ISO dates in `fields`."""
    out = {k: values.get(k) for k in STORED_KEYS if k in values}
    for key in ("tempat_lahir", "alamat", "telepon", "email", "no_sk", "kpj"):
        if key in out and out[key] is None:
            out[key] = ""
    if out.get("penghasilan") is None and "penghasilan" in out:
        out.pop("penghasilan")
    if "fields" in out:
        out["fields"] = {k: (v.isoformat() if isinstance(v, dt.date) else v)
                         for k, v in (out["fields"] or {}).items() if v not in (None, "")}
    return out


@storage_guard(translate("enrolment", "menyimpan peserta"))
def enrol(values: dict, category_code: str, *, accept_warnings: bool = False,
          kelurahan_code: str | None = None) -> Participant:
    """Save a new participant as a draft."""
    require("participant.edit")
    values = rules.normalised(values)
    _stop_on(check(values, category_code), accept_warnings)
    code = kelurahan_code or profile_service.require_profile().region_code
    stored = stored_values(values)
    try:
        with db.atomic():
            first = Participant.next_change_seq()
            p = Participant.create(
                kelurahan_code=code, category=catalogue.row_id(category_code),
                change_seq=first, status="draft", **stored,
            )
            audit.record("create", "participant", p.uuid, new=stored.get("nama"))
            if fast_paths.enabled:
                tenure.participant_enrolled(p, category_code)
                seal.participants([p.id])       # the one row this transaction wrote
            else:
                tenure.participant_saved(p)
                seal.participants_from(first)
    except IntegrityError as exc:
        raise ValidationError(translate("enrolment", "Data tidak dapat disimpan: {reason}").format(reason=exc)) from exc
    return p


def get(participant_id: int) -> Participant:
    p = Participant.get_or_none(Participant.id == participant_id)
    if p is None:
        raise NotFoundError(translate("enrolment", "Peserta tidak ditemukan."))
    return p


def values_of(p: Participant) -> dict:
    """The typed values of a record, shaped as check() and update() take them."""
    out = {k: getattr(p, k) for k in rules.COMMON_KEYS}
    category = catalogue.get(p.category.code)
    extra = dict(p.fields or {})
    for spec in category.fields:
        if spec.type == "date" and extra.get(spec.key):
            extra[spec.key] = dt.date.fromisoformat(extra[spec.key])
    out["fields"] = extra
    return out


def _same(old, new) -> bool:
    """Equal as stored: dates and their ISO text, None and empty text compare equal."""
    def norm(v):
        if isinstance(v, (dt.date, dt.datetime)):
            return v.isoformat()
        if isinstance(v, dict):
            return {k: norm(x) for k, x in v.items() if x not in (None, "")}
        return "" if v is None else v
    return norm(old) == norm(new)


def _bump(p: Participant) -> dict:
    return {"revision": p.revision + 1, "updated_at": utc_now(), "change_seq": Participant.next_change_seq()}


@storage_guard(translate("enrolment", "menyimpan peserta"))
def _check_revision(current: Participant, expected: int | None) -> None:
    if expected is None or current.revision == expected:
        return
    last = (AuditEntry.select().where((AuditEntry.table == "participant") & (AuditEntry.record == current.uuid))
            .order_by(AuditEntry.id.desc()).first())
    who = last.actor if last else "-"
    when = f"{last.at:%d-%m-%Y %H:%M} UTC" if last else f"{current.updated_at:%d-%m-%Y %H:%M} UTC"
    raise ValidationError(translate(
        "enrolment", "Data peserta ini sudah diubah oleh {who} pada {when} setelah Anda membukanya. Perubahan "
        "Anda tidak disimpan; buka lagi datanya lalu ulangi.").format(who=who, when=when))


def update(participant_id: int, values: dict, *, category_code: str | None = None,
           accept_warnings: bool = False, reason: str = "", expected_revision: int | None = None) -> Participant:
    """Edit a participant; a verified record that loses required data goes back to draft.

    `expected_revision` is the revision the form was loaded at: when another person saved the
    record since (several staff of a city office at once), the edit is refused naming who and when.
    """
    require("participant.edit")
    p = get(participant_id)
    _check_revision(p, expected_revision)
    if p.archived:
        raise ValidationError(translate("enrolment", "Peserta ini sudah diarsipkan; pulihkan dulu sebelum mengubah."))
    category_code = category_code or p.category.code
    merged = rules.normalised({**values_of(p), **values})
    _stop_on(check(merged, category_code, exclude_id=p.id), accept_warnings)
    before = {k: getattr(p, k) for k in STORED_KEYS}
    before["category"] = p.category.code
    stored = stored_values(merged)
    after = {**stored, "category": category_code}
    if all(_same(before.get(k), v) for k, v in after.items()):
        return p  # nothing changed: no new revision
    if p.status != "draft":
        # Past draft, the record is what a verifier checked: only contact details stay open to all.
        changed = {k for k, v in after.items() if not _same(before.get(k), v)}
        if changed - {"telepon", "email"}:
            require("participant.verify")
    changes = dict(stored, category=catalogue.row_id(category_code))
    if p.status == "verified" and rules.missing_for_verification(merged, catalogue.get(category_code)):
        changes.update(status="draft", status_reason=audit.BACK_TO_DRAFT)
    with db.atomic():
        first = Participant.next_change_seq()
        written = (Participant.update(**changes, **_bump(p))
                   .where((Participant.id == p.id) & (Participant.revision == p.revision)).execute())
        if not written:
            _check_revision(get(p.id), p.revision)
        audit.record_changes("update", "participant", p.uuid, before, after, reason)
        tenure.participant_saved(get(p.id), old=p)
        seal.participants_from(first)
    return get(p.id)


@storage_guard(translate("enrolment", "menyimpan peserta"))
def archive(ids: Iterable[int], reason: str) -> int:
    """Archive (soft delete, the tombstone that travels in sync). Needs a reason."""
    require("participant.archive")
    if not (reason or "").strip():
        raise ValidationError(translate("enrolment", "Alasan pengarsipan wajib diisi."))
    count = 0
    with db.atomic():
        first = Participant.next_change_seq()
        for p in Participant.select().where(Participant.id.in_(list(ids)), Participant.archived == False):  # noqa: E712
            Participant.update(archived=True, archive_reason=reason.strip(), archived_at=utc_now(),
                               **_bump(p)).where(Participant.id == p.id).execute()
            audit.record("archive", "participant", p.uuid, field="archived", old=False, new=True, reason=reason)
            count += 1
        seal.participants_from(first)
    return count


@storage_guard(translate("enrolment", "menyimpan peserta"))
def restore(ids: Iterable[int], reason: str = "") -> int:
    """Bring archived participants back, unless their NIK has been enrolled again meanwhile."""
    require("participant.archive")
    count = 0
    with db.atomic():
        first = Participant.next_change_seq()
        for p in Participant.select().where(Participant.id.in_(list(ids)), Participant.archived == True):  # noqa: E712
            dup = duplicate_of(p.nik, p.id)
            if dup is not None:
                raise DuplicateNikError(translate(
                    "enrolment", "{name} tidak dapat dipulihkan: NIK-nya sudah terdaftar lagi ({where}).").format(
                    name=p.nama, where=describe(dup)), dup.id)
            Participant.update(archived=False, archive_reason="", archived_at=None,
                               **_bump(p)).where(Participant.id == p.id).execute()
            audit.record("restore", "participant", p.uuid, field="archived", old=True, new=False, reason=reason)
            count += 1
        seal.participants_from(first)
    return count


def _status_permission(target: str) -> str:
    return "participant.verify" if target in VERIFIER_TARGETS else "participant.edit"


VERIFIER_TARGETS = frozenset({"verified", "submitted", "active", "inactive", "rejected"})


def _move_problem(p: Participant, target: str, reason: str):
    """Why `p` cannot move to `target` (a translatable text), or None."""
    if p.archived:
        return translate("enrolment", "sudah diarsipkan")
    problem = status_rules.move_problem(p.status, target, reason)
    if problem:
        return problem
    if target == "verified":
        missing = rules.missing_for_verification(values_of(p), catalogue.get(p.category.code))
        if missing:
            return translate("enrolment", "belum dapat diverifikasi; belum diisi: {missing}").format(
                missing=Texts(missing))
        screened = screening_gate.verification_problem(p.uuid)
        if screened:
            return screened
    if target == "active" and not (len(p.kpj or "") == 11 and p.kpj.isdigit()):
        # Aktif means BPJS registered the person: the KPJ it answered with (services/money/answers.py).
        return translate("enrolment", "belum punya nomor KPJ 11 digit dari BPJS; impor jawaban BPJS atau isi KPJ-nya")
    return None


def statuses_of(ids: Iterable[int]) -> set[str]:
    """The statuses the participants `ids` are in now (a large selection read in chunks)."""
    ids = list(ids)
    found: set[str] = set()
    for start in range(0, len(ids), 20_000):
        chunk = ids[start:start + 20_000]
        found |= {s for (s,) in Participant.select(Participant.status).where(Participant.id.in_(chunk))
                  .distinct().tuples()}
    return found


def status_targets(current: Iterable[str]) -> list[str]:
    """The statuses some participant in `current` may move to and the user may set."""
    actor = current_actor()
    return [t for t in status_rules.targets_from(current) if actor.may(_status_permission(t))]


@dataclass(frozen=True)
class StatusPlan:
    """A status change of a selection: who can take it, and who cannot and why (by name)."""

    target: str
    movable: list[int]
    refused: list[tuple[str, str]]      # (name, why)


def plan_status_change(ids: Iterable[int], target: str, reason: str = "") -> StatusPlan:
    """Read-only: which of `ids` can move to `target` now, for the clerk to confirm."""
    target = status_rules.Status(target).value
    movable, refused = [], []
    ids = list(ids)
    for start in range(0, len(ids), 20_000):
        for p in Participant.select().where(Participant.id.in_(ids[start:start + 20_000])).order_by(Participant.nama):
            problem = _move_problem(p, target, reason)
            if problem:
                refused.append((p.nama, problem))
            else:
                movable.append(p.id)
    return StatusPlan(target, movable, refused)


@storage_guard(translate("enrolment", "menyimpan peserta"))
def change_status(ids: Iterable[int], target: str, reason: str = "") -> int:
    """Move participants to a new status in one transaction; all move or none (one refusal stops
    the batch: the GUI first plans the change and passes only the people who can take it)."""
    target = status_rules.Status(target).value
    require(_status_permission(target))
    count = 0
    with db.atomic():
        first = Participant.next_change_seq()
        for p in Participant.select().where(Participant.id.in_(list(ids))):
            problem = _move_problem(p, target, reason)
            if problem:
                raise ValidationError(translate("enrolment", "{name}: {problem}").format(name=p.nama, problem=problem))
            Participant.update(status=target, status_reason=(reason or "").strip(),
                               **_bump(p)).where(Participant.id == p.id).execute()
            audit.record("status", "participant", p.uuid, field="status", old=p.status, new=target, reason=reason)
            tenure.status_changed(p.id, target)
            count += 1
        seal.participants_from(first)
    return count
