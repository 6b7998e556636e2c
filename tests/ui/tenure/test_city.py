"""The city office sees every replacement and every term ending in its area, and changes none of it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QPushButton

from jamsostek_desktop.services.participants import enrolment
from jamsostek_desktop.services.sync import export as sync_export
from jamsostek_desktop.services.sync import importing as sync_import
from jamsostek_desktop.services.tenure import replacement
from tests.unit.sync.conftest import nik, offices, person  # noqa: F401 (offices: a fixture)


def test_the_city_window_lists_the_area_read_only(offices, tmp_path, qtbot):  # noqa: F811
    from jamsostek_desktop.ui.main_window import MainWindow
    from jamsostek_desktop.ui.tenure.menu import open_tenure_window

    today = dt.date.today()
    files = []
    for name, serial in (("yosodadi", 1), ("hadimulyo", 2)):
        offices.use(name)
        tmt = today - dt.timedelta(days=5 * 365 - 10)
        p = enrolment.enrol({**person(nik(serial), f"Ketua {name}"), "tmt": tmt}, "ketua-rt", accept_warnings=True)
        other = enrolment.enrol({**person(nik(serial + 10), f"Lama {name}", rt=7), "tmt": tmt}, "ketua-rt",
                                accept_warnings=True)
        replacement.replace(other.id, "meninggal", today - dt.timedelta(days=3))
        assert p.id
        files.append(sync_export.export(tmp_path / f"{name}.jamsync").path)
    offices.use("city")
    assert not sync_import.import_files(files).refused
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    dialog = open_tenure_window(window)
    qtbot.addWidget(dialog)
    ending = dialog.terms_tab.model
    assert {ending.data(ending.index(r, 0)) for r in range(ending.rowCount())} == {"Ketua yosodadi", "Ketua hadimulyo"}
    assert not dialog.terms_tab.view.isColumnHidden(4)          # the kelurahan column
    assert dialog.replacements_tab.model.rowCount() == 2
    # Read only: no button that would write.
    names = {b.objectName() for b in dialog.findChildren(QPushButton)}
    assert names == {"print_history", "show_month"}
    assert window.findChild(type(window.action_add), "tenure_replace") is None
