"""Schema step 12: every participant a kelurahan already holds gets its post, first term and coverage.

Until now a participant carried one SK (number, date) and one TMT. They become the first
term: the SK kind from the person's own field or the category's usual one, TMT end from
the person's own field, else TMT plus the category's term length, else a "2023-2026"
written in the old masa_jabatan field (to the end of its last year). The post comes from
the category's templates over the person's fields ("Ketua RT", "RT 003/RW 002"), taken in
TMT order; a second person on a one-holder post for an overlapping period keeps the term
without the post (the program lists them for the clerk; nobody is dropped). Participants
already Aktif are paid for from the month they were entered.

A city database does nothing here: its terms arrive in the kelurahan's sync files, with
the kelurahan's own identifiers. The rules below are frozen copies, so this step does the
same next year as today.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import string
import uuid

from peewee import SqliteDatabase

_MASA = re.compile(r"^\s*(\d{4})\s*[-/–]\s*(\d{4})\s*$")


class _Values(dict):
    def __missing__(self, key):
        return ""


def _fill(template: str, values: dict) -> str:
    prepared = _Values()
    for key, value in values.items():
        if isinstance(value, str) and value.strip().isdigit():
            value = int(value.strip())
        prepared[key] = "" if value is None else value
    try:
        text = string.Formatter().vformat(template, (), prepared)
    except (ValueError, TypeError, IndexError, KeyError, AttributeError):
        text = re.sub(r"\{(\w+)[^}]*\}", lambda m: str(prepared[m[1]]), template)
    return " ".join(text.split()).strip(" /-")


def _date(text) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(text)[:10]) if text else None
    except ValueError:
        return None


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day is not None else None


def _end(start: dt.date | None, years, fields: dict) -> dt.date | None:
    own = _date(fields.get("tmt_akhir"))
    if own is not None:
        return own
    if start is not None and years:
        try:
            later = start.replace(year=start.year + years)
        except ValueError:
            later = start.replace(year=start.year + years, day=28)
        return later - dt.timedelta(days=1)
    m = _MASA.match(str(fields.get("masa_jabatan") or ""))
    if m and int(m[1]) <= int(m[2]):
        return dt.date(int(m[2]), 12, 31)
    return None


def _overlaps(a_start, a_end, b_start, b_end) -> bool:
    low, high = dt.date.min, dt.date.max
    return (a_start or low) <= (b_end or high) and (b_start or low) <= (a_end or high)


def upgrade(db: SqliteDatabase) -> None:
    mode = db.execute_sql('SELECT "mode" FROM "profile" ORDER BY "id" LIMIT 1').fetchone()
    if mode is not None and mode[0] == "city":
        return
    categories = {cid: (name, json.loads(tenure or "{}")) for cid, name, tenure in
                  db.execute_sql('SELECT "id", "name", "tenure" FROM "category"').fetchall()}
    seq = db.execute_sql('SELECT MAX("change_seq") FROM "participant"').fetchone()[0] or 0
    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None, microsecond=0).isoformat(" ")
    posts: dict[tuple, int] = {}
    held: dict[int, list] = {}       # post id -> periods of its holders (posts with seats)
    cursor = db.execute_sql(
        'SELECT "id", "kelurahan_code", "category_id", "fields", "rt", "rw", "no_sk", "tanggal_sk", "tmt", '
        '"status", "created_at", "archived" FROM "participant" ORDER BY "tmt" IS NULL, "tmt", "id"')
    for pid, code, cid, fields_text, rt, rw, no_sk, sk_date, tmt, status, created, archived in cursor.fetchall():
        name, rule = categories[cid]
        fields = json.loads(fields_text or "{}")
        values = {"rt": rt, "rw": rw, **fields}
        jabatan = (_fill(rule["jabatan"], values) if rule.get("jabatan") else "") or name
        unit = _fill(rule["unit"], values) if rule.get("unit") else ""
        key = (code, cid, jabatan, unit)
        if key not in posts:
            seq += 1
            posts[key] = db.execute_sql(
                'INSERT INTO "post" ("uuid", "created_at", "updated_at", "revision", "change_seq", "kelurahan_code", '
                '"category_id", "jabatan", "unit", "seats") VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?)',
                (str(uuid.uuid4()), now, now, seq, code, cid, jabatan, unit, rule.get("seats"))).lastrowid
        start = _date(tmt)
        end = _end(start, rule.get("term_years"), fields)
        post_id = posts[key]
        seats = rule.get("seats")
        if seats and status not in ("inactive", "rejected") and not archived:
            periods = held.setdefault(post_id, [])
            if sum(_overlaps(a, b, start, end) for a, b in periods) >= seats:
                post_id = None
            else:
                periods.append((start, end))
        seq += 1
        db.execute_sql(
            'INSERT INTO "term" ("uuid", "created_at", "updated_at", "revision", "change_seq", "participant_id", '
            '"post_id", "number", "sk_kind", "sk_number", "sk_date", "tmt_start", "tmt_end", "closed_on", '
            '"close_reason") VALUES (?, ?, ?, 1, ?, ?, ?, 1, ?, ?, ?, ?, ?, NULL, \'\')',
            (str(uuid.uuid4()), now, now, seq, pid, post_id, str(fields.get("jenis_sk") or rule.get("sk_kind") or ""),
             no_sk or "", sk_date, tmt, _iso(end)))
        if status == "active":
            entered = _date(created) or dt.date.today()
            seq += 1
            db.execute_sql(
                'INSERT INTO "coverage" ("uuid", "created_at", "updated_at", "revision", "change_seq", '
                '"participant_id", "first_month", "last_month") VALUES (?, ?, ?, 1, ?, ?, ?, NULL)',
                (str(uuid.uuid4()), now, now, seq, pid, entered.replace(day=1).isoformat()))
