"""Near-duplicate pairs: the full run, the pairs still open, and a person's decision on each.

The run (`jamsostek screen`, Periksa data ganda, after a city merge) finds candidate pairs
(domain.duplicates) among the live participants and keeps them in `screening_pair`. A pair
decided once keeps its decision for good: "different" people are never asked about again,
and "same" archived one of the two with the reason, in the audit trail. Pairs still open
whose cause went away (a NIK corrected, one of them archived) are dropped by the next run.
"""

from __future__ import annotations

import datetime as dt
import uuid as uuid_module
from collections.abc import Iterable
from dataclasses import dataclass

from peewee import SQL, CharField, IntegerField, TextField, fn

from jamsostek_desktop.db.bulk import insert_tuples, update_rows
from jamsostek_desktop.db.connection import db
from jamsostek_desktop.db.models import Participant, utc_now
from jamsostek_desktop.db.screening_models import DIFFERENT, SAME, ScreeningPair
from jamsostek_desktop.domain import duplicates
from jamsostek_desktop.domain import nik as nik_rules
from jamsostek_desktop.errors import NotFoundError, ValidationError, translate
from jamsostek_desktop.services.accounts import audit
from jamsostek_desktop.services.accounts.session import current_username, require
from jamsostek_desktop.services.backup.integrity import storage_guard
from jamsostek_desktop.services.screening.people import collector_paused, live_people

SP = ScreeningPair
ARCHIVED_AS_DUPLICATE = translate("screening", "Data ganda dengan {name} (NIK {nik}): {reason}")


@dataclass(frozen=True)
class RunResult:
    people: int
    found: int              # candidate pairs found by this run
    new: int                # of which never seen before
    open: int               # pairs waiting for a decision after the run
    decided: int            # found again but decided before: not asked again


def run(among: Iterable[str] | None = None, people: list[duplicates.Person] | None = None) -> RunResult:
    """Find the candidate pairs and keep them; with `among` (UUIDs), only pairs that involve them.

    `people` is the live list when the caller has just read it (the step after a merge).
    """
    if people is None:
        people = live_people()
    wanted = set(among) if among is not None else None
    with collector_paused():
        found = duplicates.find_pairs(people, wanted)
    with db.atomic():
        known = {(a, b): (pid, decision) for pid, a, b, decision in
                 SP.select(SP.id, SP.uuid_a, SP.uuid_b, SP.decision).tuples()}
        new_rows, updates, decided = [], [], 0
        now = utc_now().isoformat(" ")
        for pair in found:
            held = known.get(pair.key)
            if held is None:
                new_rows.append((pair.a, pair.b, ",".join(pair.reasons), pair.score, now, str(uuid_module.uuid4()),
                                 now, now))
            elif held[1]:
                decided += 1
            else:
                updates.append((held[0], ",".join(pair.reasons), pair.score))
        if new_rows:
            insert_tuples(SP, ["uuid_a", "uuid_b", "reasons", "score", "found_at", "uuid", "created_at", "updated_at"],
                          new_rows)
        if updates:
            update_rows(SP, ["reasons", "score"], updates)
        found_keys = {p.key for p in found}
        stale = [pid for key, (pid, decision) in known.items() if not decision and key not in found_keys
                 and (wanted is None or key[0] in wanted or key[1] in wanted)]
        for start in range(0, len(stale), 500):
            SP.delete().where(SP.id.in_(stale[start:start + 500])).execute()
    open_count = SP.undecided().count()
    return RunResult(len(people), len(found), len(new_rows), open_count, decided)


@dataclass(frozen=True)
class Side:
    """One participant of a pair, as the reviewer compares them."""

    id: int
    uuid: str
    nik: str
    nama: str
    tanggal_lahir: dt.date | None
    kelurahan_code: str
    category: str
    rt: int
    rw: int
    status: str
    archived: bool


@dataclass(frozen=True)
class PairView:
    id: int
    one: Side
    other: Side
    reasons: tuple[str, ...]
    score: int
    decision: str
    reason: str

    @property
    def reason_text(self) -> str:
        return "; ".join(str(duplicates.REASON_LABELS.get(r, r)) for r in self.reasons)


def _sides(uuids: set[str]) -> dict[str, Side]:
    from jamsostek_desktop.db.models import Category

    out: dict[str, Side] = {}
    ordered = sorted(uuids)
    for start in range(0, len(ordered), 500):
        query = (Participant.select(Participant.id, Participant.uuid, Participant.nik, Participant.nama,
                                    Participant.tanggal_lahir, Participant.kelurahan_code, Category.name,
                                    Participant.rt, Participant.rw, Participant.status, Participant.archived)
                 .join(Category).where(Participant.uuid.in_(ordered[start:start + 500])))
        # Read as the driver gives them, converted as peewee's tuples would be (an open city has
        # thousands of pairs to show after a merge; peewee's row machinery was a tenth of the step).
        for row in _rows(query):
            out[row[1]] = Side(*row)
    return out


