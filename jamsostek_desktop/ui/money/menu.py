"""Menu entries of the money feature: "Anggaran & iuran" in the main window's "Data" menu, with a
direct entry for each tab."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from jamsostek_desktop.services.participants import profile as profile_service

translate = QCoreApplication.translate


def open_money_window(window, tab: int = 0):
    from jamsostek_desktop.ui.money.window import MoneyWindow

    prefix = window.navigator.kelurahan_prefix() if getattr(window, "city_mode", False) else None
    dialog = MoneyWindow(window, prefix)
    dialog.show_tab(tab)
    window._money_window = dialog         # kept for tests and so it is not garbage collected
    dialog.show()
    return dialog


def install(window) -> None:
    from jamsostek_desktop.ui.money.window import ANSWERS, BUDGET, INVOICE

    data = "menu_data"
    window.menu(data).addSeparator()
    window.add_action(data, "money_budget", translate("MoneyMenu", "&Rencana anggaran…"),
                      lambda: open_money_window(window, BUDGET))
    if not profile_service.is_city():
        window.add_action(data, "money_answers", translate("MoneyMenu", "Impor &jawaban BPJS…"),
                          lambda: open_money_window(window, ANSWERS))
    window.add_action(data, "money_invoice", translate("MoneyMenu", "Rekonsiliasi &tagihan iuran…"),
                      lambda: open_money_window(window, INVOICE))
    window.add_action("menu_alat", "money_profiles", translate("MoneyMenu", "Profil ekspor &BPJS…"),
                      lambda: open_profiles_dialog(window))


def open_profiles_dialog(window):
    from jamsostek_desktop.ui.money.profiles_dialog import ProfilesDialog

    dialog = ProfilesDialog(window)
    window._profiles_dialog = dialog
    dialog.show()
    return dialog
