"""Many JSON lines decoded at once in C (orjson), or None so the caller takes its json path.

Parsing the payload's lines was the largest single cost of a merge (issue 19). orjson is
about twice as fast as the standard json module, but it does not read every text the same
way, and a file must get exactly the records and the refusals it always got. So this fast
path only answers when both modules would give the same values; otherwise it says None and
the caller decodes with json as before (which then names the faulty lines):
- orjson refuses NaN, Infinity, numbers beyond a double (1e400), lone surrogates (\\ud800),
  invalid UTF-8 (strictly: no encoded surrogates, no overlong forms, as Python's decoder)
  and nesting past 1024 levels, where json accepts or fails differently: any
  orjson error means None;
- orjson turns an integer beyond 64 bits into a float, where json keeps the integer: a run
  of 19 or more digits anywhere in the text (an integer of 64 bits or more has one) means
  None. Digits inside strings can trigger it too; that only costs the slower path.
"""

from __future__ import annotations

import orjson

# 2**63 has 19 digits: any integer orjson might turn into a float has a run this long. Found by
# turning every digit into "0" and everything else into " " (C speed; a regex took twice orjson's time).
_DIGITS_AS_ZERO = bytes(48 if 48 <= byte <= 57 else 32 for byte in range(256))
_LONG_DIGITS = b"0" * 19


def decode(body: bytes) -> list | None:
    """The values of `body`'s lines (joined by "\\n", no trailing newline) as one list, or None."""
    if not body or _LONG_DIGITS in body.translate(_DIGITS_AS_ZERO):
        return None
    try:
        items = orjson.loads(b"[" + body.replace(b"\n", b",") + b"]")
    except orjson.JSONDecodeError:
        return None
    # A line holding two values ("1,2") passes the join; the count check catches it.
    return items if len(items) == body.count(b"\n") + 1 else None


def decode_pieces(lines: bytes, piece: int = 4 << 20) -> list | None:
    """decode() of a whole payload's lines (trailing newline allowed), a few megabytes at a time:
    orjson builds a document tree before Python's objects, several times the text for one call."""
    end = len(lines)
    while end and lines[end - 1] == 10:        # trailing newlines, as str.rstrip("\n")
        end -= 1
    items: list = []
    start = 0
    while start < end:
        stop = lines.find(b"\n", min(start + piece, end), end)
        stop = end if stop < 0 else stop
        part = decode(lines[start:stop])
        if part is None:
            return None
        items += part
        start = stop + 1
    return items
