"""The audit trail: one entry per changed field, written inside the caller's transaction."""

from __future__ import annotations

import datetime as dt
import json

from jamsostek_desktop.db.models import AuditEntry, utc_now
from jamsostek_desktop.services.session import current_username

# Never written to the trail, whatever table they belong to.
SECRET_FIELDS = frozenset({"password", "password_hash", "secret", "private_key"})


def _text(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return str(value)


def record(action: str, table: str, record_key: str, *, field: str = "", old=None, new=None,
           reason: str = "") -> None:
    if field in SECRET_FIELDS:
        old = new = "***"
    AuditEntry.create(
        at=utc_now(), actor=current_username(), action=action, table=table, record=record_key,
        field=field, old_value=_text(old), new_value=_text(new), reason=reason or "",
    )


def record_changes(action: str, table: str, record_key: str, before: dict, after: dict,
                   reason: str = "") -> int:
    """One entry per field whose value differs; returns how many were written."""
    rows = []
    now, actor = utc_now(), current_username()
    for key in sorted(set(before) | set(after)):
        old, new = before.get(key), after.get(key)
        if _text(old) == _text(new):
            continue
        if key in SECRET_FIELDS:
            old = new = "***"
        rows.append(dict(at=now, actor=actor, action=action, table=table, record=record_key,
                         field=key, old_value=_text(old), new_value=_text(new), reason=reason or ""))
    if rows:
        AuditEntry.insert_many(rows).execute()
    return len(rows)
