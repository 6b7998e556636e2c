"""Screening in the GUI: the form's duplicate hint, Periksa data ganda, reference lists (issue 13)."""

from __future__ import annotations


def review_tooltip(codes) -> str:
    """The list's "Periksa" cell as a tooltip: each code with what it means."""
    from PySide6.QtCore import QCoreApplication

    from jamsostek_desktop.domain.eligibility import FLAG_LABELS
    from jamsostek_desktop.services.screening.gate import DUPLICATE
    from jamsostek_desktop.ui.common.i18n import translated

    lines = []
    for code in codes:
        if code == DUPLICATE:
            lines.append(QCoreApplication.translate("screening", "GANDA: mungkin terdaftar dua kali"))
        else:
            lines.append(f"{code}: {translated(FLAG_LABELS.get(code, code))}")
    return "\n".join(lines)
