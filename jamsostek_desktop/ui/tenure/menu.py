"""Menu entries of the tenure feature: install(window) adds them to the main window's "Data" menu.

"Masa jabatan & klaim…" opens the tenure window (city: read only, for the region picked);
a kelurahan also gets the actions on the participant selected in the list: Ganti pejabat,
a new SK, a death or an accident, the coverage months.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from jamsostek_desktop.services.participants import profile as profile_service
from jamsostek_desktop.ui.common import messages as ask
from jamsostek_desktop.ui.tenure import actions

# lupdate extracts translate("Context", "literal") calls; a wrapper function would hide them.
translate = QCoreApplication.translate


def open_tenure_window(window, tab: int = 0):
    from jamsostek_desktop.ui.tenure.window import TenureWindow

    prefix = window.navigator.kelurahan_prefix() if getattr(window, "city_mode", False) else None
    dialog = TenureWindow(window, prefix)
    dialog.tabs.setCurrentIndex(tab)
    window._tenure_window = dialog        # kept for tests and so it is not garbage collected
    dialog.show()
    return dialog


def _on_selected(window, action, title: str) -> bool:
    ids = window.selected_participant_ids()
    if len(ids) != 1:
        ask.inform(window, title, translate("TenureMenu", "Pilih satu peserta di daftar terlebih dahulu."))
        return False
    return action(window, ids[0], window)


def install(window) -> None:
    data = "menu_data"
    window.menu(data).addSeparator()
    window.add_action(data, "tenure_window", translate("TenureMenu", "Masa &jabatan && klaim…"), lambda: open_tenure_window(window),
                      "Ctrl+J")
    if profile_service.is_city():
        return
    window.add_action(data, "tenure_replace", translate("TenureMenu", "&Ganti pejabat…"),
                      lambda: _on_selected(window, actions.replace, translate("TenureMenu", "Ganti pejabat")), "Ctrl+G")
    window.add_action(data, "tenure_extend", translate("TenureMenu", "Perpanjang masa jabatan (SK &baru)…"),
                      lambda: _on_selected(window, actions.extend, translate("TenureMenu", "Perpanjang masa jabatan")))
    window.add_action(data, "tenure_event", translate("TenureMenu", "Catat &kematian / kecelakaan kerja…"),
                      lambda: _on_selected(window, actions.record_event, translate("TenureMenu", "Catat peristiwa")))
    window.add_action(data, "tenure_coverage", translate("TenureMenu", "Bulan &cakupan…"),
                      lambda: _on_selected(window, actions.edit_coverage, translate("TenureMenu", "Bulan cakupan")))
