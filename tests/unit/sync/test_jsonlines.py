"""The orjson fast path reads lines exactly as json does, or steps aside (None) so json reads them."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jamsostek_desktop.services.sync.format import container, jsonlines, sections

from .helpers import KNOWN, record
from .test_batch_checks import _payload, _term

# What json reads differently from orjson: each must make the fast path step aside.
DIFFERENT = [b"NaN", b"[Infinity]", b"[-Infinity]", b"[1e400]", b"[-1e999]", b'["\\ud800"]', b'["\\udc00x"]',
             b'["\xff"]', b'["\xc3"]', b'["\xed\xa0\x80"]', b'["\xc0\xaf"]', b'["\xf4\x90\x80\x80"]', b"[123456789012345678901234567890]", b"[-9223372036854775809]",
             b"[18446744073709551616]", b"[" * 1100 + b"]" * 1100, b"[1],[2]", b"1 2", b"", b"[1]\n\n[2]",
             b"[1]\n", b"{\"a\":1}\nnot json"]


def _same(fast: list, lines: list[bytes]) -> None:
    expected = [json.loads(line) for line in lines]
    # json.dumps tells 1 from 1.0 from True, which == does not.
    assert json.dumps(fast, ensure_ascii=False) == json.dumps(expected, ensure_ascii=False)


@pytest.mark.parametrize("text", DIFFERENT)
def test_texts_json_reads_differently_take_the_json_path(text):
    assert jsonlines.decode(text) is None


def test_plain_lines_are_read_as_json_reads_them():
    lines = [b'[1,"a",null,true,false,1.5,-0.0,922337203685477580]', b'{"section":"term","keys":["x"]}',
             b'["\\u0000\\u2028\\"\\\\",{"nomor_rt":1,"nomor_rt":2}]', "[\"Siti Aisyah \u00e9\u4e2d\U0001f600\"]".encode(),
             b'  [ 1 ,\t2 ]  ', b"[1E5,2e-3,0.1]", b"-12", b'"x"']
    fast = jsonlines.decode(b"\n".join(lines))
    assert fast is not None
    _same(fast, lines)


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.text()
    | st.floats(allow_nan=False, allow_infinity=False),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4),
    max_leaves=12)


@settings(max_examples=300, deadline=None)
@given(st.lists(_JSON, min_size=1, max_size=6))
def test_whatever_the_fast_path_answers_json_answers_the_same(values):
    lines = [json.dumps(v, ensure_ascii=bool(len(values) % 2)).encode() for v in values]
    fast = jsonlines.decode(b"\n".join(lines))
    if fast is not None:
        _same(fast, lines)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.binary(max_size=12) | st.sampled_from(DIFFERENT), min_size=1, max_size=4))
def test_odd_bytes_are_read_as_json_reads_them_or_not_at_all(pieces):
    body = b"\n".join(pieces)
    fast = jsonlines.decode(body)
    if fast is not None:
        _same(fast, body.split(b"\n"))


def _parse(text: bytes, fast: bool, monkeypatch) -> tuple[list, list[str]]:
    manifest = {"counts": {"records": 9, "tombstones": 0}}
    parser = sections.Parser(manifest, set(KNOWN), None, batch=4)
    with monkeypatch.context() as patch:
        if not fast:
            patch.setattr(jsonlines, "decode", lambda body: None)
        batches = list(parser.feed(text))
    return batches, parser.problems


@pytest.mark.parametrize("odd", [b"10000000000000000000000", b"NaN", b"1e400", b'"\\ud800"'])
def test_a_file_json_reads_differently_gets_the_same_records_and_refusals(odd, monkeypatch):
    people = [record(n) for n in range(1, 10)]
    text = _payload(people, [_term(n) for n in range(1, 8)])
    sound = _parse(text, True, monkeypatch)
    assert sound == _parse(text, False, monkeypatch) and sound[1] == []
    # One value json reads (a huge integer, NaN, infinity, a lone surrogate) in the rt column of line 4.
    line = [record(3)[k] for k in sections.KEYS["participant"]]
    values = list(line)
    values[sections.KEYS["participant"].index("rt")] = "@@"
    odd_line = json.dumps(values).replace('"@@"', odd.decode()).encode()
    bad = text.replace(json.dumps(line).encode(), odd_line)
    assert bad != text
    fast, slow = _parse(bad, True, monkeypatch), _parse(bad, False, monkeypatch)
    assert fast == slow
    assert fast[1] and fast[1][0].startswith("baris 4:")


def test_a_format_2_payload_is_read_the_same_either_way(monkeypatch):
    people = [record(n) for n in range(1, 4)]
    manifest = {"counts": {"records": 3, "tombstones": 0}, "format_version": 2, "tenure": {}}
    lines = b"\n".join(json.dumps(p).encode() for p in people) + b"\n"
    fast = container.parse_lines(lines, manifest, set(KNOWN))
    monkeypatch.setattr(jsonlines, "decode", lambda body: None)
    assert container.parse_lines(lines, manifest, set(KNOWN)) == fast == people


@pytest.mark.parametrize("text", [b'["\xed\xa0\x80"]', b'["\xc0\xaf"]', b'["\xf4\x90\x80\x80"]', b'["\xff"]'])
def test_a_format_2_payload_python_cannot_decode_is_refused_as_before(text):
    manifest = {"counts": {"records": 1, "tombstones": 0}, "format_version": 2, "tenure": {}}
    with pytest.raises(container.RefusedFile) as refused:
        container.parse_lines(text + b"\n", manifest, set(KNOWN))
    assert refused.value.reason == container.CORRUPT and "UTF-8" in str(refused.value)


@pytest.mark.parametrize("tail", [b"", b"\n", b"\n\n\n"])
@pytest.mark.parametrize("piece", [1, 7, 40, 1 << 20])
def test_a_whole_payload_read_in_pieces_is_read_as_at_once(piece, tail):
    lines = [json.dumps(record(n)).encode() for n in range(1, 6)]
    assert jsonlines.decode_pieces(b"\n".join(lines) + tail, piece) == [record(n) for n in range(1, 6)]
    assert jsonlines.decode_pieces(b"\n".join(lines[:2] + [b""] + lines[2:]) + tail, piece) is None
    assert jsonlines.decode_pieces(b"\n".join(lines[:2] + [b"NaN"] + lines[2:]) + tail, piece) is None
    assert jsonlines.decode_pieces(tail, piece) == []
