"""Reading produced PDFs back in the reports tests, and the names that test the font."""

from __future__ import annotations

import re
from collections import Counter

# Names the roster must print as typed, ASCII and not.
SPECIAL_NAMES = ("Ni Luh Putu Ayu", "I Gusti Ngurah Rai", "Muh. Ma'ruf", "Siti 'Aisyah",
                 "Siti ʼAisyah Ḥasanah", "Désirée Pétronella Łukasik")
LONG_NAME = ("Raden Mas Haryo Tumenggung Kusumo Wicaksono Adiningrat Hadiwijoyo "
             "Notonegoro Prawirodirjo Mangkubumi")
NIK = re.compile(r"\b\d{16}\b")


def pdf_text(path) -> list[str]:
    """Text of each page (pypdf)."""
    from pypdf import PdfReader

    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


def flat(text: str) -> str:
    """Text with every run of white space made one space: lines of a wrapped cell read as one."""
    return " ".join(text.split())


def niks_in(pages: list[str]) -> Counter:
    return Counter(n for text in pages for n in NIK.findall(text))


def live_niks(**where) -> set[str]:
    from jamsostek_desktop.db.models import Participant
    from jamsostek_desktop.domain.scope import Scope
    from jamsostek_desktop.services.participants import scope_sql

    query = scope_sql.where(Participant.select(Participant.nik).from_(Participant), Scope(**where))
    return {nik for (nik,) in query.tuples()}


def first_lines(path) -> dict[str, str]:
    """{NIK: the first line of its row} read with pdfplumber: cells are top-aligned, so a row's
    first line is every word on the NIK's baseline."""
    import pdfplumber

    out = {}
    with pdfplumber.open(str(path)) as pdf:
        for page in pdf.pages:
            lines: dict[int, list] = {}
            for word in page.extract_words():
                lines.setdefault(round(word["top"]), []).append(word)
            for words in lines.values():
                text = " ".join(w["text"] for w in sorted(words, key=lambda w: w["x0"]))
                for nik in NIK.findall(text):
                    out[nik] = text
    return out
