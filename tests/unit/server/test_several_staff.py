"""Several staff of a city office at once, each in a process of its own with a real connection to the
PostgreSQL server: no issue decided twice, an old revision refused, concurrent imports land once."""

from __future__ import annotations

import multiprocessing
import os

import pytest

from jamsostek_desktop.db.models import AuditEntry, Participant
from jamsostek_desktop.db.sync_models import SyncImport, SyncIssue
from jamsostek_desktop.errors import ValidationError
from jamsostek_desktop.services.accounts import session
from jamsostek_desktop.services.accounts import users as accounts
from jamsostek_desktop.services.participants import enrolment
from jamsostek_desktop.services.server import review_queue
from jamsostek_desktop.services.sync import conflicts
from jamsostek_desktop.services.sync import export as sync_export
from tests.unit.server import workers
from tests.unit.sync.conftest import Offices, nik, person

SPAWN = multiprocessing.get_context("spawn")
PASSWORD = "rahasia-kota-1"
STAFF = ("rina", "agus", "dewi", "yudi")


@pytest.fixture
def city(pg_server, tmp_path):
    """Two kelurahan files and a city office on the server, with four staff who may decide issues."""
    offices = Offices(tmp_path / "db", pg_server)
    offices.folder.mkdir()
    for name in ("yosodadi", "hadimulyo", "city"):
        offices.create(name)
    offices.trust("yosodadi", "hadimulyo")
    offices.use("city")
    admin = accounts.create_user("admin", PASSWORD, role="admin", full_name="Admin Kota")
    session.set_actor(admin)
    for name in STAFF:
        accounts.create_user(name, PASSWORD, role="admin", full_name=name.title())
    session.set_actor(None)
    yield offices
    from jamsostek_desktop.db.connection import close_db

    close_db()
    pg_server.drop(offices.paths["city"])


def _conflicts(count: int) -> list[int]:
    """`count` participants of the city, each with an open conflict about it."""
    session.set_actor(accounts.authenticate("admin", PASSWORD))
    ids = []
    for serial in range(1, count + 1):
        p = enrolment.enrol(person(nik(serial), f"Orang {serial}"), "ketua-rt", accept_warnings=True)
        incoming = {"uuid": p.uuid, "revision": p.revision + 1}
        ids.append(SyncIssue.create(kind="conflict", kelurahan_code="18.72.01.1001", record_key=p.uuid,
                                    detail={"incoming": incoming, "current": {"revision": p.revision},
                                            "reason": "content"}).id)
    session.set_actor(None)
    return ids


def _run(target, argument_sets):
    barrier, results = SPAWN.Barrier(len(argument_sets)), SPAWN.Queue()
    processes = [SPAWN.Process(target=target, args=(*args, barrier, results)) for args in argument_sets]
    for process in processes:
        process.start()
    out = [results.get(timeout=60) for _ in processes]
    for process in processes:
        process.join(timeout=60)
        assert process.exitcode == 0
    return out


def test_four_staff_empty_the_review_queue_and_no_issue_is_decided_twice(city):
    issues = _conflicts(40)
    url, home = city.paths["city"], os.environ["JAMSOSTEK_HOME"]
    outcomes = _run(workers.review, [(url, home, name, PASSWORD) for name in STAFF])
    assert [error for _, _, error in outcomes if error] == []
    decided = [issue for _, mine, _ in outcomes for issue in mine]
    assert sorted(decided) == sorted(issues)                 # every issue, each exactly once
    by = {issue: name for name, mine, _ in outcomes for issue in mine}
    assert {i.id: i.resolved_by for i in SyncIssue.select()} == by
    assert AuditEntry.select().where(AuditEntry.action == "resolve").count() == len(issues)
    assert len({name for name, mine, _ in outcomes if mine}) >= 2   # the work was shared


def test_two_people_deciding_the_same_issue_at_once_one_is_told_who_did(city):
    (issue,) = _conflicts(1)
    url, home = city.paths["city"], os.environ["JAMSOSTEK_HOME"]
    outcomes = dict(_run(workers.decide_one, [(url, home, name, PASSWORD, issue) for name in STAFF[:2]]))
    winners = [name for name, outcome in outcomes.items() if outcome == "decided"]
    assert len(winners) == 1
    (loser,) = set(outcomes) - set(winners)
    assert "sudah diselesaikan oleh " + winners[0] in outcomes[loser]
    assert AuditEntry.select().where(AuditEntry.action == "resolve").count() == 1


def test_a_claimed_issue_is_not_handed_to_another_and_cannot_be_decided_by_them(city):
    first, second = _conflicts(2)
    session.set_actor(accounts.authenticate("rina", PASSWORD))
    assert review_queue.claim_next() == first
    assert review_queue.claim_next() == first               # the one already held comes back
    session.set_actor(accounts.authenticate("agus", PASSWORD))
    assert review_queue.claim_next() == second
    with pytest.raises(ValidationError, match="sedang ditangani rina"):
        conflicts.resolve_conflict(first, conflicts.KEEP_CURRENT)
    assert SyncIssue.get_by_id(first).status == "open"
    session.set_actor(accounts.authenticate("rina", PASSWORD))
    review_queue.release(first)
    session.set_actor(accounts.authenticate("agus", PASSWORD))
    conflicts.resolve_conflict(first, conflicts.KEEP_CURRENT)
    assert SyncIssue.get_by_id(first).resolved_by == "agus"


def test_an_edit_based_on_an_old_revision_is_refused_naming_who_changed_it(city):
    session.set_actor(accounts.authenticate("rina", PASSWORD))
    p = enrolment.enrol(person(nik(1), "Orang Satu"), "ketua-rt", accept_warnings=True)
    opened_at = p.revision                                  # agus opens the form here
    enrolment.update(p.id, {"alamat": "Jl. Melati 2"}, accept_warnings=True, expected_revision=opened_at)
    session.set_actor(accounts.authenticate("agus", PASSWORD))
    with pytest.raises(ValidationError, match="sudah diubah oleh rina pada"):
        enrolment.update(p.id, {"alamat": "Jl. Mawar 9"}, accept_warnings=True, expected_revision=opened_at)
    assert Participant.get_by_id(p.id).alamat == "Jl. Melati 2"


def _exported(city, name, tmp_path):
    city.use(name)
    enrolment_count = 30
    base = 100 if name == "yosodadi" else 500
    for serial in range(base, base + enrolment_count):
        enrolment.enrol(person(nik(serial), f"Orang {serial}"), "ketua-rt", accept_warnings=True)
    (tmp_path / "out").mkdir(exist_ok=True)
    return str(sync_export.export(tmp_path / "out").path)


def test_files_imported_at_the_same_moment_land_and_the_same_file_twice_lands_once(city, tmp_path):
    yosodadi, hadimulyo = _exported(city, "yosodadi", tmp_path), _exported(city, "hadimulyo", tmp_path)
    city.use("city")
    url, home = city.paths["city"], os.environ["JAMSOSTEK_HOME"]
    outcomes = _run(workers.import_files, [(url, home, name, PASSWORD, [path])
                                                 for name, path in zip(STAFF[:3], (yosodadi, hadimulyo, yosodadi), strict=True)])
    assert all(isinstance(o, list) for o in outcomes), outcomes
    added = sorted(added for o in outcomes for _, _, added in o)
    assert added == [0, 30, 30]                            # the repeated file's second import adds nothing
    assert Participant.live().count() == 60
    assert SyncImport.select().count() == 2
