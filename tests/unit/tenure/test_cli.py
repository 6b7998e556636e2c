"""The tenure commands, end to end: each one changes the database the way the GUI does, or refuses."""

from __future__ import annotations

import datetime as dt
import json

from pypdf import PdfReader

from jamsostek_desktop.cli import main
from jamsostek_desktop.db.models import Participant
from jamsostek_desktop.db.tenure_models import Claim, LifeEvent, Replacement, Term
from tests.unit.tenure.conftest import ketua_rt

D = dt.date


def run(db, capsys, *argv) -> tuple[int, str, str]:
    code = main(["--db", str(db), *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def text_of(path) -> str:
    return " ".join((page.extract_text() or "") for page in PdfReader(path).pages)


def test_terms_posts_and_a_replacement_from_the_command_line(enrol, kelurahan_db, capsys, tmp_path):
    old = enrol(ketua_rt(1, "Slamet Riyadi", tmt=D(2021, 12, 10), no_sk="140/12/KPTS/2021"))
    new = enrol(ketua_rt(2, "Sutrisno Hadi"))
    code, out, _ = run(kelurahan_db, capsys, "term", "list")
    assert code == 0 and "09-12-2026" in out and "16 hari lagi" in out and "Slamet Riyadi" in out
    code, out, _ = run(kelurahan_db, capsys, "term", "list", "--json")
    assert json.loads(out) == [{"nik": old.nik, "nama": "Slamet Riyadi", "jabatan": "Ketua RT, RT 003/RW 002",
                                "kategori": "Ketua RT", "kelurahan": "18.72.01.1001", "tmt_berakhir": "2026-12-09",
                                "sisa_hari": 16}]
    post_id = Term.open_of(old.id).post_id
    code, _, err = run(kelurahan_db, capsys, "term", "assign", new.nik, "--post", str(post_id))
    assert code == 2 and "masih dipegang Slamet Riyadi" in err
    code, out, _ = run(kelurahan_db, capsys, "replace", old.nik, "--reason", "mengundurkan-diri",
                       "--date", "20-11-2026", "--new-nik", new.nik)
    assert code == 0 and "Mengundurkan diri" in out and "Sutrisno Hadi" in out
    assert Participant.get_by_id(old.id).status == "inactive"
    assert Replacement.get(Replacement.leaving == old.id).incoming_id == new.id
    code, out, _ = run(kelurahan_db, capsys, "post", "history", str(post_id), "--pdf", str(tmp_path / "riwayat"))
    assert code == 0 and "Slamet Riyadi, masa ke-1: 10-12-2021 s.d. 09-12-2026; berhenti 20-11-2026" in out
    text = text_of(tmp_path / "riwayat.pdf")
    assert "RIWAYAT PEMEGANG JABATAN" in text and "KETUA RT, RT 003/RW 002" in text
    assert "Slamet Riyadi" in text and "Sutrisno Hadi" in text and "Mengundurkan diri" in text
    code, out, _ = run(kelurahan_db, capsys, "post", "list", "--json")
    assert [p["pemegang"] for p in json.loads(out)] == [["Sutrisno Hadi"]]
    code, out, _ = run(kelurahan_db, capsys, "term", "extend", new.nik, "--sk-number", "9/KPTS/2026",
                       "--sk-date", "20-11-2026", "--start", "20-11-2026")
    assert code == 2                           # the running term began that day: not an extension
    code, out, _ = run(kelurahan_db, capsys, "term", "extend", new.nik, "--sk-number", "9/KPTS/2026",
                       "--sk-date", "20-11-2026", "--start", "01-01-2027")
    assert code == 0 and "Masa jabatan ke-2: 01-01-2027 s.d. 31-12-2031" in out


def test_a_death_its_claim_and_the_heirs_letter(enrol, kelurahan_db, capsys, tmp_path):
    p = enrol({**ketua_rt(1, "Slamet Riyadi", tmt=D(2021, 3, 1)), "kpj": "23019876543"})
    assert run(kelurahan_db, capsys, "coverage", "--set", p.nik, "--from", "2022-01")[0] == 0
    code, out, _ = run(kelurahan_db, capsys, "event", "add", p.nik, "--kind", "meninggal", "--date", "02-11-2026 05:30")
    assert code == 0 and "tercakup: ya" in out and "masa iur 58 bulan" in out
    assert Participant.get_by_id(p.id).status == "inactive"
    event = LifeEvent.get()
    code, out, _ = run(kelurahan_db, capsys, "claim", "add", str(event.id), "--kind", "jkm", "--heir", "Siti Aminah",
                       "--relation", "istri")
    assert code == 0
    claim = Claim.get()
    code, out, _ = run(kelurahan_db, capsys, "claim", "update", str(claim.id), "--doc", "kk", "--doc",
                       "surat-kematian")
    assert code == 0 and "kartu-peserta" in out and "kk," not in out
    code, out, err = run(kelurahan_db, capsys, "claim", "update", str(claim.id), "--status", "dibayar")
    assert code == 2 and "jumlah dan tanggal pembayaran" in err
    code, out, _ = run(kelurahan_db, capsys, "claim", "letter", str(claim.id), str(tmp_path / "pengantar.pdf"),
                       "--number", "474/112/KEL/2026")
    assert code == 0
    text = text_of(tmp_path / "pengantar.pdf")
    assert "SURAT PENGANTAR" in text and "474/112/KEL/2026" in text and "Siti Aminah" in text
    assert "telah meninggal dunia pada tanggal 2 November 2026" in text
    assert "Jaminan Kematian (JKM)" in text and "LURAH YOSODADI" in text
    assert "23019876543" not in text and "8765" not in text.replace("6543", "")  # KPJ masked: last four only
    assert "6543" in text
    code, out, _ = run(kelurahan_db, capsys, "event", "list", "--json")
    assert json.loads(out)[0]["klaim"] == 1


def test_bad_input_is_refused_and_changes_nothing(enrol, kelurahan_db, capsys):
    p = enrol(ketua_rt(1, "Slamet Riyadi", tmt=D(2021, 3, 1)))
    before = Participant.get_by_id(p.id).revision
    for argv, message in (
            (("replace", p.nik, "--reason", "meninggal", "--date", "31-02-2026"), "Tanggal berhenti"),
            (("replace", "1872011208759999", "--reason", "meninggal", "--date", "01-02-2026"), "Tidak ada peserta"),
            (("event", "add", p.nik, "--kind", "kecelakaan", "--date", "01-01-2030"), "belum terjadi"),
            (("event", "add", p.nik, "--kind", "kecelakaan", "--date", "01-01-2026 25:00"), "jam tidak valid"),
            (("coverage", "--set", p.nik, "--from", "2026-05", "--until", "2026-01"), "sebelum bulan pertamanya")):
        code, _, err = run(kelurahan_db, capsys, *argv)
        assert code == 2 and message in err, (argv, err)
    assert Participant.get_by_id(p.id).revision == before and LifeEvent.select().count() == 0
