"""The tenure rules' numbers and lists: resources/tenure.json, or an office's own copy.

An administrator adapts the warning days, the school grant's minimum months or a claim's
document checklist by copying the file to `<data folder>/tenure.json` and editing the
copy (as with the BPJS column file); a copy that cannot be read is refused with a reason
rather than silently replaced by the shipped rules.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from jamsostek_desktop import paths
from jamsostek_desktop.domain.terms import TenureSettings, settings_from_dict
from jamsostek_desktop.errors import ValidationError, translate

FILE_NAME = "tenure.json"


def file_in_use() -> Path:
    own = paths.data_dir() / FILE_NAME
    return own if own.exists() else paths.resource(FILE_NAME)


@lru_cache(maxsize=4)
def _load(path: Path, stamp: float) -> TenureSettings:
    try:
        return settings_from_dict(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValidationError(translate("settings", "Berkas aturan masa jabatan {name} tidak dapat dibaca: {reason}")
                              .format(name=path, reason=exc)) from exc
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ValidationError(translate("settings", "Berkas aturan masa jabatan {name} tidak valid: {reason}")
                              .format(name=path, reason=exc)) from exc


def current() -> TenureSettings:
    path = file_in_use()
    try:
        stamp = path.stat().st_mtime
    except OSError:
        stamp = 0.0
    return _load(path, stamp)
