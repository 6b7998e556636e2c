"""The city's list of sync conflicts and duplicate NIKs, and their resolution by a person.

Nothing here is decided automatically: an officer chooses, writes a note, and the
choice is recorded on the issue and in the audit trail.

- A conflict (same revision, different content; or a UUID the city holds for
  another kelurahan) is resolved by taking the kelurahan's version or keeping the city's.
- A duplicate NIK (one NIK enrolled twice, in two kelurahan or two categories) is
  resolved by keeping one enrolment and archiving the others, or by sending it back
  to the kelurahan (the note says what they must do).
"""

from __future__ import annotations

from dataclasses import dataclass

from jamsostek_desktop.db.connection import db
from jamsostek_desktop.db.models import Kelurahan, Participant, utc_now
from jamsostek_desktop.db.sync_models import SyncIssue
from jamsostek_desktop.domain import status as status_rules
from jamsostek_desktop.domain.participant import SEX_LABELS
from jamsostek_desktop.errors import NotFoundError, Texts, ValidationError, joined, translate
from jamsostek_desktop.services.accounts import audit, seal
from jamsostek_desktop.services.accounts.session import current_username, require
from jamsostek_desktop.services.participants import catalogue, enrolment
from jamsostek_desktop.services.server import review_queue
from jamsostek_desktop.services.sync import rows
from jamsostek_desktop.services.sync.format import records

TAKE_INCOMING, KEEP_CURRENT, KEEP_ONE, SEND_BACK = "take_incoming", "keep_current", "keep_one", "send_back"
RESOLUTION_LABELS = {
    TAKE_INCOMING: translate("conflicts", "Versi kelurahan dipakai"),
    KEEP_CURRENT: translate("conflicts", "Versi kota dipertahankan"),
    KEEP_ONE: translate("conflicts", "Satu pendaftaran dipertahankan, lainnya diarsipkan"),
    SEND_BACK: translate("conflicts", "Dikembalikan ke kelurahan"),
}
KIND_LABELS = {"conflict": translate("conflicts", "Konflik"), "duplicate": translate("conflicts", "NIK ganda")}
STATUS_LABELS = {"open": translate("conflicts", "Terbuka"), "resolved": translate("conflicts", "Selesai")}
# Fields shown side by side for a conflict, with their labels.
COMPARED = (("nama", translate("conflicts", "Nama")), ("nik", translate("conflicts", "NIK")),
            ("category", translate("conflicts", "Kategori")), ("status", translate("conflicts", "Status")),
            ("tombstone", translate("conflicts", "Diarsipkan")),
            ("tempat_lahir", translate("conflicts", "Tempat lahir")),
            ("tanggal_lahir", translate("conflicts", "Tanggal lahir")),
            ("jenis_kelamin", translate("conflicts", "Jenis kelamin")), ("alamat", translate("conflicts", "Alamat")),
            ("rt", translate("conflicts", "RT")), ("rw", translate("conflicts", "RW")),
            ("telepon", translate("conflicts", "Nomor HP")), ("email", translate("conflicts", "Email")),
            ("no_sk", translate("conflicts", "Nomor SK")), ("tanggal_sk", translate("conflicts", "Tanggal SK")),
            ("tmt", translate("conflicts", "TMT")), ("program_jht", translate("conflicts", "Ikut JHT")),
            ("penghasilan", translate("conflicts", "Penghasilan")), ("kpj", translate("conflicts", "KPJ")),
            ("fields", translate("conflicts", "Data kategori")), ("revision", translate("conflicts", "Revisi")),
            ("updated_at", translate("conflicts", "Diubah (UTC)")))


@dataclass(frozen=True)
class Enrolment:
    """One enrolment in a duplicate group, as the officer sees it."""

    uuid: str
    nama: str
    kelurahan: str
    category: str
    status: str
    archived: bool
    address: str = ""


@dataclass(frozen=True)
class IssueView:
    id: int
    kind: str
    kind_label: str
    status: str
    kelurahan: str
    subject: str          # the person's name (conflict) or the NIK (duplicate)
    summary: str
    created_at: object
    resolution: str
    note: str
    resolved_by: str


def _kelurahan_names() -> dict[str, str]:
    return {k.code: k.kelurahan for k in Kelurahan.select()}


