"""What an import did, per file and per kelurahan, for the CLI output and the report dialog."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from jamsostek_desktop.errors import translate

MERGED, ALREADY, DRY_RUN, REFUSED = "merged", "already", "dry_run", "refused"
OUTCOME_LABELS = {
    MERGED: translate("import_report", "Digabung"),
    ALREADY: translate("import_report", "Sudah pernah diterima"),
    DRY_RUN: translate("import_report", "Uji coba (tidak disimpan)"),
    REFUSED: translate("import_report", "Ditolak"),
}
COUNT_KEYS = ("added", "updated", "unchanged", "archived", "older", "conflicts", "duplicates")
COUNT_LABELS = {
    "added": "baru", "updated": "diperbarui", "unchanged": "tetap", "archived": "diarsipkan",
    "older": "lebih lama (diabaikan)", "conflicts": "konflik", "duplicates": "NIK ganda",
}


@dataclass
class FileReport:
    path: Path
    outcome: str
    message: str = ""
    details: list[str] = field(default_factory=list)
    reason: str = ""
    kelurahan_code: str = ""
    kelurahan_name: str = ""
    installation_id: str = ""
    sequence: int | None = None
    full: bool = False
    resend: bool = False
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    archived: int = 0
    older: int = 0
    conflicts: int = 0
    duplicates: int = 0
    missing_sequences: list[int] = field(default_factory=list)
    expected_live: int | None = None
    actual_live: int | None = None
    tenure: dict = field(default_factory=dict)     # posts, terms, coverage ... added or updated, per kind
    audit_note: str = ""        # the kelurahan's audit history no longer what it sent before

    @property
    def refused(self) -> bool:
        return self.outcome == REFUSED

    @property
    def counts_match(self) -> bool | None:
        if self.expected_live is None or self.actual_live is None:
            return None
        return self.expected_live == self.actual_live

    def notes(self) -> list[str]:
        """The remarks a person should read about this file (translatable Indonesian)."""
        out = []
        if self.refused:
            return [self.message] + self.details
        if self.missing_sequences:
            numbers = ", ".join(str(n) for n in self.missing_sequences)
            out.append(translate("import_report", "Berkas nomor {numbers} dari kelurahan ini belum diterima; "
                                 "minta kelurahan mengirim ulang (Kirim data > kirim ulang).").format(numbers=numbers))
        if self.counts_match is False:
            out.append(translate("import_report", "Jumlah peserta aktif tidak cocok: menurut kelurahan {expected}, "
                                 "di basis data kota {actual}.").format(
                expected=self.expected_live, actual=self.actual_live))
        if any(self.tenure.values()):
            t = self.tenure
            out.append(translate("import_report", "Masa jabatan: {post} jabatan, {term} masa jabatan, {coverage} "
                                 "cakupan, {replacement} penggantian, {event} peristiwa, {claim} klaim diterima.")
                       .format(**{kind: t.get(kind, 0) for kind in
                                  ("post", "term", "coverage", "replacement", "event", "claim")}))
        if self.tenure.get("decision"):
            out.append(translate("import_report", "{n} keputusan data ganda diterima.").format(n=self.tenure["decision"]))
        if self.audit_note:
            out.append(self.audit_note)
        if self.conflicts:
            out.append(translate("import_report", "{n} konflik menunggu keputusan di daftar konflik.").format(
                n=self.conflicts))
        if self.duplicates:
            out.append(translate("import_report", "{n} NIK ganda menunggu keputusan di daftar konflik.").format(
                n=self.duplicates))
        return out


@dataclass
class ImportReport:
    files: list[FileReport] = field(default_factory=list)
    dry_run: bool = False
    near_duplicates: list = field(default_factory=list)    # screening.pairs.PairView, after the merge

    @property
    def refused(self) -> list[FileReport]:
        return [f for f in self.files if f.refused]

    @property
    def accepted(self) -> list[FileReport]:
        return [f for f in self.files if not f.refused]

    def per_kelurahan(self) -> dict[str, dict]:
        """{code: {name, counts..., expected_live, actual_live, files}} over the accepted files."""
        out: dict[str, dict] = {}
        for f in self.accepted:
            row = out.setdefault(f.kelurahan_code, dict(name=f.kelurahan_name, files=0,
                                                        **{k: 0 for k in COUNT_KEYS}))
            row["files"] += 1
            for key in COUNT_KEYS:
                row[key] += getattr(f, key)
            row["expected_live"], row["actual_live"] = f.expected_live, f.actual_live
        return out

    def lines(self) -> list[str]:
        """The report as text lines (the CLI prints them)."""
        out = ["UJI COBA: tidak ada yang disimpan." if self.dry_run else "Laporan penerimaan data:"]
        for f in self.files:
            head = f"{f.path.name}: {OUTCOME_LABELS[f.outcome]}"
            if f.kelurahan_code:
                head += f" — {f.kelurahan_name} ({f.kelurahan_code}), berkas nomor {f.sequence}"
            out.append(head)
            if not f.refused:
                out.append("  " + ", ".join(f"{COUNT_LABELS[k]} {getattr(f, k)}" for k in COUNT_KEYS))
                out.append(f"  peserta aktif: kelurahan {f.expected_live}, kota {f.actual_live}"
                           + (" (cocok)" if f.counts_match else " (TIDAK COCOK)"))
            out += [f"  ! {note}" for note in f.notes()]
        if self.near_duplicates:
            out.append(f"Mungkin data ganda ({len(self.near_duplicates)} pasangan; putuskan di Periksa data ganda "
                       "atau 'jamsostek screening decide'):")
            out += [f"  pasangan {p.id}: {p.one.nik} {p.one.nama} ({p.one.kelurahan_code}) — {p.other.nik} "
                    f"{p.other.nama} ({p.other.kelurahan_code}): {p.reason_text}" for p in self.near_duplicates]
        per = self.per_kelurahan()
        if len(per) > 1 or len(self.accepted) > 1:
            out.append("Per kelurahan:")
            for code, row in sorted(per.items(), key=lambda kv: kv[1]["name"]):
                out.append(f"  {row['name']} ({code}): "
                           + ", ".join(f"{COUNT_LABELS[k]} {row[k]}" for k in COUNT_KEYS))
        if self.refused:
            out.append(f"{len(self.refused)} berkas ditolak; basis data tidak diubah oleh berkas itu.")
        return out
