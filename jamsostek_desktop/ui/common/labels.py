"""English (or any interface language) for the labels the domain layer defines in Indonesian.

The domain and services layers may not import Qt, so their labels (participant
statuses, the common form fields and Excel column targets, user roles) are marked here for lupdate with
QT_TRANSLATE_NOOP and translated when a widget shows them. A test checks that
every domain label has its entry. Category names and their own fields come from
the catalogue (data, not code) and stay as the catalogue spells them.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from jamsostek_desktop.domain import status
from jamsostek_desktop.services.accounts import session

STATUS_LABELS = (
    QT_TRANSLATE_NOOP("Status", "Draf"),
    QT_TRANSLATE_NOOP("Status", "Terverifikasi"),
    QT_TRANSLATE_NOOP("Status", "Diajukan"),
    QT_TRANSLATE_NOOP("Status", "Aktif"),
    QT_TRANSLATE_NOOP("Status", "Nonaktif"),
    QT_TRANSLATE_NOOP("Status", "Ditolak"),
)

FIELD_LABELS = (
    QT_TRANSLATE_NOOP("Field", "NIK"),
    QT_TRANSLATE_NOOP("Field", "Nama lengkap"),
    QT_TRANSLATE_NOOP("Field", "Tempat lahir"),
    QT_TRANSLATE_NOOP("Field", "Tanggal lahir"),
    QT_TRANSLATE_NOOP("Field", "Jenis kelamin"),
    QT_TRANSLATE_NOOP("Field", "Alamat"),
    QT_TRANSLATE_NOOP("Field", "RT"),
    QT_TRANSLATE_NOOP("Field", "RW"),
    QT_TRANSLATE_NOOP("Field", "Nomor HP"),
    QT_TRANSLATE_NOOP("Field", "Email"),
    QT_TRANSLATE_NOOP("Field", "Nomor SK"),
    QT_TRANSLATE_NOOP("Field", "Tanggal SK"),
    QT_TRANSLATE_NOOP("Field", "Mulai bertugas (TMT)"),
    QT_TRANSLATE_NOOP("Field", "Ikut JHT"),
    QT_TRANSLATE_NOOP("Field", "Penghasilan dilaporkan"),
    QT_TRANSLATE_NOOP("Field", "Nomor KPJ"),
    # The Excel importer's column targets (domain.spreadsheet_headers.TARGET_LABELS)
    QT_TRANSLATE_NOOP("Field", "(abaikan)"),
    QT_TRANSLATE_NOOP("Field", "Tempat, tanggal lahir"),
    QT_TRANSLATE_NOOP("Field", "RT/RW (contoh 003/002)"),
    QT_TRANSLATE_NOOP("Field", "Kategori"),
    QT_TRANSLATE_NOOP("Field", "Kode kelurahan"),
)

ROLE_LABELS = (
    QT_TRANSLATE_NOOP("Role", "Operator"),
    QT_TRANSLATE_NOOP("Role", "Verifikator"),
    QT_TRANSLATE_NOOP("Role", "Administrator"),
)

# Labels the services define for the printing and sync screens: the documents
# (services.reports.DOCUMENTS), import outcomes (services.sync_report.OUTCOME_LABELS),
# and the conflict list (services.conflicts: kinds, states, resolutions, compared fields).
SERVICE_LABELS = (
    QT_TRANSLATE_NOOP("Label", "Daftar nominatif peserta"),
    QT_TRANSLATE_NOOP("Label", "Tanda terima kartu peserta"),
    QT_TRANSLATE_NOOP("Label", "Rekapitulasi peserta dan iuran"),
    QT_TRANSLATE_NOOP("Label", "Digabung"),
    QT_TRANSLATE_NOOP("Label", "Sudah pernah diterima"),
    QT_TRANSLATE_NOOP("Label", "Uji coba (tidak disimpan)"),
    QT_TRANSLATE_NOOP("Label", "Ditolak"),
    QT_TRANSLATE_NOOP("Label", "Konflik"),
    QT_TRANSLATE_NOOP("Label", "NIK ganda"),
    QT_TRANSLATE_NOOP("Label", "Terbuka"),
    QT_TRANSLATE_NOOP("Label", "Selesai"),
    QT_TRANSLATE_NOOP("Label", "Versi kelurahan dipakai"),
    QT_TRANSLATE_NOOP("Label", "Versi kota dipertahankan"),
    QT_TRANSLATE_NOOP("Label", "Satu pendaftaran dipertahankan, lainnya diarsipkan"),
    QT_TRANSLATE_NOOP("Label", "Dikembalikan ke kelurahan"),
    QT_TRANSLATE_NOOP("Label", "Nama"),
    QT_TRANSLATE_NOOP("Label", "NIK"),
    QT_TRANSLATE_NOOP("Label", "Kategori"),
    QT_TRANSLATE_NOOP("Label", "Status"),
    QT_TRANSLATE_NOOP("Label", "Diarsipkan"),
    QT_TRANSLATE_NOOP("Label", "Tempat lahir"),
    QT_TRANSLATE_NOOP("Label", "Tanggal lahir"),
    QT_TRANSLATE_NOOP("Label", "Jenis kelamin"),
    QT_TRANSLATE_NOOP("Label", "Alamat"),
    QT_TRANSLATE_NOOP("Label", "RT"),
    QT_TRANSLATE_NOOP("Label", "RW"),
    QT_TRANSLATE_NOOP("Label", "Nomor HP"),
    QT_TRANSLATE_NOOP("Label", "Email"),
    QT_TRANSLATE_NOOP("Label", "Nomor SK"),
    QT_TRANSLATE_NOOP("Label", "Tanggal SK"),
    QT_TRANSLATE_NOOP("Label", "TMT"),
    QT_TRANSLATE_NOOP("Label", "Ikut JHT"),
    QT_TRANSLATE_NOOP("Label", "Penghasilan"),
    QT_TRANSLATE_NOOP("Label", "KPJ"),
    QT_TRANSLATE_NOOP("Label", "Data kategori"),
    QT_TRANSLATE_NOOP("Label", "Revisi"),
    QT_TRANSLATE_NOOP("Label", "Diubah (UTC)"),
)


def status_label(code: str) -> str:
    return QCoreApplication.translate("Status", status.label(code))


def field_label(text: str) -> str:
    """A common field's label (domain.participant.COMMON_FIELDS) in the interface language."""
    return QCoreApplication.translate("Field", text)


def role_label(role: str) -> str:
    return QCoreApplication.translate("Role", session.ROLE_LABELS.get(role, role))


def service_label(text: str) -> str:
    """A label from SERVICE_LABELS in the interface language; any other text unchanged."""
    return QCoreApplication.translate("Label", text)
