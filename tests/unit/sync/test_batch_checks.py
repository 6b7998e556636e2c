"""The column-at-a-time checks of a batch (records.Checker.sound_rows, tenure_records.Checker.sound_rows)
never accept what the record-by-record checks refuse, and the parser hands out the same records either way."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from jamsostek_desktop.services.sync.format import records, sections, tenure_records

from .helpers import KNOWN, record

ODD_VALUES = [None, "", " ", "x", "x" * 2001, 0, -1, 1, 999, 1000, 10**13, True, False, 1.5, [], {}, {"a": 1},
              {"nomor_rt": 1}, {"nomor_rt": "x" * 2001}, {"nomor_rt": True}, {"bukan": 1}, "2026-02-31",
              "2026-02-28", "2026-11-20 08:00:00", "2026-11-20 08:00:00\n", "1872011208750001",
              "187201120875000\u0661", "L", "P", "draft", "marbot", "nope", "ketua-rt",
              "00000000-0000-4000-8000-000000000001", "00000000-0000-4000-8000-000000000001\n",
              "term", "post", "resign", "", "different"]


def _row(rec: dict) -> list:
    return [rec[k] for k in records.RECORD_KEYS]


def _term(n: int, **changes) -> dict:
    line = {"record": "term", "uuid": f"00000000-0000-4000-8000-{n:012d}", "revision": 1,
            "created_at": "2026-11-01 08:00:00", "updated_at": "2026-11-01 08:00:00",
            "participant": "00000000-0000-4000-8000-000000000001", "post": None, "number": 1,
            "sk_kind": "", "sk_number": "", "sk_date": None, "start": "2026-01-01", "end": None,
            "closed_on": None, "close_reason": ""}
    line.update(changes)
    return line


def _tenure_row(line: dict) -> list:
    return [line[k] for k in sections.KEYS["term"]]


def test_sound_batches_are_accepted():
    checker = records.Checker(KNOWN, {"ketua-rt": frozenset({"nomor_rt", "nomor_rw"})})
    assert checker.sound_rows([_row(record(n)) for n in range(1, 50)])
    assert tenure_records.Checker(KNOWN).sound_rows("term", [_tenure_row(_term(n)) for n in range(1, 50)])


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(records.RECORD_KEYS), st.sampled_from(ODD_VALUES), st.integers(1, 5))
def test_a_batch_is_sound_only_when_every_record_is(key, value, at):
    checker = records.Checker(KNOWN, {"ketua-rt": frozenset({"nomor_rt", "nomor_rw"})})
    batch = [record(n) for n in range(1, 7)]
    batch[at][key] = value
    if checker.sound_rows([_row(r) for r in batch]):
        assert all(records.Checker(KNOWN, checker.field_keys).problems(r) == [] for r in batch)
    else:
        assert any(records.Checker(KNOWN, checker.field_keys).problems(r) for r in batch)


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(sections.KEYS["term"]), st.sampled_from(ODD_VALUES), st.integers(0, 4))
def test_a_tenure_batch_is_sound_only_when_every_line_is(key, value, at):
    batch = [_term(n) for n in range(1, 6)]
    batch[at][key] = value
    rows = [_tenure_row(line) for line in batch]
    if tenure_records.Checker(KNOWN).sound_rows("term", rows):
        assert all(tenure_records.Checker(KNOWN).problems(line) == [] for line in batch)
        assert {line["record"] for line in batch} == {"term"}
    else:
        assert any(line["record"] != "term" or tenure_records.Checker(KNOWN).problems(line) for line in batch)


def _payload(participants: list[dict], terms: list[dict]) -> bytes:
    import json

    out = [sections.section_header("participant")]
    out += [json.dumps(_row(r)).encode() + b"\n" for r in participants]
    out.append(sections.section_header("term"))
    out += [json.dumps(_tenure_row(t)).encode() + b"\n" for t in terms]
    return b"".join(out)


def _parse(text: bytes, fast: bool, monkeypatch) -> tuple[list, list[str]]:
    manifest = {"counts": {"records": 9, "tombstones": 0}}
    parser = sections.Parser(manifest, set(KNOWN), None, batch=4)
    with monkeypatch.context() as patch:
        if not fast:
            patch.setattr(parser, "_sound_run", lambda items: None)
        batches = list(parser.feed(text))
    return batches, parser.problems


def test_the_parser_hands_out_the_same_batches_fast_or_line_by_line(monkeypatch):
    people = [record(n) for n in range(1, 10)]
    terms = [_term(n) for n in range(1, 8)]
    text = _payload(people, terms)
    fast, slow = _parse(text, True, monkeypatch), _parse(text, False, monkeypatch)
    assert fast == slow and fast[1] == []
    assert [(kind, len(batch)) for kind, batch in fast[0]] == [
        ("participant", 4), ("participant", 4), ("participant", 1), ("term", 4), ("term", 3)]
    # A participant batch carries each record's line as the file wrote it (the merge compares it in SQL).
    import json

    assert [line for _, batch in fast[0][:3] for line in batch.lines] == [json.dumps(_row(r)).encode() for r in people]
    assert list(fast[0][0][1]) == people[:4] and fast[0][0][1].record(3) == people[3]


def test_a_bad_or_repeated_record_is_named_by_its_line_either_way(monkeypatch):
    people = [record(n) for n in range(1, 10)]
    people[6]["rt"] = 0
    terms = [_term(n) for n in range(1, 8)]
    terms[3] = _term(2)                              # a UUID given twice
    text = _payload(people, terms)
    fast, slow = _parse(text, True, monkeypatch), _parse(text, False, monkeypatch)
    assert fast == slow
    assert any(p.startswith("baris 8:") and "RT dan RW" in p for p in fast[1])
    assert any(p.startswith("baris 15:") and "dua kali" in p for p in fast[1])