def _view(issue: SyncIssue, names: dict[str, str]) -> IssueView:
    detail = issue.detail
    if issue.kind == "conflict":
        incoming = detail["incoming"]
        subject = incoming["nama"]
        if detail.get("reason") == "other_kelurahan":
            summary = translate("conflicts", "UUID yang sama sudah terdaftar untuk kelurahan {name}").format(
                name=names.get(detail["current_kelurahan"], detail["current_kelurahan"]))
        else:
            changed = [label for key, label in COMPARED
                       if key not in ("revision", "updated_at") and incoming.get(key) != detail["current"].get(key)]
            summary = translate("conflicts", "Revisi {revision} berbeda isi: {fields}").format(
                revision=incoming["revision"], fields=Texts(changed) if changed else translate("conflicts", "waktu"))
    else:
        subject = issue.record_key
        summary = translate("conflicts", "{n} pendaftaran aktif dengan NIK yang sama").format(n=len(detail["uuids"]))
    return IssueView(issue.id, issue.kind, KIND_LABELS[issue.kind], issue.status,
                     names.get(issue.kelurahan_code, issue.kelurahan_code), subject, summary, issue.created_at,
                     RESOLUTION_LABELS.get(issue.resolution, ""), issue.note, issue.resolved_by)


def list_issues(include_resolved: bool = False) -> list[IssueView]:
    query = SyncIssue.select().order_by(SyncIssue.status, SyncIssue.id)
    if not include_resolved:
        query = query.where(SyncIssue.status == "open")
    names = _kelurahan_names()
    return [_view(issue, names) for issue in query]


def open_count() -> int:
    return SyncIssue.select().where(SyncIssue.status == "open").count()


def get(issue_id: int) -> SyncIssue:
    issue = SyncIssue.get_or_none(SyncIssue.id == issue_id)
    if issue is None:
        raise NotFoundError(translate("conflicts", "Catatan konflik nomor {n} tidak ada.").format(n=issue_id))
    return issue


def comparison(issue_id: int) -> list[tuple[str, str, str, bool]]:
    """(label, kelurahan's value, city's value, differs) for a conflict."""
    issue = get(issue_id)
    if issue.kind != "conflict":
        return []
    incoming, current = issue.detail["incoming"], issue.detail["current"]
    return [(label, _shown(key, incoming.get(key), incoming.get("category")),
             _shown(key, current.get(key), current.get("category")),
             incoming.get(key) != current.get(key)) for key, label in COMPARED]


def _shown(key: str, value, category_code: str | None = None) -> str:
    """A value as the officer reads it: category and status by name, a category's fields by label."""
    if key == "status" and value:
        return status_rules.label(value)
    if key == "jenis_kelamin" and value in SEX_LABELS:
        return SEX_LABELS[value]
    if key == "category" and value:
        try:
            return catalogue.get(value).name
        except NotFoundError:
            return str(value)
    if key == "fields" and isinstance(value, dict):
        labels = {}
        try:
            labels = {spec.key: spec.label for spec in catalogue.get(category_code).fields} if category_code else {}
        except NotFoundError:
            pass
        return joined([translate("conflicts", "{label}: {value}").format(label=labels.get(k, k), value=_text(v))
                       for k, v in sorted(value.items())], ", ")
    return _text(value)


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return translate("conflicts", "Ya") if value else translate("conflicts", "Tidak")
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in sorted(value.items()))
    return str(value)


def enrolments(issue_id: int) -> list[Enrolment]:
    """The enrolments of a duplicate group (archived ones included, marked)."""
    issue = get(issue_id)
    if issue.kind != "duplicate":
        return []
    names = _kelurahan_names()
    out = []
    for p in Participant.select().where(Participant.uuid.in_(issue.detail["uuids"])).order_by(Participant.nama):
        out.append(Enrolment(p.uuid, p.nama, names.get(p.kelurahan_code, p.kelurahan_code),
                             catalogue.get(p.category.code).name, status_rules.label(p.status), p.archived,
                             f"{p.alamat}, RT {p.rt:03d}/RW {p.rw:03d}"))  # RT/RW: the same words in English
    return out


def _close(issue: SyncIssue, resolution: str, note: str) -> None:
    SyncIssue.update(status="resolved", resolution=resolution, note=note, resolved_by=current_username(),
                     resolved_at=utc_now()).where(SyncIssue.id == issue.id).execute()
    audit.record("resolve", "sync_issue", str(issue.id), field="resolution", new=resolution, reason=note)
    review_queue.finished(issue.id)


