"""A document drawn in a child process (services/printing/child.py): the same pages, progress,
first pages, errors and permissions as drawn in the program's own process, on SQLite and on a
PostgreSQL server whose password was typed (never on the child's command line or environment)."""

from __future__ import annotations

import os
import re
import subprocess

import psycopg
import pytest
from pypdf import PdfReader

from jamsostek_desktop.domain.scope import Scope
from jamsostek_desktop.errors import AppError, PermissionDeniedError, ValidationError
from jamsostek_desktop.services.printing import child, documents

from .pdf_reading import pdf_text as read_pages


def pdf_text(path) -> list[str]:
    """The pages' text without the minute they were drawn in (two drawings may straddle one)."""
    return [re.sub(r"pukul \d\d\.\d\d", "pukul --.--", page) for page in read_pages(path)]

EVERY = documents.PrintOptions(listing="semua")


@pytest.fixture
def out(tmp_path):
    """A folder of its own for the documents (the database lives in tmp_path)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def test_the_child_draws_the_same_pages_as_the_program(roster_db, out):
    here = documents.write("roster", out / "here.pdf", Scope(), EVERY)
    reports, heads = [], []
    head = documents.Head(out / "awal.pdf", 2, heads.append)
    there = child.write("roster", out / "there.pdf", Scope(), EVERY,
                        lambda done, total: reports.append((done, total)), head)
    assert (there.pages, there.rows) == (here.pages, here.rows) and there.pages > 2
    assert there.path == out / "there.pdf"
    assert pdf_text(there.path) == pdf_text(here.path)
    assert heads == [out / "awal.pdf"] and len(PdfReader(heads[0]).pages) == 2
    assert pdf_text(heads[0]) == pdf_text(here.path)[:2]
    assert reports and reports[-1][0] == reports[-1][1] >= here.rows
    assert sorted(p.name for p in out.iterdir()) == ["awal.pdf", "here.pdf", "there.pdf"]


def test_the_summary_and_the_receipt_list_too(roster_db, out):
    for kind in ("summary", "receipt"):
        try:
            here = documents.write(kind, out / f"{kind}-here.pdf", Scope(), EVERY)
        except AppError as exc:         # nobody has a card yet: the same refusal from the child
            with pytest.raises(type(exc)) as there:
                child.write(kind, out / f"{kind}-there.pdf", Scope(), EVERY)
            assert str(there.value) == str(exc)
            continue
        there = child.write(kind, out / f"{kind}-there.pdf", Scope(), EVERY)
        assert pdf_text(there.path) == pdf_text(here.path) and there.pages == here.pages


def test_a_refusal_comes_back_as_the_same_error_and_leaves_no_file(roster_db, out):
    nobody = Scope(rw=98, rt=7)
    with pytest.raises(ValidationError) as here:
        documents.write("roster", out / "here.pdf", nobody)
    with pytest.raises(ValidationError) as there:
        child.write("roster", out / "there.pdf", nobody)
    assert str(there.value) == str(here.value) and "Tidak ada peserta" in str(there.value)
    assert there.value.message.source == here.value.message.source      # still translatable
    assert list(out.iterdir()) == []


def test_the_child_acts_as_the_logged_in_user(staffed_db, login_as, tmp_path):
    from jamsostek_desktop.services.participants import demo_data

    login_as("admin")
    demo_data.generate(12, seed=3)
    from jamsostek_desktop.services.accounts import session

    session.set_actor(None)
    with pytest.raises(PermissionDeniedError):
        child.write("roster", tmp_path / "nobody.pdf", Scope(), EVERY)
    login_as("budi")
    assert child.write("roster", tmp_path / "budi.pdf", Scope(), EVERY).rows == 12


def test_a_child_that_dies_is_a_clear_message(roster_db, tmp_path, monkeypatch):
    monkeypatch.setattr(child, "command", lambda: ["python3", "-c", "import os; os._exit(3)"])
    with pytest.raises(AppError, match="berhenti sebelum selesai"):
        child.write("roster", tmp_path / "x.pdf", Scope(), EVERY)


PASSWORD = "Rahasia-Cetak-7"


def test_on_a_server_with_the_password_typed_at_login(pg_server, pg_url, out, monkeypatch):
    from jamsostek_desktop.db.backends import postgresql
    from jamsostek_desktop.db.connection import close_db
    from jamsostek_desktop.services.participants import demo_data, profile
    from jamsostek_desktop.services.startup import init_db

    init_db(pg_url)
    profile.save({"region_code": "18.72.01.1001", "kelurahan": "Yosodadi", "kecamatan": "Metro Timur",
                  "kota": "Kota Metro"})
    demo_data.generate(40, seed=5)
    close_db()
    # A role that must give its password (the test server trusts everyone else on its socket).
    role = f"pencetak_{os.getpid()}"
    with pg_server.admin() as conn:
        conn.execute(f"DROP ROLE IF EXISTS {role}")
        conn.execute(f"CREATE ROLE {role} LOGIN SUPERUSER PASSWORD '{PASSWORD}'")
        hba = pg_server.folder / "pg_hba.conf"
        rule = f"local all {role} scram-sha-256\n"
        if rule not in hba.read_text():
            hba.write_text(rule + hba.read_text())
        conn.execute("SELECT pg_reload_conf()")
    url = pg_url.replace("postgresql://postgres@", f"postgresql://{role}@")
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(url).close()                      # without the password: refused
    postgresql.remember_password(url, PASSWORD)           # what the login prompt does
    init_db(url)
    here = documents.write("roster", out / "here.pdf", Scope(), EVERY)

    started = []
    real = subprocess.Popen

    def popen(args, **kwargs):
        started.append((args, kwargs.get("env")))
        return real(args, **kwargs)

    monkeypatch.setattr(subprocess, "Popen", popen)
    there = child.write("roster", out / "there.pdf", Scope(), EVERY)
    assert pdf_text(there.path) == pdf_text(here.path) and there.rows == 40
    (args, env), = started
    assert env is None and PASSWORD not in " ".join(args)                 # the environment is inherited,
    assert not any(PASSWORD in value for value in os.environ.values())    # which does not hold it
    assert not any(PASSWORD.encode() in path.read_bytes() for path in out.iterdir())
