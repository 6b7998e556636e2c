"""Everything a city office does, on a SQLite file and on a PostgreSQL server alike: `--db` takes
either, and the list, search, dashboard, rosters, summaries, Excel and accounts agree."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import replace

import openpyxl

from jamsostek_desktop.cli import main
from jamsostek_desktop.db.models import Participant
from jamsostek_desktop.domain.scope import Scope
from jamsostek_desktop.services.participants import dashboard, enrolment, listing, regions
from jamsostek_desktop.services.participants.listing import ListQuery
from jamsostek_desktop.services.startup import init_db
from tests.unit.printing.pdf_reading import flat, live_niks, niks_in, pdf_text

YOSODADI, HADIMULYO = "18.72.01.1001", "18.72.02.1002"


def run(target, *args):
    return main(["--db", str(target), *args])


def _city(target, count=120):
    assert run(target, "init", "--city", "--code", "18.72", "--name", "Kota Metro") == 0
    init_db(target)
    regions.register(YOSODADI, "Yosodadi", "Metro Timur", "Kota Metro")
    regions.register(HADIMULYO, "Hadimulyo Barat", "Metro Pusat", "Kota Metro")
    assert run(target, "demo-data", "--count", str(count), "--kelurahan", YOSODADI, "--kelurahan", HADIMULYO) == 0
    init_db(target)


def _names(text: str = "", scope: Scope | None = None) -> list[str]:
    ids = listing.ids(ListQuery(scope=replace(scope or Scope(), text=text)))
    by_id = dict(Participant.select(Participant.id, Participant.nama).tuples())
    return [by_id[i] for i in ids]


def test_init_rosters_summaries_and_excel_from_the_command_line(city_target, tmp_path, capsys):
    _city(city_target)
    out = tmp_path / "kel.pdf"
    assert run(city_target, "roster", str(out), "--kelurahan", HADIMULYO, "--peserta", "semua") == 0
    pages = pdf_text(out)
    init_db(city_target)
    assert set(niks_in(pages)) == live_niks(kelurahan_prefix=HADIMULYO) and pages
    assert "KELURAHAN HADIMULYO BARAT" in flat(pages[0])
    summary = tmp_path / "rekap.pdf"
    assert run(city_target, "summary", str(summary), "--kecamatan", "18.72.01", "--peserta", "semua") == 0
    assert "KECAMATAN METRO TIMUR" in " ".join(pdf_text(summary))
    book = tmp_path / "kota.xlsx"
    assert run(city_target, "export-xlsx", str(book)) == 0
    init_db(city_target)
    workbook = openpyxl.load_workbook(book, read_only=True)
    exported = {str(cell).replace(" ", "") for sheet in workbook.worksheets
                for row in sheet.iter_rows(values_only=True) for cell in row if cell}
    workbook.close()
    assert live_niks() <= exported
    capsys.readouterr()
    assert run(city_target, "stats") == 0
    assert str(Participant.live().count()) in capsys.readouterr().out


def test_list_search_and_counts_agree_with_the_names(city_target):
    _city(city_target, count=300)
    live = {pid: nama for pid, nama in Participant.select(Participant.id, Participant.nama)
            .where(Participant.archived == 0).tuples()}
    for word in ("ari", "ant", "wat", "su", "a", "sri wa"):
        words = word.split()
        expected = sorted(n for n in live.values() if all(
            (w in n.lower().replace("'", "")) if len(w) > 2 else n.lower().startswith(w) if len(w) == 1 else
            any(part.lower().startswith(w) for part in n.replace("'", " ").split()) for w in words))
        got = _names(word)
        assert sorted(got) == expected, word
        assert listing.count(ListQuery(scope=Scope(text=word))) == len(expected), word
    ordered = _names()
    assert ordered == sorted(ordered, key=lambda n: (n.lower(), n)) or [n.lower() for n in ordered] == sorted(
        n.lower() for n in ordered)
    somebody = next(iter(live))
    enrolment.archive([somebody], "Pindah domisili")
    fragment = live[somebody].split()[-1][1:5].lower()
    assert live[somebody] in _names(fragment, Scope(archived=True))
    nik = Participant.get_by_id(next(iter(set(live) - {somebody}))).nik
    assert len(_names(nik[:10])) >= 1 and all(Participant.get(Participant.nama == n).nik.startswith(nik[:10])
                                               for n in _names(nik[:10]))


def test_dashboard_figures_and_months(city_target):
    _city(city_target, count=60)
    figures = dashboard.figures()
    assert figures.total == Participant.live().count() == 60
    months = dashboard.enrolments_per_month(today=dt.date.today())
    shown = {f"{m.month:%Y-%m}" for m in months}
    expected = Counter(f"{c + dt.timedelta(hours=7):%Y-%m}" for (c,) in Participant.select(Participant.created_at)
                       .where(Participant.archived == 0).tuples())   # Kota Metro keeps WIB, UTC+7
    assert len(months) == 12 and {f"{m.month:%Y-%m}": m.enrolled for m in months} == {
        month: expected.get(month, 0) for month in shown}
    assert sum(m.enrolled for m in months) > 0
    mine = dashboard.figures(Scope(kelurahan_prefix=YOSODADI))
    assert 0 < mine.total < 60


def test_accounts_login_and_audit(city_target, monkeypatch, capsys):
    from jamsostek_desktop.services.accounts import audit, session
    from jamsostek_desktop.services.accounts import users as accounts

    _city(city_target, count=5)
    admin = accounts.create_user("admin", "admin-rahasia", role="admin", full_name="Admin Kota")
    session.set_actor(admin)
    accounts.create_user("budi", "operator-rahasia", role="operator", full_name="Budi")
    session.set_actor(None)
    assert accounts.authenticate("budi", "operator-rahasia").username == "budi"
    monkeypatch.setenv("JAMSOSTEK_PASSWORD", "operator-rahasia")
    person = Participant.live().first()
    assert run(city_target, "--user", "budi", "stats") == 0
    init_db(city_target)
    session.set_actor(accounts.authenticate("ADMIN", "admin-rahasia"))   # user names ignore case
    enrolment.update(person.id, {"nama": "Melati Kusuma"}, accept_warnings=True)
    session.set_actor(None)
    assert audit.count(audit.AuditFilter(actor="admin", table="participant")) == 1
    assert [e.action for e in audit.entries(audit.AuditFilter(text="melati"))] == ["update"]