def _open_issue(issue_id: int) -> SyncIssue:
    """Inside the deciding transaction: the issue with its row locked, still open, held by nobody else
    (several staff decide at once: services/server/review_queue.py)."""
    issue = review_queue.locked_issue(issue_id)
    if issue is None:
        raise NotFoundError(translate("conflicts", "Catatan sinkronisasi tidak ditemukan."))
    review_queue.check_decidable(issue)
    return issue


def resolve_conflict(issue_id: int, choice: str, note: str = "") -> None:
    """Take the kelurahan's version (TAKE_INCOMING) or keep the city's (KEEP_CURRENT)."""
    require("sync.import")
    if choice not in (TAKE_INCOMING, KEEP_CURRENT):
        raise ValidationError(translate("conflicts", "Pilihan penyelesaian konflik tidak dikenal."))
    note = (note or "").strip()
    with db.atomic():
        issue = _open_issue(issue_id)
        if issue.kind != "conflict":
            raise ValidationError(translate("conflicts", "Catatan ini bukan konflik."))
        if choice == TAKE_INCOMING:
            _apply_incoming(issue)
        else:
            # The city's copy stands; the kelurahan's version is now known, so only a later
            # kelurahan change raises the question again.
            (Participant.update(received_revision=issue.detail["incoming"]["revision"])
             .where(Participant.uuid == issue.detail["incoming"]["uuid"]).execute())
            kept = Participant.get_or_none(Participant.uuid == issue.detail["incoming"]["uuid"])
            if kept is not None:
                seal.participants([kept.id])
        _close(issue, choice, note)


def _apply_incoming(issue: SyncIssue) -> None:
    incoming = issue.detail["incoming"]
    p = Participant.get_or_none(Participant.uuid == incoming["uuid"])
    if p is None:
        raise NotFoundError(translate("conflicts", "Peserta dalam konflik ini tidak ada lagi di basis data kota."))
    stored_then = issue.detail["current"]["revision"]
    if p.revision != stored_then:
        raise ValidationError(translate("conflicts", "Data peserta di kota sudah berubah sejak konflik dicatat; "
                                        "pertahankan versi kota atau terima berkas terbaru dari kelurahan."))
    # Written exactly as a merge writes the record (services/sync/rows.py).
    category_ids = {incoming["category"]: catalogue.row_id(incoming["category"])}
    first = Participant.next_change_seq()
    db.execute_sql(rows.UPDATE, rows.update_values(incoming, issue.kelurahan_code, category_ids, first))
    seal.participants_from(first)
    before = {k: issue.detail["current"].get(k) for k in records.CONTENT_KEYS}
    audit.record_changes("update", "participant", p.uuid, before,
                         {k: incoming.get(k) for k in records.CONTENT_KEYS}, audit.CONFLICT_RESOLVED)


def resolve_duplicate(issue_id: int, keep_uuid: str | None, note: str = "") -> int:
    """Keep `keep_uuid` and archive the group's other live enrolments, or (None) send it back.

    Returns how many enrolments were archived.
    """
    require("sync.import")
    note = (note or "").strip()
    with db.atomic():
        issue = _open_issue(issue_id)
        if issue.kind != "duplicate":
            raise ValidationError(translate("conflicts", "Catatan ini bukan NIK ganda."))
        uuids = issue.detail["uuids"]
        if keep_uuid is None:
            if not note:
                raise ValidationError(translate("conflicts", "Tulis catatan untuk kelurahan: apa yang harus diperbaiki."))
            _close(issue, SEND_BACK, note)
            return 0
        if keep_uuid not in uuids:
            raise ValidationError(translate("conflicts", "Pendaftaran yang dipertahankan harus salah satu dari daftar."))
        keep = Participant.get(Participant.uuid == keep_uuid)
        if keep.archived:
            raise ValidationError(translate("conflicts", "Pendaftaran yang dipilih sudah diarsipkan; pilih yang masih aktif."))
        others = [p.id for p in Participant.select().where(Participant.uuid.in_(uuids),
                                                           Participant.uuid != keep_uuid,
                                                           Participant.archived == False)]  # noqa: E712
        reason = (audit.DUPLICATE_KEPT_NOTE.format(where=enrolment.describe(keep), note=note) if note
                  else audit.DUPLICATE_KEPT.format(where=enrolment.describe(keep)))
        archived = enrolment.archive(others, reason) if others else 0
        _close(issue, KEEP_ONE, note or reason)
    return archived
