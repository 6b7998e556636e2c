"""Property: any sequence of edits and exports, imported in order, leaves the city equal to the kelurahan.

Imported twice, or with a file repeated, the city is still equal. Examples are few
(each one builds two databases) to keep the suite's time budget.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from jamsostek_desktop.db.models import Participant
from jamsostek_desktop.errors import AppError
from jamsostek_desktop.services.participants import enrolment
from jamsostek_desktop.services.sync import export as sync_export
from jamsostek_desktop.services.sync import importing as sync_import

from .conftest import Offices, city_records, nik, person

step = st.one_of(
    st.tuples(st.just("enrol"), st.integers(1, 30)),
    st.tuples(st.just("edit"), st.integers(0, 29), st.sampled_from(["Jl. A", "Jl. B", "Jl. C"])),
    st.tuples(st.just("archive"), st.integers(0, 29)),
    st.tuples(st.just("restore"), st.integers(0, 29)),
    st.tuples(st.just("status"), st.integers(0, 29)),
    st.tuples(st.just("export"), st.booleans()),
)


def apply(kind, args, offices: Offices) -> None:
    people = list(Participant.select().order_by(Participant.id))
    target = people[args[0] % len(people)] if people and kind != "enrol" and kind != "export" else None
    if kind == "enrol":
        if not Participant.select().where(Participant.nik == nik(args[0])).exists():
            enrolment.enrol(person(nik(args[0]), f"Orang {args[0]}"), "ketua-rt", accept_warnings=True)
    elif target is None:
        return
    elif kind == "edit" and not target.archived:
        enrolment.update(target.id, {"alamat": args[1]}, accept_warnings=True)
    elif kind == "archive" and not target.archived:
        enrolment.archive([target.id], "Tidak aktif lagi")
    elif kind == "restore" and target.archived and not enrolment.duplicate_of(target.nik, target.id):
        enrolment.restore([target.id])
    elif kind == "status" and not target.archived and target.status == "draft":
        try:
            enrolment.change_status([target.id], "verified")
        except AppError:
            pass    # not complete enough to verify: the clerk's action is refused, nothing changes


# No shrinking: each example builds two databases, and a shrink can take minutes.
@settings(max_examples=8, deadline=None, phases=[Phase.explicit, Phase.reuse, Phase.generate],
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(step, min_size=1, max_size=14))
def test_city_equals_kelurahan_after_any_history(steps):
    with tempfile.TemporaryDirectory() as tmp:
        offices = Offices(Path(tmp))
        offices.create("yosodadi")
        offices.create("city")
        offices.trust("yosodadi")
        files = []
        offices.use("yosodadi")
        for kind, *args in steps + [("export", False)]:
            if kind == "export":
                result = sync_export.export(Path(tmp) / f"f{len(files)}.jamsync", full=args[0])
                if result.written:
                    files.append(result.path)
                continue
            apply(kind, args, offices)
        kelurahan = city_records()
        offices.use("city")
        for path in files:
            assert not sync_import.import_files([path]).refused
        assert city_records() == kelurahan
        # Everything again, and a file twice in one batch: still equal, nothing refused.
        report = sync_import.import_files(files + files[-1:])
        assert not report.refused and city_records() == kelurahan
        offices.use("yosodadi")
        assert sync_export.export(Path(tmp) / "again.jamsync").written is False
