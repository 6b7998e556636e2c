"""Labels the lower layers define, in the interface language.

The domain and services layers may not import Qt, so they mark their labels with
errors.translate (participant statuses, the common form fields and Excel column
targets, user roles, documents, sync outcomes) and the catalogue's names with
errors.data_text; these helpers turn them into the text a widget shows. A label
the catalogue does not know (a field a city added itself) shows as it is.
"""

from __future__ import annotations

from jamsostek_desktop.domain import status
from jamsostek_desktop.errors import Message
from jamsostek_desktop.services.accounts import session
from jamsostek_desktop.ui.common.i18n import translated


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
