"""`check`'s look at the seal (seal.py): what another tool edited, deleted or inserted.

Reads a plain read-only sqlite3 connection, like the rest of the full check, so a database
too damaged to open normally is examined all the same.

How a break is told apart, the audit entry's id being part of its link:
- edited: the entry does not match its link, but the next entry links to the stored value;
- inserted: the entry does not match, and the next entry links to the one before it (or the
  entry has no link at all after the chain began);
- deleted: ids are missing between two entries, or the chain ends before its recorded head.
"""

from __future__ import annotations

import hmac
import sqlite3
from dataclasses import dataclass, field

from jamsostek_desktop.errors import translate
from jamsostek_desktop.services.accounts import seal

SHOWN = 20
LABELS = {"participant": translate("seal_check", "peserta"), "user_account": translate("seal_check", "pengguna")}


@dataclass
class SealReport:
    problems: list[str] = field(default_factory=list)    # tampering found
    notices: list[str] = field(default_factory=list)     # what could not be checked, and why
    entries_checked: int = 0
    rows_checked: int = 0


def _limited(out: list[str], found: list[str]) -> None:
    out.extend(found[:SHOWN])
    if len(found) > SHOWN:
        out.append(translate("seal_check", "... dan {n} temuan lain.").format(n=len(found) - SHOWN))


def verify(conn: sqlite3.Connection) -> SealReport:
    report = SealReport()
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "seal_digest" not in tables or "setting" not in tables:
        return report                              # a database older than the seal: nothing to check
    settings = dict(conn.execute("SELECT key, value FROM setting WHERE key IN (?, ?)",
                                 (seal.KEY_SETTING, seal.HEAD_SETTING)).fetchall())
    rows = _entries(conn)
    starts = [row for row in rows if row[3] == seal.REKEY_ACTION and row[8]]
    if not starts:
        report.notices.append(translate("seal_check", "Segel belum dimulai: basis data ini belum dibuka oleh versi "
                                        "program yang menyegel log audit."))
        return report
    # The key in force is the one the trail last started, whatever the setting says.
    key_id = starts[-1][8]
    if settings.get(seal.KEY_SETTING) != key_id:
        report.problems.append(translate("seal_check", "log audit: catatan kunci segel tidak sama dengan log audit "
                                         "(diubah di luar program)"))
    for row in starts[1:]:
        report.notices.append(translate("seal_check", "Segel dimulai ulang pada entri #{id} ({when} UTC): {reason}.")
                              .format(id=row[0], when=row[1], reason=row[9]))
    key = seal.load_key(key_id)
    if key is None:
        report.notices.append(translate(
            "seal_check", "Kunci segel basis data ini ({file}) tidak ada di folder kunci komputer ini: log "
            "audit dan data tidak dapat diperiksa terhadap perubahan di luar program. Salin folder kunci dari "
            "komputer asal, atau biarkan program memulai segel baru pada perubahan berikutnya.").format(
            file=seal.key_path(key_id).name))
        return report
    _check_chain(rows, key, settings.get(seal.HEAD_SETTING, ""), report)
    for table in seal.DIGEST_COLUMNS:
        _check_rows(conn, table, key, report)
    return report


def _entries(conn: sqlite3.Connection):
    columns = ", ".join(f'"{c}"' for c in seal.ENTRY_COLUMNS)
    return conn.execute(f'SELECT {columns}, "chain" FROM "audit_entry" ORDER BY "id"').fetchall()


def _keys_by_segment(rows) -> dict[int, bytes | None]:
    """For each entry id from the first key start on: the key its link was made with (None: absent)."""
    out: dict[int, bytes | None] = {}
    current: bytes | None = None
    started = False
    for row in rows:
        if row[3] == seal.REKEY_ACTION and row[8]:
            current, started = seal.load_key(row[8]), True
        if started:
            out[row[0]] = current
    return out


def _parse_head(text: str) -> tuple[int, str, str] | None:
    parts = text.split(":")
    if len(parts) != 3 or not parts[0].isdigit():
        return None
    return int(parts[0]), parts[1], parts[2]


