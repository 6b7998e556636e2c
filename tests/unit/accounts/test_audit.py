"""The audit trail: filters, history per participant, CSV export."""

from __future__ import annotations

import csv
import datetime as dt

import pytest

from jamsostek_desktop.db.models import AuditEntry
from jamsostek_desktop.errors import PermissionDeniedError
from jamsostek_desktop.services.accounts import audit
from jamsostek_desktop.services.accounts.audit import AuditFilter
from jamsostek_desktop.services.participants import enrolment


@pytest.fixture
def edited(staffed_db, login_as, person):
    login_as("budi")
    p = enrolment.enrol(dict(person), "ketua-rt", accept_warnings=True)
    enrolment.update(p.id, {"telepon": "081299990000", "alamat": "Jl. Melati 9"},
                     accept_warnings=True, reason="pindah rumah")
    login_as("sari")
    enrolment.archive([p.id], "meninggal dunia")
    return p


def test_history_of_a_participant_is_oldest_first_with_who_and_why(edited):
    rows = audit.history(edited.id)
    assert [r.action for r in rows] == ["create", "update", "update", "archive"]
    assert [r.actor for r in rows] == ["budi", "budi", "budi", "sari"]
    phone = next(r for r in rows if r.field == "telepon")
    assert (phone.old_value, phone.new_value, phone.reason) == ("081234567890", "081299990000", "pindah rumah")
    assert rows[-1].reason == "meninggal dunia"


def test_filters_combine(edited):
    assert audit.count(AuditFilter(actor="sari", table="participant")) == 1
    assert audit.count(AuditFilter(action="update", text="melati")) == 1
    assert audit.count(AuditFilter(table="user_account", action="login")) == 2
    today = audit.office_today()             # the office's day (WIB), whatever the test machine's zone
    assert audit.count(AuditFilter(date_from=today, date_to=today)) == AuditEntry.select().count()
    assert audit.count(AuditFilter(date_to=today - dt.timedelta(days=1))) == 0
    ids = audit.entry_ids(AuditFilter(actor="budi"))
    newest = audit.by_ids(ids[:1])[ids[0]]
    assert newest.at == max(e.at for e in AuditEntry.select().where(AuditEntry.actor == "budi"))
    assert "budi" in audit.distinct_values("actor")
    assert audit.record_labels([edited.uuid]) == {edited.uuid: "Slamet Riyadi"}


def test_export_writes_every_matching_entry(edited, login_as, tmp_path):
    login_as("sari")
    out = tmp_path / "audit.csv"
    done = audit.export_csv(out, AuditFilter(table="participant"))
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == list(audit.EXPORT_COLUMNS)
    assert done.path == out and done.rows == len(rows) - 1 == 4
    assert rows[-1][1:4] == ["sari", "archive", "participant"]
    assert rows[-1][8] == "meninggal dunia"
    assert not list(tmp_path.glob(".*"))     # no temporary left


def test_operator_cannot_export_the_global_log(edited, login_as, tmp_path):
    login_as("budi")
    with pytest.raises(PermissionDeniedError):
        audit.export_csv(tmp_path / "audit.csv")
    assert not (tmp_path / "audit.csv").exists()


def test_secret_fields_are_masked_whatever_the_caller_passes(kelurahan_db):
    from jamsostek_desktop.db.connection import db

    with db.atomic():
        audit.record("update", "user_account", "x", field="password", old="lama123", new="baru123")
        audit.record_changes("update", "user_account", "x", {"password_hash": "a"}, {"password_hash": "b"})
    values = {(e.old_value, e.new_value) for e in AuditEntry.select().where(AuditEntry.record == "x")}
    assert values == {("***", "***")}


def test_cli_exports_the_audit_log(staffed_db, monkeypatch, tmp_path, capsys):
    from jamsostek_desktop.cli import main
    from tests.conftest import PASSWORDS

    monkeypatch.setenv("JAMSOSTEK_PASSWORD", PASSWORDS["admin"])
    out = tmp_path / "log.csv"
    assert main(["--db", str(staffed_db), "--user", "admin", "audit", "export", str(out),
                 "--table", "user_account"]) == 0
    text = out.read_text(encoding="utf-8-sig")
    assert "budi" in text and "role" in text
    assert PASSWORDS["budi"] not in text
    assert "entri log audit diekspor" in capsys.readouterr().out
