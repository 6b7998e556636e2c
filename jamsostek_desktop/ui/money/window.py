"""The "Anggaran & iuran" window: the budget plan, BPJS's answer and the monthly invoice, one tab each.

A kelurahan plans and reconciles its own people; the city its whole area or the region picked
in its tree (the answer import changes participants, so the city, which only receives, has no
answer tab).
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout, QWidget

from jamsostek_desktop.domain.scope import Scope
from jamsostek_desktop.services.participants import profile as profile_service
from jamsostek_desktop.ui.money.answers_tab import AnswersTab
from jamsostek_desktop.ui.money.budget_tab import BudgetTab
from jamsostek_desktop.ui.money.invoice_tab import InvoiceTab

BUDGET, ANSWERS, INVOICE = range(3)


class MoneyWindow(QDialog):
    def __init__(self, parent: QWidget | None, kelurahan_prefix: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("money_window")
        self.setWindowTitle(self.tr("Anggaran & iuran"))
        self.resize(980, 640)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("money_tabs")
        self.budget_tab = BudgetTab(self, Scope(kelurahan_prefix=kelurahan_prefix))
        self.tabs.addTab(self.budget_tab, self.tr("Rencana anggaran"))
        self.answers_tab = None
        if not profile_service.is_city():
            self.answers_tab = AnswersTab(self)
            self.tabs.addTab(self.answers_tab, self.tr("Jawaban BPJS"))
        self.invoice_tab = InvoiceTab(self, kelurahan_prefix)
        self.tabs.addTab(self.invoice_tab, self.tr("Rekonsiliasi iuran"))
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

    def show_tab(self, which: int) -> None:
        target = {BUDGET: self.budget_tab, ANSWERS: self.answers_tab, INVOICE: self.invoice_tab}[which]
        if target is not None:
            self.tabs.setCurrentWidget(target)
