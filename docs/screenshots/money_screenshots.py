"""Screenshots of the Anggaran & iuran window (issue 15), Indonesian and English, and the first pages
of its PDFs.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/money_screenshots.py

A kelurahan of 300 demo participants; the answer and the invoice are made from its own people,
with a few faults seeded (an unknown NIK, a rounded KPJ, a person billed twice, a wrong amount).
Each tab is shot at 1024x768 and 1366x768; the plan and the minutes are written as PDFs and their
first page saved as PNG (pdftoppm from poppler-utils).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="money-shots-"))
    os.environ["JAMSOSTEK_HOME"] = str(folder / "home")
    from PySide6.QtWidgets import QApplication

    from jamsostek_desktop.ui.common import i18n

    app = QApplication(sys.argv[:1])
    from tests.ui.money.scenario import build

    answer, bill = build(folder)
    from jamsostek_desktop.services.money import documents
    from jamsostek_desktop.ui.money.window import MoneyWindow

    for language in ("id", "en"):
        i18n.install(app, language)
        window = MoneyWindow(None)
        window.show()
        tab = window.budget_tab
        tab.ceiling.setText("40.000.000")
        tab.recalculate()
        window.answers_tab.path.setText(str(answer))
        window.answers_tab.run(apply=False).wait()
        window.invoice_tab.path.setText(str(bill))
        window.invoice_tab.run().wait()
        app.processEvents()
        suffix = "-en" if language == "en" else ""
        for width in (1024, 1366):
            window.resize(width, 768 - 60)
            for index, name in enumerate(("budget", "answers", "invoice")):
                window.tabs.setCurrentIndex(index)
                app.processEvents()
                window.grab().save(str(HERE / f"money-{name}{suffix}-{width}.png"))
        if language == "id":
            plan = documents.plan_pdf(tab.plan, folder / "rka.pdf",
                                      comparisons=(("Tambah JHT untuk semua", tab.comparison),)).path
            minutes = documents.minutes_pdf(window.invoice_tab.result, bill.name, folder / "ba.pdf",
                                            branch="Metro").path
            if shutil.which("pdftoppm"):
                for pdf, name in ((plan, "money-plan"), (minutes, "money-minutes")):
                    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                                    str(HERE / name)], check=True)
        window.close()
        if language == "id":
            from jamsostek_desktop.services.printing import documents as printing

            summary = printing.summary(folder / "rekap.pdf").path
            if shutil.which("pdftoppm"):
                subprocess.run(["pdftoppm", "-png", "-r", "60", str(summary), str(folder / "rekap")], check=True)
                pages = sorted(folder.glob("rekap-*.png"))
                shutil.copy(pages[-1], HERE / "money-summary-budget.png")
        from jamsostek_desktop.ui.main_window import MainWindow

        main_window = MainWindow()
        main_window.resize(1024, 768)
        main_window.show()
        main_window.show_dashboard()
        app.processEvents()
        from PySide6.QtWidgets import QScrollArea

        page = main_window.dashboard_page
        for area in [page, *page.findChildren(QScrollArea)]:
            if isinstance(area, QScrollArea):          # the money box is at the bottom of the page
                area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
        app.processEvents()
        main_window.grab().save(str(HERE / f"money-dashboard{suffix}-1024.png"))
        main_window.close()
        i18n.uninstall(app)
    print("screenshots in", HERE)


if __name__ == "__main__":
    main()
