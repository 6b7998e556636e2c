"""What the tenure codes are called: reasons for leaving, events, claim statuses, warning bands.

The codes are stored and sent in sync files; these translatable Indonesian names are what
a clerk reads (the ui shows them in English when chosen, the PDFs keep the Indonesian).
"""

from __future__ import annotations

from jamsostek_desktop.domain import terms
from jamsostek_desktop.errors import Message, translate

REASONS = {
    terms.DEATH: translate("labels", "Meninggal dunia"),
    terms.RESIGNED: translate("labels", "Mengundurkan diri"),
    terms.TERM_OVER: translate("labels", "Masa jabatan habis"),
    terms.MOVED: translate("labels", "Pindah domisili"),
    terms.BECAME_ASN: translate("labels", "Menjadi ASN/PPPK"),
    terms.OTHER_EMPLOYER: translate("labels", "Terdaftar di pemberi kerja lain"),
    terms.NOT_ELIGIBLE: translate("labels", "Tidak memenuhi syarat"),
    terms.EXTENDED: translate("labels", "Diperpanjang dengan SK baru"),
}
EVENTS = {
    terms.EVENT_DEATH: translate("labels", "Meninggal dunia"),
    terms.EVENT_ACCIDENT: translate("labels", "Kecelakaan kerja"),
}
CLAIM_STATUSES = {
    "disiapkan": translate("labels", "Berkas disiapkan"),
    "diajukan": translate("labels", "Diajukan ke BPJS"),
    "diproses": translate("labels", "Diproses BPJS"),
    "dibayar": translate("labels", "Dibayar"),
    "ditolak": translate("labels", "Ditolak"),
}
BANDS = {
    terms.ENDED: translate("labels", "Sudah berakhir"),
    "30": translate("labels", "Berakhir ≤ 30 hari"),
    "60": translate("labels", "Berakhir ≤ 60 hari"),
}


def reason(code: str) -> Message:
    return REASONS.get(code) or Message("", code)


def event(code: str) -> Message:
    return EVENTS.get(code) or Message("", code)


def claim_status(code: str) -> Message:
    return CLAIM_STATUSES.get(code) or Message("", code)


def band(code: str | None) -> Message:
    if code is None:
        return Message("", "")
    return BANDS.get(code) or translate("labels", "Berakhir ≤ {days} hari").format(days=code)
