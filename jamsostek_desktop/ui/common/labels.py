"""Labels the lower layers define, in the interface language.

The domain and services layers may not import Qt, so they mark their labels with
errors.translate (participant statuses, the common form fields and Excel column
targets, user roles, documents, sync outcomes) and the catalogue's names with
errors.data_text; these helpers turn them into the text a widget shows. A label
the catalogue does not know (a field a city added itself) shows as it is.
"""

from __future__ import annotations

import re
from functools import lru_cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from jamsostek_desktop.domain import region, status
from jamsostek_desktop.errors import Message
from jamsostek_desktop.services.accounts import audit, session
from jamsostek_desktop.services.participants import profile
from jamsostek_desktop.ui.common.i18n import translated

# Month names as the interface shows them (PDFs keep Indonesian: domain/formatting.py).
MONTH_NAMES = (QT_TRANSLATE_NOOP("Months", "Januari"), QT_TRANSLATE_NOOP("Months", "Februari"),
               QT_TRANSLATE_NOOP("Months", "Maret"), QT_TRANSLATE_NOOP("Months", "April"),
               QT_TRANSLATE_NOOP("Months", "Mei"), QT_TRANSLATE_NOOP("Months", "Juni"),
               QT_TRANSLATE_NOOP("Months", "Juli"), QT_TRANSLATE_NOOP("Months", "Agustus"),
               QT_TRANSLATE_NOOP("Months", "September"), QT_TRANSLATE_NOOP("Months", "Oktober"),
               QT_TRANSLATE_NOOP("Months", "November"), QT_TRANSLATE_NOOP("Months", "Desember"))


def month_year(value) -> str:
    """`November 2026` in the interface language."""
    return f"{QCoreApplication.translate('Months', MONTH_NAMES[value.month - 1])} {value.year}"


def status_label(code: str) -> str:
    return translated(status.label(code))


def field_label(text: str) -> str:
    """A field's label (domain.participant.COMMON_FIELDS, a category's field) in the interface language."""
    return translated(text)


def role_label(role: str) -> str:
    return translated(session.ROLE_LABELS.get(role, role))


def catalogue_label(text: str) -> str:
    """A category, group or field name from the catalogue in the interface language."""
    return translated(text if isinstance(text, Message) else Message("Catalogue", str(text)))


@lru_cache(maxsize=1)
def _recorded_patterns() -> tuple[tuple[re.Pattern, Message], ...]:
    """Each text the program writes into the trail, as a pattern whose groups are its parameters."""
    out = []
    for template in audit.RECORDED_TEXTS:
        parts = re.split(r"\{(\w+)\}", template.source)
        pattern = "".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.+?)" for i, p in enumerate(parts))
        out.append((re.compile(pattern + r"\Z", re.DOTALL), template))
    return tuple(out)


def recorded_text(text: str | None) -> str:
    """A value or reason the program wrote into the trail, in the interface language; anything
    a person typed (names, reasons) shows as it is."""
    if not text:
        return ""
    for pattern, template in _recorded_patterns():
        match = pattern.match(text)
        if match:
            return translated(template.format(**match.groupdict()))
    return text


def office_region() -> str | None:
    """The office's region code, which says its time zone (WIB, WITA or WIT)."""
    current = profile.get()
    return current.region_code if current is not None else None


_UNSET = object()


def local_time(value, region_code=_UNSET) -> str:
    """A stored naive-UTC time as the office's local `23-11-2026 14:05 WIB` (not the PC's
    clock setting, which is often left at UTC or another island's zone)."""
    return region.local_time_text(value, office_region() if region_code is _UNSET else region_code)