def _check_chain(rows, key: bytes, head_text: str, report: SealReport) -> None:
    segment_keys = _keys_by_segment(rows)
    head = _parse_head(head_text)
    head_id = head[0] if head else None
    found: list[str] = []
    before_chain = unverifiable = 0
    previous_chain, previous_id = seal.START, None
    skip_next_link = False
    for i, row in enumerate(rows):
        entry_id, chain = row[0], row[-1]
        if entry_id not in segment_keys:
            before_chain += 1
            previous_chain, previous_id = chain or seal.START, entry_id
            continue
        entry_key = segment_keys[entry_id]
        if previous_id is not None and entry_id != previous_id + 1:
            found.append(translate("seal_check", "log audit: entri #{first}–#{last} dihapus di luar program").format(
                first=previous_id + 1, last=entry_id - 1) if entry_id - previous_id > 2 else
                translate("seal_check", "log audit: entri #{first} dihapus di luar program").format(first=previous_id + 1))
            skip_next_link = True
        if entry_key is None:
            unverifiable += 1
        elif chain is None:
            found.append(translate("seal_check", "log audit: entri #{id} disisipkan di luar program (tanpa segel)")
                         .format(id=entry_id))
            previous_id = entry_id                    # the chain goes on from the entry before it
            continue
        elif not hmac.compare_digest(seal.link(entry_key, previous_chain, row[:-1]), chain):
            following = rows[i + 1] if i + 1 < len(rows) else None
            if skip_next_link:
                pass                                  # the deletion above broke this link; said once
            elif (head_id is not None and entry_id > head_id) or (
                    following is not None and following[-1] and hmac.compare_digest(
                        seal.link(entry_key, previous_chain, following[:-1]), following[-1])):
                found.append(translate("seal_check", "log audit: entri #{id} disisipkan di luar program")
                             .format(id=entry_id))
                previous_id = entry_id
                continue
            else:
                found.append(translate("seal_check", "log audit: entri #{id} ({action}, {record}) diubah di luar "
                                       "program").format(id=entry_id, action=row[3], record=row[5]))
        skip_next_link = False
        previous_chain, previous_id = chain or seal.START, entry_id
        report.entries_checked += 1
    _check_head(head, key, previous_id, previous_chain, found)
    _limited(report.problems, found)
    if before_chain:
        report.notices.append(translate("seal_check", "{n} entri log audit lebih tua dari segelnya (dibuat sebelum "
                                        "versi ini) dan tidak diperiksa.").format(n=before_chain))
    if unverifiable:
        report.notices.append(translate("seal_check", "{n} entri log audit disegel dengan kunci lama yang tidak ada "
                                        "di komputer ini dan tidak diperiksa.").format(n=unverifiable))


def _check_head(head, key: bytes, last_id, last_chain: str, found: list[str]) -> None:
    if head is None:
        found.append(translate("seal_check", "log audit: catatan ujung rantai hilang atau diubah di luar program"))
        return
    head_id, head_chain, mac = head
    if not hmac.compare_digest(seal.head_mac(key, head_id, head_chain), mac):
        found.append(translate("seal_check", "log audit: catatan ujung rantai diubah di luar program"))
    elif last_id is None or head_id > last_id:
        found.append(translate("seal_check", "log audit: entri terakhir (sampai #{id}) dihapus di luar program")
                     .format(id=head_id))
    elif head_id == last_id and not hmac.compare_digest(head_chain, last_chain):
        found.append(translate("seal_check", "log audit: entri terakhir #{id} diganti di luar program").format(
            id=head_id))


def _check_rows(conn, table: str, key: bytes, report: SealReport) -> None:
    kept = dict(conn.execute('SELECT "row_id", "digest" FROM "seal_digest" WHERE "table_name" = ?', (table,)))
    label = LABELS[table]
    found: list[str] = []
    for row_id, text, name in conn.execute(seal.digest_select(table) + 'ORDER BY "id"'):
        report.rows_checked += 1
        stored = kept.pop(row_id, None)
        if stored is None:
            found.append(translate("seal_check", "{table} {name}: ditambahkan di luar program").format(
                table=label, name=name))
        elif not hmac.compare_digest(seal.digest(key, table, text), stored):
            found.append(translate("seal_check", "{table} {name}: diubah di luar program").format(
                table=label, name=name))
    for row_id in sorted(kept):
        found.append(translate("seal_check", "{table} nomor {id}: dihapus di luar program").format(
            table=label, id=row_id))
    _limited(report.problems, found)
