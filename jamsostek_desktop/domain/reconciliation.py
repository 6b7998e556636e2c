"""The monthly invoice against the list: who was billed, who should have been, and for how much.

Each invoice line lands in exactly one bucket, so the counts and the Rupiah add up:

- matched: covered that month, billed what the rates say;
- different: covered, but billed another amount (over or under);
- not_covered: billed but not covered that month, with the reason (unknown NIK, inactive,
  died, term ended, a duplicate, not covered that month);
- refused: a line that cannot be read (bad NIK, unreadable amount, another period);

and each covered person billed by no line is `not_billed`. billed total - expected total =
not covered billed + (different billed - different expected) - not billed expected, to the
Rupiah; the overpaid amount per person (restitution) is the whole line of a person not
covered plus what a line billed above the rate.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

UNKNOWN = "unknown"            # no participant with this NIK
INACTIVE = "inactive"          # Nonaktif, rejected, archived
DEAD = "dead"
TERM_ENDED = "term_ended"
DUPLICATE = "duplicate"        # billed twice, or a NIK found to be a second NIK of someone
NOT_COVERED = "not_covered"    # known, but the month is outside the coverage months

REASONS = {
    UNKNOWN: "NIK tidak dikenal",
    INACTIVE: "tidak aktif",
    DEAD: "meninggal dunia",
    TERM_ENDED: "masa jabatan berakhir",
    DUPLICATE: "tertagih ganda",
    NOT_COVERED: "di luar bulan cakupan",
}


@dataclass(slots=True)
class InvoiceLine:
    row: int                 # the line's row number in the file
    nik: str
    kpj: str
    nama: str
    jkk: int
    jkm: int
    jht: int
    total: int

    @property
    def parts(self) -> int:
        return self.jkk + self.jkm + self.jht


@dataclass(frozen=True)
class Refused:
    row: int
    nik: str
    nama: str
    reason: str


@dataclass(slots=True)
class Expected:
    """A covered person and what the rates say the month costs."""

    nik: str
    nama: str
    kpj: str
    jkk: int
    jkm: int
    jht: int

    @property
    def total(self) -> int:
        return self.jkk + self.jkm + self.jht


@dataclass(slots=True)
class Finding:
    line: InvoiceLine
    expected: Expected | None
    reason: str = ""

    @property
    def billed(self) -> int:
        return self.line.total

    @property
    def due(self) -> int:
        return self.expected.total if self.expected else 0

    @property
    def overpaid(self) -> int:
        """What this line billed above what is due (negative: billed less)."""
        return self.billed - self.due


@dataclass
class Result:
    month: dt.date
    matched: list[Finding] = field(default_factory=list)
    different: list[Finding] = field(default_factory=list)
    not_covered: list[Finding] = field(default_factory=list)
    not_billed: list[Expected] = field(default_factory=list)
    refused: list[Refused] = field(default_factory=list)

    @property
    def lines_read(self) -> int:
        return len(self.matched) + len(self.different) + len(self.not_covered) + len(self.refused)

    @property
    def billed_total(self) -> int:
        return sum(f.billed for f in (*self.matched, *self.different, *self.not_covered))

    @property
    def expected_total(self) -> int:
        return sum(f.due for f in (*self.matched, *self.different)) + sum(e.total for e in self.not_billed)

    @property
    def difference(self) -> int:
        return self.billed_total - self.expected_total

    def overpaid(self) -> list[Finding]:
        """The lines to ask back (restitution): billed above what is due, biggest first."""
        lines = [f for f in (*self.not_covered, *self.different) if f.overpaid > 0]
        return sorted(lines, key=lambda f: (-f.overpaid, f.line.row))

    @property
    def overpaid_total(self) -> int:
        return sum(f.overpaid for f in self.overpaid())

    @property
    def underpaid_total(self) -> int:
        return sum(-f.overpaid for f in self.different if f.overpaid < 0) + sum(e.total for e in self.not_billed)

    def by_reason(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for f in self.not_covered:
            out[f.reason] = out.get(f.reason, 0) + 1
        return out


def reconcile(month: dt.date, lines: Iterable[InvoiceLine], expected: dict[str, Expected],
              known: dict[str, str], refused: Iterable[Refused] = (),
              second_niks: frozenset[str] = frozenset()) -> Result:
    """Sort the invoice `lines` into buckets.

    `expected`: NIK -> the covered person; `known`: NIK -> why a known person is not covered
    (INACTIVE, DEAD, TERM_ENDED, NOT_COVERED); `second_niks`: NIKs found to be another
    person's second NIK (a duplicate decision), billed for nothing.
    """
    result = Result(month, refused=list(refused))
    seen: set[str] = set()
    for line in lines:
        if line.nik in seen or line.nik in second_niks:
            result.not_covered.append(Finding(line, None, DUPLICATE))
            continue
        seen.add(line.nik)
        person = expected.get(line.nik)
        if person is None:
            result.not_covered.append(Finding(line, None, known.get(line.nik, UNKNOWN)))
        elif (line.jkk, line.jkm, line.jht, line.total) == (person.jkk, person.jkm, person.jht, person.total):
            result.matched.append(Finding(line, person))
        else:
            result.different.append(Finding(line, person))
    result.not_billed = sorted((e for nik, e in expected.items() if nik not in seen), key=lambda e: (e.nama, e.nik))
    return result
