"""The manifest of a `.jamsync` file: what it holds, who wrote it, and its schema check.

The manifest is signed; it names the payload's SHA-256, so the signature covers the
payload as well. See docs/sync-format.md for the field-by-field description.
"""

from __future__ import annotations

import re

from jamsostek_desktop.domain import categories as category_rules
from jamsostek_desktop.errors import translate
from jamsostek_desktop.services.sync.format import tenure_records

FORMAT_NAME = "jamsostek-sync"
# Version 2 (one version, two additions): the manifest carries the head of the kelurahan's audit
# chain ("audit", required) and counts the tenure lines (posts, terms, coverage, replacements,
# events, claims) that follow the participant lines ("tenure"; absent: the file holds none).
# A version 1 file (participants only, no audit head) is read as before.
# Version 3 carries the same, the records written as sections of JSON arrays and a sealed
# payload as a chunked stream (format/chunked.py, format/stream.py); 1 and 2 are still read.
FORMAT_VERSION = 3
READABLE_VERSIONS = (1, 2, 3)
TENURE_KINDS = tuple(tenure_records.KINDS)

_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_VILLAGE = re.compile(r"^\d{2}\.\d{2}\.\d{2}\.\d{4}$")
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")

# Field -> (type, check) for the schema; nested objects have their own table.
_STR, _INT, _BOOL, _DICT, _LIST = str, int, bool, dict, list
SCHEMA = {
    "format": (_STR, lambda v: v == FORMAT_NAME),
    "format_version": (_INT, lambda v: v in READABLE_VERSIONS),
    "app_version": (_STR, lambda v: 0 < len(v) < 40),
    "created_at": (_STR, lambda v: bool(_STAMP.match(v))),
    "kelurahan": (_DICT, None),
    "installation": (_DICT, None),
    "sequence": (_INT, lambda v: v >= 1),
    "full": (_BOOL, None),
    "resend": (_BOOL, None),
    "changes": (_DICT, None),
    "revisions": (_DICT, None),
    "counts": (_DICT, None),
    "totals": (_DICT, None),
    "categories": (_LIST, None),
    "payload": (_DICT, None),
}
NESTED = {
    "kelurahan": {
        "code": (_STR, lambda v: bool(_VILLAGE.match(v))),
        "name": (_STR, lambda v: 0 < len(v) <= 200),
        "kecamatan": (_STR, lambda v: len(v) <= 200),
        "kota": (_STR, lambda v: len(v) <= 200),
    },
    "installation": {
        "id": (_STR, lambda v: bool(_UUID.match(v))),
        "public_key": (_STR, lambda v: len(v) == 44),
    },
    "changes": {"from": (_INT, lambda v: v >= 0), "to": (_INT, lambda v: v >= 0)},
    "revisions": {"min": (_INT, lambda v: v >= 0), "max": (_INT, lambda v: v >= 0)},
    "counts": {"records": (_INT, lambda v: v >= 0), "tombstones": (_INT, lambda v: v >= 0)},
    "totals": {"live": (_INT, lambda v: v >= 0), "archived": (_INT, lambda v: v >= 0)},
    "payload": {
        "name": (_STR, lambda v: v in ("payload.jsonl", "payload.sealed")),
        "sha256": (_STR, lambda v: bool(_SHA256.match(v))),
        "size": (_INT, lambda v: v >= 0),
        "plain_size": (_INT, lambda v: v >= 0),
        "sealed_to": ((str, type(None)), lambda v: v is None or len(v) == 44),
    },
}
_HEAD = (_STR, lambda v: bool(_SHA256.match(v)))
AUDIT_SCHEMA = {
    "last_id": (_INT, lambda v: 0 <= v < 2**62),
    "head": _HEAD,
    "previous": ((dict, type(None)), None),
}
PREVIOUS_SCHEMA = {"last_id": (_INT, lambda v: 0 <= v < 2**62), "head": _HEAD}

CATEGORY_SCHEMA = {
    "code": (_STR, lambda v: 0 < len(v) <= 64),
    "name": (_STR, lambda v: 0 < len(v) <= 200),
    "group": (_STR, lambda v: len(v) <= 200),
    "fields": (_LIST, None),
    "key_field": ((str, type(None)), None),
}


# A category definition travels to the city and becomes part of its catalogue: it is held to
# the catalogue's own rules (domain.categories) and to sizes a form can show.
MAX_FIELDS = 60
FIELD_KEYS = frozenset({"key", "label", "type", "required", "choices", "help"})
MAX_CHOICES = 200


