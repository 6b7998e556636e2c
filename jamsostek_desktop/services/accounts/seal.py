"""Tamper evidence: the audit trail as a keyed hash chain, and a keyed digest of each user and
participant row, both checked by `jamsostek check`.

Why: the database is one file a person can open with another tool. Each audit entry
stores `chain` = HMAC(key, chain of the entry before it + the entry itself), so an entry
edited, deleted or inserted behind the program's back breaks the chain where it happened;
the head of the chain (last entry and its link, itself MAC'd) is kept in a setting, so
entries cut from the end show too. Each user and participant row has a digest in
`seal_digest`, rewritten by the program whenever it writes the row, so a row changed,
added or removed by another tool is named by `check`.

The key is random, one per database, kept in the keys folder as `seal-<id>.key` (0600),
never in the database: a copy of the database alone cannot be resealed. A person with the
same account on the same computer can read the key too; this is evidence, not a lock, and
the chain's head also travels in every sync file, so the city holds its own record of each
kelurahan's history. Back the keys folder up with the database. A database opened where its
key is missing (moved to another computer) gets a new key at its next change: the trail
records it ("segel baru"), and the entries before can be checked only where the old key is.

Everything written here happens inside the caller's write transaction (IMMEDIATE, db/connection.py),
so the chain's last link is read and extended without another writer in between.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import hmac
import json
import logging
import secrets
from collections.abc import Iterable, Sequence

from jamsostek_desktop import fileio, paths
from jamsostek_desktop.db import backends
from jamsostek_desktop.db.bulk import insert_rows
from jamsostek_desktop.db.connection import db
from jamsostek_desktop.db.models import AuditEntry, Setting, utc_now
from jamsostek_desktop.errors import translate

log = logging.getLogger(__name__)

KEY_SETTING = "seal.key_id"
HEAD_SETTING = "seal.audit_head"
KEY_TYPE = "jamsostek-seal-key"
START = "0" * 64                     # the link before the first entry of a chain
REKEY_ACTION = "seal-key"
# Reasons the program writes into the trail (audit.RECORDED_TEXTS shows them in English too).
SEAL_STARTED = translate("seal", "segel dimulai")
KEY_MISSING = translate("seal", "kunci segel {old} tidak ada di komputer ini")

# The columns each sealed table's digest covers, in this order (read as SQLite stores them).
DIGEST_COLUMNS = {
    "participant": ("id", "uuid", "kelurahan_code", "category_id", "nik", "nama", "tempat_lahir", "tanggal_lahir",
                    "jenis_kelamin", "alamat", "rt", "rw", "telepon", "email", "no_sk", "tanggal_sk", "tmt",
                    "program_jht", "penghasilan", "kpj", "fields", "status", "status_reason", "archived",
                    "archive_reason", "archived_at", "created_at", "updated_at", "revision", "change_seq",
                    "received_revision"),
    "user_account": ("id", "username", "full_name", "role", "password_hash", "active", "failed_attempts",
                     "locked_until", "must_change_password", "last_login_at", "created_at", "updated_at"),
}
# The audit entry's fields a link covers, in this order.
ENTRY_COLUMNS = ("id", "at", "actor", "action", "table_name", "record", "field", "old_value", "new_value",
                 "reason")

_keys: dict[str, bytes] = {}


# --- the key ---------------------------------------------------------------------------------

def key_path(key_id: str):
    return paths.keys_dir() / f"seal-{key_id}.key"


def load_key(key_id: str) -> bytes | None:
    """The key of that id from the keys folder, or None when it is not on this computer."""
    if key_id in _keys:
        return _keys[key_id]
    try:
        document = json.loads(key_path(key_id).read_text(encoding="utf-8"))
        key = bytes.fromhex(document["key"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if document.get("type") != KEY_TYPE or len(key) != 32:
        return None
    _keys[key_id] = key
    return key


def _new_key() -> tuple[str, bytes]:
    key_id, key = secrets.token_hex(8), secrets.token_bytes(32)
    fileio.write_text(key_path(key_id), json.dumps({"type": KEY_TYPE, "key_id": key_id, "key": key.hex()}) + "\n",
                      private=True, exclusive=True, what=translate("seal", "Berkas kunci segel"))
    _keys[key_id] = key
    return key_id, key


# Statements every audited write runs, written once: peewee takes longer to build them than
# SQLite takes to run them (a participant's save writes two entries and a seal).
_READ_SETTING = 'SELECT "value" FROM "setting" WHERE "key" = ?'
_WRITE_SETTING = ('INSERT INTO "setting" ("key", "value") VALUES (?, ?) '
                  'ON CONFLICT ("key") DO UPDATE SET "value" = excluded."value"')
_LAST_ENTRY = 'SELECT "id", "chain" FROM "audit_entry" ORDER BY "id" DESC LIMIT 1'
_INSERT_ENTRY = ('INSERT INTO "audit_entry" ("id", "at", "actor", "action", "table_name", "record", "field", '
                 '"old_value", "new_value", "reason", "chain") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')


def _setting(key: str) -> str | None:
    row = db.execute_sql(_READ_SETTING, (key,)).fetchone()
    return row[0] if row else None


def _current_key() -> tuple[str, bytes]:
    """The database's key; started (or replaced, when missing here) inside the caller's transaction."""
    key_id = _setting(KEY_SETTING)
    key = load_key(key_id) if key_id else None
    if key is not None:
        return key_id, key
    new_id, key = _new_key()
    Setting.write(KEY_SETTING, new_id)
    reason = KEY_MISSING.format(old=key_id) if key_id else SEAL_STARTED
    _append([dict(at=utc_now(), actor="sistem", action=REKEY_ACTION, table="audit_entry", record=new_id,
                  field="", old_value=key_id, new_value=new_id, reason=reason)], key)
    _seal_where("participant", "1 = 1", (), key)
    _seal_where("user_account", "1 = 1", (), key)
    if key_id:
        log.warning("seal key %s not found here; a new key %s was started and every row resealed", key_id, new_id)
    else:
        log.info("tamper evidence started (key %s)", new_id)
    return new_id, key


def start() -> None:
    """Begin the seal of a database that has none yet (a new one, or one just upgraded to step 9).

    Entries written before stay outside the chain; `check` counts them. Opening never
    replaces a key that is merely missing here: that happens at the next change.
    """
    if Setting.read(KEY_SETTING):
        return
    with db.atomic():
        _current_key()


# --- the chain -------------------------------------------------------------------------------

def _canonical(values: Sequence) -> bytes:
    return json.dumps(values, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass")


def link(key: bytes, previous: str, entry: Sequence) -> str:
    """The chain value of an entry (ENTRY_COLUMNS values) after `previous`."""
    return hmac.digest(key, previous.encode("ascii") + _canonical(entry), "sha256").hex()


def head_mac(key: bytes, last_id: int, chain: str) -> str:
    return hmac.new(key, f"head:{last_id}:{chain}".encode("ascii"), hashlib.sha256).hexdigest()


def _stamp(value) -> str:
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None).isoformat(sep=" ")
    return str(value)


def append(entries: list[dict]) -> None:
    """Insert audit entries (AuditEntry fields) as the next links of the chain."""
    if entries:
        _append(entries, _current_key()[1])


def _append(entries: list[dict], key: bytes) -> None:
    last = db.execute_sql(_LAST_ENTRY).fetchone()
    previous, next_id = ((last[1] or START), last[0] + 1) if last else (START, 1)
    rows = []
    stamps: dict = {}                   # an import's thousands of entries share one time
    for number, entry in enumerate(entries, start=next_id):
        at = entry["at"]
        stamp = stamps.get(at)
        if stamp is None:
            stamp = stamps[at] = _stamp(at)
        old, new = entry.get("old_value"), entry.get("new_value")
        previous = link(key, previous, (number, stamp, entry["actor"], entry["action"], entry["table"],
                                        entry["record"], entry["field"], old, new, entry["reason"]))
        rows.append((number, stamp, entry["actor"], entry["action"], entry["table"], entry["record"],
                     entry["field"], old, new, entry["reason"], previous))
    if len(rows) == 1:
        # One entry (a form's save): a statement written once, values as insert_rows converts them.
        db.execute_sql(_INSERT_ENTRY, tuple(convert(v) for convert, v in zip(_entry_converters(), rows[0],
                                                                              strict=True)))
    else:
        insert_rows(AuditEntry, [dict(zip(_ENTRY_FIELDS, row, strict=True)) for row in rows])
    last_id = next_id + len(rows) - 1
    db.execute_sql(_WRITE_SETTING, (HEAD_SETTING, f"{last_id}:{previous}:{head_mac(key, last_id, previous)}"))


_ENTRY_FIELDS = ("id", "at", "actor", "action", "table", "record", "field", "old_value", "new_value", "reason",
                 "chain")


@functools.lru_cache(maxsize=1)
def _entry_converters() -> tuple:
    return tuple(AuditEntry._meta.fields[name].db_value for name in _ENTRY_FIELDS)


def head() -> tuple[int, str] | None:
    """(last entry id, its chain value): what a sync file carries."""
    row = AuditEntry.select(AuditEntry.id, AuditEntry.chain).order_by(AuditEntry.id.desc()).first()
    if row is None or row.chain is None:
        return None
    return row.id, row.chain


def chain_at(entry_id: int) -> str | None:
    """The chain value stored for an entry (the city compares it with what it was told before)."""
    row = AuditEntry.select(AuditEntry.chain).where(AuditEntry.id == entry_id).first()
    return row.chain if row else None


# --- row digests -----------------------------------------------------------------------------

def digest_select(table: str) -> str:
    """`SELECT id, <the row as one JSON array>, <a name> FROM table `: SQLite writes each row's
    canonical text itself (json_array), three times faster than reading the columns one by one."""
    name = "uuid" if table == "participant" else "username"
    array = backends.current().json_array([f'"{c}"' for c in DIGEST_COLUMNS[table]])
    return f'SELECT "id", {array}, "{name}" FROM "{table}" '


def digest(key: bytes, table: str, row_text: str) -> str:
    """The digest of a row from its json_array text (digest_select)."""
    return hmac.digest(key, f"{table}:{row_text}".encode("utf-8", "surrogatepass"), "sha256").hex()


def _seal_where(table: str, where: str, params: Iterable, key: bytes) -> int:
    cursor = db.execute_sql(digest_select(table) + f"WHERE {where}", tuple(params))
    # digest() inlined: a merge seals 150,000 rows here at once.
    prefix, mac = f"{table}:", hmac.digest
    rows = [(table, row_id, mac(key, (prefix + text).encode("utf-8", "surrogatepass"), "sha256").hex())
            for row_id, text, _name in cursor]
    if rows:
        db.cursor().executemany('INSERT INTO "seal_digest" ("table_name", "row_id", "digest") VALUES (?, ?, ?) '
                                'ON CONFLICT ("table_name", "row_id") DO UPDATE SET "digest" = excluded."digest"',
                                rows)
    return len(rows)


def participants_from(first_change_seq: int) -> int:
    """Seal the participants this transaction wrote: every change number from the first it took."""
    return _seal_where("participant", '"change_seq" >= ?', (first_change_seq,), _current_key()[1])


def participants(ids: Iterable[int]) -> int:
    ids = list(ids)
    marks = ", ".join("?" for _ in ids)
    return _seal_where("participant", f'"id" IN ({marks})', ids, _current_key()[1]) if ids else 0


def users(*ids: int) -> int:
    marks = ", ".join("?" for _ in ids)
    return _seal_where("user_account", f'"id" IN ({marks})', ids, _current_key()[1]) if ids else 0
