"""Who is on a document: the statuses a roster, receipt list or summary lists, and how it says so.

A Lurah signs what the document says it holds. So each document lists one of:
"aktif" (participants BPJS has registered), "usulan" (verified and submitted: the
proposal the kelurahan sends on), or, only when the clerk asks, every status or one
chosen status. A document that holds drafts, rejected or inactive people (anything but
one of the two signed sets) gets a status column, so no such person passes unnoticed.
Pure Python: the statuses become a Scope, which scope_sql turns into SQL.
"""

from __future__ import annotations

from dataclasses import dataclass

from jamsostek_desktop.domain import status as status_rules
from jamsostek_desktop.domain.status import Status
from jamsostek_desktop.errors import Message, ValidationError, translate

ACTIVE = "aktif"
PROPOSAL = "usulan"
EVERY = "semua"
DEFAULT = ACTIVE

# The two sets a Lurah signs; a document holding anything else shows each person's status.
SIGNED_SETS = (frozenset({Status.ACTIVE.value}), frozenset({Status.VERIFIED.value, Status.SUBMITTED.value}))

# What the title calls the people of one status (a candidate is not yet a participant).
_PEOPLE = {
    Status.DRAFT: "CALON PESERTA BPJS KETENAGAKERJAAN BERSTATUS DRAF",
    Status.VERIFIED: "CALON PESERTA BPJS KETENAGAKERJAAN YANG TELAH DIVERIFIKASI",
    Status.SUBMITTED: "CALON PESERTA BPJS KETENAGAKERJAAN YANG TELAH DIAJUKAN",
    Status.ACTIVE: "PESERTA BPJS KETENAGAKERJAAN",
    Status.INACTIVE: "PESERTA BPJS KETENAGAKERJAAN YANG NONAKTIF",
    Status.REJECTED: "CALON PESERTA BPJS KETENAGAKERJAAN YANG DITOLAK",
}


@dataclass(frozen=True)
class Listing:
    """The statuses a document lists and the words that name them."""

    key: str                          # "aktif", "usulan", "semua", or a Status value
    statuses: tuple[str, ...]         # Status values, in workflow order
    people: str                       # the title's noun phrase: "PESERTA BPJS KETENAGAKERJAAN"
    paid: bool                        # the title adds "YANG IURANNYA DIBAYAR APBD ..." (a signed set)

    @property
    def status_column(self) -> bool:
        """Anything but a signed set shows each person's status."""
        return not any(set(self.statuses) <= allowed for allowed in SIGNED_SETS)

    @property
    def internal(self) -> frozenset[str]:
        """Statuses never counted in a signed recap: those outside the listing."""
        return frozenset(s.value for s in Status) - set(self.statuses)

    def statement(self) -> str:
        """The line under the title saying which statuses the document holds."""
        labels = [str(status_rules.label(s)) for s in self.statuses]
        if self.key == EVERY:
            return "Memuat semua status: " + _joined(labels)
        return "Status peserta: " + _joined(labels)


def _joined(words: list[str]) -> str:
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " dan " + words[-1]


LISTINGS = {
    ACTIVE: Listing(ACTIVE, (Status.ACTIVE.value,), _PEOPLE[Status.ACTIVE], True),
    PROPOSAL: Listing(PROPOSAL, (Status.VERIFIED.value, Status.SUBMITTED.value),
                      "USULAN PESERTA BPJS KETENAGAKERJAAN", True),
    EVERY: Listing(EVERY, tuple(s.value for s in Status),
                   "CALON PESERTA DAN PESERTA BPJS KETENAGAKERJAAN (SEMUA STATUS)", False),
}

# The print dialog's and the command line's choices, with their names.
CHOICES: dict[str, Message] = {
    ACTIVE: translate("listing", "Peserta aktif"),
    PROPOSAL: translate("listing", "Usulan (terverifikasi dan diajukan)"),
    EVERY: translate("listing", "Semua status, dengan kolom status"),
}


def for_status(status: str) -> Listing:
    value = Status(status)
    return Listing(value.value, (value.value,), _PEOPLE[value], value == Status.ACTIVE)


def resolve(key: str | None, status: str | None) -> Listing:
    """The listing of a print: one chosen status, else the chosen set, else the default.

    A status outside an explicitly chosen set is refused rather than printing nobody.
    """
    key = (key or "").strip().lower() or None
    if key is not None and key not in LISTINGS:
        try:
            return resolve(None, Status(key).value)
        except ValueError:
            names = ", ".join(LISTINGS)
            raise ValidationError(translate("listing", "Isi daftar '{key}' tidak dikenal; pilih salah satu: {names}.")
                                  .format(key=key, names=names)) from None
    if status:
        listing = for_status(status)
        if key is not None and status not in LISTINGS[key].statuses:
            raise ValidationError(translate("listing", "Status {status} tidak termasuk isi daftar '{key}'.")
                                  .format(status=status_rules.label(status), key=key))
        return listing
    return LISTINGS[key or DEFAULT]
