"""Labels the domain defines in Indonesian (statuses, common fields, roles) have English entries."""

from __future__ import annotations

import pytest

from jamsostek_desktop.domain import participant, spreadsheet_headers, status
from jamsostek_desktop.services import session
from jamsostek_desktop.ui import domain_texts


def test_every_domain_label_is_marked_for_translation():
    assert set(status.LABELS.values()) <= set(domain_texts.STATUS_LABELS)
    assert {f.label for f in participant.COMMON_FIELDS} <= set(domain_texts.FIELD_LABELS)
    assert set(session.ROLE_LABELS.values()) <= set(domain_texts.ROLE_LABELS)
    assert set(spreadsheet_headers.TARGET_LABELS.values()) <= set(domain_texts.FIELD_LABELS)


def test_every_service_label_of_printing_and_sync_is_marked():
    from jamsostek_desktop.services import conflicts, reports, sync_report

    shown = (set(reports.DOCUMENTS.values()) | set(sync_report.OUTCOME_LABELS.values())
             | set(conflicts.KIND_LABELS.values()) | set(conflicts.STATUS_LABELS.values())
             | set(conflicts.RESOLUTION_LABELS.values()) | {label for _key, label in conflicts.COMPARED})
    assert shown <= set(domain_texts.SERVICE_LABELS)


def test_labels_follow_the_interface_language(qapp):
    assert domain_texts.status_label("verified") == "Terverifikasi"
    assert domain_texts.role_label("verifikator") == "Verifikator"


@pytest.mark.usefixtures("english")
def test_labels_in_english():
    assert domain_texts.status_label("verified") == "Verified"
    assert domain_texts.field_label("Tanggal lahir") == "Date of birth"
    assert domain_texts.role_label("verifikator") == "Verifier"
    # A label the catalogue does not know (a category's own field) passes through unchanged.
    assert domain_texts.field_label("Nomor RT") == "Nomor RT"
