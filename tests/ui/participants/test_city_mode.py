"""City mode: the navigator shows kota -> kecamatan -> kelurahan and narrows lists and figures."""

from __future__ import annotations

import pytest

from jamsostek_desktop.domain.scope import Scope

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

KELURAHAN = [("18.72.01.1001", "Yosodadi", "Metro Timur"), ("18.72.01.1002", "Iringmulyo", "Metro Timur"),
             ("18.72.02.1001", "Metro", "Metro Pusat")]


@pytest.fixture
def city_window(empty_db, qtbot):
    from jamsostek_desktop.app import create_main_window
    from jamsostek_desktop.db.connection import db
    from jamsostek_desktop.services.participants import demo_data, profile, regions
    from jamsostek_desktop.services.startup import init_db

    profile.save({"region_code": "18.72", "kota": "Kota Metro", "provinsi": "Lampung"}, mode="city")
    with db.atomic():
        for code, name, kecamatan in KELURAHAN:
            regions.register(code, name, kecamatan, "Kota Metro")
    demo_data.generate(90, seed=5, kelurahan_codes=[k[0] for k in KELURAHAN])
    init_db(empty_db)
    win = create_main_window(empty_db)
    qtbot.addWidget(win)
    win.show()
    return win


def _item(tree, prefix):
    from PySide6.QtCore import Qt

    from jamsostek_desktop.ui.participants.navigator import VALUE_ROLE

    return next(i for i in tree.findItems("*", Qt.MatchWildcard | Qt.MatchRecursive)
                if i.data(0, VALUE_ROLE) == prefix)


def test_region_tree_narrows_list_and_dashboard(city_window):
    from jamsostek_desktop.db.models import Participant

    nav = city_window.navigator
    tree = nav.region_tree
    assert tree is not None
    root = tree.topLevelItem(0)
    assert root.text(0) == "Kota Metro (90)"
    kecamatan = [root.child(i).text(0).split(" (")[0] for i in range(root.childCount())]
    assert sorted(kecamatan) == ["Kec. Metro Pusat", "Kec. Metro Timur"]
    assert not city_window.action_add.isEnabled()   # a city adds only inside a chosen kelurahan

    tree.setCurrentItem(_item(tree, "18.72.01"))
    expected = Participant.select().where(Participant.kelurahan_code.startswith("18.72.01")).count()
    assert city_window.current_scope() == Scope(kelurahan_prefix="18.72.01")
    assert city_window.list_page.model.rowCount() == expected
    assert nav.all_item.text(0) == f"Semua peserta ({expected})"

    tree.setCurrentItem(_item(tree, "18.72.02.1001"))
    only = Participant.select().where(Participant.kelurahan_code == "18.72.02.1001").count()
    assert city_window.list_page.model.rowCount() == only
    assert city_window.list_page.model.data(city_window.list_page.model.index(0, 6)) == "Metro"
    assert city_window.action_add.isEnabled()
    city_window.show_dashboard()
    assert city_window.dashboard_page.card_total.text() == str(only)
    assert city_window.dashboard_page.title.text() == "Dasbor — Metro"
