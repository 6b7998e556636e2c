"""A large file checked by a child process while this one parses it (format/parse_child.py) gives
exactly what the checked reading in one process gives: the same batches, the same refusal
(reason, message, named lines) after the same batches, and a child that dies is a failure that
merges nothing. The tests of refusals and of batches elsewhere run again below with every file
read this way (`child_for_every_file`)."""

from __future__ import annotations

import copy
import io
import json
import sys

import pytest

from jamsostek_desktop.errors import AppError
from jamsostek_desktop.services.sync.format import (
    chunked,
    container,
    crypto,
    parse_child,
    tenure_records,
)

from . import test_batches, test_refusals
from .helpers import KNOWN, manifest, pack_v3, record

SEED = bytes(range(32))


def _terms(count: int) -> list[dict]:
    return [{"record": "coverage", "uuid": f"00000000-0000-4000-8000-{n:012d}", "revision": 1,
             "created_at": "2026-11-01 08:00:00", "updated_at": "2026-11-01 08:00:00",
             "participant": f"00000000-0000-4000-8000-{n:012d}", "first_month": "2026-01-01", "last_month": None}
            for n in range(1, count + 1)]


def _file(people: list[dict], coverage: list[dict] | None = None, seal_to: bytes | None = None,
          **manifest_changes) -> bytes:
    sections = {chunked.PARTICIPANT: people}
    tenure = tenure_records.without_empty_optional(tenure_records.empty_counts())
    if coverage:
        sections["coverage"] = coverage
        tenure["coverage"] = len(coverage)
    manifest_changes.setdefault("tenure", tenure)
    shown = manifest(people, SEED, **manifest_changes)
    return pack_v3(shown, sections, SEED, seal_to, separators=(",", ":"))


def _read(data: bytes, through_child: bool, secret: bytes | None = None) -> tuple[list, object]:
    """(batches as plain values, the exception or None) of reading `data` one way or the other."""
    opened = container.read_manifest(data)
    sync_file = container.open_v3(opened, lambda recipient: secret, set(KNOWN))
    batches = sync_file.reader.batches() if through_child else sync_file.reader.batches_here()
    seen, failure = [], None
    try:
        for kind, batch in batches:
            if kind == chunked.PARTICIPANT:
                seen.append((kind, batch.rows, batch.lines))
            else:
                seen.append((kind, batch))
    except AppError as exc:
        failure = exc
    return seen, failure


def _same_both_ways(data: bytes, monkeypatch, secret: bytes | None = None) -> tuple[list, object]:
    here = _read(data, False, secret)
    monkeypatch.setattr(parse_child, "CHILD_FROM", 0)
    monkeypatch.setattr(parse_child.os, "cpu_count", lambda: 2)
    there = _read(data, True, secret)
    assert there[0] == here[0]
    if here[1] is None:
        assert there[1] is None
    else:
        assert type(there[1]) is type(here[1])
        assert (there[1].reason, there[1].message, there[1].details) == \
               (here[1].reason, here[1].message, here[1].details)
    return here


PEOPLE = [record(n) for n in range(1, 12_001)]       # three batches of participants


def test_a_sound_file_gives_the_same_batches(monkeypatch):
    batches, failure = _same_both_ways(_file(PEOPLE, _terms(7_000)), monkeypatch)
    assert failure is None and len(batches) >= 5
    assert sum(len(b[1]) for b in batches if b[0] == chunked.PARTICIPANT) == 12_000
    assert sum(len(b[1]) for b in batches if b[0] == "coverage") == 7_000


def test_a_sealed_file_gives_the_same_batches(monkeypatch):
    secret, public = crypto.new_box_keypair()
    batches, failure = _same_both_ways(_file(PEOPLE[:6_000], seal_to=public), monkeypatch, secret)
    assert failure is None and sum(len(b[1]) for b in batches) == 6_000


