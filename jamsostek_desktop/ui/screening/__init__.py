"""Screening in the GUI: the form's duplicate hint, Periksa data ganda, reference lists (issue 13)."""
