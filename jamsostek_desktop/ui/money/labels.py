"""Names of the shipped BPJS export profiles in the interface language (the data keeps Indonesian)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def profile_label(code: str, name: str, builtin: bool) -> str:
    """A shipped profile's name translated; one an administrator added or edited, as written."""
    shipped = {
        "bpjs": QCoreApplication.translate("MoneyLabels", "Daftar pendaftaran kolektif (bawaan)"),
        "bpu-kolektif": QCoreApplication.translate("MoneyLabels", "Pendaftaran kolektif BPU"),
        "pu-upload": QCoreApplication.translate("MoneyLabels", "Unggah massal Penerima Upah"),
    }
    return shipped[code] if builtin and code in shipped else name
