"""Labels and messages the lower layers define in Indonesian are marked for the catalogue and shown in English."""

from __future__ import annotations

import pytest

from jamsostek_desktop.domain import participant, spreadsheet_headers, status
from jamsostek_desktop.errors import Message, Texts, ValidationError, translate
from jamsostek_desktop.services.accounts import audit, session
from jamsostek_desktop.ui.common import labels
from jamsostek_desktop.ui.common.i18n import translated


def test_every_domain_label_is_marked_for_translation():
    # A plain str here would never reach the catalogue and would stay Indonesian in English.
    shown = [*status.LABELS.values(), *(f.label for f in participant.COMMON_FIELDS),
             *session.ROLE_LABELS.values(), *session.PERMISSION_LABELS.values(),
             *spreadsheet_headers.TARGET_LABELS.values(), *audit.ACTION_LABELS.values(),
             *audit.TABLE_LABELS.values(), *audit.FIELD_LABELS.values()]
    assert all(isinstance(label, Message) for label in shown)


def test_every_service_label_of_printing_and_sync_is_marked():
    from jamsostek_desktop.services.backup import integrity
    from jamsostek_desktop.services.printing import documents
    from jamsostek_desktop.services.sync import conflicts, import_report

    shown = [*documents.DOCUMENTS.values(), *import_report.OUTCOME_LABELS.values(),
             *conflicts.KIND_LABELS.values(), *conflicts.STATUS_LABELS.values(),
             *conflicts.RESOLUTION_LABELS.values(), *(label for _key, label in conflicts.COMPARED),
             *integrity.COUNTED_TABLES.values()]
    assert all(isinstance(label, Message) for label in shown)


def test_a_message_is_its_indonesian_text_for_the_cli_and_logs():
    message = translate("nik", "NIK harus 16 digit (sekarang {n} digit).").format(n=8)
    assert message == "NIK harus 16 digit (sekarang 8 digit)." and str(message) == message
    assert message.source == "NIK harus 16 digit (sekarang {n} digit)." and message.params == {"n": 8}
    assert str(ValidationError(message)) == "NIK harus 16 digit (sekarang 8 digit)."


def test_labels_follow_the_interface_language(qapp):
    assert labels.status_label("verified") == "Terverifikasi"
    assert labels.role_label("verifikator") == "Verifikator"
    assert labels.catalogue_label("Ketua RT") == "Ketua RT"


@pytest.mark.usefixtures("english")
def test_labels_and_messages_in_english():
    assert labels.status_label("verified") == "Verified"
    assert labels.field_label(participant.LABELS["tanggal_lahir"]) == "Date of birth"
    assert labels.role_label("verifikator") == "Verifier"
    assert labels.catalogue_label("Ketua RT") == "RT head"
    # A name the catalogue does not know (a category a city added itself) shows as typed.
    assert labels.catalogue_label("Kader Bank Sampah Kelurahan") == "Kader Bank Sampah Kelurahan"
    # Parameters that are texts themselves are translated too; numbers pass as they are.
    missing = participant.missing_for_verification({}, _category())
    problem = translate("enrolment", "belum dapat diverifikasi; belum diisi: {missing}").format(
        missing=Texts(missing))
    refusal = translate("enrolment", "{name}: {problem}").format(name="Slamet", problem=problem)
    assert translated(refusal).startswith("Slamet: cannot be verified yet; still missing: NIK, Full name,")
    assert "Nomor RT" not in translated(refusal) and "RT number" in translated(refusal)
    assert translated(translate("nik", "NIK harus 16 digit (sekarang {n} digit).").format(n=8)) == \
        "A NIK has 16 digits (this one has 8)."


def _category():
    import json

    from jamsostek_desktop.domain.categories import load_catalogue
    from jamsostek_desktop.paths import resource

    _groups, categories = load_catalogue(json.loads(resource("categories.json").read_text(encoding="utf-8")))
    return next(c for c in categories if c.code == "ketua-rt")


@pytest.mark.usefixtures("english")
def test_file_refusals_are_typed_and_shown_in_english(tmp_path):
    """fileio's messages are marked too, and its refusals have their own type for the ui."""
    import errno

    from jamsostek_desktop import fileio
    from jamsostek_desktop.errors import ProtectedTargetError
    from jamsostek_desktop.services.printing import documents

    backup = tmp_path / "cadangan.sqlite3"
    backup.write_bytes(fileio.SQLITE_HEADER + bytes(100))
    with pytest.raises(ProtectedTargetError) as refused:
        fileio.write_bytes(backup, b"not a database")
    assert backup.read_bytes().startswith(fileio.SQLITE_HEADER)
    assert str(refused.value).startswith("cadangan.sqlite3 adalah berkas basis data")
    assert translated(refused.value.message) == (
        "cadangan.sqlite3 is a database file (perhaps a backup). It was not overwritten; nothing was "
        "changed. Choose another file name.")
    full = fileio.storage_error(OSError(errno.ENOSPC, "No space left on device"), tmp_path / "daftar.pdf",
                                documents.WHAT)
    assert translated(full.message) == (
        f"PDF document could not be saved to {tmp_path / 'daftar.pdf'}: the storage (disk) is full. "
        "No half-written file was left behind.")


@pytest.mark.usefixtures("english")
def test_days_before_a_term_ends_read_well_in_english():
    from jamsostek_desktop.ui.tenure.widgets import days_text

    assert [days_text(d) for d in (-3, -1, 0, 1, 9)] == [
        "ended 3 days ago", "ended yesterday", "ends today", "ends tomorrow", "9 days left"]
