"""Screening (issue 13) in a city office on a SQLite file and on a PostgreSQL server alike: a reference
list imported from the command line flags the participant it names, `screen` lists it, a decision
closes it, and the near-duplicate run keeps its pairs (the city merge's step: tests/unit/screening)."""

from __future__ import annotations

import json

from jamsostek_desktop.db.models import Participant
from jamsostek_desktop.db.screening_models import ScreeningPair
from jamsostek_desktop.services.screening import pairs
from jamsostek_desktop.services.startup import init_db
from tests.unit.server.test_city_on_both import _city, run


def test_reference_list_screen_and_decisions_from_the_command_line(city_target, tmp_path, capsys):
    _city(city_target, count=40)
    listed = Participant.live().order_by(Participant.id).first()
    asn = tmp_path / "asn.csv"
    asn.write_text(f"NIK,Nama,NIP,Instansi\n{listed.nik},X,198001012006041001,Dinas Kesehatan\n", encoding="utf-8")
    assert run(city_target, "reference", "import", "asn", str(asn), "--source", "BKPSDM", "--date",
               "01-11-2026") == 0
    assert "1 NIK" in capsys.readouterr().out
    assert run(city_target, "screen", "--json", "--report", str(tmp_path / "periksa.xlsx")) == 1
    out = json.loads(capsys.readouterr().out)
    (flag,) = [f for f in out["tanda"] if f["kode"] == "ASN"]
    assert (tmp_path / "periksa.xlsx").stat().st_size > 0
    assert run(city_target, "screening", "resolve", str(flag["id"]), "keep", "--reason", "sudah berhenti") == 0
    capsys.readouterr()
    assert run(city_target, "screen", "--json") in (0, 1)
    assert [f for f in json.loads(capsys.readouterr().out)["tanda"] if f["kode"] == "ASN"] == []

    # Pairs found by the run are kept, decided once, and not asked again.
    init_db(city_target)
    one, other = Participant.live().order_by(Participant.id.desc()).limit(2)
    typo = one.nik[:-1] + str((int(one.nik[-1]) + 1) % 10)
    Participant.update(nama=one.nama.upper(), tanggal_lahir=one.tanggal_lahir, nik=typo).where(
        Participant.id == other.id).execute()
    found = pairs.run()
    assert {one.uuid, other.uuid} in [{p.one.uuid, p.other.uuid} for p in pairs.open_pairs()]
    assert found.open == ScreeningPair.select().where(ScreeningPair.decision == "").count()
    for pair in pairs.open_pairs():
        pairs.decide(pair.id, "different", "Dua orang berbeda")
    assert pairs.open_pairs() == [] and pairs.run().decided == found.found
