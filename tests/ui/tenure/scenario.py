"""A kelurahan whose list has aged: terms ending and ended, a replacement, a death, a late accident.

Used by the tenure GUI tests, by tests/ui/gallery.py (the English walk reads every window
it opens) and by docs/screenshots/tenure_screenshots.py. Dates are set around today, so the
warnings show whatever day it runs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from tests.conftest import PASSWORDS, PROFILE
from tests.unit.sync.conftest import nik, person


def _rt(serial: int, name: str, rt: int, tmt: dt.date, **extra) -> dict:
    return {**person(nik(serial), name, rt, 2), "tmt": tmt, "tanggal_sk": tmt,
            "no_sk": f"140/{serial:02d}/KPTS/LRH/{tmt.year}", **extra}


def build(folder: Path, participants: int = 30) -> dict:
    """Open a new kelurahan database in `folder` and fill it; returns the people by role."""
    from jamsostek_desktop.services.accounts import session
    from jamsostek_desktop.services.accounts import users as accounts
    from jamsostek_desktop.services.participants import demo_data, enrolment, profile
    from jamsostek_desktop.services.startup import init_db
    from jamsostek_desktop.services.tenure import coverage, events, replacement

    init_db(folder / "tenure.sqlite3")
    profile.save(dict(PROFILE))
    admin = accounts.create_user("admin", PASSWORDS["admin"], role="admin", full_name="Admin Kelurahan")
    session.set_actor(admin)
    if participants:
        demo_data.generate(participants, seed=11)
    today = dt.date.today()
    five = dt.timedelta(days=5 * 365 + 1)
    enrol = lambda v, c="ketua-rt": enrolment.enrol(v, c, accept_warnings=True)  # noqa: E731
    people = {
        "ending": enrol(_rt(101, "Slamet Riyadi", 41, today - five + dt.timedelta(days=20), kpj="23019876543")),
        "later": enrol(_rt(102, "Bambang Sutejo", 42, today - five + dt.timedelta(days=50))),
        "ended": enrol(_rt(103, "Sugiarto Wibowo", 43, today - five - dt.timedelta(days=12))),
        "leaving": enrol(_rt(104, "Hadi Purnomo", 44, today - dt.timedelta(days=900))),
        "waiting": enrol(_rt(105, "Joko Santoso", 41, today - dt.timedelta(days=3))),
        "kader": enrol({**person(nik(106), "Sri Wahyuni", 5, 2), "jenis_kelamin": "P",
                        "tanggal_lahir": dt.date(1975, 8, 12), "nik": "1872015208750106",
                        "fields": {"nama_posyandu": "Melati"}}, "kader-posyandu"),
    }
    for p in people.values():
        coverage.set_months(p.id, dt.date(2023, 1, 1))
    replacement.replace(people["leaving"].id, "pindah-domisili", today - dt.timedelta(days=30),
                        note="pindah ke Bandar Lampung")
    now = dt.datetime.now().replace(second=0, microsecond=0)
    death = events.record(people["kader"].id, "meninggal", now - dt.timedelta(days=6), cause="sakit")
    claim = events.add_claim(death.id, "jkm", heir_name="Joko Purwanto", heir_relation="suami")
    events.update_claim(claim.id, status="disiapkan", amount=None,
                        documents={"kk": True, "ktp-peserta": True, "surat-kematian": True},
                        heir_name="Joko Purwanto", heir_relation="suami", submitted_on=None, paid_on=None)
    events.record(people["ending"].id, "kecelakaan", now - dt.timedelta(days=4, hours=3), place="Pasar Cendrawasih",
                  reported_at=now - dt.timedelta(days=1))
    people["claim"] = claim
    return people


def tenure(folder: Path, participants: int = 30) -> Iterator:
    """The tenure windows and dialogs, each in a state a clerk meets."""
    from jamsostek_desktop.services.accounts import session
    from jamsostek_desktop.ui.main_window import MainWindow
    from jamsostek_desktop.ui.tenure import dialogs, event_dialogs, events_tab
    from jamsostek_desktop.ui.tenure.menu import open_tenure_window
    from tests.ui.gallery import HEIGHT, WIDTH, Shot, _close, _shown, caught, settle

    people = build(folder, participants)
    window = _shown(MainWindow(), WIDTH, HEIGHT)
    window.navigator.select("category", "ketua-rt")
    window.list_page.filter_term.setCurrentIndex(1)
    settle()
    yield Shot("tenure-list-filter", window)
    window.list_page.filter_term.setCurrentIndex(0)
    window.show_dashboard()
    settle()
    # The panel is the dashboard's last row: scrolled to, as a clerk would.
    page = window.dashboard_page
    page.ensureWidgetVisible(next(p for p in page.panels if p.objectName() == "tenure_panel"))
    settle()
    yield Shot("tenure-dashboard", window)
    window.navigator.select("all")
    settle()

    tenure_window = open_tenure_window(window)
    tenure_window.resize(1100, 680)
    settle()
    names = ("tenure-ending", "tenure-posts", "tenure-replacements", "tenure-coverage", "tenure-events")
    for index, name in enumerate(names):
        tenure_window.tabs.setCurrentIndex(index)
        if index == 1:
            tenure_window.posts_tab.search.setText("RT 041")
            tenure_window.posts_tab.view.selectRow(0)
        settle()
        yield Shot(name, tenure_window, window)

    dialog = dialogs.ReplaceDialog(tenure_window, people["ended"].id)
    dialog.pick.setChecked(True)
    yield Shot("tenure-replace", _shown(dialog), window)
    _close(dialog)
    dialog = dialogs.ExtendDialog(tenure_window, people["ending"].id)
    yield Shot("tenure-extend", _shown(dialog), window)
    _close(dialog)
    dialog = dialogs.CoverageDialog(tenure_window, people["later"].id)
    yield Shot("tenure-coverage-months", _shown(dialog), window)
    _close(dialog)
    dialog = event_dialogs.EventDialog(tenure_window, people["later"].id, "kecelakaan")
    yield Shot("tenure-event", _shown(dialog), window)
    _close(dialog)
    claim = people["claim"]
    dialog = event_dialogs.ClaimDialog(tenure_window, claim.event_id, claim.id)
    yield Shot("tenure-claim", _shown(dialog), window)
    _close(dialog)
    with caught(events_tab.PickParticipantDialog) as kept:
        tenure_window.events_tab.record()
    kept[0].search.setText("slamet")
    yield Shot("tenure-pick", _shown(kept[0]), window)
    _close(kept[0])
    _close(tenure_window)
    _close(window)
    session.set_actor(None)
