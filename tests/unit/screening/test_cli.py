"""`jamsostek screen`, `screening decide|resolve`, `reference import|list`, with files read back."""

from __future__ import annotations

import datetime as dt
import json

import openpyxl
import pdfplumber

from jamsostek_desktop.cli import main
from jamsostek_desktop.db.models import Participant
from tests.unit.screening.helpers import crowd, enrol, values

BORN = dt.date(1975, 8, 12)


def run(db, *args):
    return main(["--db", str(db), *args])


def _people(kelurahan_db):
    crowd(8)
    kept = enrol(values(1, nik="1872011208750003", nama="AHMAD MARUF", born=BORN))
    other = enrol(values(2, nik="1872011208750008", nama="Ahmad Ma'ruf", born=BORN))
    return kept, other


def test_screen_lists_pairs_and_flags_as_json_and_writes_the_review_files(kelurahan_db, tmp_path, capsys):
    kept, other = _people(kelurahan_db)
    asn = tmp_path / "asn.csv"
    listed = Participant.select().where(Participant.nik.not_in([kept.nik, other.nik])).first()
    asn.write_text(f"NIK,Nama,NIP,Instansi\n{listed.nik},X,198001012006041001,Dinas Kesehatan\n", encoding="utf-8")
    assert run(kelurahan_db, "reference", "import", "asn", str(asn), "--source", "BKPSDM", "--date",
               "01-11-2026") == 0
    assert "1 NIK" in capsys.readouterr().out
    assert run(kelurahan_db, "reference", "list") == 0
    assert "BKPSDM" in capsys.readouterr().out
    code = run(kelurahan_db, "screen", "--json", "--report", str(tmp_path / "periksa"), "--pdf",
               str(tmp_path / "periksa"))
    out = json.loads(capsys.readouterr().out)
    assert code == 1
    (pair,) = out["pasangan"]
    assert {p["nik"] for p in pair["peserta"]} == {kept.nik, other.nik}
    assert [f["kode"] for f in out["tanda"]] == ["ASN"]
    assert len(out["perlu_diperiksa"]) == 3
    sheet = openpyxl.load_workbook(tmp_path / "periksa.xlsx").active
    assert {sheet.cell(r, 2).value for r in range(3, 6)} == {kept.nik, other.nik, listed.nik}
    with pdfplumber.open(tmp_path / "periksa.pdf") as pdf:
        text = "\n".join(page.extract_text() for page in pdf.pages)
    assert "DAFTAR PESERTA YANG PERLU DIPERIKSA" in text and listed.nik in text and "ASN/PPPK" in text
    assert "AHMAD MARUF" in text

    assert run(kelurahan_db, "screening", "decide", str(pair["id"]), "same", "--keep", kept.nik,
               "--reason", "NIK salah ketik") == 0
    flag_id = out["tanda"][0]["id"]
    assert run(kelurahan_db, "screening", "resolve", str(flag_id), "keep", "--reason", "sudah berhenti") == 0
    capsys.readouterr()
    assert run(kelurahan_db, "screen") == 0
    assert "0 pasangan" in capsys.readouterr().out


def test_bad_input_says_why_and_changes_nothing(kelurahan_db, tmp_path, capsys):
    _people(kelurahan_db)
    assert run(kelurahan_db, "reference", "import", "pns", str(tmp_path / "x.csv")) == 2
    assert "Jenis daftar tidak dikenal" in capsys.readouterr().err
    bad = tmp_path / "bad.csv"
    bad.write_text("NIK\n12345\n", encoding="utf-8")
    assert run(kelurahan_db, "reference", "import", "meninggal", str(bad)) == 1
    assert "16 digit" in capsys.readouterr().out
    assert run(kelurahan_db, "screening", "decide", "99", "different", "--reason", "x") == 2
