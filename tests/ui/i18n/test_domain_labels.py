"""Labels the domain defines in Indonesian (statuses, common fields, roles) have English entries."""

from __future__ import annotations

import pytest

from jamsostek_desktop.domain import participant, spreadsheet_headers, status
from jamsostek_desktop.services.accounts import session
from jamsostek_desktop.ui.common import labels


def test_every_domain_label_is_marked_for_translation():
    assert set(status.LABELS.values()) <= set(labels.STATUS_LABELS)
    assert {f.label for f in participant.COMMON_FIELDS} <= set(labels.FIELD_LABELS)
    assert set(session.ROLE_LABELS.values()) <= set(labels.ROLE_LABELS)
    assert set(spreadsheet_headers.TARGET_LABELS.values()) <= set(labels.FIELD_LABELS)


def test_every_service_label_of_printing_and_sync_is_marked():
    from jamsostek_desktop.services.printing import documents
    from jamsostek_desktop.services.sync import conflicts, import_report

    shown = (set(documents.DOCUMENTS.values()) | set(import_report.OUTCOME_LABELS.values())
             | set(conflicts.KIND_LABELS.values()) | set(conflicts.STATUS_LABELS.values())
             | set(conflicts.RESOLUTION_LABELS.values()) | {label for _key, label in conflicts.COMPARED})
    assert shown <= set(labels.SERVICE_LABELS)


def test_labels_follow_the_interface_language(qapp):
    assert labels.status_label("verified") == "Terverifikasi"
    assert labels.role_label("verifikator") == "Verifikator"


@pytest.mark.usefixtures("english")
def test_labels_in_english():
    assert labels.status_label("verified") == "Verified"
    assert labels.field_label("Tanggal lahir") == "Date of birth"
    assert labels.role_label("verifikator") == "Verifier"
    # A label the catalogue does not know (a category's own field) passes through unchanged.
    assert labels.field_label("Nomor RT") == "Nomor RT"