@pytest.mark.parametrize("fault", ["bad_nik", "twice", "not_json", "short_array", "counts", "header"])
def test_a_faulty_file_is_refused_alike_after_the_same_batches(monkeypatch, fault):
    people = copy.deepcopy(PEOPLE)
    changes = {}
    if fault == "bad_nik":
        people[7_321]["nik"] = "12345"
    elif fault == "twice":
        people[9_000]["uuid"] = people[10]["uuid"]
    elif fault == "counts":
        changes["counts"] = {"records": len(people) + 1, "tombstones": 0}
    data = _file(people, **changes)
    if fault in ("not_json", "short_array", "header"):
        opened = container.read_manifest(data)      # the payload itself rewritten below
        sections = {chunked.PARTICIPANT: people}
        body_changes = {"not_json": (b'["' + people[8_000]["uuid"].encode(), b'[{"'),
                        "short_array": (b'["' + people[8_000]["uuid"].encode() + b'",',
                                        b'["' + people[8_000]["uuid"].encode() + b'",1],["x",'),
                        "header": (b'{"section":"participant"', b'{"section":"coverage"')}
        data = _rewritten(opened.manifest, sections, *body_changes[fault])
    batches, failure = _same_both_ways(data, monkeypatch)
    assert isinstance(failure, container.RefusedFile)
    assert len(batches) < 3 or fault == "counts"        # a count is compared at the end


def _rewritten(shown: dict, sections: dict, old: bytes, new: bytes) -> bytes:
    """The file with one byte string of its payload replaced (the manifest signed again)."""
    def produce(write) -> dict:
        body = chunked.section_header(chunked.PARTICIPANT) + b"".join(
            json.dumps([row[k] for k in chunked.KEYS[chunked.PARTICIPANT]], ensure_ascii=False,
                       separators=(",", ":")).encode() + b"\n" for row in sections[chunked.PARTICIPANT])
        assert old in body
        write(body.replace(old, new, 1))
        return {}

    out = io.BytesIO()
    chunked.pack_to(out, {k: v for k, v in shown.items() if k != "payload"}, produce, SEED)
    return out.getvalue()


_DIES = """
import os, pickle, sys
from jamsostek_desktop.services.sync.format import parse_child

def send(message):
    pickle.dump(message, sys.stdout.buffer, 5)
    sys.stdout.buffer.flush()
    os._exit(9)

parse_child.serve(pickle.load(sys.stdin.buffer), send)
"""


def test_a_checker_that_dies_is_a_failure_not_a_merge(monkeypatch):
    monkeypatch.setattr(parse_child, "CHILD_FROM", 0)
    monkeypatch.setattr(parse_child.os, "cpu_count", lambda: 2)
    monkeypatch.setattr(parse_child, "command", lambda: [sys.executable, "-c", _DIES])
    batches, failure = _read(_file(PEOPLE), True)
    assert batches == [] or len(batches) == 1           # at most the batch it called sound
    assert isinstance(failure, AppError) and "pemeriksa berkas berhenti tiba-tiba" in failure.message


@pytest.fixture(autouse=True)
def child_for_every_file(request, monkeypatch):
    """The tests imported from other modules below read every file through a child."""
    if request.function.__module__ != __name__:
        monkeypatch.setattr(parse_child, "CHILD_FROM", 0)
        monkeypatch.setattr(parse_child.os, "cpu_count", lambda: 2)


# The refusals through the command line, and the batches of a merge, with the checking in a child.
test_invalid_record_refuses_the_whole_file = test_refusals.test_invalid_record_refuses_the_whole_file
test_flipped_payload_byte = test_refusals.test_flipped_payload_byte
test_truncated = test_refusals.test_truncated
exported = test_refusals.exported
test_a_bad_record_in_a_late_batch_rolls_back_the_earlier_batches = \
    test_batches.test_a_bad_record_in_a_late_batch_rolls_back_the_earlier_batches
test_many_batches_merge_as_one_file = test_batches.test_many_batches_merge_as_one_file
test_too_many_records_for_the_manifest_are_refused = test_batches.test_too_many_records_for_the_manifest_are_refused
test_a_section_out_of_order_is_refused = test_batches.test_a_section_out_of_order_is_refused


def test_a_child_cutting_other_batches_is_a_failure_not_a_merge(monkeypatch):
    """Were the two readings ever to cut a file differently, nothing is handed on unchecked."""
    monkeypatch.setattr(parse_child, "CHILD_FROM", 0)
    monkeypatch.setattr(parse_child.os, "cpu_count", lambda: 2)
    request_of = parse_child.request_of
    monkeypatch.setattr(parse_child, "request_of", lambda reader: {**request_of(reader), "batch": 1_000})
    batches, failure = _read(_file(PEOPLE), True)
    assert batches == []
    assert isinstance(failure, AppError) and "tidak sepakat" in failure.message