def _rows(query) -> list[tuple]:
    """The query's rows as peewee's tuples() gives them (each value through its field's
    python_value), read by the driver: an open city has thousands of pairs to show after a
    merge, and peewee's row machinery was a tenth of the step."""
    rows = db.execute_sql(*query.sql()).fetchall()
    if not rows:
        return []
    columns = []
    for column, values in zip(query.selected_columns, zip(*rows, strict=True), strict=True):
        # Text already str and whole numbers already int are what CharField and IntegerField give.
        plain = str if isinstance(column, (CharField, TextField)) else int if isinstance(column, IntegerField) else None
        columns.append(values if plain is not None and set(map(type, values)) <= {plain}
                       else list(map(column.python_value, values)))
    return list(zip(*columns, strict=True))


def views(query) -> list[PairView]:
    rows = _rows(query)
    sides = _sides({r[1] for r in rows} | {r[2] for r in rows})
    out = []
    for pid, a, b, reasons, score, decision, reason in rows:
        if a in sides and b in sides:
            out.append(PairView(pid, sides[a], sides[b], tuple(x for x in reasons.split(",") if x), score,
                                decision, reason))
    return out


_VIEW_COLUMNS = (SP.id, SP.uuid_a, SP.uuid_b, SP.reasons, SP.score, SP.decision, SP.reason)


def open_pairs(limit: int | None = None, kelurahan: Iterable[str] | None = None) -> list[PairView]:
    """Pairs waiting for a decision, the surest first; with `kelurahan` (codes), only those with a
    live participant of one of them (looked up by UUID for each open pair, not by reading the
    kelurahan's people)."""
    where = SP.decision == ""
    if kelurahan is not None:
        codes = sorted(kelurahan)
        where &= _live_of(SP.uuid_a, codes) | _live_of(SP.uuid_b, codes)
    query = SP.select(*_VIEW_COLUMNS).where(where).order_by(SP.score.desc(), SP.id)
    return views(query.limit(limit) if limit else query)


def _live_of(column, codes: list[str]):
    P = Participant.alias("live")
    return fn.EXISTS(P.select(SQL("1")).where((P.uuid == column) & P.kelurahan_code.in_(codes)
                                               & (P.archived == False)))  # noqa: E712


def pairs_of(uuid: str) -> list[PairView]:
    """Every pair one participant is in, decided or not."""
    return views(SP.select(*_VIEW_COLUMNS).where((SP.uuid_a == uuid) | (SP.uuid_b == uuid)))


def open_count() -> int:
    return SP.undecided().count()


@storage_guard(translate("screening", "menyimpan keputusan data ganda"))
def decide(pair_id: int, decision: str, reason: str, keep_uuid: str | None = None) -> PairView:
    """Decide a pair: SAME (keep `keep_uuid`, archive the other with the reason) or DIFFERENT."""
    from jamsostek_desktop.services.participants import enrolment

    require("participant.verify")
    reason = (reason or "").strip()
    if decision not in (SAME, DIFFERENT):
        raise ValidationError(translate("screening", "Keputusan tidak dikenal: {decision}.").format(decision=decision))
    if not reason:
        raise ValidationError(translate("screening", "Alasan keputusan wajib diisi."))
    pair = SP.get_or_none(SP.id == pair_id)
    if pair is None:
        raise NotFoundError(translate("screening", "Pasangan data ganda tidak ditemukan."))
    if pair.decision:
        raise ValidationError(translate("screening", "Pasangan ini sudah diputuskan."))
    kept = ""
    with db.atomic():
        if decision == SAME:
            if keep_uuid not in (pair.uuid_a, pair.uuid_b):
                raise ValidationError(translate("screening", "Pilih peserta yang dipertahankan."))
            other_uuid = pair.uuid_b if keep_uuid == pair.uuid_a else pair.uuid_a
            keep = Participant.by_uuid(keep_uuid)
            other = Participant.by_uuid(other_uuid)
            if keep is None or other is None or keep.archived:
                raise ValidationError(translate("screening", "Peserta yang dipertahankan tidak ada lagi di daftar."))
            if not other.archived:
                enrolment.archive([other.id], ARCHIVED_AS_DUPLICATE.format(
                    name=keep.nama, nik=nik_rules.mask(keep.nik), reason=reason))
            kept = keep_uuid
        # The decision takes a change number, so the next sync file carries it (kind "decision").
        SP.update(decision=decision, kept_uuid=kept, reason=reason, decided_by=current_username(),
                  decided_at=utc_now(), updated_at=utc_now(), revision=SP.revision + 1,
                  change_seq=Participant.next_change_seq()).where(SP.id == pair.id).execute()
        audit.record("decide", "screening_pair", f"{pair.uuid_a}/{pair.uuid_b}", field="decision",
                     new=decision, reason=reason)
    return views(SP.select(*_VIEW_COLUMNS).where(SP.id == pair.id))[0]


def decided_keys() -> dict[tuple[str, str], str]:
    """(uuid_a, uuid_b) -> decision, for every decided pair (the sync file carries them)."""
    return {(a, b): d for a, b, d in SP.select(SP.uuid_a, SP.uuid_b, SP.decision).where(SP.decision != "").tuples()}
