"""The Anggaran & iuran window driven through its widgets: the plan, BPJS's answer, the invoice."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton

from jamsostek_desktop.db.models import Participant
from tests.unit.money.conftest import write_xlsx
from tests.unit.money.test_reconcile import HEADER, line
from tests.unit.printing.pdf_reading import flat, pdf_text


def rows(model) -> list[tuple]:
    return [tuple(model.data(model.index(r, c)) for c in range(model.columnCount())) for r in range(model.rowCount())]


def test_models_pass_the_model_tester(money_window, qtmodeltester):
    dialog, _window, _people = money_window
    for tab in (dialog.budget_tab, dialog.answers_tab, dialog.invoice_tab):
        qtmodeltester.check(tab.model)


def test_menu_opens_each_tab(money_window, qtbot):
    _dialog, window, _people = money_window
    window.findChild(QAction, "money_invoice").trigger()
    assert window._money_window.tabs.currentWidget() is window._money_window.invoice_tab


def test_budget_plan_with_ceiling_priority_jht_and_pdf(money_window, qtbot, message_boxes):
    dialog, _window, _people = money_window
    tab = dialog.budget_tab
    # the town's planned people are all Ketua RT: Gita (Nonaktif) is not planned for, the rest are
    planned = Participant.select().where(Participant.status.in_(["draft", "verified", "submitted", "active"])).count()
    rt = next(r for r in rows(tab.model) if r[0] == "Ketua RT")
    assert rt[2] == str(planned) and rt[3] == "Rp16.800" and rt[5] == f"Rp{planned * 16_800 * 12:,}".replace(",", ".")
    assert "Tambah JHT untuk semua: +Rp" in tab.note.text()
    # one more month less: the amount follows
    tab.months.setValue(6)
    rt = next(r for r in rows(tab.model) if r[0] == "Ketua RT")
    assert rt[4] == "6" and rt[5] == f"Rp{planned * 16_800 * 6:,}".replace(",", ".")
    # a ceiling that pays for three people for six months
    tab.ceiling.setText("302.400")
    qtbot.mouseClick(tab.findChild(QPushButton, "calculate"), Qt.LeftButton)
    rt = next(r for r in rows(tab.model) if r[0] == "Ketua RT")
    assert rt[2] == str(planned) and rt[6] == str(planned - 3) and "Plafon Rp302.400" in tab.note.text()
    # JHT for Ketua RT only
    tab.view.selectRow(tab.model._keys.index("ketua-rt"))
    tab.toggle_jht()
    rt = next(r for r in rows(tab.model) if r[0] == "Ketua RT")
    assert rt[1] == "BPU + JHT" and rt[3] == "Rp36.800"
    tab.ceiling.clear()
    tab.recalculate()
    tab.print_plan()
    text = flat(" ".join(pdf_text(tab.last_written)))
    assert "RENCANA KEBUTUHAN ANGGARAN" in text and f"{planned} orang × Rp36.800 × 6 bulan" in text
    assert message_boxes.texts("information")


def test_priority_moves_a_category_up(money_window):
    tab = money_window[0].budget_tab
    first = tab.model._keys[0]
    second = tab.model._keys[1]
    tab.view.selectRow(1)
    tab.move(-1)
    assert tab.model._keys[:2] == [second, first] and tab.order[:2] == [second, first]


def test_a_bad_ceiling_is_refused_with_a_message(money_window, message_boxes):
    tab = money_window[0].budget_tab
    tab.ceiling.setText("satu milyar")
    tab.recalculate()
    assert any("angka Rupiah" in text for text in message_boxes.texts("warning"))


def test_answer_checked_then_applied(money_window, qtbot, tmp_path, message_boxes):
    dialog, _window, people = money_window
    indah = people["Indah"]
    path = write_xlsx(tmp_path / "jawaban.xlsx", [["NIK", "No. KPJ", "Tgl Daftar", "Status"],
                                                  [indah.nik, "23000000099", "05-11-2026", "BERHASIL"],
                                                  ["1872011208759999", "23000000098", "05-11-2026", "BERHASIL"],
                                                  [indah.nik, "1.2E+10", "05-11-2026", "BERHASIL"]])
    tab = dialog.answers_tab
    dialog.chosen["open"] = str(path)
    tab.choose()
    qtbot.waitUntil(lambda: tab.report is not None)
    assert "Dibaca 3 baris = cocok 1 (terdaftar 1, ditolak 0) + tidak cocok 1 + tidak dipakai 1" in tab.summary.text()
    assert Participant.get_by_id(indah.id).status == "submitted"        # checking changes nothing
    assert [r[2] for r in rows(tab.model)] == ["Terdaftar", "Tidak cocok", "Tidak dipakai"]
    assert "23000000099" not in " ".join(map(str, rows(tab.model)[0]))  # the KPJ masked on screen
    tab.report = None
    tab.apply()
    qtbot.waitUntil(lambda: tab.report is not None and tab.report.applied)
    assert (Participant.get_by_id(indah.id).status, Participant.get_by_id(indah.id).kpj) == ("active", "23000000099")
    assert any("1 peserta menjadi Aktif" in t for t in message_boxes.texts("information"))


def test_invoice_reconciled_with_minutes_and_differences(money_window, qtbot, tmp_path):
    dialog, _window, t = money_window
    bill = write_xlsx(tmp_path / "tagihan.xlsx", [HEADER, line(t["Ani"]), line(t["Dedi"]), line(t["Citra"], jkk=20_000)])
    tab = dialog.invoice_tab
    tab.path.setText(str(bill))
    tab.month.setText("11-2026")
    tab.run()
    qtbot.waitUntil(lambda: tab.result is not None)
    text = tab.summary.text()
    assert "3 baris: sesuai 1, jumlah berbeda 1, ditagih tetapi tidak tercakup 1 (meninggal dunia 1)" in text
    assert "kelebihan bayar Rp26.800" in text
    reasons = {r[2]: r[3] for r in rows(tab.model)}
    assert reasons["Dedi"] == "meninggal dunia" and reasons["Citra"] == "jumlah berbeda dari tarif"
    assert reasons["Fajar"] == "tercakup, tidak ditagih"
    tab.branch.setText("Metro")
    tab.save_minutes()
    assert "BERITA ACARA REKONSILIASI IURAN" in flat(pdf_text(tab.last_written)[0])
    tab.save_differences()
    assert tab.last_written.suffix == ".xlsx" and tab.last_written.exists()


def test_a_file_that_is_not_an_invoice_shows_why(money_window, qtbot, tmp_path, message_boxes):
    tab = money_window[0].invoice_tab
    tab.path.setText(str(write_xlsx(tmp_path / "x.xlsx", [["NAMA"], ["Ani"]])))
    tab.run()
    qtbot.waitUntil(lambda: tab.run_button.isEnabled())
    assert any("baris judul kolom tidak ditemukan" in text for text in message_boxes.texts("warning"))


def test_the_export_dialog_offers_the_bpjs_profiles(money_window, qtbot, tmp_path):
    from python_calamine import CalamineWorkbook

    from jamsostek_desktop.ui.excel.export_dialog import ExportDialog

    dialog = ExportDialog(None)
    qtbot.addWidget(dialog)
    assert not dialog.profile_combo.isEnabled()
    dialog.bpjs_radio.setChecked(True)
    assert dialog.profile_combo.isEnabled()
    codes = [dialog.profile_combo.itemData(i) for i in range(dialog.profile_combo.count())]
    assert {"bpjs", "bpu-kolektif", "pu-upload"} <= set(codes)
    dialog.profile_combo.setCurrentIndex(codes.index("pu-upload"))
    dialog.path_edit.setText(str(tmp_path / "upload.xlsx"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.result_info is not None, timeout=10_000)
    rows = CalamineWorkbook.from_path(str(tmp_path / "upload.xlsx")).get_sheet_by_index(0).to_python()
    assert rows[0][:2] == ["NIK", "NAMA"] and all(isinstance(r[0], str) for r in rows[1:])


def test_an_administrator_edits_a_profile_through_a_file(money_window, qtbot, tmp_path, message_boxes):
    import json

    from jamsostek_desktop.services.money import profiles
    from jamsostek_desktop.ui.money.menu import open_profiles_dialog

    _dialog, window, _people = money_window
    dialog = open_profiles_dialog(window)
    qtbot.addWidget(dialog)
    dialog.combo.setCurrentIndex(dialog.combo.findData("bpu-kolektif"))
    assert "NIK" in dialog.columns.text()
    dialog.save_file()
    content = json.loads(dialog.last_written.read_text(encoding="utf-8"))
    content["kolom"] = content["kolom"][:3]
    edited = tmp_path / "cabang-metro.json"
    edited.write_text(json.dumps(content), encoding="utf-8")
    dialog.load(str(edited))
    assert dialog.combo.currentData() == "cabang-metro" and "(3 " in dialog.combo.currentText()
    broken = tmp_path / "rusak.json"
    broken.write_text('{"kolom": [', encoding="utf-8")
    dialog.load(str(broken))
    assert any("rusak di baris" in text for text in message_boxes.texts("warning"))
    assert "rusak" not in {p.code for p in profiles.all_profiles()}


def test_the_umk_basis_says_when_no_umk_was_entered_and_takes_one(money_window, message_boxes):
    tab = money_window[0].budget_tab
    tab.basis.setCurrentIndex(tab.basis.findData("umk"))
    assert "UMK belum diisi" in tab.note.text()
    tab.apply_umk("dua juta")
    assert any("angka Rupiah" in t for t in message_boxes.texts("warning"))
    tab.apply_umk("Rp 2.800.000")
    rt = next(r for r in rows(tab.model) if r[0] == "Ketua RT")
    # BPU at the UMK: JKK 1% of Rp2.800.000 + JKM Rp6.800
    assert rt[3] == "Rp34.800" and "UMK belum diisi" not in tab.note.text()
