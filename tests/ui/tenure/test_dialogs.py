"""The holder dialogs: a new SK past the limit asks first; a death closes the enrolment; a claim's letter."""

from __future__ import annotations

import datetime as dt

from pypdf import PdfReader
from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QDialog

from jamsostek_desktop.db.models import Participant
from jamsostek_desktop.db.tenure_models import Claim, LifeEvent, Term
from jamsostek_desktop.services.tenure import coverage, events, terms
from jamsostek_desktop.ui.tenure import dialogs, event_dialogs


def test_a_new_sk_past_the_limit_is_saved_only_after_the_clerk_agrees(office, message_boxes):
    window, people = office
    p = people["ending"]
    terms.extend(p.id, sk_kind="SK Lurah", sk_number="2/2026", sk_date=dt.date.today())
    dialog = dialogs.ExtendDialog(window, p.id)
    dialog.number.setText("3/2031")
    dialog.sk_date.setText("01-02-2031")
    message_boxes.answers[:] = [False]
    dialog.accept()
    assert dialog.result() != QDialog.Accepted
    assert "paling banyak 2" in message_boxes.texts("question")[0]
    assert Term.select().where(Term.participant == p.id).count() == 2
    message_boxes.answers[:] = [True]
    dialog.accept()
    assert dialog.result() == QDialog.Accepted and dialog.saved.number == 3
    assert Participant.get_by_id(p.id).no_sk == "3/2031"


def test_recording_a_death_closes_the_enrolment(office):
    window, people = office
    p = people["later"]
    dialog = event_dialogs.EventDialog(window, p.id)
    moment = dt.datetime.now().replace(second=0, microsecond=0) - dt.timedelta(days=2)
    dialog.occurred.setDateTime(QDateTime(moment))
    dialog.cause.setText("sakit")
    dialog.accept()
    assert dialog.result() == QDialog.Accepted
    event = LifeEvent.get(LifeEvent.participant == p.id)
    assert event.kind == "meninggal" and event.occurred_at == moment
    assert Participant.get_by_id(p.id).status == "inactive"
    assert coverage.of(p.id).last is not None


def test_an_accident_not_reported_in_time_shows_late(office):
    window, people = office
    dialog = event_dialogs.EventDialog(window, people["later"].id, "kecelakaan")
    moment = dt.datetime.now().replace(second=0, microsecond=0) - dt.timedelta(days=5)
    dialog.occurred.setDateTime(QDateTime(moment))
    dialog.reported.setChecked(True)
    dialog.reported_at.setDateTime(QDateTime(moment + dt.timedelta(days=3)))
    dialog.accept()
    assert events.facts(dialog.saved).late
    assert Participant.get_by_id(people["later"].id).status == "draft"


def test_a_claim_is_kept_up_to_date_and_its_letter_printed(office, tmp_path, message_boxes):
    window, people = office
    claim = people["claim"]
    dialog = event_dialogs.ClaimDialog(window, claim.event_id, claim.id)
    assert dialog.checks["kk"].isChecked() and not dialog.checks["buku-tabungan"].isChecked()
    dialog.checks["buku-tabungan"].setChecked(True)
    dialog.status.setCurrentIndex(dialog.status.findData("dibayar"))
    dialog.amount.setText("42.000.000")
    dialog.submitted.setText("10-11-2026")
    dialog.accept()                                       # refused: paid without a payment date
    assert dialog.result() != QDialog.Accepted
    assert any("tanggal pembayaran" in text for text in message_boxes.texts("warning"))
    dialog.paid.setText("20-11-2026")
    written = dialog.print_letter(str(tmp_path / "pengantar.pdf"))
    saved = Claim.get_by_id(claim.id)
    assert (saved.status, saved.amount, saved.documents["buku-tabungan"]) == ("dibayar", 42_000_000, True)
    text = PdfReader(written.path).pages[0].extract_text()
    assert "SURAT PENGANTAR" in text and "Sri Wahyuni" in text and "Joko Purwanto" in text
    assert "☑" in text and "Jaminan Kematian (JKM)" in text


def test_a_new_claim_opens_from_the_event(office):
    window, people = office
    event = LifeEvent.get(LifeEvent.kind == "kecelakaan")
    dialog = event_dialogs.ClaimDialog(window, event.id)
    assert [dialog.kind.itemData(i) for i in range(dialog.kind.count())] == ["jkk"]
    assert not dialog.letter_button.isEnabled()
    dialog.heir.setText("")
    dialog.accept()
    claim = Claim.get(Claim.event == event.id)
    assert claim.kind == "jkk" and claim.status == "disiapkan"


def test_coverage_months_are_checked_in_the_dialog(office, message_boxes):
    window, people = office
    dialog = dialogs.CoverageDialog(window, people["later"].id)
    dialog.first.setText("05-2026")
    dialog.last.setText("2026-02")
    dialog.accept()
    assert dialog.result() != QDialog.Accepted
    assert any("sebelum bulan pertamanya" in text for text in message_boxes.texts("warning"))
    dialog.last.setText("")
    dialog.accept()
    assert dialog.result() == QDialog.Accepted
    assert coverage.of(people["later"].id).first == dt.date(2026, 5, 1)


def test_the_term_end_note_is_shown_whole(office, qtbot):
    from PySide6.QtWidgets import QLabel

    window, people = office
    shown = None
    for person in people.values():
        dialog = dialogs.CoverageDialog(window, person.id)
        qtbot.addWidget(dialog)
        note = dialog.findChild(QLabel, "term_end_note")
        if note is not None:
            shown = (dialog, note)
            break
    assert shown is not None, "nobody in the office has a term end"
    dialog, note = shown
    dialog.show()
    qtbot.waitExposed(dialog)
    assert note.wordWrap()
    # The sentence fits the label's width (a label that does not wrap is cut at the dialog's edge).
    assert note.sizeHint().width() <= dialog.width()
    assert note.heightForWidth(note.width()) <= note.height()
