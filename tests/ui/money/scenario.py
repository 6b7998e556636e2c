"""A kelurahan with money to plan and bills to check: 300 demo participants, BPJS's answer and the
month's invoice made from its own people with a few faults seeded (an unknown NIK, a rounded KPJ, a
person billed twice, a wrong amount, a rejection).

Used by tests/ui/gallery.py (the English walk reads every tab) and docs/screenshots/money_screenshots.py.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path


def build(folder: Path) -> tuple[Path, Path]:
    from openpyxl import Workbook

    from jamsostek_desktop.db.models import Participant
    from jamsostek_desktop.services.participants import demo_data, profile
    from jamsostek_desktop.services.startup import init_db
    from jamsostek_desktop.services.tenure import coverage
    from tests.conftest import PROFILE

    init_db(folder / "money.sqlite3")
    profile.save(dict(PROFILE))
    demo_data.generate(300, seed=7)
    month = dt.date.today().replace(day=1)
    active = list(Participant.select().where(Participant.status == "active").order_by(Participant.id))
    for p in active:
        coverage.set_months(p.id, month.replace(month=1), check_role=False)
    submitted = list(Participant.select().where(Participant.status == "submitted").order_by(Participant.id))
    answer = Workbook()
    sheet = answer.active
    sheet.append(["NIK", "NAMA", "NO KPJ", "TGL DAFTAR", "STATUS", "ALASAN"])
    for i, p in enumerate(submitted[:12]):
        if i == 3:
            sheet.append([p.nik, p.nama, "", "", "DITOLAK", "NIK tidak ditemukan di Dukcapil"])
        else:
            sheet.append([p.nik, p.nama, f"{25_000_000_000 + i}", month.strftime("%d-%m-%Y"), "BERHASIL", ""])
    sheet.append(["1872011208759999", "ORANG LAIN", "25000000098", month.strftime("%d-%m-%Y"), "BERHASIL", ""])
    sheet.append([submitted[12].nik, submitted[12].nama, "2.5E+10", "", "BERHASIL", ""])
    answer.save(folder / "jawaban-bpjs.xlsx")
    bill = Workbook()
    sheet = bill.active
    sheet.append(["PERIODE", "NIK", "NO KPJ", "NAMA TK", "JKK", "JKM", "JHT", "TOTAL"])
    for i, p in enumerate(active[:-3]):
        jht = 20_000 if p.program_jht else 0
        jkk = 20_000 if i == 5 else 10_000
        sheet.append([f"{month:%Y-%m}", p.nik, p.kpj, p.nama, jkk, 6_800, jht, jkk + 6_800 + jht])
    sheet.append([f"{month:%Y-%m}", active[0].nik, active[0].kpj, active[0].nama, 10_000, 6_800, 0, 16_800])
    sheet.append([f"{month:%Y-%m}", "1872011208759998", "", "TIDAK DIKENAL", 10_000, 6_800, 0, 16_800])
    bill.save(folder / "tagihan.xlsx")
    return folder / "jawaban-bpjs.xlsx", folder / "tagihan.xlsx"



def money(folder: Path) -> Iterator:
    """The Anggaran & iuran window, each tab filled: a plan with a ceiling, an answer checked, an invoice."""
    from jamsostek_desktop.ui.money.window import MoneyWindow
    from tests.ui.gallery import Shot, settle

    answer, bill = build(folder)
    window = MoneyWindow(None)
    window.resize(1366, 708)
    window.show()
    window.budget_tab.ceiling.setText("40.000.000")
    window.budget_tab.recalculate()
    window.answers_tab.path.setText(str(answer))
    window.answers_tab.run(apply=False)
    settle(lambda: window.answers_tab.report is not None)
    window.invoice_tab.path.setText(str(bill))
    window.invoice_tab.run()
    settle(lambda: window.invoice_tab.result is not None)
    # The files' own words: the branch's rejection reason and a name on its invoice.
    carried = frozenset({"tidak", "ditemukan", "dikenal", "dukcapil"})
    for index, name in enumerate(("money-budget", "money-answers", "money-invoice")):
        window.tabs.setCurrentIndex(index)
        settle()
        yield Shot(name, window, data=carried)
    window.close()
    window.deleteLater()
    from jamsostek_desktop.ui.money.profiles_dialog import ProfilesDialog

    dialog = ProfilesDialog(None)
    dialog.show()
    settle()
    # The column headers are the branch's file, in Indonesian: data, like a clerk's typing.
    from jamsostek_desktop.services.money import profiles

    headers = {word.lower() for p in profiles.all_profiles() for c in profiles.template(p.code).columns
               for word in c.header.replace("(", " ").replace(")", " ").split()}
    yield Shot("money-profiles", dialog, data=frozenset(headers))
    dialog.close()
    dialog.deleteLater()
