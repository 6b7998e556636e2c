"""Name comparison keys: what does not tell two people apart (property tests) and known examples."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jamsostek_desktop.domain.names import comparison_key

WORD = st.text(alphabet="abcdefghijklmnoprstuwyz", min_size=3, max_size=9).filter(
    lambda w: comparison_key(w) == w and w not in ("haji", "raden", "ustad", "ustadz", "kyai", "bidan", "prof"))
NAME = st.lists(WORD, min_size=2, max_size=4).map(" ".join)


@given(NAME)
def test_idempotent(name):
    assert comparison_key(comparison_key(name)) == comparison_key(name)


@given(NAME)
def test_case_does_not_count(name):
    assert comparison_key(name.upper()) == comparison_key(name.title()) == comparison_key(name)


@given(NAME, st.sampled_from(["'", "\u2019", "`", "\u2018"]), st.integers(min_value=1, max_value=2))
def test_apostrophes_do_not_count(name, mark, at):
    assert comparison_key(name[:at] + mark + name[at:]) == comparison_key(name)


@given(NAME, st.sampled_from(["  ", "\t", " \u00a0 "]))
def test_spacing_does_not_count(name, gap):
    assert comparison_key("  " + name.replace(" ", gap) + " ") == comparison_key(name)


@given(NAME, st.sampled_from(["H.", "Hj.", "Drs.", "Ir.", "Dr.", "H", "Hj"]))
def test_titles_before_the_name_do_not_count(name, title):
    assert comparison_key(f"{title} {name}") == comparison_key(name)


@given(NAME, st.sampled_from([", S.Pd.", ", S.Ag.", ", M.Si.", " S.Pd", ", S.Pd., M.Si.", ", A.Md.Kep.", " S.Kom"]))
def test_degrees_after_the_name_do_not_count(name, degree):
    assert comparison_key(name + degree) == comparison_key(name)


@given(NAME, st.sampled_from(["Muhammad", "Moh.", "Muh.", "Mochamad", "Mohammad", "Muhamad", "M0h".replace("0", "o")]))
def test_spellings_of_muhammad_are_one(name, spelling):
    assert comparison_key(f"{spelling} {name}") == comparison_key(f"Muhammad {name}")


@pytest.mark.parametrize(("one", "other"), [
    ("AHMAD MARUF", "Ahmad Ma'ruf"),
    ("H. Ahmad Ma\u2019ruf, S.Pd.", "ahmad maruf"),
    ("Hj. Siti Aminah, S.Ag., M.Si.", "SITI AMINAH"),
    ("Drs. Soekarno", "Sukarno"),
    ("Djoko Tjahjono", "Joko Cahjono"),
    ("Mochamad Nur-Aini", "Muhammad Nur Aini"),
])
def test_known_forms_of_one_name(one, other):
    assert comparison_key(one) == comparison_key(other)


@pytest.mark.parametrize(("one", "other"), [("Siti Aminah", "Siti Aminudin"), ("Budi Se", "Budi")])
def test_different_names_stay_apart(one, other):
    assert comparison_key(one) != comparison_key(other)