def _category_problems(category: dict, where: str) -> list[str]:
    out = []
    fields = category["fields"]
    if len(fields) > MAX_FIELDS:
        return [translate("manifest", "{where}fields: lebih dari {n} field").format(where=where, n=MAX_FIELDS)]
    for j, spec in enumerate(fields):
        at = f"{where}fields[{j}]."
        if not isinstance(spec, dict):
            out.append(translate("manifest", "{where} harus objek").format(where=at.rstrip(".")))
            continue
        unknown = sorted(set(spec) - FIELD_KEYS, key=str)
        if unknown:
            out.append(translate("manifest", "{where}kolom tidak dikenal: {keys}").format(
                where=at, keys=", ".join(map(str, unknown))))
        texts = [spec.get("label", ""), spec.get("help", "")]
        choices = spec.get("choices", [])
        if not isinstance(choices, list) or len(choices) > MAX_CHOICES:
            out.append(translate("manifest", "{key} tidak valid").format(key=at + "choices"))
        else:
            texts += choices
        if not all(isinstance(t, str) and len(t) <= 200 for t in texts):
            out.append(translate("manifest", "{key} tidak valid").format(key=at + "label/help/choices"))
        if not isinstance(spec.get("required", False), bool):
            out.append(translate("manifest", "{key} bertipe salah").format(key=at + "required"))
    if out:
        return out
    try:
        category_rules.category_from_dict(category)
    except ValueError as exc:
        out.append(translate("manifest", "{where}: {reason}").format(
            where=where.rstrip("."), reason=exc.args[0] if exc.args else exc))
    return out


def field_keys(manifest: dict) -> dict[str, frozenset[str]]:
    """The extra-field keys of each category the (checked) manifest defines."""
    return {c["code"]: frozenset(f["key"] for f in c["fields"]) for c in manifest["categories"]}


def _check_object(obj: dict, schema: dict, where: str) -> list[str]:
    out = []
    if not isinstance(obj, dict):
        return [translate("manifest", "{where} harus objek").format(where=where)]
    for key, (kind, rule) in schema.items():
        if key not in obj:
            out.append(translate("manifest", "{key} tidak ada").format(key=where + key))
            continue
        value = obj[key]
        # bool is an int in Python; a manifest counting `true` records is still wrong.
        if (kind is int and isinstance(value, bool)) or not isinstance(value, kind):
            out.append(translate("manifest", "{key} bertipe salah").format(key=where + key))
        elif rule is not None and not rule(value):
            out.append(translate("manifest", "{key} tidak valid").format(key=where + key))
    unknown = sorted(set(obj) - set(schema))
    if unknown:
        out.append(translate("manifest", "{where}kolom tidak dikenal: {keys}").format(where=where, keys=", ".join(unknown)))
    return out


TENURE_SCHEMA = {kind: (_INT, lambda v: v >= 0) for kind in TENURE_KINDS}
OPTIONAL_TENURE = tenure_records.OPTIONAL_KINDS


def _audit_problems(manifest: dict) -> list[str]:
    """Versions 2 and 3 carry the kelurahan's audit chain head (last entry id, its link, and the
    link now stored for the entry the previous file reached); version 1 has none."""
    if manifest.get("format_version") == 1:
        return [translate("manifest", "{key} tidak dikenal pada format versi 1").format(key="audit")] \
            if "audit" in manifest else []
    if "audit" not in manifest:
        return [translate("manifest", "{key} tidak ada").format(key="audit")]
    out = _check_object(manifest["audit"], AUDIT_SCHEMA, "audit.")
    previous = manifest["audit"].get("previous") if isinstance(manifest["audit"], dict) else None
    if not out and previous is not None:
        out += _check_object(previous, PREVIOUS_SCHEMA, "audit.previous.")
    return out


def _tenure_problems(manifest: dict) -> list[str]:
    """Version 2 may count tenure lines (absent: the file holds none); version 1 knows no such key."""
    if "tenure" not in manifest:
        return []
    if manifest.get("format_version") == 1:
        return [translate("manifest", "{key} tidak dikenal pada format versi 1").format(key="tenure")]
    counts = manifest["tenure"]
    if isinstance(counts, dict):
        # A kind added later (screening's decisions) may be missing from an older file: none of it.
        counts = {**{k: 0 for k in OPTIONAL_TENURE}, **counts}
    return _check_object(counts, TENURE_SCHEMA, "tenure.")


def problems(manifest) -> list[str]:
    """Everything wrong with a manifest (version 1 or 2), in Indonesian."""
    if not isinstance(manifest, dict):
        return [translate("manifest", "manifest harus objek")]
    out = _check_object({k: v for k, v in manifest.items() if k not in ("audit", "tenure")}, SCHEMA, "")
    out += _audit_problems(manifest) + _tenure_problems(manifest)
    for key, schema in NESTED.items():
        if isinstance(manifest.get(key), dict):
            out += _check_object(manifest[key], schema, f"{key}.")
    categories = manifest.get("categories") if isinstance(manifest.get("categories"), list) else []
    for i, category in enumerate(categories):
        found = _check_object(category, CATEGORY_SCHEMA, f"categories[{i}].")
        out += found or _category_problems(category, f"categories[{i}].")
    if out:
        return out
    codes = [c["code"] for c in categories]
    if len(codes) != len(set(codes)):
        out.append(translate("manifest", "{key}: kode kategori ganda").format(key="categories"))
    if manifest["changes"]["from"] > manifest["changes"]["to"]:
        out.append(translate("manifest", "rentang perubahan terbalik"))
    if manifest["counts"]["tombstones"] > manifest["counts"]["records"]:
        out.append(translate("manifest", "jumlah tombstone melebihi jumlah rekaman"))
    payload = manifest["payload"]
    if (payload["name"] == "payload.sealed") != (payload["sealed_to"] is not None):
        out.append(translate("manifest", "payload.sealed_to tidak sesuai dengan nama payload"))
    return out
