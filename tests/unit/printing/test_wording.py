"""Small rules of the documents' words and measures: region names, full words, chart steps,
wrapping between words only, listings."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jamsostek_desktop.errors import ValidationError
from jamsostek_desktop.services.printing import listing, office
from jamsostek_desktop.services.printing.layout.chart import value_step
from jamsostek_desktop.services.printing.layout.columns import measure, word_width, wrap


@pytest.mark.parametrize(("typed", "printed"), [
    ("Metro", "Kota Metro"), ("Kota Metro", "Kota Metro"), ("KOTA METRO", "Kota METRO"),
    ("kota  metro", "Kota metro"), ("Kab. Bungo", "Kabupaten Bungo"), ("Kabupaten Bungo", "Kabupaten Bungo"),
])
def test_one_spelling_of_the_region_never_kota_kota(typed, printed):
    assert office.region_name(typed) == printed
    assert "Kota Kota" not in office.region_name(office.region_name(typed))


def test_the_kop_writes_abbreviations_out():
    assert office.full_words("Jl. Jend. Sudirman No.12, Gg. Melati") == "Jalan Jend. Sudirman Nomor 12, Gang Melati"
    lines = office.address_lines({"alamat": "Jl. AH Nasution No. 5", "telepon": "Telp. (0725) 47000",
                                  "kode_pos": "34111", "website": "metrokota.go.id", "email": "a@metrokota.go.id"})
    assert lines == ("Jalan AH Nasution Nomor 5, Telepon (0725) 47000, Kode Pos 34111",
                     "Laman metrokota.go.id, Pos-el a@metrokota.go.id")


@pytest.mark.parametrize(("largest", "step"), [(0, 1), (1, 1), (3, 1), (5, 1), (12, 2), (40, 10), (126, 50),
                                               (2_102, 500), (150_000, 50_000)])
def test_the_chart_axis_counts_whole_people_with_few_gridlines(largest, step):
    assert value_step(largest) == step
    assert largest / value_step(largest) <= 6 or largest <= 5


WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-'", min_size=1, max_size=14)


@given(st.lists(WORDS, min_size=1, max_size=12), st.floats(min_value=20, max_value=200))
def test_wrapping_cuts_between_words_only(words, width):
    text = " ".join(words)
    lines = wrap(text, width)
    assert " ".join(lines).split() == text.split()                 # every word whole, in order
    assert all(line for line in lines)
    for line in lines:
        fits = sum(word_width(w) for w in line.split()) + word_width(" ") * (len(line.split()) - 1) <= width + 1e-6
        assert fits or len(line.split()) == 1                      # only a lone word may be wider
    m = measure(text)
    if m.longest <= width:                       # every word fits: the measures predict the lines
        assert (len(lines) == 1) == (m.one <= width)
        if len(lines) > 1:
            assert (len(lines) == 2) == (m.two <= width)


def test_listings_and_their_status_column():
    assert listing.resolve(None, None).statuses == ("active",)
    assert not listing.resolve("usulan", None).status_column
    assert listing.resolve("semua", None).status_column
    assert not listing.resolve(None, "verified").status_column           # part of the proposal
    assert listing.resolve(None, "rejected").status_column
    assert listing.resolve("rejected", None).statuses == ("rejected",)   # a status named as the choice
    with pytest.raises(ValidationError):
        listing.resolve("aktif", "draft")
